/**
 * Sessions as families of rotating refresh tokens [ours]. Sign-in starts a family; each refresh
 * uses its token up and answers a new one in the same family; presenting a used token revokes
 * the whole family (whoever holds the newer one is signed out too: theft detection, as
 * djangorestframework-simplejwt's blacklist-after-rotation does); sign-out revokes the family.
 */
import { randomUUID } from 'node:crypto';
import type { RefreshTokensRepository } from '../db/refresh-tokens-repository';
import type { TokenService, TokenUser } from './tokens';

export type RefreshSessions = {
  /** A new family's first refresh token. */
  start: (user: TokenUser) => Promise<string>;
  /** The next refresh token for a valid, unused `refresh`; null when refused. */
  rotate: (
    refresh: string,
    user: (id: number) => TokenUser | null,
  ) => Promise<{ user: TokenUser; refresh: string } | null>;
  /** Revokes the family of `refresh`, whatever its state. */
  end: (refresh: string) => Promise<void>;
};

export const createRefreshSessions = (
  tokens: TokenService,
  store: RefreshTokensRepository,
  nowSeconds: () => number,
): RefreshSessions => {
  const issue = async (user: TokenUser, family: string): Promise<string> => {
    const token = await tokens.issue(user, 'refresh');
    const claims = await tokens.read(token, 'refresh');
    if (!claims) throw new Error('A freshly issued refresh token did not verify.');
    store.purgeExpired(nowSeconds());
    store.record(claims.jti, family, user.id, claims.exp);
    return token;
  };
  return {
    start: (user) => issue(user, randomUUID()),
    rotate: async (refresh, userById) => {
      const claims = await tokens.read(refresh, 'refresh');
      const row = claims ? store.find(claims.jti) : undefined;
      if (!claims || !row || row.revoked === 1) return null;
      if (!store.use(claims.jti)) {
        store.revokeFamily(row.family);
        return null;
      }
      const user = userById(claims.user_id);
      if (!user || user.username !== claims.username) {
        store.revokeFamily(row.family);
        return null;
      }
      return { user, refresh: await issue(user, row.family) };
    },
    end: async (refresh) => {
      const claims = await tokens.read(refresh, 'refresh');
      const row = claims ? store.find(claims.jti) : undefined;
      if (row) store.revokeFamily(row.family);
    },
  };
};
