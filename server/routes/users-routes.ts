/** GET user/list/ (our extension): active users, for the assignee picker. */
import type { Define } from '../http/endpoint';
import { ok } from '../http/respond';
import type { RouteDeps } from './deps';

export const registerUserRoutes = (define: Define, { repos }: RouteDeps): void => {
  define('GET', 'users', 'user', async (c) => ok(c, repos.users.listActive()));
};
