/**
 * The one HTTP client of the dashboard: base URL and `apikey`, the Bearer token, form-data
 * bodies (as the API's documented samples send), envelope unwrapping, response parsing with
 * the contract's schemas, tolerant errors, and one silent token refresh on an expired session.
 */
import type { z } from 'zod';
import { envelopeSchema, ENDPOINTS, refreshResponseSchema } from '../contract';
import { ApiError, SESSION_EXPIRED_MESSAGE, unavailableError } from './api-error';
import { config } from './config';
import { readErrorResponse } from './read-error-response';
import { sessionStore } from './session';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;
export type FormBody = Record<string, string | number | null | undefined>;

type RequestOptions = {
  signal?: AbortSignal;
  authenticated?: boolean;
  /** Lets the request outlive the page (a deferred delete sent as the tab closes). */
  keepalive?: boolean;
};

export const apiUrl = (path: string, params: QueryParams = {}): string => {
  const url = new URL(config.apiBaseUrl + path, globalThis.location?.origin ?? 'http://localhost');
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value));
  }
  return url.toString();
};

const toFormData = (body: FormBody): FormData => {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value !== undefined && value !== null) form.append(key, String(value));
  }
  return form;
};

const send = async (url: string, init: RequestInit, authenticated: boolean): Promise<Response> => {
  const headers = new Headers(init.headers);
  if (config.apiKey) headers.set('apikey', config.apiKey);
  headers.set('Accept', 'application/json');
  const access = sessionStore.get().session?.access;
  if (authenticated && access) headers.set('Authorization', `Bearer ${access}`);
  try {
    return await fetch(url, { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw unavailableError();
  }
};

/**
 * `refused`: the server turned the refresh token down (sign in again); `unavailable`: no usable
 * answer (network, 5xx), which says nothing about the session, so it is not ended for that.
 */
type RefreshOutcome = 'refreshed' | 'refused' | 'unavailable';

let refreshing: Promise<RefreshOutcome> | null = null;

/** Refreshes with the newest refresh token; the server answers a rotated one beside the access. */
const refreshOnce = async (): Promise<RefreshOutcome> => {
  const refresh = sessionStore.latestRefresh();
  if (!refresh) return 'refused';
  try {
    const response = await send(
      apiUrl(ENDPOINTS.refresh),
      { method: 'POST', body: toFormData({ refresh }) },
      false,
    );
    if (!response.ok) {
      const error = readErrorResponse(response.status, await response.text());
      return error.kind === 'unavailable' ? 'unavailable' : 'refused';
    }
    const parsed = refreshResponseSchema.safeParse(await response.json());
    if (!parsed.success) return 'unavailable';
    sessionStore.replaceTokens(parsed.data.access, parsed.data.refresh);
    return 'refreshed';
  } catch {
    return 'unavailable';
  }
};

/**
 * One refresh at a time, shared by every request that met an expired token; and across the
 * browser's tabs, one at a time under a Web Lock: each tab refreshes with the token the last one
 * left, since presenting a used (rotated) token would revoke the whole session.
 */
const refreshAccess = (): Promise<RefreshOutcome> => {
  if (!sessionStore.get().session) return Promise.resolve('refused');
  const locks = globalThis.navigator?.locks;
  refreshing ??= (locks ? locks.request('crm.refresh', refreshOnce) : refreshOnce()).finally(() => {
    refreshing = null;
  });
  return refreshing;
};

/**
 * Starts a kept session's refresh at once: the app's start calls it beside the offline cache's
 * restore, so the first request finds its access token fetched or on its way instead of asking
 * for it after the first render (decision 0007). Nothing for a signed-out or fresh session; a
 * refused or failed refresh is met again, and acted on, by the first request.
 */
export const refreshKeptSession = (): void => {
  const kept = sessionStore.get().session;
  if (kept && !kept.access) void refreshAccess();
};

/**
 * Before queued writes are replayed: a fresh access token. False when there is none to be had;
 * a refused refresh token ends the session (the page asks to sign in again).
 */
export const refreshSession = async (): Promise<boolean> => {
  const outcome = await refreshAccess();
  if (outcome === 'refused') sessionStore.expire();
  return outcome === 'refreshed';
};

/** One request's answer, with its error as the client reads it when it is not a success. */
const attempt = async (url: string, init: RequestInit, authenticated: boolean) => {
  const response = await send(url, init, authenticated);
  const error = response.ok ? null : readErrorResponse(response.status, await response.text());
  return { response, error };
};

/** The tokens no longer work: the page stays and asks to sign in again. */
const sessionExpired = (status: number) => {
  sessionStore.expire();
  return new ApiError('auth', status, { non_field_errors: [SESSION_EXPIRED_MESSAGE] });
};

const request = async (
  url: string,
  init: RequestInit,
  authenticated: boolean,
): Promise<unknown> => {
  // A kept session (a reload, a new tab) has no access token yet: refresh before asking, rather
  // than after a request that can only be refused.
  const kept = sessionStore.get().session;
  const refreshedFirst = authenticated && kept !== null && !kept.access;
  if (refreshedFirst) {
    const outcome = await refreshAccess();
    if (outcome === 'unavailable') throw unavailableError();
    if (outcome === 'refused') throw sessionExpired(401);
  }
  let { response, error } = await attempt(url, init, authenticated);
  // An access token that expired since it was issued: one refresh, one retry.
  if (error?.kind === 'auth' && authenticated && !refreshedFirst) {
    const outcome = await refreshAccess();
    if (outcome === 'unavailable') throw unavailableError();
    if (outcome === 'refreshed') ({ response, error } = await attempt(url, init, authenticated));
  }
  if (error?.kind === 'auth' && authenticated) throw sessionExpired(error.status);
  if (error) throw error;
  try {
    return await response.json();
  } catch {
    throw readErrorResponse(502, '');
  }
};

/** Reads `data` from the envelope and checks it against the contract: drift fails loudly. */
const unwrap = <T extends z.ZodType>(body: unknown, schema: T): z.output<T> => {
  const parsed = envelopeSchema(schema).safeParse(body);
  if (!parsed.success) {
    throw new ApiError('unavailable', 200, {
      non_field_errors: [
        `The server's answer did not match the API contract: ${parsed.error.issues[0]?.message ?? ''}`,
      ],
    });
  }
  return (parsed.data as { data: z.output<T> }).data;
};

export const apiGet = async <T extends z.ZodType>(
  path: string,
  params: QueryParams,
  schema: T,
  { signal, authenticated = true }: RequestOptions = {},
): Promise<z.output<T>> =>
  unwrap(await request(apiUrl(path, params), { method: 'GET', signal }, authenticated), schema);

export const apiPost = async <T extends z.ZodType>(
  path: string,
  body: FormBody,
  schema: T,
  { signal, authenticated = true, keepalive }: RequestOptions = {},
): Promise<z.output<T>> =>
  unwrap(
    await request(
      apiUrl(path),
      { method: 'POST', body: toFormData(body), signal, keepalive },
      authenticated,
    ),
    schema,
  );

/** For the few answers with no envelope (sign-in). */
export const apiPostBare = async <T extends z.ZodType>(
  path: string,
  body: FormBody,
  schema: T,
): Promise<z.output<T>> => {
  const parsed = schema.safeParse(
    await request(apiUrl(path), { method: 'POST', body: toFormData(body) }, false),
  );
  if (!parsed.success) throw readErrorResponse(502, '');
  return parsed.data;
};
