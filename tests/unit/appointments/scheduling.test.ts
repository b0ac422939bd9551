/** The calendar's checks before a round trip: clashes (as the server sees them) and the past. */
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_BOUNDS_MESSAGES, MESSAGES, type Appointment } from '../../../src/contract';
import {
  moveRefusal,
  moveUpdate,
  selectionRefusal,
  selectionTimes,
} from '../../../src/features/appointments/model/calendar-interaction';
import {
  CLASH_HINT,
  clashFor,
  nextFreeSlot,
  PAST_HINT,
  WORKING_HOURS,
  nextHalfHour,
  toBooked,
  type Booked,
} from '../../../src/features/appointments/model/scheduling';

const NOW = '2026-12-01 09:10';

const booked = (id: number, start: string, end: string, extra: Partial<Booked> = {}): Booked => ({
  id,
  start: `2026-12-02 ${start}`,
  end: `2026-12-02 ${end}`,
  status: 'pending',
  owner: 'raj',
  ...extra,
});

const at = (start: string, end: string) => ({
  start: `2026-12-02 ${start}`,
  end: `2026-12-02 ${end}`,
});

describe('clash check', () => {
  const slots = [booked(1, '10:00', '11:00')];

  it('finds an overlap with the same owner', () => {
    expect(clashFor(at('10:30', '11:30'), slots, 'raj')?.id).toBe(1);
    expect(clashFor(at('09:00', '12:00'), slots, 'raj')?.id).toBe(1);
  });

  it('allows touching intervals (half-open)', () => {
    expect(clashFor(at('11:00', '11:30'), slots, 'raj')).toBeUndefined();
    expect(clashFor(at('09:30', '10:00'), slots, 'raj')).toBeUndefined();
  });

  it('ignores cancelled appointments', () => {
    const cancelled = [booked(1, '10:00', '11:00', { status: 'cancelled' })];
    expect(clashFor(at('10:00', '11:00'), cancelled, 'raj')).toBeUndefined();
  });

  it('excludes the appointment being moved', () => {
    expect(clashFor(at('10:15', '11:15'), slots, 'raj', 1)).toBeUndefined();
  });

  it("ignores other people's appointments (a manager sees everyone's)", () => {
    expect(clashFor(at('10:00', '11:00'), slots, 'sara')).toBeUndefined();
  });
});

describe('moving and resizing', () => {
  const mine: Appointment = {
    id: 5,
    lead: { slug: 'ann', first_name: 'Ann', last_name: 'Lee' },
    appointment_date: '2026-12-02 13:00',
    appointment_to: '2026-12-02 13:30',
    appointment_note: '',
    appointment_status: 'pending',
    owner: 'raj',
    created_at: '',
  };
  const others = [booked(1, '10:00', '11:00'), toBooked(mine)];

  it('refuses a drop onto another appointment with the server message', () => {
    expect(moveRefusal(mine, at('10:30', '11:00'), others, NOW)).toEqual({
      message: MESSAGES.appointmentClash,
      hint: CLASH_HINT,
    });
  });

  it('allows a drop right after another appointment', () => {
    expect(moveRefusal(mine, at('11:00', '11:30'), others, NOW)).toBeNull();
  });

  it('refuses a drop into the past', () => {
    expect(
      moveRefusal(mine, { start: '2026-12-01 08:00', end: '2026-12-01 08:30' }, others, NOW),
    ).toEqual({ message: MESSAGES.dateNotInFuture, hint: PAST_HINT });
  });

  it('refuses a resize beyond the longest appointment with the server message', () => {
    const longer = { start: mine.appointment_date, end: '2026-12-03 01:30' };
    const tooLong = APPOINTMENT_BOUNDS_MESSAGES.tooLong;
    expect(moveRefusal(mine, longer, [], NOW)).toEqual({ message: tooLong, hint: tooLong });
  });

  it("says the other timing rules in the server's words (a date too far is not the past)", () => {
    const far = { start: '2036-12-02 13:00', end: '2036-12-02 13:30' };
    const tooFar = APPOINTMENT_BOUNDS_MESSAGES.tooFar;
    expect(moveRefusal(mine, far, [], NOW)).toEqual({ message: tooFar, hint: tooFar });
    const backwards = { start: mine.appointment_date, end: '2026-12-02 12:30' };
    const endBeforeStart = MESSAGES.endBeforeStart;
    expect(moveRefusal(mine, backwards, [], NOW)).toEqual({
      message: endBeforeStart,
      hint: endBeforeStart,
    });
  });

  it('lets a past appointment be resized (its start does not change)', () => {
    const past = {
      ...mine,
      appointment_date: '2026-12-01 08:00',
      appointment_to: '2026-12-01 08:30',
    };
    expect(
      moveRefusal(past, { start: '2026-12-01 08:00', end: '2026-12-01 09:00' }, [], NOW),
    ).toBeNull();
  });

  it('sends only the times that changed', () => {
    expect(moveUpdate(mine, at('13:00', '14:00'))).toEqual({
      appointment_id: 5,
      appointment_to: '2026-12-02 14:00',
    });
    expect(moveUpdate(mine, at('15:00', '15:30'))).toEqual({
      appointment_id: 5,
      appointment_date: '2026-12-02 15:00',
      appointment_to: '2026-12-02 15:30',
    });
  });
});

