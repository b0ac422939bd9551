/** The calendar's view and date as URL search params (`?view=timeGridWeek&date=2026-12-01`). */
import { isRealIsoDate } from '../../../contract';

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'timeGridDay', 'listWeek'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export const DEFAULT_VIEW: CalendarView = 'timeGridWeek';
/** On a narrow screen (a phone) a week's columns are 40 px: the list reads instead. */
export const NARROW_DEFAULT_VIEW: CalendarView = 'listWeek';
/** Narrower than this (px), the calendar opens on NARROW_DEFAULT_VIEW. */
export const NARROW_WIDTH = 600;

/** The URL's view; without one, the week (or the list, on a narrow screen). */
export const readCalendarView = (value: string | null, narrow = false): CalendarView =>
  (CALENDAR_VIEWS as readonly string[]).includes(value ?? '')
    ? (value as CalendarView)
    : narrow
      ? NARROW_DEFAULT_VIEW
      : DEFAULT_VIEW;

/** The URL's date when it names a real day, else `today` (the account's today). */
export const readCalendarDate = (value: string | null, today: string): string =>
  value && isRealIsoDate(value) ? value : today;
