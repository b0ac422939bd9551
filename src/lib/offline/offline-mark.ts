/**
 * What the page says about its data while offline: when what it shows was loaded (the time
 * alone when that was today, on the account's wall clock; the date too when earlier), or that
 * it was never loaded here. Nothing when nothing is shown and nothing waits.
 */
import { wallClockNow } from '../../contract';
import { formatDateTime } from '../format-date-time';
import type { ShownData } from './use-shown-data';

export const offlineMark = (shown: ShownData, timeZone: string, today: string): string => {
  if (shown.loadedAt !== null) {
    const stamp = wallClockNow(timeZone, new Date(shown.loadedAt));
    const when =
      stamp.slice(0, 10) === today ? `at ${stamp.slice(11, 16)}` : `on ${formatDateTime(stamp)}`;
    return `Offline · showing what was loaded ${when}`;
  }
  return shown.missing
    ? 'Offline · this page was not loaded here before, so it waits for the network'
    : '';
};
