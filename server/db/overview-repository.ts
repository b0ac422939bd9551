/** Lead counts per status and per source for the overview, from the trigger-kept `lead_stats`. */
import type { Db } from './connection';

export type CountRow = { key: string; count: number };

type PairRow = { status: string; source: string; count: number };

const sum = (rows: PairRow[], column: 'status' | 'source'): CountRow[] => {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row[column], (totals.get(row[column]) ?? 0) + row.count);
  return [...totals].map(([key, count]) => ({ key, count }));
};

/** Scope 0 counts every live lead; scope N the live leads user N owns or is assigned. */
const EVERY_LEAD = 0;

export const createOverviewRepository = (db: Db) => {
  const pairs = db.prepare(
    'SELECT status, source, n AS count FROM lead_stats WHERE scope = ? AND n > 0',
  );
  return {
    /** Counts over the leads `userId` may see (every lead when `all`), deleted ones excluded. */
    counts: (userId: number, all: boolean) => {
      const rows = pairs.all(all ? EVERY_LEAD : userId) as PairRow[];
      return { status: sum(rows, 'status'), source: sum(rows, 'source') };
    },
  };
};
export type OverviewRepository = ReturnType<typeof createOverviewRepository>;
