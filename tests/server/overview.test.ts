/** GET leads/overview/: every status and source counted, totals, and the appointment windows. */
import { z } from 'zod';
import { LEAD_SOURCES, LEAD_STATUSES, appointmentSchema, overviewSchema } from '../../src/contract';
import { createAppointment, createLead, deleteLead } from './support/factories';
import { TEST_NOW, createHarness, dataOf, errorsOf, type Harness } from './support/harness';

let h: Harness;
const ids: Record<string, number> = {};

/** The reference server (not strict) gives each appointment our `id` and `lead`. */
const extendedOverviewSchema = overviewSchema.extend({ appointments: z.array(appointmentSchema) });

const overview = async (username: string, appointment?: string) =>
  dataOf(
    await h.get('overview', appointment ? { appointment } : {}, { token: await h.token(username) }),
    extendedOverviewSchema,
  );

const windowKeys = async (username: string, appointment?: string) => {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return (await overview(username, appointment)).appointments.map((item) => byId.get(item.id));
};

beforeAll(async () => {
  h = createHarness();
  h.addUser('tom', 'rep');
  h.clock.set('2029-12-01T00:00:00Z');
  const lead = await createLead(h, 'raj', { status: 'customer', source: 'event' });
  await createLead(h, 'raj', { status: 'customer', source: 'referral' });
  await createLead(h, 'raj', { status: 'contact', source: 'event' });
  await createLead(h, 'sara', { status: 'potential', assignee: 'raj' });
  await createLead(h, 'sara', { status: 'closed' });
  await createLead(h, 'maya', { status: 'prospect' });
  const gone = await createLead(h, 'raj', { status: 'customer', source: 'website' });
  await deleteLead(h, 'raj', gone.slug);
  const at = async (key: string, username: string, start: string, end: string) => {
    ids[key] = (await createAppointment(h, username, lead.slug, start, end)).id;
  };
  await at('dec31', 'raj', '2029-12-31 10:00', '2029-12-31 11:00');
  await at('sunBefore', 'raj', '2030-01-06 10:00', '2030-01-06 11:00');
  await at('monday', 'raj', '2030-01-07 09:00', '2030-01-07 10:00');
  await at('todayPast', 'raj', '2030-01-09 09:00', '2030-01-09 09:30');
  await at('todayNow', 'raj', '2030-01-09 09:30', '2030-01-09 10:30');
  await at('todayLater', 'raj', '2030-01-09 15:00', '2030-01-09 16:00');
  await at('sunday', 'raj', '2030-01-13 16:00', '2030-01-13 17:00');
  await at('nextMonday', 'raj', '2030-01-14 09:00', '2030-01-14 10:00');
  await at('jan31', 'raj', '2030-01-31 10:00', '2030-01-31 11:00');
  await at('feb1', 'raj', '2030-02-01 10:00', '2030-02-01 11:00');
  await at('maya', 'maya', '2030-01-09 15:00', '2030-01-09 16:00');
  h.clock.set(TEST_NOW);
});
afterAll(() => h.close());

describe('LeadsData and TotalLeads', () => {
  it('lists every status with its count, description and colour', async () => {
    const data = await overview('raj');
    expect(data.LeadsData.status.map((row) => row.status)).toEqual([...LEAD_STATUSES]);
    const counts = Object.fromEntries(data.LeadsData.status.map((row) => [row.status, row.count]));
    expect(counts).toEqual({
      prospect: 0,
      tentative: 0,
      potential: 1,
      closed: 0,
      contact: 1,
      customer: 2,
    });
    for (const row of data.LeadsData.status) {
      expect(row.Color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(row.Description.length).toBeGreaterThan(3);
    }
    expect(new Set(data.LeadsData.status.map((row) => row.Color.toLowerCase())).size).toBe(6);
  });

  it('lists every source with its count', async () => {
    const data = await overview('raj');
    expect(data.LeadsData.source.map((row) => row.source)).toEqual([...LEAD_SOURCES]);
    const counts = Object.fromEntries(data.LeadsData.source.map((row) => [row.source, row.count]));
    expect(counts).toMatchObject({ event: 2, referral: 1, other: 1, website: 0 });
  });

  it('counts the leads the caller may see, deleted ones excluded', async () => {
    expect((await overview('raj')).TotalLeads).toBe(4);
    expect((await overview('sara')).TotalLeads).toBe(2);
    expect((await overview('maya')).TotalLeads).toBe(6);
    expect((await overview('tom')).TotalLeads).toBe(0);
  });

  it('uses palette colours with enough contrast for white text', async () => {
    const luminance = (hex: string) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const [r, g, b] = [1, 3, 5].map((index) =>
        channel(parseInt(hex.slice(index, index + 2), 16)),
      );
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    for (const row of (await overview('maya')).LeadsData.status) {
      expect(1.05 / (luminance(row.Color) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('appointments windows (the caller’s own, by start)', () => {
  it('upcoming by default: from now on, including the one running now', async () => {
    expect(await windowKeys('raj')).toEqual([
      'todayNow',
      'todayLater',
      'sunday',
      'nextMonday',
      'jan31',
      'feb1',
    ]);
    expect(await windowKeys('raj', 'upcoming')).toEqual(await windowKeys('raj'));
  });

  it('today', async () => {
    expect(await windowKeys('raj', 'today')).toEqual(['todayPast', 'todayNow', 'todayLater']);
  });

  it('week: Monday to Sunday', async () => {
    expect(await windowKeys('raj', 'week')).toEqual([
      'monday',
      'todayPast',
      'todayNow',
      'todayLater',
      'sunday',
    ]);
  });

  it('month: the calendar month', async () => {
    expect(await windowKeys('raj', 'month')).toEqual([
      'sunBefore',
      'monday',
      'todayPast',
      'todayNow',
      'todayLater',
      'sunday',
      'nextMonday',
      'jan31',
    ]);
  });

  it('shows a manager only their own appointments, with id and lead', async () => {
    const data = await overview('maya', 'today');
    expect(data.appointments.map((item) => item.id)).toEqual([ids.maya]);
    expect(data.appointments[0]?.lead.slug).toMatch(/-[0-9a-f]{6}$/);
    expect(await windowKeys('sara', 'month')).toEqual([]);
  });

  it('shows the next 20 at most', async () => {
    const lead = await createLead(h, 'tom');
    for (let day = 10; day < 35; day += 1) {
      const date = new Date(Date.UTC(2030, 0, day)).toISOString().slice(0, 10);
      await createAppointment(h, 'tom', lead.slug, `${date} 09:00`, `${date} 10:00`);
    }
    const upcoming = (await overview('tom')).appointments;
    expect(upcoming).toHaveLength(20);
    expect(upcoming[0]?.appointment_date).toBe('2030-01-10 09:00');
    expect(upcoming[19]?.appointment_date).toBe('2030-01-29 09:00');
  });

  it('follows the clock across a month boundary', async () => {
    h.clock.set('2030-02-01T08:00:00Z');
    try {
      expect(await windowKeys('raj', 'month')).toEqual(['feb1']);
      expect(await windowKeys('raj', 'week')).toEqual(['jan31', 'feb1']);
    } finally {
      h.clock.set(TEST_NOW);
    }
  });

  it('refuses an unknown filter', async () => {
    const response = await h.get(
      'overview',
      { appointment: 'year' },
      { token: await h.token('raj') },
    );
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual({ appointment: ['Invalid appointment filter value.'] });
  });
});
