/**
 * The checks the calendar makes before any round trip, the server's rules from the contract:
 * the timing rules (`appointmentTimingProblem`), then a clash, an overlap with another
 * not-cancelled appointment of the same owner (half-open intervals).
 */
import {
  appointmentTimingProblem,
  findClash,
  MESSAGES,
  type Appointment,
  type AppointmentTimingProblem,
  type ApiDateTime,
  type Interval,
} from '../../../contract';
import { addMinutes } from './calendar-time';

export type Booked = Interval & { id: number; status: string; owner: string };

export const toBooked = (appointment: Appointment): Booked => ({
  id: appointment.id,
  start: appointment.appointment_date,
  end: appointment.appointment_to,
  status: appointment.appointment_status,
  owner: appointment.owner,
});

/** The owner's appointment that `interval` would clash with (never `exceptId` itself). */
export const clashFor = (
  interval: Interval,
  booked: readonly Booked[],
  owner: string,
  exceptId?: number,
): Booked | undefined =>
  findClash(
    interval,
    booked.filter((other) => other.owner === owner),
    exceptId,
  );

/**
 * A place the calendar refuses: what the server would answer (`message`, shown when the drop
 * ends there) and the status line's words while the pointer is over it (`hint`).
 */
export type Refusal = { message: string; hint: string };

export const PAST_HINT = 'That time is in the past: appointments can only be booked ahead.';
export const CLASH_HINT = 'That time clashes with another appointment.';

/** The contract's one documented problem with the start is the future rule: said plainly. */
const timingRefusal = ({ field, message, documented }: AppointmentTimingProblem): Refusal => ({
  message,
  hint: field === 'appointment_date' && documented ? PAST_HINT : message,
});

/**
 * Why the calendar refuses to put an appointment at `interval`, or null when it may go there.
 * `startChanged` is false for a resize that keeps the start (the server checks the past only
 * when the date changes).
 */
export const dropRefusal = ({
  interval,
  booked,
  owner,
  now,
  exceptId,
  startChanged = true,
}: {
  interval: Interval;
  booked: readonly Booked[];
  owner: string;
  now: ApiDateTime;
  exceptId?: number;
  startChanged?: boolean;
}): Refusal | null => {
  const timing = appointmentTimingProblem(interval, now, { startChanged });
  if (timing) return timingRefusal(timing);
  if (clashFor(interval, booked, owner, exceptId)) {
    return { message: MESSAGES.appointmentClash, hint: CLASH_HINT };
  }
  return null;
};

const SLOT_MINUTES = 30;

/** The next half hour boundary strictly after `now`. */
export const nextHalfHour = (now: ApiDateTime): ApiDateTime => {
  const minutes = Number(now.slice(14, 16));
  const base = `${now.slice(0, 14)}00`;
  return addMinutes(base, minutes < SLOT_MINUTES ? SLOT_MINUTES : 2 * SLOT_MINUTES);
};

/**
 * The hours "New appointment" suggests a slot in, the account's wall clock (`HH:MM`, end
 * exclusive). Every day of the week; a setting later.
 */
export const WORKING_HOURS = { start: '08:00', end: '18:00' } as const;

/** `start` itself when a half hour from it fits the working day, else the next day's opening. */
const withinWorkingHours = (start: ApiDateTime): ApiDateTime => {
  const time = start.slice(11);
  if (time < WORKING_HOURS.start) return `${start.slice(0, 11)}${WORKING_HOURS.start}`;
  const end = addMinutes(start, SLOT_MINUTES);
  if (end.slice(0, 10) !== start.slice(0, 10) || end.slice(11) > WORKING_HOURS.end) {
    return `${addMinutes(`${start.slice(0, 11)}00:00`, 24 * 60).slice(0, 11)}${WORKING_HOURS.start}`;
  }
  return start;
};

/**
 * The first free half hour of `owner` within working hours, from the next half-hour boundary on
 * (the keyboard path of "New appointment"). Searches two weeks ahead at most, then gives the
 * first candidate.
 */
export const nextFreeSlot = (
  now: ApiDateTime,
  booked: readonly Booked[],
  owner: string,
): Interval => {
  const first = withinWorkingHours(nextHalfHour(now));
  let start = first;
  for (let step = 0; step < 14 * 48; step += 1) {
    const interval = { start, end: addMinutes(start, SLOT_MINUTES) };
    if (!clashFor(interval, booked, owner)) return interval;
    start = withinWorkingHours(interval.end);
  }
  return { start: first, end: addMinutes(first, SLOT_MINUTES) };
};
