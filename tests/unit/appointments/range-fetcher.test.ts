import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../src/contract';
import type { QueryParams } from '../../../src/lib/http-client';
import {
  createRangeFetcher,
  type AppointmentPage,
} from '../../../src/features/appointments/api/range-fetcher';

/** One appointment at 10:00 on each day from 2026-11-01 to 2027-01-31, in date order. */
const diary: Appointment[] = Array.from({ length: 92 }, (_, index) => {
  const day = new Date(Date.UTC(2026, 10, 1 + index)).toISOString().slice(0, 10);
  return {
    id: index + 1,
    lead: { slug: `lead-${index}`, first_name: 'Ann', last_name: 'Lee' },
    appointment_date: `${day} 10:00`,
    appointment_to: `${day} 11:00`,
    appointment_note: '',
    appointment_status: 'pending',
    owner: 'raj',
    created_at: '2026-10-01 09:00:00',
  };
});

const usToIso = (us: string) => `${us.slice(6)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;

/** A list endpoint over the diary, with or without our date_from/date_to, capping pages. */
const fakeServer = (honoursRange: boolean, pageLimit = 10) => {
  const asked: QueryParams[] = [];
  const getPage = async (params: QueryParams): Promise<AppointmentPage> => {
    asked.push(params);
    let rows = diary;
    if (honoursRange && params.date_from)
      rows = rows.filter((a) => a.appointment_date.slice(0, 10) >= String(params.date_from));
    if (honoursRange && params.date_to)
      rows = rows.filter((a) => a.appointment_date.slice(0, 10) <= String(params.date_to));
    if (params.datesetting === 'after')
      rows = rows.filter((a) => a.appointment_date.slice(0, 10) > usToIso(String(params.ondate)));
    const offset = Number(params.offset);
    const size = Math.min(Number(params.limit), pageLimit);
    const results = rows.slice(offset, offset + size);
    const next = offset + size < rows.length ? 'next' : null;
    return { count: rows.length, next, results };
  };
  return { asked, getPage };
};

const days = (appointments: Appointment[]) => appointments.map((a) => a.appointment_date);
const december2026 = { date_from: '2026-12-01', date_to: '2026-12-31' };

describe('a date range of appointments', () => {
  it('reads every page of exactly the range from a server with our range filter', async () => {
    const server = fakeServer(true);
    const got = await createRangeFetcher()(december2026, server.getPage);
    expect(got).toHaveLength(31);
    expect(days(got).at(0)).toBe('2026-12-01 10:00');
    expect(days(got).at(-1)).toBe('2026-12-31 10:00');
    expect(server.asked.every((params) => params.date_from === '2026-12-01')).toBe(true);
  });

  it('learns from the answer that a server ignores the range and asks with the documented filter', async () => {
    const server = fakeServer(false);
    const fetchRange = createRangeFetcher();
    const got = await fetchRange(december2026, server.getPage);
    expect(days(got)).toEqual(days(diary.slice(30, 61)));
    // One page with our filter, then pages after 11/30/2026 until one passes the range: never
    // the whole diary (92 appointments, 10 pages).
    expect(server.asked[0]).toMatchObject({ date_from: '2026-12-01' });
    expect(server.asked.slice(1).map((params) => [params.ondate, params.offset])).toEqual([
      ['11/30/2026', 0],
      ['11/30/2026', 10],
      ['11/30/2026', 20],
      ['11/30/2026', 30],
    ]);
    expect(server.asked.slice(1).every((params) => params.datesetting === 'after')).toBe(true);

    // Learnt once: the next range goes straight to the documented filter.
    server.asked.length = 0;
    const week = await fetchRange(
      { date_from: '2027-01-04', date_to: '2027-01-10' },
      server.getPage,
    );
    expect(days(week)).toEqual(days(diary.slice(64, 71)));
    expect(server.asked).toEqual([
      { datesetting: 'after', ondate: '01/03/2027', offset: 0, limit: 100 },
    ]);
  });
});
