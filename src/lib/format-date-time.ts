/**
 * The API's wall-clock stamps (`yyyy-mm-dd HH:MM[:SS]`) for people: `28 Nov 2026, 14:05`.
 * The text is read as it is written: no time-zone shift (contract section 3). A few lines
 * instead of a date library: this runs in every table row, on the path to first paint.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T]([01]\d|2[0-3]):([0-5]\d)/;

export const formatDateTime = (value: string): string => {
  const [, year, month, day, hours, minutes] = STAMP.exec(value) ?? [];
  const monthName = MONTHS[Number(month) - 1];
  const dayNumber = Number(day);
  if (!monthName || dayNumber < 1 || dayNumber > 31) return value;
  return `${dayNumber} ${monthName} ${year}, ${hours}:${minutes}`;
};
