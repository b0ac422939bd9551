/** The account's wall clock: `now` is injectable, times are strings of the account's time zone. */
import { toIsoDate, wallClockNow, type ApiDateTime } from '../../src/contract';

export type Clock = { now: () => Date; timeZone: string };

/**
 * A clock that reads `start` now and runs on in real time from there: the server of the browser
 * tests (and a demo of a given day) lives on a chosen date, with time still passing.
 */
export const clockStartingAt = (
  start: Date,
  realNow: () => Date = () => new Date(),
): (() => Date) => {
  const offset = start.getTime() - realNow().getTime();
  return () => new Date(realNow().getTime() + offset);
};

/** `yyyy-mm-dd HH:MM` now, for appointment rules. */
export const minuteNow = (clock: Clock): ApiDateTime => wallClockNow(clock.timeZone, clock.now());

/** `yyyy-mm-dd HH:MM:SS` now, for `created_at` and `updated_at`. */
export const timestampNow = (clock: Clock): string => {
  const date = clock.now();
  const seconds = new Intl.DateTimeFormat('en-US', {
    timeZone: clock.timeZone,
    second: '2-digit',
  }).format(date);
  return `${wallClockNow(clock.timeZone, date)}:${seconds.padStart(2, '0')}`;
};

export const todayIso = (clock: Clock): string => minuteNow(clock).slice(0, 10);

const parseIso = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

export const addDays = (isoDate: string, days: number): string => {
  const date = parseIso(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
};

/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (isoDate: string): number => {
  const day = parseIso(isoDate).getUTCDay();
  return day === 0 ? 7 : day;
};
