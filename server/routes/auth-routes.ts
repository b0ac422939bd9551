/** POST user/login/ and POST user/token/refresh/: tokens with no envelope. */
import { MESSAGES, loginSchema, refreshSchema } from '../../src/contract';
import { verifyPassword } from '../auth/passwords';
import { AUTH_DETAILS, authFailed } from '../http/api-error';
import { readBody } from '../http/body';
import type { Define } from '../http/endpoint';
import { parseOr400 } from '../http/validate';
import type { RouteDeps } from './deps';

export const registerAuthRoutes = (define: Define, { repos, tokens }: RouteDeps): void => {
  define('POST', 'login', 'client', async (c) => {
    const { username, password } = parseOr400(loginSchema, await readBody(c));
    const user = repos.users.findByUsername(username);
    const passwordMatches = await verifyPassword(password, user?.password_hash);
    if (!user || !passwordMatches) {
      throw authFailed(MESSAGES.authenticationFailed, 'authentication_failed');
    }
    if (user.is_active !== 1) throw authFailed(MESSAGES.inactiveAccount, 'inactive_account');
    return c.json({ refresh: tokens.issue(user, 'refresh'), access: tokens.issue(user, 'access') });
  });

  define('POST', 'refresh', 'client', async (c) => {
    const { refresh } = parseOr400(refreshSchema, await readBody(c));
    const claims = tokens.read(refresh, 'refresh');
    const user = claims ? repos.users.findById(claims.user_id) : undefined;
    if (!claims || !user || user.is_active !== 1 || user.username !== claims.username) {
      throw authFailed(AUTH_DETAILS.refreshNotValid, 'token_not_valid');
    }
    return c.json({ access: tokens.issue(user, 'access') });
  });
};
