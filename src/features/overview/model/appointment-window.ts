/**
 * The overview's appointment window lives in the URL (`?appointment=week`) so a link or a
 * reload shows the same list. `upcoming` is the API's default, so it is left out of the URL.
 */
import { OVERVIEW_APPOINTMENT_FILTERS, type OverviewAppointmentFilter } from '../../../contract';

export const APPOINTMENT_PARAM = 'appointment';
export const DEFAULT_APPOINTMENT_WINDOW: OverviewAppointmentFilter = 'upcoming';

export const APPOINTMENT_WINDOW_LABELS: Record<OverviewAppointmentFilter, string> = {
  upcoming: 'Upcoming',
  today: 'Today',
  week: 'This week',
  month: 'This month',
};

export const EMPTY_WINDOW_MESSAGES: Record<OverviewAppointmentFilter, string> = {
  upcoming: 'No upcoming appointments.',
  today: 'No appointments today.',
  week: 'No appointments this week.',
  month: 'No appointments this month.',
};

/** An unknown value in the URL falls back to the default rather than failing the page. */
export const readAppointmentWindow = (params: URLSearchParams): OverviewAppointmentFilter => {
  const value = params.get(APPOINTMENT_PARAM);
  return (OVERVIEW_APPOINTMENT_FILTERS as readonly string[]).includes(value ?? '')
    ? (value as OverviewAppointmentFilter)
    : DEFAULT_APPOINTMENT_WINDOW;
};

export const writeAppointmentWindow = (
  params: URLSearchParams,
  window: OverviewAppointmentFilter,
): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (window === DEFAULT_APPOINTMENT_WINDOW) next.delete(APPOINTMENT_PARAM);
  else next.set(APPOINTMENT_PARAM, window);
  return next;
};
