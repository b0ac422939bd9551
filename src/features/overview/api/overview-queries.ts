/**
 * The overview's query: `[QUERY_ROOTS.overview, 'summary', {appointment}]`. Other features
 * invalidate it through `QUERY_ROOTS.overview` alone when they change leads or appointments.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ENDPOINTS, overviewSchema, type OverviewAppointmentFilter } from '../../../contract';
import { apiGet } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export const overviewKeys = {
  all: [QUERY_ROOTS.overview] as const,
  summary: (appointment: OverviewAppointmentFilter) =>
    [QUERY_ROOTS.overview, 'summary', { appointment }] as const,
};

/**
 * Switching the appointment window keeps the previous answer on screen (counts do not change
 * with the window) while the new one loads.
 */
export const overviewQueryOptions = (appointment: OverviewAppointmentFilter) =>
  queryOptions({
    queryKey: overviewKeys.summary(appointment),
    queryFn: ({ signal }) =>
      apiGet(ENDPOINTS.overview, { appointment }, overviewSchema, { signal }),
    placeholderData: keepPreviousData,
  });
