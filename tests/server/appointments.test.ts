/** Appointments: create, partial update, delete, the clash rules, and the filtered list. */
import { appointmentSchema, paginatedSchema, type Lead } from '../../src/contract';
import { createAppointment, createLead, deleteLead } from './support/factories';
import {
  TEST_NOW,
  createHarness,
  dataOf,
  errorsOf,
  type ApiResponse,
  type Fields,
  type Harness,
} from './support/harness';

const CLASH = 'Appointment schedule exists for this time.';
const pageSchema = paginatedSchema(appointmentSchema);

let h: Harness;
let rajLead: Lead;
let sharedLead: Lead;

const post = async (
  name: 'appointmentCreate' | 'appointmentUpdate',
  username: string,
  fields: Fields,
) => h.post(name, fields, { token: await h.token(username) });

const expectRule = (response: ApiResponse, message: string) => {
  expect(response.status).toBe(401);
  expect(errorsOf(response)).toEqual({ non_field_errors: [message] });
};

beforeAll(async () => {
  h = createHarness();
  h.addUser('tom', 'rep');
  rajLead = await createLead(h, 'raj', { first_name: 'Rita', last_name: 'Ames' });
  sharedLead = await createLead(h, 'raj', {
    first_name: 'Sam',
    last_name: 'Shared',
    assignee: 'sara',
  });
});
afterAll(() => h.close());
afterEach(() => {
  h.clock.set(TEST_NOW);
  h.db.prepare('DELETE FROM appointments').run();
});

describe('POST leads/create/appointment/', () => {
  it('creates an appointment owned by the caller, pending by default', async () => {
    const response = await post('appointmentCreate', 'raj', {
      slug: rajLead.slug,
      appointment_date: '2030-01-10 10:00',
      appointment_to: '2030-01-10 11:00',
      appointment_note: '  Demo ',
    });
    const appointment = dataOf(response, appointmentSchema);
    expect(appointment).toEqual({
      id: expect.any(Number),
      lead: { slug: rajLead.slug, first_name: 'Rita', last_name: 'Ames' },
      appointment_date: '2030-01-10 10:00',
      appointment_to: '2030-01-10 11:00',
      appointment_note: 'Demo',
      appointment_status: 'pending',
      owner: 'raj',
      created_at: '2030-01-09 10:00:00',
    });
  });

  it.each(['multipart', 'urlencoded', 'json'] as const)('accepts a %s body', async (encoding) => {
    const response = await h.post(
      'appointmentCreate',
      {
        slug: rajLead.slug,
        appointment_date: '2030-01-10 10:00',
        appointment_to: '2030-01-10 10:30',
        appointment_status: 'confirmed',
      },
      { token: await h.token('raj'), encoding },
    );
    expect(dataOf(response, appointmentSchema).appointment_status).toBe('confirmed');
  });

  it('treats intervals as half-open', async () => {
    await createAppointment(h, 'raj', rajLead.slug, '2030-01-10 10:00', '2030-01-10 11:00');
    const at = (start: string, end: string) =>
      post('appointmentCreate', 'raj', {
        slug: rajLead.slug,
        appointment_date: `2030-01-10 ${start}`,
        appointment_to: `2030-01-10 ${end}`,
      });
    expectRule(await at('09:30', '10:01'), CLASH);
    expectRule(await at('10:59', '11:30'), CLASH);
    expectRule(await at('10:15', '10:45'), CLASH);
    expectRule(await at('09:00', '12:00'), CLASH);
    expectRule(await at('10:00', '11:00'), CLASH);
    expect((await at('11:00', '12:00')).status).toBe(200);
    expect((await at('09:00', '10:00')).status).toBe(200);
  });

  it('clashes only with the same owner’s appointments that are not cancelled', async () => {
    const first = await createAppointment(
      h,
      'raj',
      sharedLead.slug,
      '2030-01-10 10:00',
      '2030-01-10 11:00',
    );
    const sameSlot = {
      slug: sharedLead.slug,
      appointment_date: '2030-01-10 10:00',
      appointment_to: '2030-01-10 11:00',
    };
    expect((await post('appointmentCreate', 'sara', sameSlot)).status).toBe(200);
    expect(
      (await post('appointmentCreate', 'raj', { ...sameSlot, appointment_status: 'cancelled' }))
        .status,
    ).toBe(200);
    expectRule(await post('appointmentCreate', 'raj', sameSlot), CLASH);
    const cancel = await post('appointmentUpdate', 'raj', {
      appointment_id: first.id,
      appointment_status: 'cancelled',
    });
    expect(dataOf(cancel, appointmentSchema).appointment_status).toBe('cancelled');
    expect((await post('appointmentCreate', 'raj', sameSlot)).status).toBe(200);
  });

  it('frees the slots of a deleted lead', async () => {
    const doomed = await createLead(h, 'raj');
    await createAppointment(h, 'raj', doomed.slug, '2030-01-15 10:00', '2030-01-15 11:00');
    await deleteLead(h, 'raj', doomed.slug);
    const again = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-15 10:00',
      '2030-01-15 11:00',
    );
    expect(again.lead.slug).toBe(rajLead.slug);
  });

  it('compares with the account’s wall clock, in its time zone', async () => {
    const ny = createHarness({ timeZone: 'America/New_York' });
    try {
      ny.clock.set('2030-01-09T15:00:00Z'); // 10:00 in New York
      const lead = await createLead(ny, 'raj');
      expectRule(
        await ny.post(
          'appointmentCreate',
          {
            slug: lead.slug,
            appointment_date: '2030-01-09 09:59',
            appointment_to: '2030-01-09 10:30',
          },
          { token: await ny.token('raj') },
        ),
        'Please Specify a date in the future.',
      );
      const ok = await createAppointment(
        ny,
        'raj',
        lead.slug,
        '2030-01-09 10:01',
        '2030-01-09 10:30',
      );
      expect(ok.appointment_date).toBe('2030-01-09 10:01');
      expect(ok.created_at).toBe('2030-01-09 10:00:00');
    } finally {
      ny.close();
    }
  });
});

