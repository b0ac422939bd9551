import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leadSchema, paginatedSchema } from '../../../src/contract';
import { apiGet, refreshKeptSession } from '../../../src/lib/http-client';
import { sessionStore } from '../../../src/lib/session';

const page = { count: 0, next: null, previous: null, results: [] };
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** What the page sent, in order, and what the refresh endpoint answers. */
let sent: { call: string; authorization: string | null }[] = [];
let refreshAnswer: () => Response;

beforeEach(() => {
  sent = [];
  refreshAnswer = () => json({ access: 'fresh-access', refresh: 'rotated' });
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input);
    const authorization = new Headers(init.headers).get('Authorization');
    sent.push({ call: `${init.method ?? 'GET'} ${url.pathname}`, authorization });
    if (url.pathname.endsWith('/user/token/refresh/')) return refreshAnswer();
    if (!authorization) return json({ detail: 'not authenticated' }, 401);
    return json({ status_code: 200, data: page });
  });
});

afterEach(() => {
  sessionStore.signOut();
  vi.unstubAllGlobals();
});

/** A session as a reload finds it: the refresh token kept, no access token in memory yet. */
const keptSession = () =>
  sessionStore.signIn({ access: '', refresh: 'kept', user: { username: 'raj', role: 'rep' } });
const listLeads = () => apiGet('leads/list/', {}, paginatedSchema(leadSchema));

describe('a request from a kept session (no access token yet)', () => {
  it('refreshes first, then asks once with the new token: no request that can only be refused', async () => {
    keptSession();
    await expect(listLeads()).resolves.toEqual(page);
    expect(sent).toEqual([
      { call: 'POST /api/v1/user/token/refresh/', authorization: null },
      { call: 'GET /api/v1/leads/list/', authorization: 'Bearer fresh-access' },
    ]);
    expect(sessionStore.get().session?.refresh).toBe('rotated');
  });

  it('ends the session without asking when the refresh is refused', async () => {
    keptSession();
    refreshAnswer = () => json({ detail: 'Token is invalid or expired' }, 401);
    await expect(listLeads()).rejects.toMatchObject({ kind: 'auth' });
    expect(sent.map(({ call }) => call)).toEqual(['POST /api/v1/user/token/refresh/']);
    expect(sessionStore.get().expired).toBe(true);
  });

  it('says "unavailable" and keeps the session when the refresh meets an outage', async () => {
    keptSession();
    refreshAnswer = () => json({}, 503);
    await expect(listLeads()).rejects.toMatchObject({ kind: 'unavailable' });
    expect(sessionStore.get()).toMatchObject({ expired: false, session: { refresh: 'kept' } });
  });
});

describe('refreshing a kept session at the app’s start', () => {
  it('sends the refresh at once, and the first request shares it: one refresh in all', async () => {
    keptSession();
    refreshKeptSession();
    expect(sent.map(({ call }) => call)).toEqual(['POST /api/v1/user/token/refresh/']);
    await expect(listLeads()).resolves.toEqual(page);
    expect(sent).toEqual([
      { call: 'POST /api/v1/user/token/refresh/', authorization: null },
      { call: 'GET /api/v1/leads/list/', authorization: 'Bearer fresh-access' },
    ]);
  });

  it('asks nothing for a session that has its access token, or for nobody', async () => {
    refreshKeptSession();
    sessionStore.signIn({ access: 'live', refresh: 'r', user: { username: 'raj', role: 'rep' } });
    refreshKeptSession();
    await Promise.resolve();
    expect(sent).toEqual([]);
  });

  it('leaves a refused refresh to the first request, which ends the session', async () => {
    keptSession();
    refreshAnswer = () => json({ detail: 'Token is invalid or expired' }, 401);
    refreshKeptSession();
    await expect(listLeads()).rejects.toMatchObject({ kind: 'auth' });
    expect(sessionStore.get().expired).toBe(true);
  });
});
