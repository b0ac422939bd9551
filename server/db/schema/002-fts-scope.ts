/**
 * Lists at 100k leads: the full-text index also carries scope tokens (live/deleted, status,
 * source, owner, assignee), so a search is filtered, counted and paged in id order (creation
 * order) inside FTS5 without touching the leads table. Plain indexes on owner and assignee keep
 * rowid order for the SQL path; the others serve the overview's counts and the orderings.
 */
import { ftsTagsSql } from '../fts-tags';

const INSERT_FTS = `
  INSERT INTO leads_fts (rowid, first_name, last_name, email, phone, tags)
  VALUES (new.id, new.first_name, new.last_name, new.email,
    new.phone || ' ' || substr(replace(new.phone, '+', ''), -10), ${ftsTagsSql('new')});`;

export const MIGRATION_002_FTS_SCOPE = `
DROP TRIGGER leads_fts_insert;
DROP TRIGGER leads_fts_delete;
DROP TRIGGER leads_fts_update;
DROP TABLE leads_fts;

CREATE VIRTUAL TABLE leads_fts USING fts5 (
  first_name, last_name, email, phone, tags,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
  ${INSERT_FTS}
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
  DELETE FROM leads_fts WHERE rowid = old.id;
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, email, phone, status,
  source, owner_id, assignee_id ON leads BEGIN
  DELETE FROM leads_fts WHERE rowid = old.id;
  ${INSERT_FTS}
END;
INSERT INTO leads_fts (rowid, first_name, last_name, email, phone, tags)
  SELECT new.id, new.first_name, new.last_name, new.email,
    new.phone || ' ' || substr(replace(new.phone, '+', ''), -10), ${ftsTagsSql('new')}
  FROM leads AS new;

CREATE INDEX leads_owner ON leads (owner_id);
CREATE INDEX leads_assignee ON leads (assignee_id);
CREATE INDEX leads_status_source ON leads (status, source);
CREATE INDEX leads_first_name ON leads (first_name COLLATE NOCASE);
CREATE INDEX leads_last_name ON leads (last_name COLLATE NOCASE);
CREATE INDEX leads_email ON leads (email COLLATE NOCASE);
CREATE INDEX leads_updated ON leads (updated_at);
`;
