/** Key-value settings kept in the database (e.g. the generated JWT secret). */
import type { Db } from './connection';

export const createSettingsRepository = (db: Db) => {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const insert = db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)');
  return {
    get: (key: string): string | undefined => select.get(key) as string | undefined,
    /** Stores `value` unless the key exists; returns the stored value either way. */
    getOrCreate: (key: string, create: () => string): string =>
      db
        .transaction(() => {
          insert.run(key, create());
          return select.get(key) as string;
        })
        .immediate(),
  };
};
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
