/** Appointment bounds [ours] over HTTP: at most 12 hours long, at most 2 years ahead. */
import { APPOINTMENT_BOUNDS_MESSAGES, type Lead } from '../../src/contract';
import { createAppointment, createLead } from './support/factories';
import { API_KEY, createHarness, type Harness } from './support/harness';
import { listen, type Listener } from './support/listen';

let h: Harness;
let server: Listener;
let lead: Lead;
beforeAll(async () => {
  h = createHarness();
  server = await listen(h.app);
  lead = await createLead(h, 'raj');
});
afterAll(async () => {
  await server.close();
  h.close();
});
afterEach(() => {
  h.db.prepare('DELETE FROM appointments').run();
});

const send = async (path: string, fields: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = await fetch(`${server.origin}/api/v1/${path}`, {
    method: 'POST',
    headers: { apikey: API_KEY, Authorization: `Bearer ${await h.token('raj')}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as { errors: unknown } };
};

const create = (appointment_date: string, appointment_to: string) =>
  send('leads/create/appointment/', { slug: lead.slug, appointment_date, appointment_to });

describe('appointment bounds (now is 2030-01-09 10:00)', () => {
  it('refuses 2030-02-28 to 9999-12-31 with a message at the end field', async () => {
    const response = await create('2030-02-28 10:00', '9999-12-31 23:59');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ appointment_to: [APPOINTMENT_BOUNDS_MESSAGES.tooLong] });
  });

  it('accepts exactly 12 hours and refuses a minute more', async () => {
    expect((await create('2030-01-10 06:00', '2030-01-10 18:00')).status).toBe(200);
    const longer = await create('2030-01-11 06:00', '2030-01-11 18:01');
    expect(longer.status).toBe(400);
    expect(longer.body.errors).toEqual({ appointment_to: [APPOINTMENT_BOUNDS_MESSAGES.tooLong] });
  });

  it('accepts a start 2 years ahead to the day and refuses the day after', async () => {
    expect((await create('2032-01-09 09:00', '2032-01-09 10:00')).status).toBe(200);
    const farther = await create('2032-01-10 09:00', '2032-01-10 10:00');
    expect(farther.status).toBe(400);
    expect(farther.body.errors).toEqual({
      appointment_date: [APPOINTMENT_BOUNDS_MESSAGES.tooFar],
    });
  });

  it('applies on update when the times change', async () => {
    const appointment = await createAppointment(
      h,
      'raj',
      lead.slug,
      '2030-01-12 09:00',
      '2030-01-12 10:00',
    );
    const response = await send('leads/update/appointment/', {
      appointment_id: String(appointment.id),
      appointment_to: '2030-01-13 10:00',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ appointment_to: [APPOINTMENT_BOUNDS_MESSAGES.tooLong] });
  });
});
