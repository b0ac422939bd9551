/**
 * The API's wall-clock stamps (`yyyy-mm-dd HH:MM[:SS]`) for people: `28 Nov 2026, 14:05`.
 * The text is read as it is written: no time-zone shift (contract section 3).
 */
import dayjs from 'dayjs';

export const formatDateTime = (value: string): string => {
  const parsed = dayjs(value.replace(' ', 'T').slice(0, 16));
  return parsed.isValid() ? parsed.format('D MMM YYYY, HH:mm') : value;
};
