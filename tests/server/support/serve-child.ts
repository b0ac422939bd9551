/**
 * A server process over an existing database, for the cross-process race test. Prints
 * `{"port": n}` once listening; stops when its parent closes stdin, on SIGTERM, or after 60 s.
 */
import { serve } from '@hono/node-server';
import { createApp } from '../../../server/app';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const now = new Date(env('CHILD_NOW'));
const { app, close } = createApp({
  dbPath: env('CHILD_DB_PATH'),
  apiKey: env('CHILD_API_KEY'),
  jwtSecret: env('CHILD_JWT_SECRET'),
  timeZone: 'UTC',
  now: () => now,
  seed: false,
});
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
const stop = () => {
  server.close();
  close();
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
setTimeout(stop, 60_000).unref();
