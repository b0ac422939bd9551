/**
 * A manager's unfiltered list pages through live leads in id order. `leads_live (id)` (003) did
 * not cover `status`, so the planner preferred walking the table in rowid order and read every
 * row to check it (`SCAN l`: ~5 ms at half of 100k leads). With `status` in the index the deep
 * page is index-only (`SCAN l USING COVERING INDEX leads_live_id`) and the planner picks it on
 * its own. The narrower `leads_live` served no other statement, so it goes.
 */
export const MIGRATION_004_LIVE_ID_COVERING = `
CREATE INDEX leads_live_id ON leads (id, status) WHERE status != 'deleted';
DROP INDEX leads_live;
ANALYZE leads_live_id;
`;
