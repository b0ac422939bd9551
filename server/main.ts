/**
 * `npm run api`: serves the reference API on HOST:PORT. `--serve-spa` also serves the built SPA
 * from dist/ (`npm start`). With EPIXEL_UPSTREAM set (upstream mode) it serves the SPA and
 * proxies `/api/v1/` to that Epixel server instead, with no database. Stops on SIGINT/SIGTERM.
 */
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { REFERENCE_BASE_PATH } from '../src/contract';
import { createApp } from './app';
import { loadConfig } from './config';
import { clockStartingAt } from './domain/clock';
import type { AppEnv } from './http/app-env';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-users';
import { createUpstreamApp } from './upstream-app';

const config = loadConfig(process.env);
const spaDir = process.argv.includes('--serve-spa') ? resolve('dist') : undefined;

type Served = { app: Hono<AppEnv>; close: () => void; banner: (origin: string) => string[] };

const reference = (): Served => {
  const { app, close, repos } = createApp({
    dbPath: config.dbPath,
    apiKey: config.apiKey,
    jwtSecret: config.jwtSecret,
    accessTtlSeconds: config.accessTtlSeconds,
    refreshTtlSeconds: config.refreshTtlSeconds,
    timeZone: config.timeZone,
    now: config.clockStart ? clockStartingAt(config.clockStart) : undefined,
    seed: { seed: config.seed },
    spaDir,
    strict: config.strict,
  });
  const demo = DEMO_USERS.filter((user) => repos.users.findByUsername(user.username))
    .map((user) => `${user.username} (${user.is_active ? user.role : 'inactive'})`)
    .join(', ');
  return {
    app,
    close,
    banner: (origin) => [
      `Leads & CRM reference API: ${origin}${REFERENCE_BASE_PATH}`,
      ...(spaDir ? [`Dashboard: ${origin}/`] : []),
      `API key (header "apikey"): ${config.apiKey}`,
      `Database: ${config.dbPath} (time zone ${config.timeZone})`,
      ...(config.strict ? ['Strict mode: only what the Epixel documentation names'] : []),
      ...(demo ? [`Demo logins: ${demo}; password ${DEMO_PASSWORD}`] : []),
    ],
  };
};

const upstream = (target: NonNullable<typeof config.upstream>): Served => ({
  app: createUpstreamApp({
    ...target,
    spaDir,
    accountTimeZone: process.env.ACCOUNT_TIME_ZONE?.trim() || undefined,
    log: (line) => console.log(line),
  }),
  close: () => {},
  banner: (origin) => [
    `Upstream mode: ${origin}${REFERENCE_BASE_PATH} -> ${target.url} (apikey added here, never sent to browsers)`,
    ...(spaDir ? [`Dashboard: ${origin}/`] : []),
  ],
});

const { app, close, banner } = config.upstream ? upstream(config.upstream) : reference();

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  for (const line of banner(`http://${config.host}:${info.port}`)) console.log(line);
});

/**
 * An idle kept-alive connection stays open for 65 s instead of Node's 5 s. A client that reuses
 * a connection at the instant the server closes it gets ECONNRESET; 65 s outlasts any pause
 * between a page's requests and the 60 s idle timeout of common proxies in front, so they close
 * first. Stopping still ends every connection at once (closeAllConnections below).
 */
if ('keepAliveTimeout' in server) {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  server.close(() => {
    close();
    process.exit(0);
  });
  if ('closeAllConnections' in server) server.closeAllConnections();
  setTimeout(() => {
    close();
    process.exit(0);
  }, 3_000).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
