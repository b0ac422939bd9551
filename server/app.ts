/**
 * Builds the reference API without listening: tests call `app.request()` / `app.fetch()`
 * in-process, `main.ts` serves it over HTTP.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { NON_FIELD_ERRORS, REFERENCE_BASE_PATH, type PageConfig } from '../src/contract';
import { processTimeZone } from './config';
import { createLoginThrottle } from './auth/login-throttle';
import { createRefreshSessions } from './auth/refresh-sessions';
import { readOrCreateSecret } from './auth/secret-file';
import { createTokenService } from './auth/tokens';
import { openDatabase, type Db } from './db/connection';
import { applyMigrations } from './db/migrations';
import { createRepositories, type Repositories } from './db/repositories';
import type { Clock } from './domain/clock';
import { ApiError, errorEnvelope } from './http/api-error';
import type { AppEnv } from './http/app-env';
import { requireApiKey, requireUser } from './http/auth-middleware';
import { limitBodySize } from './http/body-limit';
import { securityHeaders } from './http/security-headers';
import { endpointDefiner } from './http/endpoint';
import { registerSpa } from './http/spa';
import { strictFront } from './http/strict-front';
import { registerAppointmentRoutes } from './routes/appointment-routes';
import { registerAuthRoutes } from './routes/auth-routes';
import type { RouteDeps } from './routes/deps';
import { registerLeadRoutes } from './routes/lead-routes';
import { registerNoteRoutes } from './routes/note-routes';
import { registerOverviewRoutes } from './routes/overview-routes';
import { registerUserRoutes } from './routes/users-routes';
import { seedDemoData } from './seed/seed-demo';

export type CreateAppOptions = {
  dbPath: string;
  apiKey: string;
  /** Default: generated once and kept in a 0600 file beside the database (`secret-file.ts`). */
  jwtSecret?: string;
  /** Default 900. */
  accessTtlSeconds?: number;
  /** Default 604800. */
  refreshTtlSeconds?: number;
  /** The account's time zone for appointment times; default: the process's zone. */
  timeZone?: string;
  now?: () => Date;
  /** Seeds the demo data when the database has no users. */
  seed?: { seed: number; leads?: number } | false;
  /** Serve the built SPA from this folder (with the index.html fallback). */
  spaDir?: string;
  /**
   * What the served index.html tells the dashboard (its API's location and key); default: this
   * server's API on the same origin, with this server's key.
   */
  pageConfig?: PageConfig;
  /** Behave like an Epixel server without this project's extensions (EPIXEL_STRICT=1). */
  strict?: boolean;
};

export type CreatedApp = { app: Hono<AppEnv>; db: Db; repos: Repositories; close: () => void };

export const createApp = (options: CreateAppOptions): CreatedApp => {
  const db = openDatabase(options.dbPath);
  applyMigrations(db);
  const repos = createRepositories(db);
  const clock: Clock = {
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? processTimeZone(),
  };
  if (options.seed && repos.users.count() === 0) {
    seedDemoData(db, { seed: options.seed.seed, leads: options.seed.leads, clock });
  }
  const secret = options.jwtSecret ?? readOrCreateSecret(options.dbPath);
  const tokens = createTokenService({
    secret,
    accessTtlSeconds: options.accessTtlSeconds ?? 900,
    refreshTtlSeconds: options.refreshTtlSeconds ?? 604_800,
    now: clock.now,
    timeZone: clock.timeZone,
  });

  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders());
  app.use('*', limitBodySize());
  const define = endpointDefiner(app, {
    apiKey: requireApiKey(options.apiKey),
    user: requireUser(tokens, repos.users),
  });
  const deps: RouteDeps = {
    db,
    repos,
    tokens,
    clock,
    loginThrottle: createLoginThrottle(clock.now),
    refreshSessions: createRefreshSessions(tokens, repos.refreshTokens, () =>
      Math.floor(clock.now().getTime() / 1000),
    ),
  };
  registerAuthRoutes(define, deps);
  registerUserRoutes(define, deps);
  registerOverviewRoutes(define, deps);
  registerLeadRoutes(define, deps);
  registerNoteRoutes(define, deps);
  registerAppointmentRoutes(define, deps);
  if (options.spaDir) {
    registerSpa(
      app,
      options.spaDir,
      options.pageConfig ?? {
        apiBaseUrl: REFERENCE_BASE_PATH,
        apiKey: options.apiKey,
        accountTimeZone: clock.timeZone,
      },
    );
  }

  app.notFound((c) => c.json(errorEnvelope(404, { [NON_FIELD_ERRORS]: ['Not found.'] }), 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body, error.status, error.headers);
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(
        errorEnvelope(error.status, { [NON_FIELD_ERRORS]: [error.message || 'Bad request.'] }),
        error.status,
      );
    }
    console.error('Unhandled error', c.req.method, c.req.path, error);
    return c.json(errorEnvelope(500, { [NON_FIELD_ERRORS]: ['Internal server error.'] }), 500);
  });

  const close = () => {
    if (!db.open) return;
    db.pragma('optimize');
    db.close();
  };
  return { app: options.strict ? strictFront(app) : app, db, repos, close };
};
