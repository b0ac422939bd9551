/**
 * Registers one endpoint of the contract: its method, its path from ENDPOINTS and the documented
 * aliases of that path, its guards, and a 405 envelope for every other method on each path.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import {
  ENDPOINTS,
  REFERENCE_BASE_PATH,
  documentedAliases,
  type EndpointName,
} from '../../src/contract';
import { ApiError, errorEnvelope } from './api-error';
import type { AppEnv } from './app-env';

export type Guards = { apiKey: MiddlewareHandler<AppEnv>; user: MiddlewareHandler<AppEnv> };

export type EndpointHandler = (c: Context<AppEnv>) => Promise<Response>;

/** Who may call: any client with the apikey, or a signed-in user. */
export type Access = 'client' | 'user';

export const apiPath = (name: EndpointName): string => `${REFERENCE_BASE_PATH}${ENDPOINTS[name]}`;

/** The heading's path first, then every other path the documentation shows for it. */
export const apiPaths = (name: EndpointName): string[] => [
  apiPath(name),
  ...documentedAliases(name).map((alias) => `${REFERENCE_BASE_PATH}${alias}`),
];

export type Define = (
  method: 'GET' | 'POST',
  name: EndpointName,
  access: Access,
  handler: EndpointHandler,
) => void;

export const endpointDefiner =
  (app: Hono<AppEnv>, guards: Guards): Define =>
  (method, name, access, handler) => {
    for (const path of apiPaths(name)) {
      if (access === 'user') app.on(method, path, guards.apiKey, guards.user, handler);
      else app.on(method, path, guards.apiKey, handler);
      app.all(path, (c) => {
        throw new ApiError(
          405,
          errorEnvelope(405, { non_field_errors: [`Method "${c.req.method}" not allowed.`] }),
          { Allow: method === 'GET' ? 'GET, HEAD' : method },
        );
      });
    }
  };
