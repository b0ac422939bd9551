/**
 * API wall-clock strings (`yyyy-mm-dd HH:MM`) to and from what FullCalendar works with.
 *
 * The calendar runs with `timeZone: 'UTC'`, so a Date's UTC parts ARE the wall-clock time the
 * API sent: '2026-12-01 10:30' ↔ '2026-12-01T10:30:00Z'. Nothing here reads the process's or
 * the browser's zone, so an appointment shows at the same time in Kiritimati and Los Angeles.
 */
import { toIsoDate, type ApiDateTime } from '../../../contract';

const pad = (value: number): string => String(value).padStart(2, '0');

/** '2026-12-01 10:30' → '2026-12-01T10:30:00Z' (what FullCalendar reads in its UTC zone). */
export const apiToCalendarIso = (value: ApiDateTime): string => `${value.replace(' ', 'T')}:00Z`;

/** A FullCalendar Date (UTC parts = wall clock) → '2026-12-01 10:30'. */
export const calendarDateToApi = (date: Date): ApiDateTime =>
  `${toIsoDate(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;

/** The same instant FullCalendar should treat as "now": the account's wall clock, as UTC. */
export const wallClockToCalendarDate = (value: ApiDateTime): Date =>
  new Date(apiToCalendarIso(value));

/** `yyyy-mm-dd` plus `days` (negative allowed), on the calendar's UTC days. */
export const addDaysIso = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
};

/** `yyyy-mm-dd HH:MM` plus `minutes`. */
export const addMinutes = (value: ApiDateTime, minutes: number): ApiDateTime => {
  const date = wallClockToCalendarDate(value);
  date.setUTCMinutes(date.getUTCMinutes() + minutes);
  return calendarDateToApi(date);
};

/** The visible range FullCalendar reports (end exclusive) as the API's inclusive dates. */
export const visibleRangeToQuery = (start: Date, endExclusive: Date) => ({
  date_from: toIsoDate(start),
  date_to: addDaysIso(toIsoDate(endExclusive), -1),
});

/** '10:30' of an API time. */
export const timeOf = (value: ApiDateTime): string => value.slice(11, 16);
/** '2026-12-01' of an API time. */
export const dateOf = (value: ApiDateTime): string => value.slice(0, 10);
