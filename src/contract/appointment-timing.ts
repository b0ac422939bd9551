/**
 * The rules on an appointment's times beyond its fields' formats: the documented ones (end after
 * start, a start in the future), our bounds, and the clash with a booked appointment.
 */
import { intervalsOverlap, type ApiDateTime, type Interval } from './date-time';
import { MESSAGES } from './messages';

/**
 * Sane bounds [ours]: an appointment lasts at most 12 hours and starts at most 2 years after
 * "now" (by the calendar date). Without them, 2028-02-29 to 9999-12-31 blocks every later
 * booking of its rep.
 */
export const APPOINTMENT_MAX_HOURS = 12;
export const APPOINTMENT_MAX_YEARS_AHEAD = 2;
export const APPOINTMENT_BOUNDS_MESSAGES = {
  tooLong: `An appointment can last at most ${APPOINTMENT_MAX_HOURS} hours.`,
  tooFar: `Appointments can be booked at most ${APPOINTMENT_MAX_YEARS_AHEAD} years ahead.`,
} as const;

/** Wall-clock minutes since the epoch, as if the time were UTC (no zone shift). */
const wallMinutes = (time: ApiDateTime): number =>
  Date.UTC(
    Number(time.slice(0, 4)),
    Number(time.slice(5, 7)) - 1,
    Number(time.slice(8, 10)),
    Number(time.slice(11, 13)),
    Number(time.slice(14, 16)),
  ) / 60_000;

export type AppointmentTimeField = 'appointment_date' | 'appointment_to';

/**
 * What is wrong with an appointment's times, the one place these rules live. `field` is the
 * time the message belongs to (a form shows it there). `documented` marks the contract's own
 * rules (section 7), which the server answers as a rule failure; the bounds [ours] are a 400
 * on the field.
 */
export type AppointmentTimingProblem = {
  field: AppointmentTimeField;
  message: string;
  documented: boolean;
};

/**
 * The rules checked after the fields are valid, in the server's order: end after start, a start
 * in the future (only when the start changed: an update that keeps the date may stay in the
 * past), then the bounds (only when a time changed). `now` is the account's wall-clock time.
 */
export const appointmentTimingProblem = (
  interval: Interval,
  now: ApiDateTime,
  {
    startChanged = true,
    timesChanged = true,
  }: { startChanged?: boolean; timesChanged?: boolean } = {},
): AppointmentTimingProblem | null => {
  if (interval.end <= interval.start) {
    return { field: 'appointment_to', message: MESSAGES.endBeforeStart, documented: true };
  }
  if (startChanged && interval.start <= now) {
    return { field: 'appointment_date', message: MESSAGES.dateNotInFuture, documented: true };
  }
  if (!timesChanged) return null;
  const farthest = `${Number(now.slice(0, 4)) + APPOINTMENT_MAX_YEARS_AHEAD}${now.slice(4, 10)}`;
  if (interval.start.slice(0, 10) > farthest) {
    const message = APPOINTMENT_BOUNDS_MESSAGES.tooFar;
    return { field: 'appointment_date', message, documented: false };
  }
  if (wallMinutes(interval.end) - wallMinutes(interval.start) > APPOINTMENT_MAX_HOURS * 60) {
    const message = APPOINTMENT_BOUNDS_MESSAGES.tooLong;
    return { field: 'appointment_to', message, documented: false };
  }
  return null;
};

type Booked = Interval & { id: number; status: string };

/** The first booked appointment (not cancelled, not `exceptId`) that overlaps `interval`. */
export const findClash = <T extends Booked>(
  interval: Interval,
  booked: readonly T[],
  exceptId?: number,
): T | undefined =>
  booked.find(
    (other) =>
      other.id !== exceptId && other.status !== 'cancelled' && intervalsOverlap(interval, other),
  );
