/**
 * Starts loading the lead table's page for a URL before the table's code has arrived, so the
 * two downloads overlap. Only with a session: without one the page sends the user to sign in.
 *
 * Settles when the page has rows to show, never rejecting (the table shows a failure itself):
 * at once when the cache already holds them (they refresh in the background) or when the
 * browser is offline (nothing would come; the page says so), else when the answer is in.
 */
import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { sessionStore } from '../../../lib/session';
import { readLeadListState, toLeadListQuery } from '../model/lead-list-params';
import { leadListQuery } from './lead-queries';

export const prefetchLeadList = (
  queryClient: QueryClient,
  params: URLSearchParams,
): Promise<void> => {
  if (!sessionStore.get().session) return Promise.resolve();
  const query = leadListQuery(toLeadListQuery(readLeadListState(params)));
  const shown = queryClient.getQueryData(query.queryKey) !== undefined;
  const answered = queryClient.prefetchQuery(query);
  return shown || !onlineManager.isOnline() ? Promise.resolve() : answered;
};
