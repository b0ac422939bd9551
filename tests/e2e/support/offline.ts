/**
 * Waiting until a page can open offline: a service worker controls it, every file of the app
 * it loaded is in the worker's cache, and the query cache kept in IndexedDB for `username`
 * holds `text`. Checked in the page, as the app itself would find them after a reload.
 */
import {
  QUERY_CACHE_DATABASE,
  QUERY_CACHE_STORE,
} from '../../../src/lib/offline/start-offline-cache';
import { expect, type Page } from './test';

const readyOffline = (page: Page, username: string, text: string) =>
  page.evaluate(
    async ({ database, store, username, text }) => {
      if (!navigator.serviceWorker.controller) return 'no service worker in control';
      const files = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).pathname.startsWith('/assets/'));
      for (const file of files) if (!(await caches.match(file))) return `${file} not cached`;
      const kept = await new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = open.result.objectStoreNames;
          if (!names.contains(store)) return resolve(undefined);
          const get = open.result.transaction(store).objectStore(store).get(username);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      });
      return JSON.stringify(kept ?? '').includes(text) ? 'ready' : `${text} not kept yet`;
    },
    { database: QUERY_CACHE_DATABASE, store: QUERY_CACHE_STORE, username, text },
  );

export const waitUntilReadyOffline = async (page: Page, username: string, text: string) => {
  await expect.poll(() => readyOffline(page, username, text), { timeout: 10_000 }).toBe('ready');
};
