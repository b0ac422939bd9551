/** Lead counts per status and per source for the overview. */
import type { Db } from './connection';

export type CountRow = { key: string; count: number };

type PairRow = { status: string; source: string; count: number };

const sum = (rows: PairRow[], column: 'status' | 'source'): CountRow[] => {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row[column], (totals.get(row[column]) ?? 0) + row.count);
  return [...totals].map(([key, count]) => ({ key, count }));
};

export const createOverviewRepository = (db: Db) => {
  // One pass per call. A manager's counts scan the covering (status, source) index; a rep's use
  // the owner and assignee indexes.
  const pairs = (visible: string) =>
    db.prepare(
      `SELECT l.status AS status, l.source AS source, COUNT(*) AS count FROM leads l
       WHERE l.status != 'deleted'${visible} GROUP BY l.status, l.source`,
    );
  const manager = pairs('');
  const rep = pairs(' AND (l.owner_id = @user OR l.assignee_id = @user)');
  return {
    /** Counts over the leads `userId` may see (every lead when `all`), deleted ones excluded. */
    counts: (userId: number, all: boolean) => {
      const rows = (all ? manager.all() : rep.all({ user: userId })) as PairRow[];
      return { status: sum(rows, 'status'), source: sum(rows, 'source') };
    },
  };
};
export type OverviewRepository = ReturnType<typeof createOverviewRepository>;
