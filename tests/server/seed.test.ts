/** The demo seed: deterministic, realistic, every vocabulary value, and never a clash. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  leadSchema,
  overviewSchema,
  paginatedSchema,
} from '../../src/contract';
import { openDatabase } from '../../server/db/connection';
import { applyMigrations } from '../../server/db/migrations';
import { seedDemoData } from '../../server/seed/seed-demo';
import {
  TEST_NOW,
  createHarness,
  createTestClock,
  dataOf,
  makeTempDir,
  type Harness,
} from './support/harness';

const dump = (db: Database.Database) => ({
  users: db
    .prepare('SELECT id, username, first_name, last_name, role, is_active FROM users ORDER BY id')
    .all(),
  leads: db.prepare('SELECT * FROM leads ORDER BY id').all(),
  notes: db.prepare('SELECT * FROM notes ORDER BY id').all(),
  appointments: db.prepare('SELECT * FROM appointments ORDER BY id').all(),
});

const seeded = (seed: number) => createHarness({ seed: { seed } });

let demo: Harness;
beforeAll(() => {
  demo = seeded(1);
});
afterAll(() => demo.close());

describe('demo seed', () => {
  it('is deterministic for a seed number and a day', () => {
    const again = seeded(1);
    const other = seeded(2);
    try {
      expect(dump(again.db)).toEqual(dump(demo.db));
      expect(dump(other.db).leads).not.toEqual(dump(demo.db).leads);
    } finally {
      again.close();
      other.close();
    }
  });

  it('has the demo users: a manager, two reps and one inactive account', async () => {
    const users = demo.db.prepare('SELECT username, role, is_active FROM users ORDER BY id').all();
    expect(users).toEqual([
      { username: 'maya', role: 'manager', is_active: 1 },
      { username: 'raj', role: 'rep', is_active: 1 },
      { username: 'sara', role: 'rep', is_active: 1 },
      { username: 'olga', role: 'rep', is_active: 0 },
    ]);
    const hashes = demo.db.prepare('SELECT password_hash FROM users').pluck().all() as string[];
    expect(new Set(hashes).size).toBe(4);
    for (const hash of hashes) expect(hash).toMatch(/^scrypt\$/);
    await demo.login('maya');
    const olga = await demo.post('login', { username: 'olga', password: 'demo1234' });
    expect(olga.body).toEqual({ detail: 'Inactive Account', code: 'inactive_account' });
  });

  it('spreads ~300 leads over every status, source, owner and assignee', () => {
    const count = (sql: string) => Number(demo.db.prepare(sql).pluck().get());
    expect(count('SELECT COUNT(*) FROM leads')).toBe(300);
    const statuses = demo.db.prepare('SELECT DISTINCT status FROM leads').pluck().all();
    expect(new Set(statuses)).toEqual(new Set([...LEAD_STATUSES, 'deleted']));
    const sources = demo.db.prepare('SELECT DISTINCT source FROM leads').pluck().all();
    expect(new Set(sources)).toEqual(new Set(LEAD_SOURCES));
    const pairs = demo.db
      .prepare(
        `SELECT o.username AS owner, a.username AS assignee, COUNT(*) AS n FROM leads l
         JOIN users o ON o.id = l.owner_id LEFT JOIN users a ON a.id = l.assignee_id
         GROUP BY 1, 2`,
      )
      .all() as { owner: string; assignee: string | null; n: number }[];
    const has = (owner: string, assignee: string | null) =>
      pairs.some((pair) => pair.owner === owner && pair.assignee === assignee && pair.n > 0);
    expect(has('raj', 'sara')).toBe(true);
    expect(has('sara', 'raj')).toBe(true);
    expect(has('maya', 'raj')).toBe(true);
    expect(has('raj', null)).toBe(true);
    expect(pairs.some((pair) => pair.owner === 'olga' || pair.assignee === 'olga')).toBe(false);
    expect(count('SELECT COUNT(*) FROM notes')).toBeGreaterThan(200);
    expect(count("SELECT COUNT(*) FROM leads WHERE email NOT LIKE '%@%.%'")).toBe(0);
    expect(count("SELECT COUNT(*) FROM leads WHERE phone NOT GLOB '+1[0-9]*'")).toBe(0);
  });

  it('books appointments in working hours over six weeks either side, never clashing', () => {
    const rows = demo.db
      .prepare(
        'SELECT owner_id, appointment_date AS start, appointment_to AS "end", appointment_status AS status FROM appointments',
      )
      .all() as { owner_id: number; start: string; end: string; status: string }[];
    expect(rows.length).toBeGreaterThan(100);
    const today = TEST_NOW.slice(0, 10);
    const day = (offset: number) => {
      const date = new Date(`${today}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + offset);
      return date.toISOString().slice(0, 10);
    };
    for (const row of rows) {
      expect(row.start.slice(0, 10)).toBe(row.end.slice(0, 10));
      expect(row.start.slice(11) >= '09:00', `${row.start} starts before 09:00`).toBe(true);
      expect(row.end.slice(11) <= '17:00', `${row.end} ends after 17:00`).toBe(true);
      const minutes = (text: string) =>
        Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16));
      expect([30, 60, 90]).toContain(minutes(row.end) - minutes(row.start));
      expect(
        row.start >= day(-42) && row.start <= `${day(42)} 99`,
        `${row.start} is outside six weeks either side of ${today}`,
      ).toBe(true);
      const weekday = new Date(`${row.start.slice(0, 10)}T00:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6, `${row.start} is on a weekend`).toBe(false);
    }
    expect(rows.some((row) => row.start < '2030-01-09 10:00')).toBe(true);
    expect(rows.some((row) => row.start > '2030-01-09 10:00')).toBe(true);
    expect(new Set(rows.map((row) => row.status)).size).toBe(5);
    const clashes = demo.db
      .prepare(
        `SELECT COUNT(*) FROM appointments a JOIN appointments b
         ON a.owner_id = b.owner_id AND a.id < b.id
         AND a.appointment_date < b.appointment_to AND b.appointment_date < a.appointment_to`,
      )
      .pluck()
      .get();
    expect(clashes).toBe(0);
    const invisible = demo.db
      .prepare(
        `SELECT COUNT(*) FROM appointments ap JOIN leads l ON l.id = ap.lead_id
         WHERE (l.owner_id != ap.owner_id AND (l.assignee_id IS NULL OR l.assignee_id != ap.owner_id))
            OR l.status = 'deleted'`,
      )
      .pluck()
      .get();
    expect(invisible).toBe(0);
  });

  it('answers through the API with contract-shaped objects', async () => {
    const token = await demo.token('raj');
    const page = dataOf(
      await demo.get('leadList', { limit: 100 }, { token }),
      paginatedSchema(leadSchema.strict()),
    );
    expect(page.count).toBeGreaterThan(50);
    const data = dataOf(
      await demo.get('overview', { appointment: 'month' }, { token }),
      overviewSchema,
    );
    expect(data.appointments.length).toBeGreaterThan(3);
  });

  it('seeds only a database without users', () => {
    const before = dump(demo.db).leads.length;
    const reopened = createHarness({ dbPath: demo.dbPath, seed: { seed: 9 } });
    try {
      expect(dump(reopened.db).leads.length).toBe(before);
    } finally {
      reopened.db.close();
      rmSync(reopened.dir, { recursive: true, force: true });
    }
  });
});

describe('large seeds', () => {
  // Just big enough for one generated rep (one per 2,000 leads beyond the demo reps' 4,000), and
  // a few seconds on a busy 2-core machine; the benchmark seeds 100,000 with the same code.
  it('builds a large seed with extra reps, no clashes and a working search', () => {
    const dir = makeTempDir();
    const db = openDatabase(join(dir, 'big.sqlite'));
    try {
      applyMigrations(db);
      const summary = seedDemoData(db, {
        seed: 3,
        leads: 4_200,
        clock: { now: createTestClock().now, timeZone: 'UTC' },
      });
      expect(summary).toMatchObject({ users: 5, leads: 4_200 });
      expect(db.prepare('SELECT COUNT(DISTINCT slug) FROM leads').pluck().get()).toBe(4_200);
      expect(summary.notes).toBeGreaterThan(3_500);
      expect(summary.appointments).toBeGreaterThan(150);
      const clashes = db
        .prepare(
          `SELECT COUNT(*) FROM appointments a JOIN appointments b
           ON a.owner_id = b.owner_id AND a.id < b.id
           AND a.appointment_date < b.appointment_to AND b.appointment_date < a.appointment_to`,
        )
        .pluck()
        .get();
      expect(clashes).toBe(0);
      const fts = db
        .prepare('SELECT COUNT(*) FROM leads_fts WHERE leads_fts MATCH \'"maria"*\'')
        .pluck()
        .get();
      const like = db
        .prepare("SELECT COUNT(*) FROM leads WHERE first_name = 'Maria'")
        .pluck()
        .get();
      expect(fts).toBe(like);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has a CLI: npm run seed -- --leads N --db path --seed n', () => {
    const dir = makeTempDir();
    const dbPath = join(dir, 'cli.sqlite');
    try {
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'server/seed/cli.ts', ...args], {
          encoding: 'utf8',
          env: { ...process.env, ACCOUNT_TIME_ZONE: 'UTC' },
        });
      const first = run('--leads', '120', '--db', dbPath, '--seed', '5');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/120 leads/);
      const second = run('--leads', '10', '--db', dbPath);
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/--reset/);
      const third = run('--leads', '10', '--db', dbPath, '--reset');
      expect(third.status).toBe(0);
      const db = new Database(dbPath, { readonly: true });
      expect(db.prepare('SELECT COUNT(*) FROM leads').pluck().get()).toBe(10);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