describe('POST leads/update/appointment/', () => {
  it('changes only the fields sent', async () => {
    const original = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-10 10:00',
      '2030-01-10 11:00',
      {
        appointment_note: 'Keep me',
        appointment_status: 'confirmed',
      },
    );
    const moved = dataOf(
      await post('appointmentUpdate', 'raj', {
        appointment_id: original.id,
        appointment_to: '2030-01-10 11:30',
      }),
      appointmentSchema,
    );
    expect(moved).toEqual({ ...original, appointment_to: '2030-01-10 11:30' });
    const renamed = dataOf(
      await post('appointmentUpdate', 'raj', {
        appointment_id: String(original.id),
        appointment_note: '',
      }),
      appointmentSchema,
    );
    expect(renamed).toEqual({ ...moved, appointment_note: '' });
  });

  it('does not clash with itself, and moves onto a free slot', async () => {
    const a = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-10 10:00',
      '2030-01-10 11:00',
    );
    await createAppointment(h, 'raj', rajLead.slug, '2030-01-10 12:00', '2030-01-10 13:00');
    const shifted = await post('appointmentUpdate', 'raj', {
      appointment_id: a.id,
      appointment_date: '2030-01-10 10:30',
      appointment_to: '2030-01-10 12:00',
    });
    expect(dataOf(shifted, appointmentSchema).appointment_to).toBe('2030-01-10 12:00');
    expectRule(
      await post('appointmentUpdate', 'raj', {
        appointment_id: a.id,
        appointment_to: '2030-01-10 12:01',
      }),
      CLASH,
    );
  });

  it('checks a clash when an appointment is un-cancelled', async () => {
    const cancelled = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-10 10:00',
      '2030-01-10 11:00',
      {
        appointment_status: 'cancelled',
      },
    );
    await createAppointment(h, 'raj', rajLead.slug, '2030-01-10 10:00', '2030-01-10 11:00');
    expectRule(
      await post('appointmentUpdate', 'raj', {
        appointment_id: cancelled.id,
        appointment_status: 'pending',
      }),
      CLASH,
    );
  });

  it('applies the future rule only when the start changes', async () => {
    const a = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-09 11:00',
      '2030-01-09 12:00',
    );
    h.clock.set('2030-01-09T13:00:00Z');
    const done = await post('appointmentUpdate', 'raj', {
      appointment_id: a.id,
      appointment_status: 'fullfilled',
      appointment_date: '2030-01-09 11:00',
    });
    expect(dataOf(done, appointmentSchema).appointment_status).toBe('fullfilled');
    expectRule(
      await post('appointmentUpdate', 'raj', {
        appointment_id: a.id,
        appointment_date: '2030-01-09 11:30',
      }),
      'Please Specify a date in the future.',
    );
    expectRule(
      await post('appointmentUpdate', 'raj', {
        appointment_id: a.id,
        appointment_to: '2030-01-09 10:00',
      }),
      "End Date Can't be prior to Start Date.",
    );
  });

  it('moves an appointment to another lead the caller may see', async () => {
    const a = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-10 10:00',
      '2030-01-10 11:00',
    );
    const moved = dataOf(
      await post('appointmentUpdate', 'raj', { appointment_id: a.id, slug: sharedLead.slug }),
      appointmentSchema,
    );
    expect(moved.lead).toEqual({ slug: sharedLead.slug, first_name: 'Sam', last_name: 'Shared' });
    const hidden = await createLead(h, 'tom');
    const refused = await post('appointmentUpdate', 'raj', {
      appointment_id: a.id,
      slug: hidden.slug,
    });
    expect(refused.status).toBe(400);
    expect(errorsOf(refused)).toEqual({ slug: ["You can't take appointment under this lead."] });
  });

  it('lets a manager change a rep’s appointment, checked against the rep’s calendar', async () => {
    const a = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-10 10:00',
      '2030-01-10 11:00',
    );
    await createAppointment(h, 'raj', rajLead.slug, '2030-01-10 14:00', '2030-01-10 15:00');
    await createAppointment(h, 'maya', rajLead.slug, '2030-01-10 12:00', '2030-01-10 13:00');
    const moved = dataOf(
      await post('appointmentUpdate', 'maya', {
        appointment_id: a.id,
        appointment_date: '2030-01-10 12:00',
        appointment_to: '2030-01-10 13:00',
      }),
      appointmentSchema,
    );
    expect(moved.owner).toBe('raj');
    expectRule(
      await post('appointmentUpdate', 'maya', {
        appointment_id: a.id,
        appointment_date: '2030-01-10 14:30',
        appointment_to: '2030-01-10 15:30',
      }),
      CLASH,
    );
  });
});

