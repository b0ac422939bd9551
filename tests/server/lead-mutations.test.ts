/** Lead create, details, update (full replace) and soft delete, in every body encoding. */
import { leadDetailsSchema, leadSchema, paginatedSchema } from '../../src/contract';
import { createAppointment, createLead, createNote, leadFields } from './support/factories';
import {
  TEST_NOW,
  createHarness,
  dataOf,
  errorsOf,
  type Encoding,
  type Harness,
} from './support/harness';

let h: Harness;
beforeAll(() => {
  h = createHarness();
});
afterAll(() => h.close());
afterEach(() => h.clock.set(TEST_NOW));

describe('POST leads/create/lead/', () => {
  it.each(['multipart', 'urlencoded', 'json'] as const)(
    'creates a lead from a %s body with the defaults',
    async (encoding: Encoding) => {
      const response = await h.post(
        'leadCreate',
        {
          first_name: '  Jane ',
          last_name: 'Doe',
          email: 'jane@example.com',
          phone: '+15551234567',
        },
        { token: await h.token('raj'), encoding },
      );
      const lead = dataOf(response, leadSchema);
      expect(lead).toMatchObject({
        first_name: 'Jane',
        last_name: 'Doe',
        email: 'jane@example.com',
        phone: '+15551234567',
        status: 'prospect',
        source: 'other',
        location: '',
        message: '',
        owner: 'raj',
        assignee: null,
        created_at: '2030-01-09 10:00:00',
        updated_at: '2030-01-09 10:00:00',
      });
      expect(lead.slug).toMatch(/^jane-doe-[0-9a-f]{6}$/);
      expect(lead.id).toBeGreaterThan(0);
    },
  );

  it('makes a unique slug for the same name, and a slug for any name', async () => {
    const a = await createLead(h, 'raj', { first_name: 'Same', last_name: 'Name' });
    const b = await createLead(h, 'raj', { first_name: 'Same', last_name: 'Name' });
    expect(a.slug).not.toBe(b.slug);
    const odd = await createLead(h, 'raj', { first_name: 'Zoë', last_name: "O'Brien-Ünal" });
    expect(odd.slug).toMatch(/^zoe-o-brien-unal-[0-9a-f]{6}$/);
    const symbols = await createLead(h, 'raj', { first_name: '***', last_name: '!!!' });
    expect(symbols.slug).toMatch(/^lead-[0-9a-f]{6}$/);
  });

  it('stores every field given, and an active assignee', async () => {
    const lead = await createLead(h, 'raj', {
      status: 'customer',
      source: 'social_media',
      location: 'Austin, TX',
      message: 'Call after 5',
      assignee: 'sara',
    });
    expect(lead).toMatchObject({
      status: 'customer',
      source: 'social_media',
      location: 'Austin, TX',
      message: 'Call after 5',
      assignee: 'sara',
    });
  });

  it('reads JSON null as absent and numbers as text', async () => {
    const response = await h.post(
      'leadCreate',
      { ...leadFields(), phone: 15551234567, assignee: null },
      { token: await h.token('raj'), encoding: 'json' },
    );
    const lead = dataOf(response, leadSchema);
    expect(lead.phone).toBe('15551234567');
    expect(lead.assignee).toBeNull();
  });

  it('reports every invalid field together', async () => {
    const response = await h.post(
      'leadCreate',
      { first_name: '', email: 'x', phone: '1', assignee: 'ghost' },
      { token: await h.token('raj') },
    );
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual({
      first_name: ['This field may not be blank.'],
      last_name: ['This field is required.'],
      email: ['Invalid email.'],
      phone: ["Phone number must be entered in the format: '999999999'. Up to 15 digits allowed."],
      assignee: ['Assignee not found.'],
    });
  });
});

