/**
 * How many leads match a filter, read from `leads/list/`'s `count` with a one-row page: the
 * documented way to count on any Epixel server, one small request per number.
 */
import { queryOptions } from '@tanstack/react-query';
import { ENDPOINTS, leadSchema, paginatedSchema } from '../../../contract';
import { apiGet } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

const leadPageSchema = paginatedSchema(leadSchema);

export type LeadCountFilter = { owner: string; status?: string };

export const leadCountQuery = (filter: LeadCountFilter) =>
  queryOptions({
    queryKey: [QUERY_ROOTS.leads, 'count', filter] as const,
    queryFn: ({ signal }) =>
      apiGet(ENDPOINTS.leadList, { ...filter, limit: 1 }, leadPageSchema, { signal }),
    select: (page) => page.count,
    staleTime: 60_000,
  });
