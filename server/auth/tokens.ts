/**
 * Access and refresh tokens: what they claim, how long they live, how they are checked. HS256
 * JSON Web Tokens by `hono/jwt`; only `HS256` is accepted. Hono would check `exp`, `nbf` and
 * `iat` against the real clock: those checks are off, and `exp` is checked here against the
 * server's injected clock, so the tests and a server started on another day (`CLOCK_START`)
 * live by their own "now".
 */
import { randomUUID } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import type { UserRole } from '../../src/contract';

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
  issue: (user: TokenUser, type: TokenType) => Promise<string>;
  /** The claims of a valid token of `type`, or null (bad signature, expired, wrong type). */
  read: (token: string, type: TokenType) => Promise<TokenClaims | null>;
};

const ALGORITHM = 'HS256';

/** Hono's checks against the real clock, off: `read` checks `exp` against the injected one. */
const SIGNATURE_ONLY = { alg: ALGORITHM, exp: false, nbf: false, iat: false } as const;

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
      return sign(claims, options.secret, ALGORITHM);
    },
    read: async (token, type) => {
      const claims = await verify(token, options.secret, SIGNATURE_ONLY).catch(() => null);
      if (!claims || claims.token_type !== type) return null;
      if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds()) return null;
      if (typeof claims.user_id !== 'number' || typeof claims.username !== 'string') return null;
      return claims as unknown as TokenClaims;
    },
  };
};
