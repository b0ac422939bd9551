/**
 * Query plans of the statements the repositories really prepare (captured from `db.prepare`),
 * so a deep page stays index-only. A plan is deterministic; timings are the benchmark's job.
 */
import { leadListQuerySchema } from '../../src/contract';
import { createHarness, type Harness } from './support/harness';

let h: Harness;
let live: number[];

const manager = () => ({
  userId: h.db.prepare("SELECT id FROM users WHERE username = 'maya'").pluck().get() as number,
  isManager: true,
});

/** The SQL texts `run` prepares (the statement cache prepares each text once per app). */
const preparedBy = (run: () => void): string[] => {
  const prepare = h.db.prepare.bind(h.db);
  const seen: string[] = [];
  const spy = vi.spyOn(h.db, 'prepare').mockImplementation((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return seen;
};

const planOf = (sql: string, params: unknown[]): string =>
  h.db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => (row as { detail: string }).detail)
    .join('\n');

beforeAll(() => {
  h = createHarness();
  const owner = manager().userId;
  const insert = h.db.prepare(
    `INSERT INTO leads (slug, first_name, last_name, email, phone, status, source, owner_id,
       created_at, updated_at)
     VALUES (?, 'Lead', ?, ?, '+15550000000', ?, 'website', ?, '2030-01-01 00:00:00',
       '2030-01-01 00:00:00')`,
  );
  h.db.transaction(() => {
    for (let n = 1; n <= 400; n += 1) {
      const status = n % 7 === 0 ? 'deleted' : 'prospect';
      insert.run(`lead-${n}`, `N${n}`, `n${n}@x.io`, status, owner);
    }
  })();
  live = h.db
    .prepare("SELECT id FROM leads WHERE status != 'deleted' ORDER BY id DESC")
    .pluck()
    .all() as number[];
});

afterAll(() => h.close());

describe("a manager's unfiltered lead list", () => {
  const query = leadListQuerySchema.parse({ limit: 25, offset: 150 });

  let captured: string | undefined;
  const idPageStatement = () => {
    if (captured !== undefined) return captured;
    const sqls = preparedBy(() => h.repos.leads.list(manager(), query));
    const sql = sqls.find((text) => text.startsWith('SELECT l.id FROM leads l'));
    if (sql === undefined) throw new Error(`no id-page statement among ${sqls.join(' / ')}`);
    captured = sql;
    return sql;
  };

  it('pages by walking the covering partial index of live leads, never the table', () => {
    const sql = idPageStatement();
    expect(sql).toContain("l.status != 'deleted'");
    const plan = planOf(sql, [25, 150]);
    expect(plan).toContain('USING COVERING INDEX leads_live_id');
    expect(plan).not.toMatch(/^SCAN l$/m);
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('returns the same live leads in the same order, page by page', () => {
    for (const offset of [0, 150, 330, 340, 400]) {
      const page = h.repos.leads.list(manager(), leadListQuerySchema.parse({ limit: 25, offset }));
      expect(page.rows.map((row) => row.id)).toEqual(live.slice(offset, offset + 25));
      expect(page.count).toBe(live.length);
    }
  });
  it('keeps the plan once the database has statistics (a seeded database runs ANALYZE)', () => {
    h.db.exec('ANALYZE');
    expect(planOf(idPageStatement(), [25, 150])).toContain('USING COVERING INDEX leads_live_id');
  });
});

describe('a list sorted by name', () => {
  it.each(['first_name', '-first_name', 'last_name'])(
    'walks a two-name index for ordering=%s, with no temporary sort',
    (ordering) => {
      const query = leadListQuerySchema.parse({ limit: 25, offset: 150, ordering });
      const sqls = preparedBy(() => h.repos.leads.list(manager(), query));
      const sql = sqls.find((text) => text.startsWith('SELECT l.id FROM leads l')) ?? '';
      expect(sql).toContain('last_name');
      const plan = planOf(sql, [25, 150]);
      expect(plan).toMatch(/INDEX leads_(first_last|last_first)_name/);
      expect(plan).not.toContain('TEMP B-TREE');
    },
  );
});
