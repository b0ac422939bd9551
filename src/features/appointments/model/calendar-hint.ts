/**
 * What the calendar says while a selection or a drag is under way (a status line): the times
 * it would get, or at once why it may not go there. A drop or selection refused here never
 * reaches the server.
 */
import { MESSAGES, type Interval } from '../../../contract';

export type CalendarHint = { text: string; refused: boolean };

export const PAST_HINT = 'That time is in the past: appointments can only be booked ahead.';
export const CLASH_HINT = 'That time clashes with another appointment.';

const timesOf = ({ start, end }: Interval): string =>
  start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;

/** `action` is what an allowed place would do: "New appointment" or "Move to". */
export const calendarHint = (
  action: 'New appointment' | 'Move to',
  interval: Interval,
  refusal: string | null,
): CalendarHint => {
  if (refusal === null) return { text: `${action} ${timesOf(interval)}`, refused: false };
  const why =
    refusal === MESSAGES.dateNotInFuture
      ? PAST_HINT
      : refusal === MESSAGES.appointmentClash
        ? CLASH_HINT
        : refusal;
  return { text: `${timesOf(interval)}: ${why}`, refused: true };
};
