/**
 * `npm start` in upstream mode: the built dashboard and a same-origin proxy of `/api/v1/` to a
 * real Epixel deployment (upstream-proxy.ts). No database; the served page carries the API's
 * location and no key, since the proxy adds it.
 */
import { Hono } from 'hono';
import { NON_FIELD_ERRORS, REFERENCE_BASE_PATH } from '../src/contract';
import { errorEnvelope } from './http/api-error';
import type { AppEnv } from './http/app-env';
import { registerSpa } from './http/spa';
import { registerUpstreamProxy, type UpstreamOptions } from './http/upstream-proxy';

export type UpstreamAppOptions = UpstreamOptions & {
  spaDir?: string;
  /** Handed to the dashboard for a server whose tokens do not name the account's zone. */
  accountTimeZone?: string;
};

export const createUpstreamApp = ({
  spaDir,
  accountTimeZone,
  ...upstream
}: UpstreamAppOptions): Hono<AppEnv> => {
  const app = new Hono<AppEnv>();
  registerUpstreamProxy(app, upstream);
  if (spaDir) registerSpa(app, spaDir, { apiBaseUrl: REFERENCE_BASE_PATH, accountTimeZone });
  app.notFound((c) => c.json(errorEnvelope(404, { [NON_FIELD_ERRORS]: ['Not found.'] }), 404));
  return app;
};
