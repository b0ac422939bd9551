/**
 * The signed-in user's queue of writes, kept in a KeyValueStore under the username (IndexedDB
 * in the browser) so it survives a reload and a closed tab. The store is the truth: every change
 * reads, edits and writes it under one lock (a Web Lock across the browser's tabs), and the
 * other tabs hear of it on a BroadcastChannel. The list in memory mirrors it for the page.
 * Another user signing in, or signing out, deletes every other user's queue.
 */
import type { KeyValueStore } from '../key-value-store';
import type { CacheOwner } from '../query-cache-persistence';
import type { QueuedWrite, WriteInput } from './queued-write';

export type WriteQueue = {
  /** The signed-in user's writes, oldest first (the same array until something changes). */
  list: () => readonly QueuedWrite[];
  subscribe: (listener: () => void) => () => void;
  add: (kind: string, input: WriteInput, attempted: boolean) => Promise<void>;
  /** Replaces a write by what `edit` returns, or removes it when that is null. */
  change: (id: string, edit: (write: QueuedWrite) => QueuedWrite | null) => Promise<void>;
  /** Sends a refused write again, with the rep's edited input: last in the queue, pending. */
  requeue: (id: string, input: WriteInput) => Promise<void>;
  /** Reads the store again (another tab may have changed it) and returns the list. */
  reload: () => Promise<readonly QueuedWrite[]>;
};

const LOCK = 'crm.write-queue';

let nextId = 0;
const newId = (now: number) => `${now.toString(36)}-${(nextId++).toString(36)}-${Math.random()}`;

export const createWriteQueue = (
  store: KeyValueStore<QueuedWrite[]>,
  owner: CacheOwner,
  now: () => number,
): WriteQueue => {
  let entries: readonly QueuedWrite[] = [];
  const listeners = new Set<() => void>();
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('crm.write-queue');

  const show = (username: string | null, next: readonly QueuedWrite[]) => {
    if (username !== owner.username()) return;
    entries = next;
    listeners.forEach((listener) => listener());
  };

  let chain: Promise<unknown> = Promise.resolve();
  /** One change at a time: in this tab by a promise chain, across tabs by a Web Lock. */
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const locks = globalThis.navigator?.locks;
    const run = () => (locks ? locks.request(LOCK, task) : task());
    const result = chain.then(run, run);
    chain = result.catch(() => undefined);
    return result;
  };

  const reload = async () => {
    const username = owner.username();
    const kept = username ? ((await store.get(username)) ?? []) : [];
    show(username, kept);
    return kept;
  };

  const update = (edit: (current: QueuedWrite[]) => QueuedWrite[]) =>
    exclusive(async () => {
      const username = owner.username();
      if (!username) return;
      const next = edit((await store.get(username)) ?? []);
      await store.set(username, next);
      show(username, next);
      channel?.postMessage('changed');
    });

  let current = owner.username();
  owner.subscribe(() => {
    const next = owner.username();
    if (next === current) return;
    current = next;
    show(next, []);
    void exclusive(async () => {
      for (const key of await store.keys()) if (key !== next) await store.delete(key);
    })
      .then(reload)
      .catch(() => undefined);
  });
  channel?.addEventListener('message', () => void reload().catch(() => undefined));
  void reload().catch(() => undefined);

  return {
    list: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add: (kind, input, attempted) =>
      update((current) => [
        ...current,
        { id: newId(now()), kind, input, queuedAt: now(), attempted },
      ]),
    change: (id, edit) =>
      update((current) =>
        current.flatMap((write) => {
          if (write.id !== id) return [write];
          const edited = edit(write);
          return edited ? [edited] : [];
        }),
      ),
    requeue: (id, input) =>
      update((current) => {
        const write = current.find((each) => each.id === id);
        if (!write) return current;
        const again = { id: write.id, kind: write.kind, input, queuedAt: now(), attempted: false };
        return [...current.filter((each) => each.id !== id), again];
      }),
    reload,
  };
};
