/** The calendar's view and date as URL search params (`?view=timeGridWeek&date=2026-12-01`). */
import { isRealIsoDate } from '../../../contract';

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'timeGridDay', 'listWeek'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export const DEFAULT_VIEW: CalendarView = 'timeGridWeek';

export const readCalendarView = (value: string | null): CalendarView =>
  (CALENDAR_VIEWS as readonly string[]).includes(value ?? '')
    ? (value as CalendarView)
    : DEFAULT_VIEW;

/** The URL's date when it names a real day, else `today` (the account's today). */
export const readCalendarDate = (value: string | null, today: string): string =>
  value && isRealIsoDate(value) ? value : today;
