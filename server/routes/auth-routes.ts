/** POST user/login/ and POST user/token/refresh/: tokens with no envelope. */
import {
  MESSAGES,
  NON_FIELD_ERRORS,
  loginSchema,
  logoutSchema,
  refreshSchema,
} from '../../src/contract';
import { verifyPassword } from '../auth/passwords';
import { tooManyAttemptsMessage } from '../auth/login-throttle';
import { AUTH_DETAILS, ApiError, authFailed, errorEnvelope } from '../http/api-error';
import { readBody } from '../http/body';
import { ok } from '../http/respond';
import { clientAddress } from '../http/client-address';
import type { Define } from '../http/endpoint';
import { parseOr400 } from '../http/validate';
import type { RouteDeps } from './deps';

/** 429 in the error envelope, with Retry-After [ours]. */
const tooManyAttempts = (retryAfter: number): ApiError =>
  new ApiError(
    429,
    errorEnvelope(429, { [NON_FIELD_ERRORS]: [tooManyAttemptsMessage(retryAfter)] }),
    { 'Retry-After': String(retryAfter) },
  );

export const registerAuthRoutes = (
  define: Define,
  { repos, tokens, loginThrottle, refreshSessions }: RouteDeps,
): void => {
  define('POST', 'login', 'client', async (c) => {
    const { username, password } = parseOr400(loginSchema, await readBody(c));
    const address = clientAddress(c);
    const retryAfter = loginThrottle.retryAfter(username, address);
    if (retryAfter > 0) throw tooManyAttempts(retryAfter);
    const user = repos.users.findByUsername(username);
    const passwordMatches = await verifyPassword(password, user?.password_hash);
    if (!user || !passwordMatches) {
      loginThrottle.recordFailure(username, address);
      throw authFailed(MESSAGES.authenticationFailed, 'authentication_failed');
    }
    loginThrottle.recordSuccess(username);
    if (user.is_active !== 1) throw authFailed(MESSAGES.inactiveAccount, 'inactive_account');
    const refresh = await refreshSessions.start(user);
    return c.json({ refresh, access: await tokens.issue(user, 'access') });
  });

  define('POST', 'refresh', 'client', async (c) => {
    const { refresh } = parseOr400(refreshSchema, await readBody(c));
    const rotated = await refreshSessions.rotate(refresh, (id) => {
      const user = repos.users.findById(id);
      return user && user.is_active === 1 ? user : null;
    });
    if (!rotated) throw authFailed(AUTH_DETAILS.refreshNotValid, 'token_not_valid');
    const access = await tokens.issue(rotated.user, 'access');
    return c.json({ access, refresh: rotated.refresh });
  });

  /** [ours] Ends the session of this refresh token: its family is revoked. Always 200. */
  define('POST', 'logout', 'client', async (c) => {
    const { refresh } = parseOr400(logoutSchema, await readBody(c));
    await refreshSessions.end(refresh);
    return ok(c, {});
  });
};
