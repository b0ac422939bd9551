/**
 * What the calendar does with a selection or a drop, as pure functions of API times: the page
 * wires FullCalendar's callbacks to these (FullCalendar itself is exercised in the browser).
 */
import type { Appointment, ApiDateTime, Interval } from '../../../contract';
import { addMinutes, dateOf } from './calendar-time';
import { dropRefusal, nextHalfHour, type Booked, type Refusal } from './scheduling';

const DEFAULT_MINUTES = 30;
const SINGLE_DAY = 'Pick a single future day.';
const WORKDAY_START = '09:00';

/**
 * A selection as the dialog's start and end. A day picked in the month view becomes a half hour
 * at 09:00 that day (or the next half hour, on today after nine).
 */
export const selectionTimes = (
  selection: Interval & { allDay: boolean },
  now: ApiDateTime,
): Interval => {
  if (!selection.allDay) return { start: selection.start, end: selection.end };
  const nine = `${dateOf(selection.start)} ${WORKDAY_START}`;
  const start = nine > now ? nine : nextHalfHour(now);
  return { start, end: addMinutes(start, DEFAULT_MINUTES) };
};

/** Whether free time may be selected: in the future, free for `owner`, one day at most. */
export const selectionRefusal = (
  selection: Interval & { allDay: boolean },
  booked: readonly Booked[],
  owner: string,
  now: ApiDateTime,
): Refusal | null => {
  if (selection.allDay) {
    const oneDay = addMinutes(selection.start, 24 * 60) >= selection.end;
    const allowed = oneDay && dateOf(selection.start) >= dateOf(now);
    return allowed ? null : { message: SINGLE_DAY, hint: SINGLE_DAY };
  }
  return dropRefusal({ interval: selection, booked, owner, now });
};

/** Whether a dragged or resized appointment may land on `interval`. */
export const moveRefusal = (
  appointment: Appointment,
  interval: Interval,
  booked: readonly Booked[],
  now: ApiDateTime,
): Refusal | null =>
  dropRefusal({
    interval,
    booked,
    owner: appointment.owner,
    now,
    exceptId: appointment.id,
    startChanged: interval.start !== appointment.appointment_date,
  });

/** The partial update a move or resize sends: only the times that changed. */
export const moveUpdate = (appointment: Appointment, interval: Interval) => ({
  appointment_id: appointment.id,
  ...(interval.start !== appointment.appointment_date && { appointment_date: interval.start }),
  ...(interval.end !== appointment.appointment_to && { appointment_to: interval.end }),
});
