/**
 * Query keys and options of the leads feature. Every key starts with a QUERY_ROOTS entry, so
 * other features refresh leads by invalidating the root alone.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  ENDPOINTS,
  leadDetailsSchema,
  leadSchema,
  paginatedSchema,
  userListSchema,
} from '../../../contract';
import { apiGet } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import type { LeadListParams } from '../model/lead-list-params';

const leadPageSchema = paginatedSchema(leadSchema);

export const leadKeys = {
  all: [QUERY_ROOTS.leads] as const,
  lists: () => [QUERY_ROOTS.leads, 'list'] as const,
  list: (params: LeadListParams) => [QUERY_ROOTS.leads, 'list', params] as const,
  details: (slug: string) => [QUERY_ROOTS.leads, 'details', slug] as const,
  users: () => [QUERY_ROOTS.users, 'list'] as const,
};

export const leadListQuery = (params: LeadListParams) =>
  queryOptions({
    queryKey: leadKeys.list(params),
    queryFn: ({ signal }) => apiGet(ENDPOINTS.leadList, params, leadPageSchema, { signal }),
    /** Paging or filtering keeps the current rows on screen until the next page arrives. */
    placeholderData: keepPreviousData,
  });

export const leadDetailsQuery = (slug: string) =>
  queryOptions({
    queryKey: leadKeys.details(slug),
    queryFn: ({ signal }) => apiGet(ENDPOINTS.leadDetails, { slug }, leadDetailsSchema, { signal }),
  });

/** The people a lead may be assigned to; rarely changes, so it is kept for five minutes. */
export const assignableUsersQuery = () =>
  queryOptions({
    queryKey: leadKeys.users(),
    queryFn: ({ signal }) => apiGet(ENDPOINTS.users, {}, userListSchema, { signal }),
    staleTime: 5 * 60_000,
  });
