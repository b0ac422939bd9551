/** The appointment rules checked after the fields (contract section 7). */
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_BOUNDS_MESSAGES,
  appointmentTimingProblem,
  findClash,
} from '../../../src/contract';

const END_BEFORE_START = "End Date Can't be prior to Start Date.";
const NOT_IN_FUTURE = 'Please Specify a date in the future.';
const NOW = '2026-05-01 09:00';

describe('appointmentTimingProblem', () => {
  it.each([
    {
      case: 'end before start',
      start: '2026-05-01 10:00',
      end: '2026-05-01 09:30',
      problem: END_BEFORE_START,
      field: 'appointment_to',
    },
    {
      case: 'end equal to start',
      start: '2026-05-01 10:00',
      end: '2026-05-01 10:00',
      problem: END_BEFORE_START,
      field: 'appointment_to',
    },
    {
      case: 'end on the day before',
      start: '2026-05-02 08:00',
      end: '2026-05-01 23:00',
      problem: END_BEFORE_START,
      field: 'appointment_to',
    },
    {
      case: 'end before start, in the past (end rule first)',
      start: '2026-04-01 10:00',
      end: '2026-04-01 09:00',
      problem: END_BEFORE_START,
      field: 'appointment_to',
    },
    {
      case: 'start equal to now',
      start: NOW,
      end: '2026-05-01 10:00',
      problem: NOT_IN_FUTURE,
      field: 'appointment_date',
    },
    {
      case: 'start before now',
      start: '2026-05-01 08:59',
      end: '2026-05-01 10:00',
      problem: NOT_IN_FUTURE,
      field: 'appointment_date',
    },
    {
      case: 'start a year ago',
      start: '2025-05-01 10:00',
      end: '2025-05-01 11:00',
      problem: NOT_IN_FUTURE,
      field: 'appointment_date',
    },
    {
      case: 'start one minute after now',
      start: '2026-05-01 09:01',
      end: '2026-05-01 09:02',
      problem: null,
      field: null,
    },
    {
      case: 'start tomorrow',
      start: '2026-05-02 09:00',
      end: '2026-05-02 10:00',
      problem: null,
      field: null,
    },
  ])('$case gives $problem at $field', ({ start, end, problem, field }) => {
    expect(appointmentTimingProblem({ start, end }, NOW)).toEqual(
      problem === null ? null : { field, message: problem, documented: true },
    );
  });

  it('checks the future rule by default (as on create)', () => {
    expect(
      appointmentTimingProblem({ start: '2026-04-30 10:00', end: '2026-04-30 11:00' }, NOW, {}),
    ).toMatchObject({ field: 'appointment_date', message: NOT_IN_FUTURE });
  });

  it('skips the future rule when the start did not change (an update of other fields)', () => {
    expect(
      appointmentTimingProblem({ start: '2026-04-30 10:00', end: '2026-04-30 11:00' }, NOW, {
        startChanged: false,
      }),
    ).toBeNull();
  });

  it('still checks end after start when the start did not change', () => {
    expect(
      appointmentTimingProblem({ start: '2026-04-30 10:00', end: '2026-04-30 10:00' }, NOW, {
        startChanged: false,
      }),
    ).toMatchObject({ field: 'appointment_to', message: END_BEFORE_START });
  });

  it('checks our bounds after the documented rules, at their field, as not documented', () => {
    expect(
      appointmentTimingProblem({ start: '2026-05-01 10:00', end: '2026-05-01 22:01' }, NOW),
    ).toEqual({
      field: 'appointment_to',
      message: APPOINTMENT_BOUNDS_MESSAGES.tooLong,
      documented: false,
    });
    expect(
      appointmentTimingProblem({ start: '2028-05-02 10:00', end: '2028-05-02 11:00' }, NOW),
    ).toEqual({
      field: 'appointment_date',
      message: APPOINTMENT_BOUNDS_MESSAGES.tooFar,
      documented: false,
    });
    expect(
      appointmentTimingProblem({ start: '2026-05-01 08:00', end: '2026-05-01 22:01' }, NOW),
    ).toMatchObject({ message: NOT_IN_FUTURE });
  });

  it('skips the bounds when no time changed (an update of other fields)', () => {
    expect(
      appointmentTimingProblem({ start: '2026-05-01 10:00', end: '2026-05-02 10:00' }, NOW, {
        startChanged: false,
        timesChanged: false,
      }),
    ).toBeNull();
  });
});

describe('findClash', () => {
  const booked = [
    { id: 1, status: 'pending', start: '2026-05-01 09:00', end: '2026-05-01 10:00' },
    { id: 2, status: 'cancelled', start: '2026-05-01 10:00', end: '2026-05-01 11:00' },
    { id: 3, status: 'confirmed', start: '2026-05-01 11:00', end: '2026-05-01 12:00' },
    { id: 4, status: 'rescheduled', start: '2026-05-01 13:00', end: '2026-05-01 14:00' },
    { id: 5, status: 'fullfilled', start: '2026-05-01 15:00', end: '2026-05-01 16:00' },
  ];

  it.each([
    { case: 'lies inside a cancelled one', start: '10:15', end: '10:45', clash: null },
    { case: 'touches both neighbours', start: '10:00', end: '11:00', clash: null },
    { case: 'lies between 12:00 and 13:00', start: '12:00', end: '13:00', clash: null },
    { case: 'overlaps a pending one', start: '09:30', end: '10:30', clash: 1 },
    { case: 'overlaps a confirmed one', start: '11:59', end: '12:30', clash: 3 },
    { case: 'overlaps a rescheduled one', start: '13:30', end: '13:45', clash: 4 },
    { case: 'overlaps a fullfilled one', start: '14:00', end: '15:01', clash: 5 },
    { case: 'spans several (the first wins)', start: '08:00', end: '18:00', clash: 1 },
  ])('an interval that $case clashes with $clash', ({ start, end, clash }) => {
    const interval = { start: `2026-05-01 ${start}`, end: `2026-05-01 ${end}` };
    expect(findClash(interval, booked)?.id ?? null).toBe(clash);
  });

  it('ignores the appointment being updated', () => {
    const interval = { start: '2026-05-01 09:15', end: '2026-05-01 09:45' };
    expect(findClash(interval, booked, 1)).toBeUndefined();
    expect(findClash(interval, booked, 3)?.id).toBe(1);
  });

  it('still finds a second clash when the excepted one also overlaps', () => {
    const interval = { start: '2026-05-01 09:30', end: '2026-05-01 11:30' };
    expect(findClash(interval, booked, 1)?.id).toBe(3);
  });

  it('returns the booked object itself', () => {
    const interval = { start: '2026-05-01 09:00', end: '2026-05-01 09:01' };
    expect(findClash(interval, booked)).toBe(booked[0]);
  });

  it('finds nothing in an empty diary', () => {
    expect(findClash({ start: '2026-05-01 09:00', end: '2026-05-01 10:00' }, [])).toBeUndefined();
  });
});
