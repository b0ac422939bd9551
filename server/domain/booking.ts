/**
 * Writes an appointment after the clash check, in one IMMEDIATE transaction: the write lock is
 * taken before the check, so parallel requests (even from other processes) can never double-book.
 */
import { MESSAGES, findClash, type Interval } from '../../src/contract';
import type { AppointmentsRepository } from '../db/appointments-repository';
import type { Db } from '../db/connection';
import { ruleFailed } from '../http/api-error';

export const bookWithoutClash = <T>(
  db: Db,
  appointments: AppointmentsRepository,
  booking: { ownerId: number; interval: Interval; status: string; exceptId?: number },
  write: () => T,
): T =>
  db
    .transaction(() => {
      if (booking.status !== 'cancelled') {
        const { start, end } = booking.interval;
        const booked = appointments.overlapping(booking.ownerId, start, end);
        if (findClash(booking.interval, booked, booking.exceptId)) {
          throw ruleFailed(MESSAGES.appointmentClash);
        }
      }
      return write();
    })
    .immediate();
