/** loadConfig: development defaults and environment overrides. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_API_KEY, loadConfig, processTimeZone } from '../../server/config';
import { createApp } from '../../server/app';
import { clockStartingAt } from '../../server/domain/clock';
import { openDatabase } from '../../server/db/connection';
import { MIGRATIONS, applyMigrations } from '../../server/db/migrations';
import { makeTempDir } from './support/harness';

describe('loadConfig', () => {
  it('has development defaults', () => {
    const dir = makeTempDir();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const config = loadConfig({});
      expect(config).toEqual({
        host: '127.0.0.1',
        port: 8787,
        dbPath: join(process.cwd(), 'data', 'crm.sqlite'),
        apiKey: DEVELOPMENT_API_KEY,
        jwtSecret: undefined,
        accessTtlSeconds: 900,
        refreshTtlSeconds: 604_800,
        timeZone: processTimeZone(),
        seed: 1,
        clockStart: undefined,
        upstream: undefined,
        strict: false,
      });
      expect(existsSync(join(process.cwd(), 'data'))).toBe(true);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the environment', () => {
    const dir = makeTempDir();
    try {
      const config = loadConfig({
        HOST: '0.0.0.0',
        PORT: '9000',
        DB_PATH: join(dir, 'nested', 'x.sqlite'),
        API_KEY: 'k',
        JWT_SECRET: 's',
        ACCESS_TTL: '60',
        REFRESH_TTL: '120',
        ACCOUNT_TIME_ZONE: 'Asia/Kolkata',
        SEED: '42',
        CLOCK_START: '2028-02-29T23:50:00+01:00',
      });
      expect(config).toMatchObject({
        host: '0.0.0.0',
        port: 9000,
        apiKey: 'k',
        jwtSecret: 's',
        accessTtlSeconds: 60,
        refreshTtlSeconds: 120,
        timeZone: 'Asia/Kolkata',
        seed: 42,
        clockStart: new Date('2028-02-29T22:50:00Z'),
      });
      expect(existsSync(join(dir, 'nested'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses nonsense', () => {
    expect(() => loadConfig({ PORT: 'eighty', DB_PATH: ':memory:' })).toThrow(/PORT/);
    expect(() => loadConfig({ ACCOUNT_TIME_ZONE: 'Mars/Base', DB_PATH: ':memory:' })).toThrow(
      /ACCOUNT_TIME_ZONE/,
    );
    // A local time without its offset would mean another instant on every machine.
    expect(() => loadConfig({ CLOCK_START: '2026-11-18 12:00', DB_PATH: ':memory:' })).toThrow(
      /CLOCK_START/,
    );
  });

  it('reads upstream mode, which needs the upstream’s key', () => {
    const upstream = (env: Record<string, string>) =>
      loadConfig({ DB_PATH: join(makeTempDir(), 'x.sqlite'), ...env }).upstream;
    expect(
      upstream({ EPIXEL_UPSTREAM: 'https://crm.example.com/api/v1', EPIXEL_API_KEY: 'k' }),
    ).toEqual({ url: 'https://crm.example.com/api/v1/', apiKey: 'k', timeoutMs: 20_000 });
    expect(() => upstream({ EPIXEL_UPSTREAM: 'https://crm.example.com/api/v1/' })).toThrow(
      /EPIXEL_API_KEY/,
    );
    expect(() => upstream({ EPIXEL_UPSTREAM: 'ftp://x/', EPIXEL_API_KEY: 'k' })).toThrow(/http/);
  });
});

describe('a clock that starts at a given instant', () => {
  it('reads that instant first, then runs on with real time', () => {
    let real = new Date('2026-12-02T03:00:00Z').getTime();
    const now = clockStartingAt(new Date('2028-02-29T23:50:00Z'), () => new Date(real));
    expect(now().toISOString()).toBe('2028-02-29T23:50:00.000Z');
    real += 15 * 60_000;
    expect(now().toISOString()).toBe('2028-03-01T00:05:00.000Z');
  });
});

describe('the JWT secret', () => {
  it('is generated once into a 0600 file beside the database, not into a table', () => {
    const dir = makeTempDir();
    const dbPath = join(dir, 'crm.sqlite');
    try {
      const first = createApp({ dbPath, apiKey: 'k' });
      const file = `${dbPath}.jwt-secret`;
      const secret = readFileSync(file, 'utf8');
      expect(secret).toMatch(/^[\w-]{40,}$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(first.repos.settings.get('jwt_secret')).toBeUndefined();
      first.close();
      const second = createApp({ dbPath, apiKey: 'k' });
      expect(readFileSync(file, 'utf8')).toBe(secret);
      const migrations = second.db.prepare('SELECT version FROM schema_migrations').pluck().all();
      expect(migrations).toEqual(MIGRATIONS.map((migration) => migration.version));
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('on a HOST other machines can reach', () => {
  it('refuses to load without explicit API_KEY and JWT_SECRET, and says so', () => {
    const dir = makeTempDir();
    const DB_PATH = join(dir, 'crm.sqlite');
    try {
      expect(() => loadConfig({ HOST: '0.0.0.0', DB_PATH })).toThrow(
        'HOST 0.0.0.0 is reachable from other machines: set API_KEY and JWT_SECRET explicitly',
      );
      expect(() => loadConfig({ HOST: '10.0.0.5', DB_PATH, API_KEY: 'k' })).toThrow(
        'set JWT_SECRET explicitly',
      );
      expect(loadConfig({ HOST: '127.0.0.1', DB_PATH }).jwtSecret).toBeUndefined();
      expect(loadConfig({ HOST: '::1', DB_PATH }).host).toBe('::1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server process exits at start with that message', () => {
    const dir = makeTempDir();
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: {
          ...process.env,
          HOST: '0.0.0.0',
          PORT: '0',
          DB_PATH: join(dir, 'crm.sqlite'),
          API_KEY: '',
          JWT_SECRET: '',
        },
        encoding: 'utf8',
        timeout: 15_000,
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('set API_KEY and JWT_SECRET explicitly');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});

describe('migrations', () => {
  it('upgrades a version-1 database and indexes its existing leads for search', async () => {
    const dir = makeTempDir();
    const dbPath = join(dir, 'old.sqlite');
    try {
      const db = openDatabase(dbPath);
      expect(applyMigrations(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
      db.prepare(
        `INSERT INTO users (username, role, password_hash, created_at)
         VALUES ('ann', 'manager', 'x', '2030-01-01 00:00:00')`,
      ).run();
      db.prepare(
        `INSERT INTO leads (slug, first_name, last_name, email, phone, status, source, owner_id,
           created_at, updated_at)
         VALUES ('old-lead-000000', 'Oldfield', 'Legacy', 'o@x.io', '+15550001111', 'contact',
           'social_media', 1, '2030-01-01 00:00:00', '2030-01-01 00:00:00')`,
      ).run();
      expect(applyMigrations(db)).toEqual([2, 3, 4, 5, 6]);
      const stats = () =>
        db.prepare('SELECT scope, status, source, n FROM lead_stats ORDER BY scope').all();
      expect(stats()).toEqual([
        { scope: 0, status: 'contact', source: 'social_media', n: 1 },
        { scope: 1, status: 'contact', source: 'social_media', n: 1 },
      ]);
      const match = (query: string) =>
        db.prepare('SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?').pluck().all(query);
      expect(match('"oldf"*')).toEqual([1]);
      expect(match('tags : (live AND statuscontact AND sourcesocialmedia AND owner1)')).toEqual([
        1,
      ]);
      db.prepare("UPDATE leads SET status = 'deleted'").run();
      expect(match('tags : live')).toEqual([]);
      expect(match('tags : statusdeleted')).toEqual([1]);
      expect(stats().map((row) => (row as { n: number }).n)).toEqual([0, 0]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('upgrades a version-3 database: live leads in id order get a covering index', () => {
    const dir = makeTempDir();
    const dbPath = join(dir, 'v3.sqlite');
    try {
      const db = openDatabase(dbPath);
      expect(applyMigrations(db, MIGRATIONS.slice(0, 3))).toEqual([1, 2, 3]);
      db.prepare(
        `INSERT INTO users (username, role, password_hash, created_at)
         VALUES ('ann', 'manager', 'x', '2030-01-01 00:00:00')`,
      ).run();
      const insert = db.prepare(
        `INSERT INTO leads (slug, first_name, last_name, email, phone, status, source, owner_id,
           created_at, updated_at)
         VALUES (?, 'Old', 'Lead', 'o@x.io', '+15550001111', ?, 'website', 1,
           '2030-01-01 00:00:00', '2030-01-01 00:00:00')`,
      );
      for (let n = 1; n <= 30; n += 1) insert.run(`old-${n}`, n % 4 === 0 ? 'deleted' : 'contact');
      db.exec('ANALYZE');
      const indexes = () =>
        db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'leads_live%'",
          )
          .pluck()
          .all();
      expect(indexes()).toContain('leads_live');

      expect(applyMigrations(db)).toEqual([4, 5, 6]);
      expect(indexes()).toContain('leads_live_id');
      expect(indexes()).not.toContain('leads_live');
      // Its statistics are there, so the first `PRAGMA optimize` need not re-analyze the table.
      expect(
        db.prepare("SELECT stat FROM sqlite_stat1 WHERE idx = 'leads_live_id'").pluck().get(),
      ).toBe('23 1 1');
      const liveIds = db
        .prepare(
          "SELECT id FROM leads INDEXED BY leads_live_id WHERE status != 'deleted' ORDER BY id DESC",
        )
        .pluck()
        .all();
      expect(liveIds).toHaveLength(23);
      expect(liveIds).toEqual(
        db
          .prepare("SELECT id FROM leads NOT INDEXED WHERE status != 'deleted' ORDER BY id DESC")
          .pluck()
          .all(),
      );
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
