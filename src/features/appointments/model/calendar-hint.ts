/**
 * What the calendar says while a selection or a drag is under way (a status line): the times
 * it would get, or at once why it may not go there. A drop or selection refused here never
 * reaches the server.
 */
import type { Interval } from '../../../contract';
import type { Refusal } from './scheduling';

export type CalendarHint = { text: string; refused: boolean };

const timesOf = ({ start, end }: Interval): string =>
  start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;

/** `action` is what an allowed place would do: "New appointment" or "Move to". */
export const calendarHint = (
  action: 'New appointment' | 'Move to',
  interval: Interval,
  refusal: Refusal | null,
): CalendarHint =>
  refusal === null
    ? { text: `${action} ${timesOf(interval)}`, refused: false }
    : { text: `${timesOf(interval)}: ${refusal.hint}`, refused: true };
