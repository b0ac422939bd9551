/**
 * Headers on every response: no MIME sniffing, no referrer leaving the app (lead URLs name
 * leads), never framed; the HTML page gets the full Content-Security-Policy, the service worker
 * one that lets it fetch from its origin, everything else a policy that allows nothing to run.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import {
  PAGE_POLICY,
  RESOURCE_POLICY,
  SERVICE_WORKER_PATH,
  WORKER_POLICY,
} from './content-security-policy';

export const securityHeaders = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Frame-Options', 'DENY');
  const isPage = (headers.get('Content-Type') ?? '').startsWith('text/html');
  const isWorker = c.req.path === SERVICE_WORKER_PATH;
  headers.set(
    'Content-Security-Policy',
    isPage ? PAGE_POLICY : isWorker ? WORKER_POLICY : RESOURCE_POLICY,
  );
};