describe('selecting free time', () => {
  const slots = [booked(1, '10:00', '11:00')];

  it('allows free future time and refuses clashes and the past', () => {
    expect(
      selectionRefusal({ ...at('11:00', '12:00'), allDay: false }, slots, 'raj', NOW),
    ).toBeNull();
    expect(
      selectionRefusal({ ...at('10:30', '12:00'), allDay: false }, slots, 'raj', NOW)?.message,
    ).toBe(MESSAGES.appointmentClash);
    expect(
      selectionRefusal(
        { start: '2026-12-01 09:00', end: '2026-12-01 09:30', allDay: false },
        slots,
        'raj',
        NOW,
      )?.hint,
    ).toBe(PAST_HINT);
  });

  it('turns a day picked in the month view into 09:00–09:30, or the next half hour today', () => {
    const day = { start: '2026-12-03 00:00', end: '2026-12-04 00:00', allDay: true };
    expect(selectionTimes(day, NOW)).toEqual({
      start: '2026-12-03 09:00',
      end: '2026-12-03 09:30',
    });
    const today = { start: '2026-12-01 00:00', end: '2026-12-02 00:00', allDay: true };
    expect(selectionTimes(today, NOW)).toEqual({
      start: '2026-12-01 09:30',
      end: '2026-12-01 10:00',
    });
    expect(
      selectionRefusal(
        { ...today, start: '2026-11-30 00:00', end: '2026-12-01 00:00' },
        [],
        'raj',
        NOW,
      ),
    ).not.toBeNull();
  });

  it('keeps a time-grid selection as it is', () => {
    const selection = { ...at('14:00', '15:30'), allDay: false };
    expect(selectionTimes(selection, NOW)).toEqual(at('14:00', '15:30'));
  });
});

describe('next free slot in working hours (the "New appointment" button)', () => {
  it('rounds up to the next half hour', () => {
    expect(nextHalfHour('2026-12-01 09:10')).toBe('2026-12-01 09:30');
    expect(nextHalfHour('2026-12-01 09:30')).toBe('2026-12-01 10:00');
    expect(nextHalfHour('2026-12-01 23:45')).toBe('2026-12-02 00:00');
  });

  it('skips booked half hours of the same owner', () => {
    const slots = [
      {
        id: 1,
        start: '2026-12-01 09:30',
        end: '2026-12-01 10:30',
        status: 'pending',
        owner: 'raj',
      },
    ];
    expect(nextFreeSlot(NOW, slots, 'raj')).toEqual({
      start: '2026-12-01 10:30',
      end: '2026-12-01 11:00',
    });
    expect(nextFreeSlot(NOW, slots, 'sara').start).toBe('2026-12-01 09:30');
  });

  it(`suggests nothing before ${WORKING_HOURS.start} or ending after ${WORKING_HOURS.end}`, () => {
    expect(nextFreeSlot('2026-12-01 01:10', [], 'raj')).toEqual({
      start: '2026-12-01 08:00',
      end: '2026-12-01 08:30',
    });
    expect(nextFreeSlot('2026-12-01 17:20', [], 'raj').start).toBe('2026-12-01 17:30');
    expect(nextFreeSlot('2026-12-01 17:30', [], 'raj')).toEqual({
      start: '2026-12-02 08:00',
      end: '2026-12-02 08:30',
    });
    expect(nextFreeSlot('2026-12-31 23:40', [], 'raj').start).toBe('2027-01-01 08:00');
  });

  it('moves past a booked end of day to the next morning', () => {
    const lateAfternoon = [
      {
        id: 1,
        start: '2026-12-01 16:00',
        end: '2026-12-01 18:00',
        status: 'pending',
        owner: 'raj',
      },
      {
        id: 2,
        start: '2026-12-02 08:00',
        end: '2026-12-02 09:00',
        status: 'pending',
        owner: 'raj',
      },
    ];
    expect(nextFreeSlot('2026-12-01 15:50', lateAfternoon, 'raj')).toEqual({
      start: '2026-12-02 09:00',
      end: '2026-12-02 09:30',
    });
  });
});
