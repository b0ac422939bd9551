/** Lead counts per status and per source for the overview. */
import type { Db } from './connection';

export type CountRow = { key: string; count: number };

export const createOverviewRepository = (db: Db) => {
  const visible =
    "l.status != 'deleted' AND (@all = 1 OR l.owner_id = @user OR l.assignee_id = @user)";
  const byStatus = db.prepare(
    `SELECT l.status AS key, COUNT(*) AS count FROM leads l WHERE ${visible} GROUP BY l.status`,
  );
  const bySource = db.prepare(
    `SELECT l.source AS key, COUNT(*) AS count FROM leads l WHERE ${visible} GROUP BY l.source`,
  );
  return {
    /** Counts over the leads `userId` may see (every lead when `all`), deleted ones excluded. */
    counts: (userId: number, all: boolean) => {
      const params = { user: userId, all: all ? 1 : 0 };
      return {
        status: byStatus.all(params) as CountRow[],
        source: bySource.all(params) as CountRow[],
      };
    },
  };
};
export type OverviewRepository = ReturnType<typeof createOverviewRepository>;
