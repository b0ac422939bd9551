/**
 * Query keys and options of the appointments feature. Every key starts with a QUERY_ROOTS entry
 * (`[appointments, 'range', {date_from, date_to}]`, `[appointments, 'list', params]`), so other
 * features refresh appointments by invalidating the root alone.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { appointmentSchema, ENDPOINTS, leadSchema, paginatedSchema } from '../../../contract';
import { apiGet, type QueryParams } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import { createRangeFetcher, type DateRange } from './range-fetcher';

export type { DateRange } from './range-fetcher';

/** Documented filters of the list page; `ondate` is MM/DD/YYYY as the API wants it. */
export type AppointmentListParams = {
  offset: number;
  limit: number;
  datesetting?: 'on' | 'before' | 'after';
  ondate?: string;
  status?: string;
  lead?: string;
  /** Ours (`yyyy-mm-dd`, inclusive): the list's upcoming or past window. */
  date_from?: string;
  date_to?: string;
};

const appointmentPageSchema = paginatedSchema(appointmentSchema);
const leadPageSchema = paginatedSchema(leadSchema);

export const appointmentKeys = {
  all: [QUERY_ROOTS.appointments] as const,
  ranges: () => [QUERY_ROOTS.appointments, 'range'] as const,
  range: (range: DateRange) => [QUERY_ROOTS.appointments, 'range', range] as const,
  lists: () => [QUERY_ROOTS.appointments, 'list'] as const,
  list: (params: AppointmentListParams) => [QUERY_ROOTS.appointments, 'list', params] as const,
  /** Lead choices live under the leads root: a lead change refreshes them too. */
  leadChoices: (search: string) => [QUERY_ROOTS.leads, 'appointment-choices', search] as const,
  lead: (slug: string) => [QUERY_ROOTS.leads, 'appointment-lead', slug] as const,
};

const fetchRange = createRangeFetcher();

export const appointmentRangeQuery = (range: DateRange) =>
  queryOptions({
    queryKey: appointmentKeys.range(range),
    queryFn: ({ signal }) =>
      fetchRange(range, (params) =>
        apiGet(ENDPOINTS.appointmentList, params, appointmentPageSchema, { signal }),
      ),
    /** Moving to the next week keeps this week's events until the next arrive. */
    placeholderData: keepPreviousData,
  });

export const appointmentListQuery = (params: AppointmentListParams) =>
  queryOptions({
    queryKey: appointmentKeys.list(params),
    queryFn: ({ signal }) =>
      apiGet(ENDPOINTS.appointmentList, params as QueryParams, appointmentPageSchema, { signal }),
    placeholderData: keepPreviousData,
  });

/**
 * Leads to book with, searched on the server. `search` is our extension: a real server that
 * ignores it still answers with the caller's leads, unsearched.
 */
export const leadChoicesQuery = (search: string) =>
  queryOptions({
    queryKey: appointmentKeys.leadChoices(search),
    queryFn: ({ signal }) =>
      apiGet(ENDPOINTS.leadList, { search, limit: 20 }, leadPageSchema, { signal }),
    staleTime: 60_000,
  });

/** The lead a "Book appointment" dialog is fixed to (its name for the picker). */
export const appointmentLeadQuery = (slug: string) =>
  queryOptions({
    queryKey: appointmentKeys.lead(slug),
    queryFn: ({ signal }) => apiGet(ENDPOINTS.leadDetails, { slug }, leadSchema, { signal }),
    staleTime: 60_000,
  });
