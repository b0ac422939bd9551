/**
 * EPIXEL_STRICT=1: the reference server answers like an Epixel server without this project's
 * extensions. Extension routes are absent; extension query parameters change nothing; what the
 * documentation names (filters, the samples' paths) still works.
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
