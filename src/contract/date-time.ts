/**
 * Appointment times are wall-clock strings of the account's time zone, `yyyy-mm-dd HH:MM`
 * (contract section 3). Strings of that shape sort in time order, so every comparison here is a
 * plain string comparison: no Date, no time-zone shift.
 */
export type ApiDateTime = string;
export type Interval = { start: ApiDateTime; end: ApiDateTime };

const pad = (value: number): string => String(value).padStart(2, '0');

/** The wall-clock time of the instant `now` in `timeZone`, as `yyyy-mm-dd HH:MM`. */
export const wallClockNow = (timeZone: string, now: Date): ApiDateTime => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
};

/** `MM/DD/YYYY` (the `ondate` filter) to `yyyy-mm-dd`, or null when it is not a real date. */
export const usDateToIso = (value: string): string | null => {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[1]}-${match[2]}`;
  return isRealIsoDate(iso) ? iso : null;
};

/** `yyyy-mm-dd` that names a day that exists. */
export const isRealIsoDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

export const toIsoDate = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** Half-open intervals: one that ends at 10:00 does not overlap one that starts at 10:00. */
export const intervalsOverlap = (a: Interval, b: Interval): boolean =>
  a.start < b.end && b.start < a.end;
