/**
 * What the page on screen shows from the cache: the time its oldest answer was fetched, and
 * whether it waits for an answer it never had. "On screen" is every query with an enabled
 * observer (TanStack Query's active queries), whatever page or component asked for it.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

export type ShownData = { loadedAt: number | null; missing: boolean };

/** One string, so React compares snapshots by value. */
const readShown = (client: QueryClient): string => {
  let loadedAt: number | null = null;
  let missing = false;
  for (const query of client.getQueryCache().findAll({ type: 'active' })) {
    const { data, dataUpdatedAt } = query.state;
    if (data === undefined) missing = true;
    else if (loadedAt === null || dataUpdatedAt < loadedAt) loadedAt = dataUpdatedAt;
  }
  return JSON.stringify({ loadedAt, missing } satisfies ShownData);
};

export const useShownData = (): ShownData => {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  const read = useCallback(() => readShown(client), [client]);
  return JSON.parse(useSyncExternalStore(subscribe, read, read)) as ShownData;
};
