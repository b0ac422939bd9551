/**
 * Arriving on a page waits for its first data only when there is something to wait for, and
 * not for long: data already in the cache shows at once (refreshing behind), offline nothing
 * would come, and past PAGE_DATA_WAIT_MS the page shows its own loading state.
 */
import { onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leadListQuery } from '../../../src/features/leads/api/lead-queries';
import {
  readLeadListState,
  toLeadListQuery,
} from '../../../src/features/leads/model/lead-list-params';
import { loadPageData, PAGE_DATA_WAIT_MS } from '../../../src/lib/load-page-data';
import { sessionStore } from '../../../src/lib/session';

const page = { count: 0, next: null, previous: null, results: [] };
/** The lead table's first page, as a page's first data. */
const rows = leadListQuery(toLeadListQuery(readLeadListState(new URLSearchParams('status=new'))));
let answer: (body: unknown) => void;
let asked = 0;

const settled = (promise: Promise<unknown>) => {
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

describe('loadPageData', () => {
  it('settles when the answer is in the cache', async () => {
    const client = new QueryClient();
    const loaded = settled(loadPageData(client, rows));
    await tick();
    expect(asked).toBe(1);
    expect(loaded.done).toBe(false);
    answer({ status_code: 200, data: page });
    await vi.waitFor(() => expect(loaded.done).toBe(true));
  });

  it('settles at once when the cache has the rows, and still asks for fresh ones', async () => {
    const client = new QueryClient();
    client.setQueryData(rows.queryKey, page);
    const loaded = settled(loadPageData(client, rows));
    await tick();
    expect(loaded.done).toBe(true);
    expect(asked).toBe(1);
  });

  it('settles at once offline', async () => {
    onlineManager.setOnline(false);
    const loaded = settled(loadPageData(new QueryClient(), rows));
    await tick();
    expect(loaded.done).toBe(true);
    expect(asked).toBe(0);
  });

  it('settles at the limit when the answer is slow, leaving the request to finish', async () => {
    vi.useFakeTimers();
    try {
      const loaded = settled(loadPageData(new QueryClient(), rows));
      await vi.advanceTimersByTimeAsync(PAGE_DATA_WAIT_MS - 1);
      expect(loaded.done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(loaded.done).toBe(true);
      expect(asked).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks nothing without a session: the page sends the user to sign in', async () => {
    sessionStore.signOut();
    const loaded = settled(loadPageData(new QueryClient(), rows));
    await tick();
    expect(loaded.done).toBe(true);
    expect(asked).toBe(0);
  });
});
