/** A signed-in user the offline stores follow, switched by the test (`become`). */
import type { CacheOwner } from '../../../../src/lib/offline/query-cache-persistence';

export const ownerAs = (first: string | null) => {
  let username = first;
  const listeners = new Set<() => void>();
  const owner: CacheOwner = {
    username: () => username,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const become = (next: string | null) => {
    username = next;
    listeners.forEach((listener) => listener());
  };
  return { owner, become };
};
