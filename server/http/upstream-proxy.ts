/**
 * Upstream mode: forwards `/api/v1/…` to a real Epixel deployment, adding its `apikey` on the
 * server side, so the key never reaches a browser and the browser needs no CORS. Bodies stream
 * both ways; status codes and bodies come back unchanged. An upstream that cannot be reached
 * answers 502, one that does not start answering in time 504, both in the error envelope. Each
 * request logs one line.
 */
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NON_FIELD_ERRORS, REFERENCE_BASE_PATH } from '../../src/contract';
import { errorEnvelope } from './api-error';
import type { AppEnv } from './app-env';

export type UpstreamOptions = {
  /** The upstream's API base, ending in `/`, e.g. `https://crm.example.com/api/v1/`. */
  url: string;
  apiKey: string;
  /** How long the upstream may take to start answering. */
  timeoutMs: number;
  log: (line: string) => void;
};

export const UPSTREAM_MESSAGES = {
  unreachable: 'The Epixel server could not be reached.',
  timedOut: 'The Epixel server did not answer in time.',
} as const;

/** Headers that belong to one connection, or that this proxy sets itself. */
const NOT_FORWARDED = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'accept-encoding',
  'cookie',
  'apikey',
]);
/** `fetch` decodes a compressed body, so its encoding and length no longer describe it. */
const NOT_RETURNED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
]);

const failure = (c: Context<AppEnv>, status: ContentfulStatusCode, message: string) =>
  c.json(errorEnvelope(status, { [NON_FIELD_ERRORS]: [message] }), status);

const isTimeout = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

export const registerUpstreamProxy = (app: Hono<AppEnv>, options: UpstreamOptions): void => {
  app.all(`${REFERENCE_BASE_PATH}*`, async (c) => {
    const started = performance.now();
    const incoming = new URL(c.req.url);
    const target = new URL(
      incoming.pathname.slice(REFERENCE_BASE_PATH.length) + incoming.search,
      options.url,
    );
    const headers = new Headers();
    for (const [name, value] of c.req.raw.headers) {
      if (!NOT_FORWARDED.has(name.toLowerCase())) headers.set(name, value);
    }
    headers.set('apikey', options.apiKey);
    headers.set('accept-encoding', 'identity');

    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), options.timeoutMs);
    const line = (status: number | string) =>
      options.log(
        `${c.req.method} ${incoming.pathname} -> ${target.origin} ${status} ${Math.round(performance.now() - started)} ms`,
      );
    let response: Response;
    try {
      const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
      response = await fetch(target, {
        method: c.req.method,
        headers,
        body: hasBody ? c.req.raw.body : undefined,
        signal: abort.signal,
        redirect: 'manual',
        ...(hasBody ? { duplex: 'half' } : {}),
      } as RequestInit);
    } catch (error) {
      const timedOut = abort.signal.aborted || isTimeout(error);
      line(timedOut ? '504 (timed out)' : '502 (unreachable)');
      return timedOut
        ? failure(c, 504, UPSTREAM_MESSAGES.timedOut)
        : failure(c, 502, UPSTREAM_MESSAGES.unreachable);
    } finally {
      clearTimeout(timer);
    }
    line(response.status);
    const returned = new Headers();
    for (const [name, value] of response.headers) {
      if (!NOT_RETURNED.has(name.toLowerCase())) returned.append(name, value);
    }
    return new Response(response.body, { status: response.status, headers: returned });
  });
};
