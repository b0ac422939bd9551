/**
 * Sorting by name orders by first name, then last name, then id (issue 12: "Aisha Brown, Aisha
 * Zimmer, Aisha Moreau" came out in creation order). Sorting by last name ties on first name.
 * Each index holds both names (and the rowid), so the whole ORDER BY is walked in the index, no
 * temporary sort; the one-column indexes of 002 are their prefixes and go.
 */
export const MIGRATION_005_NAME_ORDER = `
CREATE INDEX leads_first_last_name ON leads (first_name COLLATE NOCASE, last_name COLLATE NOCASE);
CREATE INDEX leads_last_first_name ON leads (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
DROP INDEX leads_first_name;
DROP INDEX leads_last_name;
`;
