/**
 * The query cache kept per user for offline use: written shortly after answers arrive, under
 * the signed-in user only, restored into a fresh cache with when each answer was fetched,
 * forgotten on sign-out and when someone else signs in.
 */
import { QueryClient } from '@tanstack/react-query';
import { createMemoryStore } from '../../../src/lib/offline/key-value-store';
import {
  KEPT_FOR_MS,
  keepQueryCachePersisted,
  MAX_KEPT_QUERIES,
  restoreQueryCache,
  WRITE_DELAY_MS,
  type KeptCache,
} from '../../../src/lib/offline/query-cache-persistence';
import { ownerAs } from './support/owner-as';

const NOW = Date.parse('2026-11-18T10:00:00Z');

const LEADS_KEY = ['leads', 'list', { offset: 0 }];

let client: QueryClient;
let store: ReturnType<typeof createMemoryStore<KeptCache>>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  client = new QueryClient();
  store = createMemoryStore<KeptCache>();
});
afterEach(() => {
  client.clear();
  vi.useRealTimers();
});

/** Lets the delayed write and the store's promises run. */
const settle = () => vi.advanceTimersByTimeAsync(WRITE_DELAY_MS);

describe('the kept query cache', () => {
  it('is written under the signed-in user after an answer arrives, and restored with its time', async () => {
    const { owner } = ownerAs('raj');
    keepQueryCachePersisted(client, store, owner, () => NOW);
    client.setQueryData(LEADS_KEY, { count: 1 }, { updatedAt: NOW - 60_000 });
    expect(await store.keys()).toEqual([]);
    await settle();
    expect(await store.keys()).toEqual(['raj']);

    const fresh = new QueryClient();
    await restoreQueryCache(fresh, store, 'raj', NOW);
    expect(fresh.getQueryData(LEADS_KEY)).toEqual({ count: 1 });
    expect(fresh.getQueryState(LEADS_KEY)?.dataUpdatedAt).toBe(NOW - 60_000);
    // Stale however recent: a page shown asks the server again, as on any page load.
    expect(fresh.getQueryState(LEADS_KEY)?.isInvalidated).toBe(true);
    fresh.clear();
  });

  it("gives one user nothing of another's", async () => {
    keepQueryCachePersisted(client, store, ownerAs('raj').owner, () => NOW);
    client.setQueryData(LEADS_KEY, { count: 1 });
    await settle();
    const fresh = new QueryClient();
    await restoreQueryCache(fresh, store, 'sara', NOW);
    expect(fresh.getQueryCache().getAll()).toEqual([]);
  });

  it('is not restored once older than a week', async () => {
    keepQueryCachePersisted(client, store, ownerAs('raj').owner, () => NOW);
    client.setQueryData(LEADS_KEY, { count: 1 });
    await settle();
    const fresh = new QueryClient();
    await restoreQueryCache(fresh, store, 'raj', NOW + KEPT_FOR_MS + 1);
    expect(fresh.getQueryData(LEADS_KEY)).toBeUndefined();
    await restoreQueryCache(fresh, store, 'raj', NOW + KEPT_FOR_MS);
    expect(fresh.getQueryData(LEADS_KEY)).toEqual({ count: 1 });
  });

  it('keeps answers only: a failed query is left out', async () => {
    keepQueryCachePersisted(client, store, ownerAs('raj').owner, () => NOW);
    await client
      .fetchQuery({ queryKey: ['overview'], queryFn: () => Promise.reject(new Error('down')) })
      .catch(() => undefined);
    client.setQueryData(LEADS_KEY, { count: 1 });
    await settle();
    const kept = await store.get('raj');
    expect(kept?.state.queries.map((query) => query.queryKey)).toEqual([LEADS_KEY]);
  });

  it('is not written while a write waits, so its optimistic change is never kept alone', async () => {
    keepQueryCachePersisted(client, store, ownerAs('raj').owner, () => NOW);
    client.setQueryData(LEADS_KEY, { count: 1 });
    await settle();
    let answer: (value: string) => void = () => undefined;
    const write = client.getMutationCache().build(client, {
      mutationFn: () => new Promise<string>((resolve) => (answer = resolve)),
    });
    const sent = write.execute(undefined);
    client.setQueryData(LEADS_KEY, { count: 2, optimistic: true });
    await settle();
    expect((await store.get('raj'))?.state.queries[0]?.state.data).toEqual({ count: 1 });
    answer('saved');
    await sent;
    client.setQueryData(LEADS_KEY, { count: 2 });
    await settle();
    expect((await store.get('raj'))?.state.queries[0]?.state.data).toEqual({ count: 2 });
  });

  it(`keeps the ${MAX_KEPT_QUERIES} answers fetched last`, async () => {
    keepQueryCachePersisted(client, store, ownerAs('raj').owner, () => NOW);
    for (let page = 0; page <= MAX_KEPT_QUERIES; page += 1) {
      client.setQueryData(['leads', 'list', { page }], page, { updatedAt: NOW - page * 1000 });
    }
    await settle();
    const kept = (await store.get('raj'))?.state.queries ?? [];
    expect(kept).toHaveLength(MAX_KEPT_QUERIES);
    expect(kept.map((query) => query.state.data)).not.toContain(MAX_KEPT_QUERIES);
    expect(kept.map((query) => query.state.data)).toContain(0);
  });

  it('is deleted on sign-out, and nothing is written with no one signed in', async () => {
    const { owner, become } = ownerAs('raj');
    keepQueryCachePersisted(client, store, owner, () => NOW);
    client.setQueryData(LEADS_KEY, { count: 1 });
    await settle();
    expect(await store.keys()).toEqual(['raj']);
    become(null);
    client.setQueryData(LEADS_KEY, { count: 2 });
    await settle();
    expect(await store.keys()).toEqual([]);
  });

  it("another user signing in deletes the last one's copy, and never keeps their answers", async () => {
    const { owner, become } = ownerAs('raj');
    keepQueryCachePersisted(client, store, owner, () => NOW);
    client.setQueryData(LEADS_KEY, { count: 1 });
    await settle();
    become(null);
    become('sara');
    await settle();
    expect(client.getQueryData(LEADS_KEY)).toBeUndefined();
    client.setQueryData(['overview'], { total: 3 });
    await settle();
    expect(await store.keys()).toEqual(['sara']);
    const kept = await store.get('sara');
    expect(kept?.state.queries.map((query) => query.queryKey)).toEqual([['overview']]);
  });

  it('the same user signing in again after a sign-out elsewhere keeps what is on screen', async () => {
    const { owner, become } = ownerAs('raj');
    keepQueryCachePersisted(client, store, owner, () => NOW);
    client.setQueryData(LEADS_KEY, { count: 1 });
    await settle();
    become(null);
    await settle();
    expect(await store.keys()).toEqual([]);
    become('raj');
    client.setQueryData(['overview'], { total: 3 });
    await settle();
    expect(client.getQueryData(LEADS_KEY)).toEqual({ count: 1 });
    expect((await store.get('raj'))?.state.queries).toHaveLength(2);
  });
});