describe('GET leads/view/lead/', () => {
  it('answers the lead with notes newest first and appointments by start', async () => {
    const lead = await createLead(h, 'raj', { assignee: 'sara' });
    const first = await createNote(h, 'raj', lead.slug, 'first');
    h.clock.advanceSeconds(30);
    const second = await createNote(h, 'sara', lead.slug, 'second');
    const late = await createAppointment(
      h,
      'raj',
      lead.slug,
      '2030-02-01 15:00',
      '2030-02-01 16:00',
    );
    const early = await createAppointment(
      h,
      'sara',
      lead.slug,
      '2030-01-20 09:00',
      '2030-01-20 09:30',
    );
    for (const username of ['raj', 'sara', 'maya']) {
      const details = dataOf(
        await h.get('leadDetails', { slug: lead.slug }, { token: await h.token(username) }),
        leadDetailsSchema,
      );
      expect(details.slug).toBe(lead.slug);
      expect(details.notes.map((note) => note.id)).toEqual([second.id, first.id]);
      expect(details.notes[0]).toMatchObject({ note: 'second', created_by: 'sara' });
      expect(details.appointments.map((item) => item.id)).toEqual([early.id, late.id]);
      expect(details.appointments[0]?.owner).toBe('sara');
    }
  });
});

describe('POST leads/update/lead/', () => {
  it('replaces every field: omitted optional ones go back to their defaults', async () => {
    const lead = await createLead(h, 'raj', {
      status: 'customer',
      source: 'event',
      location: 'Paris',
      message: 'Hi',
      assignee: 'sara',
    });
    h.clock.advanceSeconds(3600);
    const response = await h.post(
      'leadUpdate',
      {
        slug: lead.slug,
        first_name: 'New',
        last_name: 'Name',
        email: 'n@x.io',
        phone: '123456789',
      },
      { token: await h.token('raj'), encoding: 'urlencoded' },
    );
    const updated = dataOf(response, leadSchema);
    expect(updated).toEqual({
      ...lead,
      first_name: 'New',
      last_name: 'Name',
      email: 'n@x.io',
      phone: '123456789',
      status: 'prospect',
      source: 'other',
      location: '',
      message: '',
      assignee: null,
      updated_at: '2030-01-09 11:00:00',
    });
    expect(updated.slug).toBe(lead.slug);
    expect(updated.created_at).toBe(lead.created_at);
  });

  it('lets the assignee and a manager update, and reassign', async () => {
    const lead = await createLead(h, 'raj', { assignee: 'sara' });
    const body = { ...leadFields(), slug: lead.slug, assignee: 'maya', status: 'potential' };
    const bySara = dataOf(
      await h.post('leadUpdate', body, { token: await h.token('sara'), encoding: 'json' }),
      leadSchema,
    );
    expect(bySara).toMatchObject({ owner: 'raj', assignee: 'maya', status: 'potential' });
    const byMaya = dataOf(
      await h.post('leadUpdate', { ...body, assignee: 'raj' }, { token: await h.token('maya') }),
      leadSchema,
    );
    expect(byMaya).toMatchObject({ owner: 'raj', assignee: 'raj' });
  });
});

describe('POST leads/delete/lead/', () => {
  it('soft-deletes: the row stays with status deleted, and it leaves lists and details', async () => {
    const lead = await createLead(h, 'raj', { first_name: 'Temporary' });
    const token = await h.token('raj');
    const response = await h.post('leadDelete', { slug: lead.slug }, { token });
    expect(dataOf(response, leadSchema.partial().strict())).toEqual({});
    const row = h.db.prepare('SELECT status FROM leads WHERE slug = ?').get(lead.slug) as {
      status: string;
    };
    expect(row.status).toBe('deleted');
    const page = dataOf(
      await h.get('leadList', { first_name: 'Temporary' }, { token }),
      paginatedSchema(leadSchema),
    );
    expect(page.count).toBe(0);
    const details = await h.get('leadDetails', { slug: lead.slug }, { token });
    expect(errorsOf(details)).toEqual({ slug: ['Requested slug is invalid.'] });
  });
});
