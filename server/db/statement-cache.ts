/** Prepares each SQL text once. Values are always bound as parameters, never spliced in. */
import type Database from 'better-sqlite3';
import type { Db } from './connection';

export type StatementCache = (sql: string) => Database.Statement;

export const createStatementCache = (db: Db): StatementCache => {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
};

/** A LIKE pattern that matches `text` anywhere, with LIKE's wildcards escaped (ESCAPE '\\'). */
export const containsPattern = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
