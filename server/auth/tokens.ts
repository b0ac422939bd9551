/** Access and refresh tokens: what they claim, how long they live, how they are checked. */
import { randomUUID } from 'node:crypto';
import type { UserRole } from '../../src/contract';
import { signJwt, verifyJwt } from './jwt';

export type TokenType = 'access' | 'refresh';

export type TokenUser = { id: number; username: string; role: UserRole };

export type TokenClaims = {
  user_id: number;
  username: string;
  role: UserRole;
  token_type: TokenType;
  /** The account's time zone, so clients know what "now" is for wall-clock appointment times. */
  time_zone: string;
  exp: number;
  iat: number;
  jti: string;
};

export type TokenService = {
  issue: (user: TokenUser, type: TokenType) => string;
  /** The claims of a valid token of `type`, or null (bad signature, expired, wrong type). */
  read: (token: string, type: TokenType) => TokenClaims | null;
};

export const createTokenService = (options: {
  secret: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  now: () => Date;
  timeZone: string;
}): TokenService => {
  const nowSeconds = () => Math.floor(options.now().getTime() / 1000);
  return {
    issue: (user, type) => {
      const iat = nowSeconds();
      const ttl = type === 'access' ? options.accessTtlSeconds : options.refreshTtlSeconds;
      const claims: TokenClaims = {
        user_id: user.id,
        username: user.username,
        role: user.role,
        token_type: type,
        time_zone: options.timeZone,
        iat,
        exp: iat + ttl,
        jti: randomUUID(),
      };
      return signJwt(claims, options.secret);
    },
    read: (token, type) => {
      const claims = verifyJwt(token, options.secret, nowSeconds());
      if (!claims || claims.token_type !== type) return null;
      if (typeof claims.user_id !== 'number' || typeof claims.username !== 'string') return null;
      return claims as unknown as TokenClaims;
    },
  };
};
