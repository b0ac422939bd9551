/**
 * Appointment times are shown as the API writes them (`yyyy-mm-dd HH:MM`, the account's
 * wall-clock time): the strings are split, never turned into a Date, so nothing shifts with
 * the browser's time zone.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The weekday of a `yyyy-mm-dd` date, computed in UTC so the zone cannot move it. */
const weekday = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return '';
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
};

export type AppointmentTime = { weekday: string; date: string; range: string };

/** `2026-11-30 10:00` to `2026-11-30 11:30` reads "Mon", "2026-11-30", "10:00–11:30". */
export const appointmentTime = (start: string, end: string): AppointmentTime => {
  const [startDate = '', startTime = ''] = start.split(' ');
  const [endDate = '', endTime = ''] = end.split(' ');
  const range =
    endDate === startDate ? `${startTime}–${endTime}` : `${startTime} – ${endDate} ${endTime}`;
  return { weekday: weekday(startDate), date: startDate, range };
};