describe('POST leads/delete/appointment/', () => {
  it('deletes the appointment', async () => {
    const a = await createAppointment(
      h,
      'raj',
      rajLead.slug,
      '2030-01-10 10:00',
      '2030-01-10 11:00',
    );
    const response = await h.post(
      'appointmentDelete',
      { appointment_id: a.id },
      { token: await h.token('raj') },
    );
    expect(dataOf(response, appointmentSchema.partial().strict())).toEqual({});
    const again = await h.post(
      'appointmentDelete',
      { appointment_id: a.id },
      { token: await h.token('raj') },
    );
    expect(errorsOf(again)).toEqual({ appointment_id: ['Requested appointment not found.'] });
    expect(
      (
        await post('appointmentCreate', 'raj', {
          slug: rajLead.slug,
          appointment_date: '2030-01-10 10:00',
          appointment_to: '2030-01-10 11:00',
        })
      ).status,
    ).toBe(200);
  });
});

describe('GET leads/appointments/list/', () => {
  const ids: Record<string, number> = {};
  beforeEach(async () => {
    const other = await createLead(h, 'raj', { first_name: 'Otto', last_name: 'Other' });
    const make = async (
      key: string,
      username: string,
      slug: string,
      start: string,
      end: string,
      status = 'pending',
    ) => {
      ids[key] = (
        await createAppointment(h, username, slug, start, end, { appointment_status: status })
      ).id;
    };
    await make('d12', 'raj', rajLead.slug, '2030-01-12 09:00', '2030-01-12 10:00');
    await make('d10b', 'raj', other.slug, '2030-01-10 15:00', '2030-01-10 16:00', 'confirmed');
    await make('d10a', 'raj', rajLead.slug, '2030-01-10 09:00', '2030-01-10 09:30', 'cancelled');
    await make('d11', 'raj', other.slug, '2030-01-11 23:30', '2030-01-12 00:30');
    await make('sara', 'sara', sharedLead.slug, '2030-01-10 09:00', '2030-01-10 10:00');
  });

  const list = async (username: string, query: Record<string, string | number> = {}) =>
    dataOf(await h.get('appointmentList', query, { token: await h.token(username) }), pageSchema);
  const listIds = async (username: string, query: Record<string, string | number> = {}) =>
    (await list(username, query)).results.map((item) => item.id);

  it('lists the caller’s own appointments by start; a manager sees all', async () => {
    expect(await listIds('raj')).toEqual([ids.d10a, ids.d10b, ids.d11, ids.d12]);
    expect(await listIds('sara')).toEqual([ids.sara]);
    expect(await listIds('maya')).toEqual([ids.d10a, ids.sara, ids.d10b, ids.d11, ids.d12]);
  });

  it.each([
    ['on a day', { datesetting: 'on', ondate: '01/10/2030' }, ['d10a', 'd10b']],
    ['before a day', { datesetting: 'before', ondate: '01/11/2030' }, ['d10a', 'd10b']],
    ['after a day', { datesetting: 'after', ondate: '01/11/2030' }, ['d12']],
    ['on the day an appointment starts', { datesetting: 'on', ondate: '01/11/2030' }, ['d11']],
    ['status', { status: 'confirmed' }, ['d10b']],
    ['lead first name, contains, any case', { lead: 'OTT' }, ['d10b', 'd11']],
    ['lead first name does not match the last name', { lead: 'other' }, []],
    ['date_from', { date_from: '2030-01-11' }, ['d11', 'd12']],
    ['date_to, inclusive', { date_to: '2030-01-11' }, ['d10a', 'd10b', 'd11']],
    ['date range', { date_from: '2030-01-11', date_to: '2030-01-11' }, ['d11']],
    ['lead_slug', { lead_slug: 'rita' }, []],
    [
      'blank filters are no filters',
      { status: '', date_from: '', datesetting: '' },
      ['d10a', 'd10b', 'd11', 'd12'],
    ],
  ])('filters: %s', async (_name, query, expected) => {
    expect(await listIds('raj', query)).toEqual(expected.map((key) => ids[key]));
  });

  it('filters by lead_slug', async () => {
    expect(await listIds('raj', { lead_slug: rajLead.slug })).toEqual([ids.d10a, ids.d12]);
    expect(await listIds('sara', { lead_slug: rajLead.slug })).toEqual([]);
  });

  it('pages the list', async () => {
    const first = await list('raj', { limit: 3 });
    expect(first.count).toBe(4);
    expect(first.results).toHaveLength(3);
    expect(first.next).toBe('http://localhost/api/v1/leads/appointments/list/?limit=3&offset=3');
    const second = await list('raj', { limit: 3, offset: 3 });
    expect(second.results.map((item) => item.id)).toEqual([ids.d12]);
    expect(second.previous).toBe('http://localhost/api/v1/leads/appointments/list/?limit=3');
  });

  it('answers bad filters with the 400 envelope', async () => {
    const token = await h.token('raj');
    const bad = async (query: Record<string, string>) =>
      errorsOf(await h.get('appointmentList', query, { token }));
    expect(await bad({ status: 'done' })).toEqual({ status: ['Invalid appointment status.'] });
    expect(await bad({ datesetting: 'on', ondate: '2030-01-10' })).toEqual({
      ondate: ['Invalid date format.'],
    });
    expect(await bad({ datesetting: 'on' })).toEqual({ ondate: ['This field is required.'] });
    expect(await bad({ datesetting: 'during', ondate: '01/10/2030' })).toEqual({
      datesetting: ['"during" is not a valid choice.'],
    });
    expect(await bad({ date_from: '2030-02-30' })).toEqual({ date_from: ['Invalid date format.'] });
  });

  it('hides the appointments of deleted leads', async () => {
    const doomed = await createLead(h, 'raj', { first_name: 'Doomed' });
    await createAppointment(h, 'raj', doomed.slug, '2030-01-20 10:00', '2030-01-20 11:00');
    expect((await list('raj')).count).toBe(5);
    await deleteLead(h, 'raj', doomed.slug);
    expect((await list('raj')).count).toBe(4);
    expect(await listIds('raj', { lead: 'doomed' })).toEqual([]);
  });
});
