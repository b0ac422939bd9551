/**
 * "Now" for the dashboard, in one injectable place. The app reads the real clock; tests set a
 * fixed instant (tests/component/support/setup.ts), so nothing depends on the day they run.
 * Everything that asks "what time is it" for the account (the past, today, the next free slot,
 * a new note's stamp, an export's file name) goes through `accountNow`.
 */
import { wallClockNow, type ApiDateTime } from '../contract';
import { config } from './config';

let readClock: () => Date = () => new Date();

/** Replaces the clock; returns a function that puts the previous one back. */
export const setClock = (next: () => Date): (() => void) => {
  const previous = readClock;
  readClock = next;
  return () => {
    readClock = previous;
  };
};

/** The instant now, for what is measured in elapsed time (how old a kept copy is). */
export const instantNow = (): number => readClock().getTime();

/** The account's wall-clock time now, `yyyy-mm-dd HH:MM`. */
export const accountNow = (): ApiDateTime => wallClockNow(config.accountTimeZone, readClock());

/** The account's date today, `yyyy-mm-dd`. */
export const accountToday = (): string => accountNow().slice(0, 10);
