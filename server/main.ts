/**
 * `npm run api`: serves the reference API on HOST:PORT. `--serve-spa` also serves the built SPA
 * from dist/ (`npm start`). Stops cleanly on SIGINT/SIGTERM.
 */
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { REFERENCE_BASE_PATH } from '../src/contract';
import { createApp } from './app';
import { loadConfig } from './config';
import { clockStartingAt } from './domain/clock';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-users';

const config = loadConfig(process.env);
const serveSpa = process.argv.includes('--serve-spa');

const { app, close, repos } = createApp({
  dbPath: config.dbPath,
  apiKey: config.apiKey,
  jwtSecret: config.jwtSecret,
  accessTtlSeconds: config.accessTtlSeconds,
  refreshTtlSeconds: config.refreshTtlSeconds,
  timeZone: config.timeZone,
  now: config.clockStart ? clockStartingAt(config.clockStart) : undefined,
  seed: { seed: config.seed },
  spaDir: serveSpa ? resolve('dist') : undefined,
});

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const origin = `http://${config.host}:${info.port}`;
  const demo = DEMO_USERS.filter((user) => repos.users.findByUsername(user.username))
    .map((user) => `${user.username} (${user.is_active ? user.role : 'inactive'})`)
    .join(', ');
  console.log(`Leads & CRM reference API: ${origin}${REFERENCE_BASE_PATH}`);
  if (serveSpa) console.log(`Dashboard: ${origin}/`);
  console.log(`API key (header "apikey"): ${config.apiKey}`);
  console.log(`Database: ${config.dbPath} (time zone ${config.timeZone})`);
  if (demo) console.log(`Demo logins: ${demo}; password ${DEMO_PASSWORD}`);
});

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
