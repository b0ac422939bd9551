/**
 * Before the app's first render: tells TanStack Query whether the browser is online (it
 * assumes online until an event says otherwise, so a page loaded offline would try to fetch
 * and fail instead of showing what it has), puts the signed-in user's kept answers into the
 * cache, and keeps them saved from then on.
 */
import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { instantNow } from '../clock';
import { createIndexedDbStore } from './indexed-db-store';
import { createMemoryStore } from './key-value-store';
import {
  keepQueryCachePersisted,
  restoreQueryCache,
  type KeptCache,
} from './query-cache-persistence';
import { signedInOwner as signedIn } from './signed-in-owner';
import { waitAtMost } from '../wait-at-most';

export const QUERY_CACHE_DATABASE = 'crm-offline';
export const QUERY_CACHE_STORE = 'query-cache';

/** The longest the first render waits for the kept copy; a later restore still fills the cache. */
const RESTORE_WAIT_MS = 1000;

export const startOfflineCache = async (client: QueryClient): Promise<void> => {
  onlineManager.setOnline(navigator.onLine);
  const store =
    typeof indexedDB === 'undefined'
      ? createMemoryStore<KeptCache>()
      : createIndexedDbStore<KeptCache>(QUERY_CACHE_DATABASE, QUERY_CACHE_STORE);
  const username = signedIn.username();
  if (username) {
    const restored = restoreQueryCache(client, store, username, instantNow());
    await waitAtMost(restored, RESTORE_WAIT_MS);
  }
  const { flush } = keepQueryCachePersisted(client, store, signedIn, instantNow);
  window.addEventListener('pagehide', flush);
};
