/**
 * The browser's IndexedDB behind the small KeyValueStore interface: one database, one object
 * store with out-of-line string keys. Values are kept by structured clone, so plain objects go
 * in and come out as they were. Every call opens its own transaction; IndexedDB runs the
 * read-write ones of one connection in the order they were opened.
 */
import type { KeyValueStore } from './key-value-store';

const settle = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const openDatabase = (name: string, store: string): Promise<IDBDatabase> => {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
  };
  return settle(request);
};

export const createIndexedDbStore = <T>(database: string, store: string): KeyValueStore<T> => {
  let opened: Promise<IDBDatabase> | null = null;
  const objects = async (mode: IDBTransactionMode) => {
    opened ??= openDatabase(database, store);
    return (await opened).transaction(store, mode).objectStore(store);
  };
  return {
    get: async (key) => (await settle((await objects('readonly')).get(key))) as T | undefined,
    set: async (key, value) => {
      await settle((await objects('readwrite')).put(value, key));
    },
    delete: async (key) => {
      await settle((await objects('readwrite')).delete(key));
    },
    keys: async () =>
      (await settle((await objects('readonly')).getAllKeys())).map((key) => String(key)),
  };
};
