/**
 * Headers on every response: no MIME sniffing, no referrer leaving the app (lead URLs name
 * leads), never framed; the HTML page gets the full Content-Security-Policy, everything else a
 * policy that allows nothing to run.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { PAGE_POLICY, RESOURCE_POLICY } from './content-security-policy';

export const securityHeaders = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Frame-Options', 'DENY');
  const isPage = (headers.get('Content-Type') ?? '').startsWith('text/html');
  headers.set('Content-Security-Policy', isPage ? PAGE_POLICY : RESOURCE_POLICY);
};
