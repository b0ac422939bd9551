/**
 * Where the dashboard keeps things across reloads that are too big or too structured for
 * localStorage: a few async calls over string keys. The browser's is IndexedDB
 * (indexed-db-store.ts); tests, and browsers that refuse IndexedDB, use the in-memory one.
 */
export type KeyValueStore<T> = {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
};

/** A store that lasts as long as the page (or the test). */
export const createMemoryStore = <T>(): KeyValueStore<T> => {
  const entries = new Map<string, T>();
  return {
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
    delete: async (key) => {
      entries.delete(key);
    },
    keys: async () => [...entries.keys()],
  };
};
