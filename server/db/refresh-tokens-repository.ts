/** Issued refresh tokens by id: which family, whether used or revoked (migration 005). */
import type { Db } from './connection';

export type RefreshTokenRow = { jti: string; family: string; used: number; revoked: number };

export const createRefreshTokensRepository = (db: Db) => {
  const insert = db.prepare(
    'INSERT INTO refresh_tokens (jti, family, user_id, expires_at) VALUES (?, ?, ?, ?)',
  );
  const select = db.prepare('SELECT jti, family, used, revoked FROM refresh_tokens WHERE jti = ?');
  const markUsed = db.prepare('UPDATE refresh_tokens SET used = 1 WHERE jti = ? AND used = 0');
  const revokeFamily = db.prepare('UPDATE refresh_tokens SET revoked = 1 WHERE family = ?');
  const purge = db.prepare('DELETE FROM refresh_tokens WHERE expires_at < ?');
  return {
    record: (jti: string, family: string, userId: number, expiresAt: number): void => {
      insert.run(jti, family, userId, expiresAt);
    },
    find: (jti: string): RefreshTokenRow | undefined =>
      select.get(jti) as RefreshTokenRow | undefined,
    /** True when this call used it (false: it was used before). */
    use: (jti: string): boolean => markUsed.run(jti).changes === 1,
    revokeFamily: (family: string): void => {
      revokeFamily.run(family);
    },
    purgeExpired: (nowSeconds: number): void => {
      purge.run(nowSeconds);
    },
  };
};
export type RefreshTokensRepository = ReturnType<typeof createRefreshTokensRepository>;
