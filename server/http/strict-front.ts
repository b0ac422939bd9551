/**
 * Strict mode (EPIXEL_STRICT=1, contract section 2b): a front for the app that makes it answer
 * like an Epixel server without this project's extensions. Extension routes answer 404, and
 * extension query parameters are dropped before the app sees them, so they have no effect.
 */
import { Hono } from 'hono';
import {
  EXTENSION_QUERY_PARAMS,
  EXTENSION_ROUTES,
  NON_FIELD_ERRORS,
  type EndpointName,
} from '../../src/contract';
import { errorEnvelope } from './api-error';
import type { AppEnv } from './app-env';
import { apiPaths } from './endpoint';

export const strictFront = (app: Hono<AppEnv>): Hono<AppEnv> => {
  const absent = new Set(EXTENSION_ROUTES.flatMap(apiPaths));
  const ignored = new Map<string, readonly string[]>(
    (Object.keys(EXTENSION_QUERY_PARAMS) as EndpointName[]).flatMap((name) =>
      apiPaths(name).map((path) => [path, EXTENSION_QUERY_PARAMS[name] ?? []] as const),
    ),
  );
  const front = new Hono<AppEnv>();
  front.all('*', (c) => {
    const url = new URL(c.req.url);
    if (absent.has(url.pathname)) {
      return c.json(errorEnvelope(404, { [NON_FIELD_ERRORS]: ['Not found.'] }), 404);
    }
    const params = ignored.get(url.pathname);
    if (!params?.some((param) => url.searchParams.has(param))) return app.fetch(c.req.raw, c.env);
    for (const param of params) url.searchParams.delete(param);
    return app.fetch(new Request(url, c.req.raw), c.env);
  });
  return front;
};
