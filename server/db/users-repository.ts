/** Users: lookup for sign-in and tokens, the active list, and creation (seed and tests). */
import type { UserRole } from '../../src/contract';
import type { Db } from './connection';
import type { UserRecord } from './records';

export type NewUser = {
  username: string;
  first_name: string;
  last_name: string;
  role: UserRole;
  password_hash: string;
  is_active: boolean;
  created_at: string;
};

export type PublicUser = Pick<UserRecord, 'username' | 'first_name' | 'last_name' | 'role'>;

export const createUsersRepository = (db: Db) => {
  const byUsername = db.prepare('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const activeUsers = db.prepare(
    `SELECT username, first_name, last_name, role FROM users
     WHERE is_active = 1 ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, username`,
  );
  const activeId = db.prepare('SELECT id FROM users WHERE username = ? AND is_active = 1').pluck();
  const insert = db.prepare(
    `INSERT INTO users (username, first_name, last_name, role, password_hash, is_active, created_at)
     VALUES (@username, @first_name, @last_name, @role, @password_hash, @is_active, @created_at)`,
  );
  const setActive = db.prepare('UPDATE users SET is_active = ? WHERE username = ?');
  const count = db.prepare('SELECT COUNT(*) FROM users').pluck();

  return {
    findByUsername: (username: string) => byUsername.get(username) as UserRecord | undefined,
    findById: (id: number) => byId.get(id) as UserRecord | undefined,
    /** The id of an active user, for the assignee field. */
    findActiveId: (username: string) => activeId.get(username) as number | undefined,
    listActive: () => activeUsers.all() as PublicUser[],
    create: (user: NewUser): number =>
      Number(insert.run({ ...user, is_active: user.is_active ? 1 : 0 }).lastInsertRowid),
    setActive: (username: string, active: boolean) => setActive.run(active ? 1 : 0, username),
    count: () => Number(count.get()),
  };
};
export type UsersRepository = ReturnType<typeof createUsersRepository>;
