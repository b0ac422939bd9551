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
