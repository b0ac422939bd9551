/** The overview's appointment windows (contract section 7), as start ranges of wall-clock text. */
import type { OverviewAppointmentFilter } from '../../src/contract';
import { addDays, isoWeekday, minuteNow, type Clock } from './clock';

export const UPCOMING_LIMIT = 20;

/**
 * `from` bounds the end (an appointment still running counts), `to` bounds the start (exclusive).
 * upcoming: from now on, the next 20; today; week: Monday to Sunday; month: the calendar month.
 */
export const overviewWindow = (
  filter: OverviewAppointmentFilter,
  clock: Clock,
): { from?: string; to?: string; limit?: number } => {
  const now = minuteNow(clock);
  const today = now.slice(0, 10);
  switch (filter) {
    case 'upcoming':
      return { from: now, limit: UPCOMING_LIMIT };
    case 'today':
      return { from: today, to: addDays(today, 1) };
    case 'week': {
      const monday = addDays(today, 1 - isoWeekday(today));
      return { from: monday, to: addDays(monday, 7) };
    }
    case 'month': {
      const first = `${today.slice(0, 8)}01`;
      const nextMonth = `${addDays(first, 31).slice(0, 8)}01`;
      return { from: first, to: nextMonth };
    }
  }
};
