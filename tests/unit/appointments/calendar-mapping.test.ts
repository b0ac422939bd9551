/**
 * API wall-clock strings ↔ FullCalendar events with no time-zone shift. Every function here is
 * pure (UTC parts only), so the results are the same under TZ=Pacific/Kiritimati or
 * TZ=America/Los_Angeles; the last test proves it does not read the process's zone.
 */
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../src/contract';
import {
  eventTimes,
  toCalendarEvent,
} from '../../../src/features/appointments/model/appointment-events';
import {
  addMinutes,
  apiToCalendarIso,
  calendarDateToApi,
  visibleRangeToQuery,
  wallClockToCalendarDate,
} from '../../../src/features/appointments/model/calendar-time';

const appointment = (overrides: Partial<Appointment> = {}): Appointment => ({
  id: 7,
  lead: { slug: 'ann-lee-1', first_name: 'Ann', last_name: 'Lee' },
  appointment_date: '2026-12-01 10:30',
  appointment_to: '2026-12-01 11:15',
  appointment_note: 'Demo',
  appointment_status: 'pending',
  owner: 'raj',
  created_at: '2026-11-20 09:00:00',
  ...overrides,
});

describe('API time → calendar', () => {
  it('turns the wall-clock string into the same clock time in UTC', () => {
    expect(apiToCalendarIso('2026-12-01 10:30')).toBe('2026-12-01T10:30:00Z');
    expect(apiToCalendarIso('2026-12-31 23:59')).toBe('2026-12-31T23:59:00Z');
  });

  it('builds an event with the lead name, both times and the appointment', () => {
    const event = toCalendarEvent(appointment(), true);
    expect(event).toMatchObject({
      id: '7',
      title: 'Ann Lee',
      start: '2026-12-01T10:30:00Z',
      end: '2026-12-01T11:15:00Z',
      allDay: false,
      editable: true,
      classNames: ['appointment-status-pending'],
    });
    expect(event.extendedProps?.appointment).toEqual(appointment());
  });

  it('marks cancelled and fullfilled appointments differently', () => {
    const cancelled = toCalendarEvent(appointment({ appointment_status: 'cancelled' }), true);
    const done = toCalendarEvent(appointment({ appointment_status: 'fullfilled' }), true);
    expect(cancelled.classNames).toEqual(['appointment-status-cancelled']);
    expect(done.classNames).toEqual(['appointment-status-fullfilled']);
    expect(cancelled.backgroundColor).not.toBe(done.backgroundColor);
  });
});

describe('calendar → API time', () => {
  it('reads the UTC parts back as the wall clock', () => {
    expect(calendarDateToApi(new Date('2026-12-01T10:30:00Z'))).toBe('2026-12-01 10:30');
    expect(calendarDateToApi(new Date('2027-01-01T00:05:00Z'))).toBe('2027-01-01 00:05');
  });

  it('round-trips every quarter hour of a day, across midnight and a DST date elsewhere', () => {
    for (const day of ['2026-03-08', '2026-03-29', '2026-11-01', '2026-12-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const value = addMinutes(`${day} 00:00`, minutes);
        expect(calendarDateToApi(new Date(apiToCalendarIso(value)))).toBe(value);
      }
    }
  });

  it('gives a dropped event its new start and end', () => {
    expect(eventTimes(new Date('2026-12-02T14:00:00Z'), new Date('2026-12-02T14:45:00Z'))).toEqual({
      start: '2026-12-02 14:00',
      end: '2026-12-02 14:45',
    });
    expect(eventTimes(new Date('2026-12-02T14:00:00Z'), null)).toBeNull();
  });

  it('makes "now" the account wall clock as a UTC instant', () => {
    expect(wallClockToCalendarDate('2026-11-28 17:05').toISOString()).toBe(
      '2026-11-28T17:05:00.000Z',
    );
  });

  it('turns the visible range (end exclusive) into inclusive API dates', () => {
    expect(
      visibleRangeToQuery(new Date('2026-11-30T00:00:00Z'), new Date('2026-12-07T00:00:00Z')),
    ).toEqual({ date_from: '2026-11-30', date_to: '2026-12-06' });
  });

  it('reads the instant the same way as its ISO (UTC) form, whatever the process zone', () => {
    for (const iso of ['2026-12-01T23:30:00.000Z', '2026-06-30T00:15:00.000Z']) {
      const date = new Date(iso);
      expect(calendarDateToApi(date)).toBe(iso.slice(0, 16).replace('T', ' '));
    }
  });
});
