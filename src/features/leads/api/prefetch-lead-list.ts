/**
 * Starts loading the lead table's page for a URL before the table's code has arrived, so the
 * two downloads overlap. Only with a session: without one the page sends the user to sign in.
 */
import type { QueryClient } from '@tanstack/react-query';
import { sessionStore } from '../../../lib/session';
import { readLeadListState, toLeadListQuery } from '../model/lead-list-params';
import { leadListQuery } from './lead-queries';

export const prefetchLeadList = (queryClient: QueryClient, params: URLSearchParams): void => {
  if (!sessionStore.get().session) return;
  void queryClient.prefetchQuery(leadListQuery(toLeadListQuery(readLeadListState(params))));
};
