/**
 * SQLite's EXPLAIN QUERY PLAN for the SQL the repositories really run on the hot endpoints.
 * Each hot call is made once (in-process) while better-sqlite3's Statement methods record the
 * SQL text and the bound values of every statement executed; each SELECT is then explained with
 * the same values. Nothing is copied from the repository code, so the plans follow it as it
 * changes. A `SCAN` of leads without an index is flagged as a full table scan.
 */
import type { Db } from '../../server/db/connection';
import type { QuerySpec } from './server-scenarios';

export type PlanLine = { depth: number; detail: string };
export type StatementPlan = {
  sql: string;
  lines: PlanLine[];
  /** `SCAN <leads>`: every row of leads is read. */
  fullScanOfLeads: boolean;
  /** `SCAN <leads> USING [COVERING] INDEX`: a whole index is walked unless a LIMIT stops it. */
  indexWalkOfLeads: boolean;
  tempBTree: boolean;
};
export type QueryPlan = {
  id: string;
  label: string;
  statements: StatementPlan[];
  error: string | null;
};

type Executed = { sql: string; args: unknown[] };
type Method = (this: { source: string }, ...args: unknown[]) => unknown;
const METHODS = ['get', 'all', 'run', 'iterate'] as const;

/** Runs `work` while recording every statement executed on any better-sqlite3 connection. */
const recordStatements = async (db: Db, work: () => Promise<unknown>): Promise<Executed[]> => {
  const prototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, Method>;
  const originals = METHODS.map((name) => [name, prototype[name] as Method] as const);
  const executed: Executed[] = [];
  for (const [name, original] of originals) {
    prototype[name] = function recorded(this: { source: string }, ...args: unknown[]) {
      executed.push({ sql: this.source, args });
      return original.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [name, original] of originals) prototype[name] = original;
  }
  return executed;
};

/** The names leads goes by in `sql` (the table name and its aliases). */
export const leadsAliases = (sql: string): Set<string> => {
  const names = new Set<string>(['leads']);
  const pattern = /\b(?:FROM|JOIN)\s+leads\b(?:\s+(?:AS\s+)?(\w+))?/gi;
  const keywords = /^(WHERE|JOIN|LEFT|INNER|CROSS|ON|GROUP|ORDER|LIMIT|USING|NATURAL)$/i;
  for (const match of sql.matchAll(pattern)) {
    const alias = match[1];
    if (alias && !keywords.test(alias)) names.add(alias);
  }
  return names;
};

/** Flags of one plan: which lines scan leads, with or without an index. */
export const classifyPlan = (
  sql: string,
  lines: readonly PlanLine[],
): Pick<StatementPlan, 'fullScanOfLeads' | 'indexWalkOfLeads' | 'tempBTree'> => {
  const aliases = leadsAliases(sql);
  let fullScanOfLeads = false;
  let indexWalkOfLeads = false;
  for (const { detail } of lines) {
    const scan = /^SCAN (\w+)(.*)$/.exec(detail);
    if (scan && aliases.has(scan[1] as string)) {
      if (/USING (COVERING )?INDEX/.test(scan[2] as string)) indexWalkOfLeads = true;
      else fullScanOfLeads = true;
    }
  }
  return {
    fullScanOfLeads,
    indexWalkOfLeads,
    tempBTree: lines.some(({ detail }) => detail.includes('TEMP B-TREE')),
  };
};

type PlanRow = { id: number; parent: number; detail: string };

const explain = (db: Db, { sql, args }: Executed): StatementPlan => {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as PlanRow[];
  const depthOf = new Map<number, number>([[0, -1]]);
  const lines = rows.map((row) => {
    const depth = (depthOf.get(row.parent) ?? -1) + 1;
    depthOf.set(row.id, depth);
    return { depth, detail: row.detail };
  });
  return { sql: sql.replace(/\s+/g, ' ').trim(), lines, ...classifyPlan(sql, lines) };
};

export const explainHotQueries = async (
  db: Db,
  specs: readonly QuerySpec[],
): Promise<QueryPlan[]> => {
  const plans: QueryPlan[] = [];
  for (const spec of specs.filter((candidate) => candidate.hot)) {
    try {
      const executed = await recordStatements(db, () => spec.call(0));
      const seen = new Set<string>();
      const statements = executed
        .filter(({ sql }) => /^\s*(SELECT|WITH)\b/i.test(sql))
        .filter(({ sql, args }) => {
          const key = `${sql}\u0000${JSON.stringify(args)}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((statement) => explain(db, statement));
      plans.push({ id: spec.id, label: spec.label, statements, error: null });
    } catch (error) {
      plans.push({
        id: spec.id,
        label: spec.label,
        statements: [],
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return plans;
};
