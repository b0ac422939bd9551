/** The `apikey` header check and the Bearer access-token check. */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { TokenService } from '../auth/tokens';
import type { UsersRepository } from '../db/users-repository';
import { AUTH_DETAILS, authFailed } from './api-error';
import type { AppEnv } from './app-env';

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export const requireApiKey =
  (apiKey: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const sent = c.req.header('apikey');
    if (sent === undefined || sent.trim() === '') {
      throw authFailed(AUTH_DETAILS.missingApiKey, 'invalid_apikey');
    }
    if (!sameText(sent.trim(), apiKey))
      throw authFailed(AUTH_DETAILS.invalidApiKey, 'invalid_apikey');
    await next();
  };

export const requireUser =
  (tokens: TokenService, users: UsersRepository): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S*)\s*$/i.exec(header.trim());
    const token = match?.[1];
    if (!token) {
      if (/^Bearer\s+\S+\s+\S+/i.test(header.trim())) {
        throw authFailed(AUTH_DETAILS.tokenNotValid, 'token_not_valid');
      }
      throw authFailed(AUTH_DETAILS.notAuthenticated, 'not_authenticated');
    }
    const claims = await tokens.read(token, 'access');
    const user = claims ? users.findById(claims.user_id) : undefined;
    if (!claims || !user || user.is_active !== 1 || user.username !== claims.username) {
      throw authFailed(AUTH_DETAILS.tokenNotValid, 'token_not_valid');
    }
    c.set('user', { id: user.id, username: user.username, role: user.role });
    await next();
  };
