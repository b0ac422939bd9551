/**
 * One column of the pipeline board: the leads of one status under the table's filters, a page
 * at a time (as the column scrolls, or "Load more"), so a board of 100,000 leads asks for 20
 * per column.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { ENDPOINTS, leadSchema, paginatedSchema, type LeadStatus } from '../../../contract';
import { apiGet } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import type { LeadFilterParams } from '../model/lead-list-params';

export const BOARD_PAGE_SIZE = 20;
const leadPageSchema = paginatedSchema(leadSchema);

export const boardKeys = {
  all: () => [QUERY_ROOTS.leads, 'board'] as const,
  column: (filters: LeadFilterParams, status: LeadStatus) =>
    [QUERY_ROOTS.leads, 'board', filters, status] as const,
};

export const boardColumnQuery = (filters: LeadFilterParams, status: LeadStatus) =>
  infiniteQueryOptions({
    queryKey: boardKeys.column(filters, status),
    queryFn: ({ pageParam, signal }) =>
      apiGet(
        ENDPOINTS.leadList,
        { ...filters, status, offset: pageParam, limit: BOARD_PAGE_SIZE },
        leadPageSchema,
        { signal },
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.results.length, 0);
      return last.next && loaded < last.count ? loaded : undefined;
    },
  });
