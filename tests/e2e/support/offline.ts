/**
 * What the app keeps for offline use, read in the page as the app itself finds it after a
 * reload: the service worker's cached files and the query cache kept in IndexedDB per user.
 */
import {
  QUERY_CACHE_DATABASE,
  QUERY_CACHE_STORE,
} from '../../../src/lib/offline/start-offline-cache';
import { expect, type Page } from './test';

/** Each user's kept query cache, as JSON text. */
export const keptCopies = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(
    ({ database, store }) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains(store)) return resolve({});
          const copies: Record<string, string> = {};
          const cursor = open.result.transaction(store).objectStore(store).openCursor();
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return resolve(copies);
            copies[String(at.key)] = JSON.stringify(at.value);
            at.continue();
          };
        };
      }),
    { database: QUERY_CACHE_DATABASE, store: QUERY_CACHE_STORE },
  );

/** Why the page could not open offline yet, or 'ready'. */
const readyOffline = async (page: Page, username: string, text: string) => {
  const missingFile = await page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return 'no service worker in control';
    const files = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith('/assets/'));
    for (const file of files) if (!(await caches.match(file))) return `${file} not cached`;
    return null;
  });
  if (missingFile) return missingFile;
  return (await keptCopies(page))[username]?.includes(text) ? 'ready' : `${text} not kept yet`;
};

/** Waits until a reload with no network would open this page with `text` in its data. */
export const waitUntilReadyOffline = async (page: Page, username: string, text: string) => {
  await expect.poll(() => readyOffline(page, username, text), { timeout: 10_000 }).toBe('ready');
};
