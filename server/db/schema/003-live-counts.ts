/**
 * Constant-time counts for the overview and index-only paging of live leads at 100k+ leads:
 * - `lead_stats` holds live-lead counts per (scope, status, source), kept by triggers; scope 0
 *   is every lead (a manager's view), scope N is what user N may see (owned or assigned).
 * - Partial indexes on live leads keep id order, so a deep page or a count never reads a row.
 */
const add = (row: 'new') => `
  INSERT INTO lead_stats (scope, status, source, n)
    SELECT 0, ${row}.status, ${row}.source, 1 WHERE ${row}.status != 'deleted'
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO lead_stats (scope, status, source, n)
    SELECT ${row}.owner_id, ${row}.status, ${row}.source, 1 WHERE ${row}.status != 'deleted'
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO lead_stats (scope, status, source, n)
    SELECT ${row}.assignee_id, ${row}.status, ${row}.source, 1
    WHERE ${row}.status != 'deleted' AND ${row}.assignee_id IS NOT NULL
      AND ${row}.assignee_id != ${row}.owner_id
    ON CONFLICT DO UPDATE SET n = n + 1;`;

const remove = (row: 'old') => `
  UPDATE lead_stats SET n = n - 1
  WHERE ${row}.status != 'deleted' AND status = ${row}.status AND source = ${row}.source
    AND (scope = 0 OR scope = ${row}.owner_id
      OR (scope = ${row}.assignee_id AND ${row}.assignee_id != ${row}.owner_id));`;

export const MIGRATION_003_LIVE_COUNTS = `
CREATE TABLE lead_stats (
  scope INTEGER NOT NULL,
  status TEXT NOT NULL,
  source TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (scope, status, source)
) WITHOUT ROWID;

INSERT INTO lead_stats (scope, status, source, n)
  SELECT scope, status, source, SUM(n) FROM (
    SELECT 0 AS scope, status, source, COUNT(*) AS n FROM leads
      WHERE status != 'deleted' GROUP BY status, source
    UNION ALL
    SELECT owner_id, status, source, COUNT(*) FROM leads
      WHERE status != 'deleted' GROUP BY owner_id, status, source
    UNION ALL
    SELECT assignee_id, status, source, COUNT(*) FROM leads
      WHERE status != 'deleted' AND assignee_id IS NOT NULL AND assignee_id != owner_id
      GROUP BY assignee_id, status, source
  ) GROUP BY scope, status, source;

CREATE TRIGGER lead_stats_insert AFTER INSERT ON leads BEGIN
  ${add('new')}
END;
CREATE TRIGGER lead_stats_delete AFTER DELETE ON leads BEGIN
  ${remove('old')}
END;
CREATE TRIGGER lead_stats_update AFTER UPDATE OF status, source, owner_id, assignee_id ON leads
BEGIN
  ${remove('old')}
  ${add('new')}
END;

CREATE INDEX leads_live ON leads (id) WHERE status != 'deleted';
CREATE INDEX leads_live_owner ON leads (owner_id) WHERE status != 'deleted';
CREATE INDEX leads_live_assignee ON leads (assignee_id) WHERE status != 'deleted';
`;
