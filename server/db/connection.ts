/** Opens the SQLite file with the pragmas the server relies on. */
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const openDatabase = (path: string): Db => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32768'); // 32 MiB: the indexes of 100k leads stay in memory
  db.pragma('temp_store = MEMORY');
  return db;
};
