/**
 * EPIXEL_STRICT=1: the reference server answers like an Epixel server without this project's
 * extensions. Extension routes are absent; extension query parameters change nothing; answers
 * whose shape the documentation shows carry only its fields; what the documentation names
 * (filters, the samples' paths) still works.
 */
import { appointmentSchema, leadSchema, paginatedSchema } from '../../src/contract';
import { createAppointment, createLead } from './support/factories';
import { createHarness, dataOf, errorsOf, type Harness } from './support/harness';

let strict: Harness;
let extended: Harness;

const leads = async (h: Harness, query: Record<string, string> = {}) =>
  dataOf(
    await h.get('leadList', { limit: 100, ...query }, { token: await h.token('raj') }),
    paginatedSchema(leadSchema),
  ).results.map((lead) => lead.first_name);

const appointments = async (h: Harness, query: Record<string, string> = {}) =>
  dataOf(
    await h.get('appointmentList', { limit: 100, ...query }, { token: await h.token('raj') }),
    paginatedSchema(appointmentSchema),
  ).results.map((item) => item.appointment_date);

beforeAll(async () => {
  strict = createHarness({ strict: true });
  extended = createHarness();
  for (const h of [strict, extended]) {
    const amy = await createLead(h, 'raj', { first_name: 'Amy', status: 'closed' });
    await createLead(h, 'raj', { first_name: 'Zed', source: 'event' });
    await createAppointment(h, 'raj', amy.slug, '2030-01-10 10:00', '2030-01-10 11:00');
    await createAppointment(h, 'raj', amy.slug, '2030-03-10 10:00', '2030-03-10 11:00');
  }
});
afterAll(() => {
  strict.close();
  extended.close();
});

describe('strict mode', () => {
  it('has no user list', async () => {
    const absent = await strict.get('users', {}, { token: await strict.token('raj') });
    expect(absent.status).toBe(404);
    expect(errorsOf(absent)).toEqual({ non_field_errors: ['Not found.'] });
    const present = await extended.get('users', {}, { token: await extended.token('raj') });
    expect(present.status).toBe(200);
  });

  it.each([
    ['ordering', { ordering: 'first_name' }],
    ['search', { search: 'Zed' }],
    ['source', { source: 'event' }],
    ['assignee', { assignee: 'sara' }],
  ])('ignores the lead list’s %s', async (_name, query) => {
    expect(await leads(strict, query)).toEqual(await leads(strict));
    expect(await leads(extended, query)).not.toEqual(await leads(extended));
  });

  it('ignores our list_type=all (owned or assigned), and keeps the documented list_type=assigned', async () => {
    // Harnesses of its own: a lead assigned across users would change the other tests' counts.
    const [plain, ours] = [createHarness({ strict: true }), createHarness()];
    for (const h of [plain, ours]) {
      await createLead(h, 'raj', { first_name: 'Amy' });
      await createLead(h, 'sara', { first_name: 'Yves', assignee: 'raj' });
      expect(await leads(h, { list_type: 'assigned' })).toEqual(['Yves']);
    }
    expect(await leads(plain, { list_type: 'all' })).toEqual(['Amy']);
    expect((await leads(ours, { list_type: 'all' })).sort()).toEqual(['Amy', 'Yves']);
    plain.close();
    ours.close();
  });

  it('ignores date_from/date_to and lead_slug on appointments', async () => {
    const all = await appointments(strict);
    expect(all).toHaveLength(2);
    expect(await appointments(strict, { date_from: '2030-03-01', date_to: '2030-03-31' })).toEqual(
      all,
    );
    expect(await appointments(strict, { lead_slug: 'nobody' })).toEqual(all);
    expect(
      await appointments(extended, { date_from: '2030-03-01', date_to: '2030-03-31' }),
    ).toEqual(['2030-03-10 10:00']);
  });

  it('keeps the documented filters and the samples’ paths', async () => {
    expect(await leads(strict, { status: 'closed' })).toEqual(['Amy']);
    expect(await appointments(strict, { datesetting: 'after', ondate: '02/01/2030' })).toEqual([
      '2030-03-10 10:00',
    ]);
    const viaSample = await strict.get(
      '/api/v1/appointments/list/',
      { datesetting: 'before', ondate: '02/01/2030' },
      { token: await strict.token('raj') },
    );
    expect(
      dataOf(viaSample, paginatedSchema(appointmentSchema)).results.map((a) => a.appointment_date),
    ).toEqual(['2030-01-10 10:00']);
  });
});

/** The raw answer's body as JSON (not parsed by a schema, which would drop extra fields). */
type Body = { data: Record<string, unknown> } & Record<string, unknown>;
const raw = async (h: Harness, path: Parameters<Harness['get']>[0], query = {}) => {
  const response = await h.get(path, query, { token: await h.token('raj') });
  expect(response.status).toBe(200);
  return response.body as Body;
};
const keysOf = (value: unknown) => Object.keys(value as object).sort();
const overviewAppointments = async (h: Harness) =>
  (await raw(h, 'overview')).data.appointments as Record<string, unknown>[];

describe('strict mode’s answers, trimmed to the documented shapes', () => {
  it('leaves our id and lead out of the overview’s appointments, and keeps the rest', async () => {
    const ours = await overviewAppointments(extended);
    const documented = await overviewAppointments(strict);
    expect(ours.map(keysOf)[0]).toEqual(expect.arrayContaining(['id', 'lead']));
    expect(documented).toHaveLength(2);
    for (const item of documented) {
      expect(keysOf(item)).toEqual([
        'appointment_date',
        'appointment_note',
        'appointment_status',
        'appointment_to',
        'created_at',
        'owner',
      ]);
    }
    expect(documented.map((item) => item.appointment_date)).toEqual([
      '2030-01-10 10:00',
      '2030-03-10 10:00',
    ]);
  });

  it('answers the overview’s documented fields and counts as the extended server does', async () => {
    const strictBody = await raw(strict, 'overview');
    const extendedBody = await raw(extended, 'overview');
    expect(keysOf(strictBody)).toEqual(['data', 'errors', 'status_code']);
    expect(keysOf(strictBody.data)).toEqual(['LeadsData', 'TotalLeads', 'appointments']);
    expect(strictBody.data.LeadsData).toEqual(extendedBody.data.LeadsData);
    expect(strictBody.data.TotalLeads).toBe(2);
  });

  it('keeps the lists’ pages, and their objects whole (the documentation shows no object)', async () => {
    for (const path of ['leadList', 'appointmentList', '/api/v1/appointments/list/'] as const) {
      const strictBody = await raw(strict, path);
      expect(keysOf(strictBody.data)).toEqual(['count', 'next', 'previous', 'results']);
      const [first] = strictBody.data.results as object[];
      const [same] = (await raw(extended, path)).data.results as object[];
      expect(keysOf(first)).toEqual(keysOf(same));
    }
  });

  it('answers sign-in with the two documented tokens', async () => {
    const response = await strict.post('login', { username: 'raj', password: 'demo1234' });
    expect(response.status).toBe(200);
    expect(keysOf(response.body)).toEqual(['access', 'refresh']);
  });

  it('leaves error answers as they are', async () => {
    const response = await strict.get(
      'overview',
      { appointment: 'yearly' },
      { token: await strict.token('raj') },
    );
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual({ appointment: ['Invalid appointment filter value.'] });
  });
});
