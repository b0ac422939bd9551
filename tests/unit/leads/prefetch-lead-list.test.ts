/**
 * Arriving on the lead table waits for its rows only when there is something to wait for: rows
 * already in the cache show at once (refreshing behind), and offline nothing would come.
 */
import { onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchLeadList } from '../../../src/features/leads/api/prefetch-lead-list';
import { leadListQuery } from '../../../src/features/leads/api/lead-queries';
import {
  readLeadListState,
  toLeadListQuery,
} from '../../../src/features/leads/model/lead-list-params';
import { sessionStore } from '../../../src/lib/session';

const page = { count: 0, next: null, previous: null, results: [] };
const params = new URLSearchParams('status=new');
let answer: (body: unknown) => void;
let asked = 0;

const settled = (promise: Promise<void>) => {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  asked = 0;
  vi.stubGlobal('fetch', () => {
    asked += 1;
    return new Promise((resolve) => {
      answer = (body) =>
        resolve(
          new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
        );
    });
  });
  sessionStore.signIn({ access: 'a', refresh: 'r', user: { username: 'raj', role: 'rep' } });
});

afterEach(() => {
  sessionStore.signOut();
  onlineManager.setOnline(true);
  vi.unstubAllGlobals();
});

describe('prefetchLeadList', () => {
  it('settles when the answer is in the cache', async () => {
    const client = new QueryClient();
    const loaded = settled(prefetchLeadList(client, params));
    await tick();
    expect(asked).toBe(1);
    expect(loaded.done).toBe(false);
    answer({ status_code: 200, data: page });
    await vi.waitFor(() => expect(loaded.done).toBe(true));
  });

  it('settles at once when the cache has the rows, and still asks for fresh ones', async () => {
    const client = new QueryClient();
    client.setQueryData(leadListQuery(toLeadListQuery(readLeadListState(params))).queryKey, page);
    const loaded = settled(prefetchLeadList(client, params));
    await tick();
    expect(loaded.done).toBe(true);
    expect(asked).toBe(1);
  });

  it('settles at once offline', async () => {
    onlineManager.setOnline(false);
    const loaded = settled(prefetchLeadList(new QueryClient(), params));
    await tick();
    expect(loaded.done).toBe(true);
    expect(asked).toBe(0);
  });
});
