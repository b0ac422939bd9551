/**
 * The development JWT secret, generated once and kept in a file beside the database
 * (`<db>.jwt-secret`, mode 0600), never in a table of the database: a copy of the data is not a
 * copy of the key that signs sessions. Production sets JWT_SECRET instead.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const secretFileFor = (dbPath: string): string => `${dbPath}.jwt-secret`;

export const readOrCreateSecret = (dbPath: string): string => {
  const file = secretFileFor(dbPath);
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
};
