/**
 * A page's loader asks for its first data here: the request leaves while the page's code still
 * downloads, and the loader waits until the page has something to show, so the app renders the
 * page once, with its data (decision 0016), not once empty and again filled. At once when the
 * cache already holds it (it refreshes behind) or when the browser is offline (nothing would
 * come; the page says so); else when the answer is in, but at most `PAGE_DATA_WAIT_MS`, past
 * which the page shows its own loading state. Never rejects: the page shows a failure itself.
 * Only with a session: without one the page sends the user to sign in.
 */
import {
  onlineManager,
  type FetchQueryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { sessionStore } from './session';
import { waitAtMost } from './wait-at-most';

export const PAGE_DATA_WAIT_MS = 1000;

/** Resolves to `null`, what a router loader hands its page: the data is in the query cache. */
export const loadPageData = async <TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryClient: QueryClient,
  query: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<null> => {
  if (!sessionStore.get().session) return null;
  const shown = queryClient.getQueryData(query.queryKey) !== undefined;
  const answered = queryClient.prefetchQuery(query);
  if (!shown && onlineManager.isOnline()) await waitAtMost(answered, PAGE_DATA_WAIT_MS);
  return null;
};
