/**
 * TanStack Query's cache, kept in a KeyValueStore under the signed-in username so the pages
 * open offline with what was last seen. Only answers are kept (successful queries, by
 * `dehydrate`); never a write, never a token: the session module keeps those apart, and no
 * query holds one. Another user's copy is forgotten when someone else signs in, every copy
 * when the user signs out.
 */
import {
  dehydrate,
  hydrate,
  type DehydratedState,
  type QueryCacheNotifyEvent,
  type QueryClient,
} from '@tanstack/react-query';
import type { KeyValueStore } from './key-value-store';

/** Bumped when what is kept changes shape: an older copy is then ignored. */
const FORMAT = 1;
/** A copy older than this is not restored: a week, the refresh token's lifetime. */
export const KEPT_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** The most recently fetched answers kept, so a long day's browsing cannot grow without end. */
export const MAX_KEPT_QUERIES = 200;
/** Changes within this long are written together. */
export const WRITE_DELAY_MS = 300;

export type KeptCache = { format: number; savedAt: number; state: DehydratedState };

/** Who is signed in now, and a way to hear when that changes. */
export type CacheOwner = {
  username: () => string | null;
  subscribe: (listener: () => void) => () => void;
};

/** The answers worth keeping, newest first, at most MAX_KEPT_QUERIES. */
export const snapshotOf = (client: QueryClient, savedAt: number): KeptCache => {
  const state = dehydrate(client);
  const queries = [...state.queries]
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)
    .slice(0, MAX_KEPT_QUERIES);
  return { format: FORMAT, savedAt, state: { ...state, queries } };
};

/**
 * Puts `username`'s kept answers into `client`; nothing when there are none or they are too old.
 * They come in stale, so each page shown asks the server again as it would on any page load
 * (a lead deleted since is then "not found"); offline they stay on screen meanwhile.
 */
export const restoreQueryCache = async (
  client: QueryClient,
  store: KeyValueStore<KeptCache>,
  username: string,
  now: number,
): Promise<void> => {
  try {
    const kept = await store.get(username);
    if (kept?.format !== FORMAT || now - kept.savedAt > KEPT_FOR_MS) return;
    hydrate(client, kept.state);
    await client.invalidateQueries({ refetchType: 'none' });
  } catch {
    // an unreadable copy: start with an empty cache, as without one
  }
};

const changesData = (event: QueryCacheNotifyEvent): boolean =>
  event.type === 'removed' || (event.type === 'updated' && event.action.type === 'success');

/**
 * Writes the cache under the signed-in user shortly after each answer arrives. Not while a
 * write is in flight or waiting for the network: its optimistic change (a new note shown at
 * once) would be kept without the write that confirms it; the cache is written once it settles.
 * When another
 * user signs in, the answers in memory (the last user's) are reset and every other user's copy
 * is deleted; on sign-out every copy is. `flush` writes at once (the page is closing).
 */
export const keepQueryCachePersisted = (
  client: QueryClient,
  store: KeyValueStore<KeptCache>,
  owner: CacheOwner,
  now: () => number,
): { flush: () => void; stop: () => void } => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current = owner.username();
  let dataOwner = current;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const username = owner.username();
    if (username && client.isMutating() === 0)
      void store.set(username, snapshotOf(client, now())).catch(() => undefined);
  };
  const forgetAllBut = async (keep: string | null) => {
    for (const key of await store.keys()) if (key !== keep) await store.delete(key);
  };

  const schedule = () => {
    timer ??= setTimeout(flush, WRITE_DELAY_MS);
  };
  const stopCache = client.getQueryCache().subscribe((event) => {
    if (changesData(event)) schedule();
  });
  const stopWrites = client.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.mutation.state.status !== 'pending') schedule();
  });
  const stopOwner = owner.subscribe(() => {
    const next = owner.username();
    if (next === current) return;
    current = next;
    if (next && dataOwner && next !== dataOwner) void client.resetQueries();
    if (next) dataOwner = next;
    void forgetAllBut(next).catch(() => undefined);
  });

  return {
    flush,
    stop: () => {
      clearTimeout(timer);
      stopCache();
      stopWrites();
      stopOwner();
    },
  };
};
