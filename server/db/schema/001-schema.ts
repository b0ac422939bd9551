/** The first schema: users, leads (with an FTS5 index kept in sync by triggers), notes, appointments. */
export const MIGRATION_001_SCHEMA = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  first_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('rep', 'manager')),
  password_hash TEXT NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  created_at TEXT NOT NULL
);

CREATE TABLE leads (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN
    ('prospect', 'tentative', 'potential', 'closed', 'contact', 'customer', 'deleted')),
  source TEXT NOT NULL CHECK (source IN ('website', 'referral', 'social_media',
    'email_campaign', 'cold_call', 'event', 'advertisement', 'other')),
  location TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL DEFAULT '',
  campaign_slug TEXT,
  owner_id INTEGER NOT NULL REFERENCES users (id),
  assignee_id INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX leads_created ON leads (created_at, id);
CREATE INDEX leads_owner_created ON leads (owner_id, created_at, id);
CREATE INDEX leads_assignee_created ON leads (assignee_id, created_at, id);
CREATE INDEX leads_status ON leads (status);
CREATE INDEX leads_source ON leads (source);
CREATE INDEX leads_campaign ON leads (campaign_slug COLLATE NOCASE);

-- Full-text index of the searchable fields. Contentless: the phone column also carries its last
-- ten digits, so "5551234567" finds "+15551234567".
CREATE VIRTUAL TABLE leads_fts USING fts5 (
  first_name, last_name, email, phone,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
  INSERT INTO leads_fts (rowid, first_name, last_name, email, phone)
  VALUES (new.id, new.first_name, new.last_name, new.email,
    new.phone || ' ' || substr(replace(new.phone, '+', ''), -10));
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
  DELETE FROM leads_fts WHERE rowid = old.id;
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, email, phone ON leads BEGIN
  DELETE FROM leads_fts WHERE rowid = old.id;
  INSERT INTO leads_fts (rowid, first_name, last_name, email, phone)
  VALUES (new.id, new.first_name, new.last_name, new.email,
    new.phone || ' ' || substr(replace(new.phone, '+', ''), -10));
END;

CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  lead_id INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
  note TEXT NOT NULL,
  created_by_id INTEGER NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX notes_lead ON notes (lead_id, created_at, id);

CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  lead_id INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
  owner_id INTEGER NOT NULL REFERENCES users (id),
  appointment_date TEXT NOT NULL,
  appointment_to TEXT NOT NULL,
  appointment_note TEXT NOT NULL DEFAULT '',
  appointment_status TEXT NOT NULL CHECK (appointment_status IN
    ('pending', 'rescheduled', 'cancelled', 'fullfilled', 'confirmed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX appointments_owner_start ON appointments (owner_id, appointment_date);
CREATE INDEX appointments_lead_start ON appointments (lead_id, appointment_date);
CREATE INDEX appointments_start ON appointments (appointment_date);
`;
