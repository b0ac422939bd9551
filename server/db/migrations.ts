/** Numbered schema migrations, applied in order at start and recorded in `schema_migrations`. */
import type { Db } from './connection';
import { MIGRATION_001_SCHEMA } from './schema/001-schema';
import { MIGRATION_002_FTS_SCOPE } from './schema/002-fts-scope';
import { MIGRATION_003_LIVE_COUNTS } from './schema/003-live-counts';
import { MIGRATION_004_LIVE_ID_COVERING } from './schema/004-live-id-covering';
import { MIGRATION_005_NAME_ORDER } from './schema/005-name-order';
import { MIGRATION_006_REFRESH_TOKENS } from './schema/006-refresh-tokens';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'schema', sql: MIGRATION_001_SCHEMA },
  { version: 2, name: 'fts-scope', sql: MIGRATION_002_FTS_SCOPE },
  { version: 3, name: 'live-counts', sql: MIGRATION_003_LIVE_COUNTS },
  { version: 4, name: 'live-id-covering', sql: MIGRATION_004_LIVE_ID_COVERING },
  { version: 5, name: 'name-order', sql: MIGRATION_005_NAME_ORDER },
  { version: 6, name: 'refresh-tokens', sql: MIGRATION_006_REFRESH_TOKENS },
];

/** Applies every migration not yet recorded; each one in its own transaction. */
export const applyMigrations = (
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] => {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((version) => Number(version)),
  );
  const record = db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))",
  );
  const newlyApplied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name);
    }).immediate();
    newlyApplied.push(migration.version);
  }
  return newlyApplied;
};
