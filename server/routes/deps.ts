/** What route modules need from the app. */
import type { LoginThrottle } from '../auth/login-throttle';
import type { RefreshSessions } from '../auth/refresh-sessions';
import type { TokenService } from '../auth/tokens';
import type { Db } from '../db/connection';
import type { Repositories } from '../db/repositories';
import type { Clock } from '../domain/clock';

export type RouteDeps = {
  db: Db;
  repos: Repositories;
  tokens: TokenService;
  clock: Clock;
  loginThrottle: LoginThrottle;
  refreshSessions: RefreshSessions;
};
