/**
 * The dashboard page's Content-Security-Policy, one source for the server's header and the
 * build's `<meta>` tag (for static hosts). Scripts only from the page's origin: no inline script,
 * no eval. Styles also inline, as MUI's emotion and FullCalendar inject `<style>` elements and
 * `style` attributes. Requests only to the page's origin (the reference server's API, or its upstream proxy).
 */

/** The directives a `<meta>` tag may carry (it may not carry `frame-ancestors`). */
export const pagePolicyDirectives = (): string[] => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The header for the page served by the reference server (the API is on the same origin). */
export const PAGE_POLICY = [...pagePolicyDirectives(), "frame-ancestors 'none'"].join('; ');

/**
 * The service worker (public/sw.js) runs under the policy its own script arrives with: it
 * fetches the page's files from its origin, and nothing else.
 */
export const WORKER_POLICY = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'";
export const SERVICE_WORKER_PATH = '/sw.js';

/** Every other response: nothing to run, nothing to frame. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";
