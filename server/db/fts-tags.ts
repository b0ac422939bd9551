/**
 * The scope tokens the full-text index carries in its `tags` column (migration 002), written
 * once: the index's triggers build them in SQL from a leads row, and a search asks for the same
 * tokens. A lead holds `live status<status>` (or `statusdeleted`), `source<source without _>`,
 * `owner<id>` and `assignee<id>` (`assigneenone` when unassigned). Migration 002 is built from
 * this: a new format needs a new migration that rebuilds the index, not an edit here alone.
 */
const PREFIX = {
  status: 'status',
  source: 'source',
  owner: 'owner',
  assignee: 'assignee',
} as const;

/** The tokens of one lead, as an SQL expression over its row (`new` in a trigger). */
export const ftsTagsSql = (row: string) => `
  CASE WHEN ${row}.status = 'deleted' THEN '${PREFIX.status}deleted' ELSE 'live ${PREFIX.status}' || ${row}.status END
  || ' ${PREFIX.source}' || replace(${row}.source, '_', '')
  || ' ${PREFIX.owner}' || ${row}.owner_id
  || ' ${PREFIX.assignee}' || coalesce(${row}.assignee_id, 'none')`;

/** The token a search asks for, the same as `ftsTagsSql` writes. */
export const ftsTag = {
  status: (status: string) => `${PREFIX.status}${status}`,
  source: (source: string) => `${PREFIX.source}${source.replaceAll('_', '')}`,
  owner: (userId: number) => `${PREFIX.owner}${userId}`,
  assignee: (userId: number) => `${PREFIX.assignee}${userId}`,
};
