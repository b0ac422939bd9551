/** Wall-clock times (decision 0002): "now" in the account's zone, date formats, intervals. */
import { describe, expect, it } from 'vitest';
import {
  API_DATE_TIME_PATTERN,
  intervalsOverlap,
  isRealIsoDate,
  isValidApiDateTime,
  toIsoDate,
  usDateToIso,
  wallClockNow,
} from '../../../src/contract';

describe('wallClockNow', () => {
  it.each([
    { zone: 'UTC', instant: '2026-06-01T00:00:00Z', wall: '2026-06-01 00:00' },
    { zone: 'Europe/London', instant: '2026-03-29T00:30:00Z', wall: '2026-03-29 00:30' },
    { zone: 'Europe/London', instant: '2026-03-29T01:30:00Z', wall: '2026-03-29 02:30' },
    { zone: 'Europe/London', instant: '2026-10-25T00:30:00Z', wall: '2026-10-25 01:30' },
    { zone: 'Europe/London', instant: '2026-10-25T01:30:00Z', wall: '2026-10-25 01:30' },
    { zone: 'Asia/Kolkata', instant: '2026-03-29T01:30:00Z', wall: '2026-03-29 07:00' },
    { zone: 'Asia/Kolkata', instant: '2026-03-28T18:45:00Z', wall: '2026-03-29 00:15' },
    { zone: 'Pacific/Kiritimati', instant: '2026-03-29T01:30:00Z', wall: '2026-03-29 15:30' },
    { zone: 'Pacific/Kiritimati', instant: '2026-12-31T10:00:00Z', wall: '2027-01-01 00:00' },
    { zone: 'Pacific/Chatham', instant: '2026-01-15T00:00:00Z', wall: '2026-01-15 13:45' },
    { zone: 'America/St_Johns', instant: '2026-01-15T12:00:00Z', wall: '2026-01-15 08:30' },
    { zone: 'America/New_York', instant: '2026-01-01T03:00:00Z', wall: '2025-12-31 22:00' },
    { zone: 'Pacific/Pago_Pago', instant: '2026-01-01T10:59:00Z', wall: '2025-12-31 23:59' },
  ])('$instant in $zone is $wall', ({ zone, instant, wall }) => {
    expect(wallClockNow(zone, new Date(instant))).toBe(wall);
  });

  it('writes midnight as 00, never 24', () => {
    expect(wallClockNow('Asia/Tokyo', new Date('2026-07-09T15:00:00Z'))).toBe('2026-07-10 00:00');
  });

  it('drops seconds, so "now" is the current minute', () => {
    expect(wallClockNow('UTC', new Date('2026-06-01T09:15:59.999Z'))).toBe('2026-06-01 09:15');
  });

  it('always gives a valid API date-time, even on a leap day', () => {
    const value = wallClockNow('UTC', new Date('2028-02-29T23:50:00Z'));
    expect(value).toMatch(API_DATE_TIME_PATTERN);
    expect(isValidApiDateTime(value)).toBe(true);
  });

  it('throws on a zone that does not exist', () => {
    expect(() => wallClockNow('Mars/Olympus_Mons', new Date())).toThrow(RangeError);
  });
});

describe('usDateToIso (the ondate filter, MM/DD/YYYY)', () => {
  it.each([
    ['05/01/2026', '2026-05-01'],
    ['12/31/2026', '2026-12-31'],
    ['02/29/2024', '2024-02-29'],
    ['02/29/2000', '2000-02-29'],
  ])('%s is %s', (value, iso) => {
    expect(usDateToIso(value)).toBe(iso);
  });

  it.each([
    '02/29/2025',
    '02/29/1900',
    '13/01/2026',
    '00/10/2026',
    '04/31/2026',
    '01/00/2026',
    '5/1/2026',
    '05/01/26',
    '2026-05-01',
    '05-01-2026',
    ' 05/01/2026',
    '',
  ])('%j is not a date', (value) => {
    expect(usDateToIso(value)).toBeNull();
  });
});

describe('isValidApiDateTime (yyyy-mm-dd HH:MM)', () => {
  it.each([
    '2026-05-01 10:00',
    '2024-02-29 12:00',
    '2000-02-29 12:00',
    '2026-12-31 23:59',
    '2026-01-01 00:00',
  ])('%s is valid', (value) => {
    expect(isValidApiDateTime(value)).toBe(true);
  });

  it.each([
    '2025-02-29 12:00',
    '1900-02-29 12:00',
    '2100-02-29 12:00',
    '2026-04-31 10:00',
    '2026-13-01 10:00',
    '2026-00-10 10:00',
    '2026-05-00 10:00',
    '2026-05-01 24:00',
    '2026-05-01 23:60',
    '2026-05-01 10:00:00',
    '2026-05-01T10:00',
    '2026-05-01  10:00',
    '2026-05-01 1:00',
    '2026-05-01',
    '',
  ])('%j is not valid', (value) => {
    expect(isValidApiDateTime(value)).toBe(false);
  });
});

describe('isRealIsoDate and toIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-06-31', false],
    ['2026-6-1', false],
    ['2026-06-01 10:00', false],
  ])('isRealIsoDate(%j) is %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
  });

  it('toIsoDate reads the UTC day of a Date', () => {
    expect(toIsoDate(new Date('2026-03-05T23:59:00Z'))).toBe('2026-03-05');
    expect(toIsoDate(new Date('2026-03-06T00:00:00Z'))).toBe('2026-03-06');
  });
});

describe('intervalsOverlap (half-open intervals)', () => {
  const ten = { start: '2026-05-01 10:00', end: '2026-05-01 11:00' };

  it.each([
    { case: 'ends when the other starts', other: ['2026-05-01 09:00', '2026-05-01 10:00'] },
    { case: 'starts when the other ends', other: ['2026-05-01 11:00', '2026-05-01 12:00'] },
    { case: 'is on another day', other: ['2026-05-02 10:00', '2026-05-02 11:00'] },
    { case: 'is earlier', other: ['2026-05-01 08:00', '2026-05-01 09:59'] },
  ])('does not overlap one that $case', ({ other }) => {
    const [start = '', end = ''] = other;
    expect(intervalsOverlap(ten, { start, end })).toBe(false);
    expect(intervalsOverlap({ start, end }, ten)).toBe(false);
  });

  it.each([
    { case: 'is identical', other: ['2026-05-01 10:00', '2026-05-01 11:00'] },
    { case: 'overlaps the start', other: ['2026-05-01 09:30', '2026-05-01 10:01'] },
    { case: 'overlaps the end', other: ['2026-05-01 10:59', '2026-05-01 12:00'] },
    { case: 'lies inside', other: ['2026-05-01 10:15', '2026-05-01 10:45'] },
    { case: 'contains it', other: ['2026-04-30 23:00', '2026-05-02 01:00'] },
  ])('overlaps one that $case', ({ other }) => {
    const [start = '', end = ''] = other;
    expect(intervalsOverlap(ten, { start, end })).toBe(true);
    expect(intervalsOverlap({ start, end }, ten)).toBe(true);
  });
});
