/**
 * Every documented message of contract section 6, table-driven: request → status, field, message.
 * Each request is otherwise valid, so the one message expected is the only error.
 */
import { NON_FIELD_ERRORS, type EndpointName } from '../../src/contract';
import {
  createAppointment,
  createLead,
  createNote,
  deleteLead,
  leadFields,
} from './support/factories';
import { createHarness, errorsOf, type Fields, type Harness } from './support/harness';

type Context = {
  slug: string;
  deletedSlug: string;
  appointmentId: number;
  laterAppointmentId: number;
  noteId: number;
};

type Case = {
  name: string;
  as?: string;
  method: 'GET' | 'POST';
  endpoint: EndpointName;
  input: (ctx: Context) => Fields;
  status: 400 | 401;
  field?: string;
  message: string;
};

const REQUIRED = 'This field is required.';
const BLANK = 'This field may not be blank.';
const APPOINTMENT_BLANK = 'This field is may not be blank.';
const max = (n: number) => `Ensure this field has no more than ${n} characters.`;
const PHONE = "Phone number must be entered in the format: '999999999'. Up to 15 digits allowed.";

const long = (length: number) => 'x'.repeat(length);

/** A valid lead body with one field replaced (or removed with `undefined`). */
const lead = (field: string, value: string | undefined): Fields => {
  const fields = { ...leadFields(), location: 'Austin, TX', message: 'Hello' };
  const result: Fields = { ...fields, [field]: value };
  if (value === undefined) delete result[field];
  return result;
};

const leadFieldCases = (endpoint: 'leadCreate' | 'leadUpdate'): Case[] => {
  const withSlug = (fields: Fields) => (ctx: Context) =>
    endpoint === 'leadUpdate' ? { slug: ctx.slug, ...fields } : fields;
  const c = (field: string, value: string | undefined, message: string): Case => ({
    name: `${endpoint} ${field}=${value === undefined ? '(missing)' : JSON.stringify(value.slice(0, 12))}`,
    method: 'POST',
    endpoint,
    input: withSlug(lead(field, value)),
    status: 400,
    field,
    message,
  });
  return [
    c('first_name', undefined, REQUIRED),
    c('first_name', '  ', BLANK),
    c('first_name', long(256), max(255)),
    c('last_name', undefined, REQUIRED),
    c('last_name', '', BLANK),
    c('last_name', long(256), max(255)),
    c('email', undefined, REQUIRED),
    c('email', '', BLANK),
    c('email', `${long(250)}@x.com`, max(255)),
    c('email', 'not-an-email', 'Invalid email.'),
    c('phone', undefined, REQUIRED),
    c('phone', '', BLANK),
    c('phone', '12345', PHONE),
    c('phone', '+2555123456789012', PHONE),
    c('phone', '555-123-4567', PHONE),
    c('location', long(256), max(255)),
    c('message', long(256), max(255)),
    c('status', 'hot', '"hot" is not a valid choice.'),
    c('status', 'deleted', '"deleted" is not a valid choice.'),
    c('source', 'tv', '"tv" is not a valid choice.'),
    c('assignee', '', BLANK),
    c('assignee', 'nobody', 'Assignee not found.'),
    c('assignee', 'olga', 'Assignee not found.'),
  ];
};

const appointment = (ctx: Context, fields: Fields): Fields => ({
  slug: ctx.slug,
  appointment_date: '2030-01-11 09:00',
  appointment_to: '2030-01-11 09:30',
  ...fields,
});

const CASES: Case[] = [
  // Overview
  {
    name: 'overview appointment=yesterday',
    method: 'GET',
    endpoint: 'overview',
    input: () => ({ appointment: 'yesterday' }),
    status: 400,
    field: 'appointment',
    message: 'Invalid appointment filter value.',
  },
  // Lead details
  ...(
    [
      ['missing slug', () => ({}), 'This field is required and this may not be blank.'],
      ['blank slug', () => ({ slug: ' ' }), 'This field is required and this may not be blank.'],
      ['unknown slug', () => ({ slug: 'nobody-000000' }), 'Requested slug is invalid.'],
      ['deleted slug', (ctx: Context) => ({ slug: ctx.deletedSlug }), 'Requested slug is invalid.'],
    ] as const
  ).map(([name, input, message]): Case => ({
    name: `leadDetails ${name}`,
    method: 'GET',
    endpoint: 'leadDetails',
    input,
    status: 400,
    field: 'slug',
    message,
  })),
  {
    name: 'leadDetails of a lead the caller may not see',
    as: 'tom',
    method: 'GET',
    endpoint: 'leadDetails',
    input: (ctx) => ({ slug: ctx.slug }),
    status: 400,
    field: 'slug',
    message: 'Requested slug is invalid.',
  },
  // Lead create and update
  ...leadFieldCases('leadCreate'),
  ...leadFieldCases('leadUpdate'),
  ...(
    [
      ['missing', undefined, REQUIRED],
      ['blank', '', BLANK],
      ['too long', long(259), max(258)],
    ] as const
  ).map(([name, slug, message]): Case => ({
    name: `leadUpdate slug ${name}`,
    method: 'POST',
    endpoint: 'leadUpdate',
    input: () => (slug === undefined ? leadFields() : { ...leadFields(), slug }),
    status: 400,
    field: 'slug',
    message,
  })),
  {
    name: 'leadUpdate unknown slug',
    method: 'POST',
    endpoint: 'leadUpdate',
    input: () => ({ ...leadFields(), slug: 'nobody-000000' }),
    status: 401,
    message: 'Requested lead does not esixt.',
  },
  {
    name: 'leadUpdate deleted slug',
    method: 'POST',
    endpoint: 'leadUpdate',
    input: (ctx) => ({ ...leadFields(), slug: ctx.deletedSlug }),
    status: 401,
    message: 'Requested lead does not esixt.',
  },
  {
    name: 'leadUpdate by another rep',
    as: 'tom',
    method: 'POST',
    endpoint: 'leadUpdate',
    input: (ctx) => ({ ...leadFields(), slug: ctx.slug }),
    status: 401,
    message: 'You are not owner of this lead.',
  },
  // Lead delete
  ...(
    [
      ['missing', () => ({}), 400, 'slug', REQUIRED],
      ['blank', () => ({ slug: '' }), 400, 'slug', BLANK],
      ['unknown', () => ({ slug: 'nobody-000000' }), 400, 'slug', 'Requested lead not found.'],
      [
        'deleted',
        (ctx: Context) => ({ slug: ctx.deletedSlug }),
        400,
        'slug',
        'Requested lead already has a deleted status.',
      ],
    ] as const
  ).map(([name, input, status, field, message]): Case => ({
    name: `leadDelete slug ${name}`,
    method: 'POST',
    endpoint: 'leadDelete',
    input,
    status,
    field,
    message,
  })),
  {
    name: 'leadDelete by another rep',
    as: 'tom',
    method: 'POST',
    endpoint: 'leadDelete',
    input: (ctx) => ({ slug: ctx.slug }),
    status: 401,
    message: "You can't delete this lead.",
  },
  // Appointment create
  {
    name: 'appointmentCreate with no body at all',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: () => ({}),
    status: 401,
    message: 'Body data not found.',
  },
  ...(
    [
      ['slug', undefined, REQUIRED],
      ['slug', '', APPOINTMENT_BLANK],
      ['appointment_date', undefined, REQUIRED],
      ['appointment_date', ' ', APPOINTMENT_BLANK],
      ['appointment_date', '11/01/2030 09:00', 'Invalid date format.'],
      ['appointment_date', '2030-02-30 09:00', 'Invalid date format.'],
      ['appointment_date', '2030-01-11 24:00', 'Invalid date format.'],
      ['appointment_to', undefined, REQUIRED],
      ['appointment_to', '', APPOINTMENT_BLANK],
      ['appointment_to', '2030-01-11T09:30', 'Invalid date format.'],
      ['appointment_note', long(201), max(200)],
      ['appointment_status', 'done', 'Invalid appointment status.'],
    ] as const
  ).map(([field, value, message]): Case => ({
    name: `appointmentCreate ${field}=${value === undefined ? '(missing)' : JSON.stringify(value.slice(0, 16))}`,
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) => {
      const fields = appointment(ctx, { appointment_note: 'Call' });
      if (value === undefined) delete fields[field];
      else fields[field] = value;
      return fields;
    },
    status: 400,
    field,
    message,
  })),
  {
    name: 'appointmentCreate unknown slug',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) => appointment(ctx, { slug: 'nobody-000000' }),
    status: 400,
    field: 'slug',
    message: 'Requested slug is invalid.',
  },
  {
    name: 'appointmentCreate deleted slug',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) => appointment(ctx, { slug: ctx.deletedSlug }),
    status: 400,
    field: 'slug',
    message: 'Requested slug is invalid.',
  },
  {
    name: 'appointmentCreate under a lead the caller may not see',
    as: 'tom',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) => appointment(ctx, {}),
    status: 400,
    field: 'slug',
    message: "You can't take appointment under this lead.",
  },
  {
    name: 'appointmentCreate end before start',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) => appointment(ctx, { appointment_to: '2030-01-11 08:30' }),
    status: 401,
    message: "End Date Can't be prior to Start Date.",
  },
  {
    name: 'appointmentCreate end equal to start',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) => appointment(ctx, { appointment_to: '2030-01-11 09:00' }),
    status: 401,
    message: "End Date Can't be prior to Start Date.",
  },
  {
    name: 'appointmentCreate in the past',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) =>
      appointment(ctx, {
        appointment_date: '2030-01-09 09:00',
        appointment_to: '2030-01-09 11:00',
      }),
    status: 401,
    message: 'Please Specify a date in the future.',
  },
  {
    name: 'appointmentCreate starting now',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) =>
      appointment(ctx, {
        appointment_date: '2030-01-09 10:00',
        appointment_to: '2030-01-09 11:00',
      }),
    status: 401,
    message: 'Please Specify a date in the future.',
  },
  {
    name: 'appointmentCreate overlapping',
    method: 'POST',
    endpoint: 'appointmentCreate',
    input: (ctx) =>
      appointment(ctx, {
        appointment_date: '2030-01-10 10:30',
        appointment_to: '2030-01-10 11:30',
      }),
    status: 401,
    message: 'Appointment schedule exists for this time.',
  },
  // Appointment update
  {
    name: 'appointmentUpdate with no body at all',
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: () => ({}),
    status: 401,
    message: 'Body data not found.',
  },
  {
    name: 'appointmentUpdate with only the id',
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: (ctx) => ({ appointment_id: ctx.appointmentId }),
    status: 401,
    message: 'Body data not found.',
  },
  ...(
    [
      ['missing', undefined, REQUIRED],
      ['blank', '', APPOINTMENT_BLANK],
      ['not an integer', 'abc', 'Invalid appointment id.'],
      ['negative', '-3', 'Invalid appointment id.'],
      ['unknown', '999999', 'Requested appointment not found.'],
    ] as const
  ).map(([name, id, message]): Case => ({
    name: `appointmentUpdate appointment_id ${name}`,
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: () =>
      id === undefined ? { appointment_note: 'x' } : { appointment_id: id, appointment_note: 'x' },
    status: 400,
    field: 'appointment_id',
    message,
  })),
  ...(
    [
      ['slug', '', APPOINTMENT_BLANK],
      ['slug', 'nobody-000000', 'Requested slug is invalid.'],
      ['appointment_date', '', APPOINTMENT_BLANK],
      ['appointment_date', 'tomorrow', 'Invalid date format.'],
      ['appointment_to', '2030-13-01 10:00', 'Invalid date format.'],
      ['appointment_note', long(201), max(200)],
      ['appointment_status', 'later', 'Invalid appointment status.'],
    ] as const
  ).map(([field, value, message]): Case => ({
    name: `appointmentUpdate ${field}=${JSON.stringify(value.slice(0, 16))}`,
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: (ctx) => ({ appointment_id: ctx.appointmentId, [field]: value }),
    status: 400,
    field,
    message,
  })),
  {
    name: 'appointmentUpdate by another rep',
    as: 'tom',
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: (ctx) => ({ appointment_id: ctx.appointmentId, appointment_note: 'mine now' }),
    status: 401,
    message: "You can't update this appointment.",
  },
  {
    name: 'appointmentUpdate end before start',
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: (ctx) => ({ appointment_id: ctx.appointmentId, appointment_to: '2030-01-10 09:59' }),
    status: 401,
    message: "End Date Can't be prior to Start Date.",
  },
  {
    name: 'appointmentUpdate moved into the past',
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: (ctx) => ({
      appointment_id: ctx.appointmentId,
      appointment_date: '2030-01-08 10:00',
      appointment_to: '2030-01-08 11:00',
    }),
    status: 401,
    message: 'Please Specify a date in the future.',
  },
  {
    name: 'appointmentUpdate onto another appointment',
    method: 'POST',
    endpoint: 'appointmentUpdate',
    input: (ctx) => ({
      appointment_id: ctx.laterAppointmentId,
      appointment_date: '2030-01-10 10:59',
      appointment_to: '2030-01-10 12:00',
    }),
    status: 401,
    message: 'Appointment schedule exists for this time.',
  },
  // Appointment delete
  ...(
    [
      ['missing', undefined, REQUIRED],
      ['blank', ' ', APPOINTMENT_BLANK],
      ['not an integer', '1.5', 'Invalid appointment id.'],
      ['unknown', '999999', 'Requested appointment not found.'],
    ] as const
  ).map(([name, id, message]): Case => ({
    name: `appointmentDelete appointment_id ${name}`,
    method: 'POST',
    endpoint: 'appointmentDelete',
    input: () => (id === undefined ? {} : { appointment_id: id }),
    status: 400,
    field: 'appointment_id',
    message,
  })),
  {
    name: 'appointmentDelete by another rep',
    as: 'tom',
    method: 'POST',
    endpoint: 'appointmentDelete',
    input: (ctx) => ({ appointment_id: ctx.appointmentId }),
    status: 401,
    message: "You can't delete this appointment.",
  },
  // Note create
  ...(
    [
      ['slug', () => ({ note: 'n' }), REQUIRED],
      ['slug', () => ({ note: 'n', slug: '' }), BLANK],
      ['slug', () => ({ note: 'n', slug: 'nobody-000000' }), 'Requested lead not found.'],
      [
        'slug',
        (ctx: Context) => ({ note: 'n', slug: ctx.deletedSlug }),
        'Requested lead already has a deleted status.',
      ],
      ['note', (ctx: Context) => ({ slug: ctx.slug }), REQUIRED],
      ['note', (ctx: Context) => ({ slug: ctx.slug, note: '   ' }), BLANK],
      ['note', (ctx: Context) => ({ slug: ctx.slug, note: long(500) }), max(499)],
    ] as const
  ).map(([field, input, message]): Case => ({
    name: `noteCreate ${field}: ${message}`,
    method: 'POST',
    endpoint: 'noteCreate',
    input: (ctx) => ({ ...input(ctx) }),
    status: 400,
    field,
    message,
  })),
  {
    name: 'noteCreate on a lead the caller may not see',
    as: 'tom',
    method: 'POST',
    endpoint: 'noteCreate',
    input: (ctx) => ({ slug: ctx.slug, note: 'hello' }),
    status: 401,
    message: "You can't add note on this lead.",
  },
  // Note delete
  ...(
    [
      ['missing', undefined, REQUIRED],
      ['blank', '', BLANK],
      ['not an integer', 'first', 'Invalid note id.'],
      ['zero', '0', 'Invalid note id.'],
      ['unknown', '999999', 'Requested note not found.'],
    ] as const
  ).map(([name, id, message]): Case => ({
    name: `noteDelete note_id ${name}`,
    method: 'POST',
    endpoint: 'noteDelete',
    input: () => (id === undefined ? {} : { note_id: id }),
    status: 400,
    field: 'note_id',
    message,
  })),
  {
    name: 'noteDelete by another rep',
    as: 'tom',
    method: 'POST',
    endpoint: 'noteDelete',
    input: (ctx) => ({ note_id: ctx.noteId }),
    status: 401,
    message: "You can't delete this note.",
  },
];

let h: Harness;
let ctx: Context;

beforeAll(async () => {
  h = createHarness();
  h.addUser('tom', 'rep');
  const owned = await createLead(h, 'raj');
  const doomed = await createLead(h, 'raj');
  await deleteLead(h, 'raj', doomed.slug);
  const first = await createAppointment(
    h,
    'raj',
    owned.slug,
    '2030-01-10 10:00',
    '2030-01-10 11:00',
  );
  const later = await createAppointment(
    h,
    'raj',
    owned.slug,
    '2030-01-10 12:00',
    '2030-01-10 13:00',
  );
  const note = await createNote(h, 'raj', owned.slug);
  ctx = {
    slug: owned.slug,
    deletedSlug: doomed.slug,
    appointmentId: first.id,
    laterAppointmentId: later.id,
    noteId: note.id,
  };
});
afterAll(() => h.close());

describe('every documented message', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const token = await h.token(c.as ?? 'raj');
    const input = c.input(ctx);
    const response =
      c.method === 'GET'
        ? await h.get(
            c.endpoint,
            Object.fromEntries(
              Object.entries(input).filter((entry): entry is [string, string] => entry[1] != null),
            ),
            { token },
          )
        : await h.post(c.endpoint, input, { token });
    expect(response.status).toBe(c.status);
    const errors = errorsOf(response);
    const field = c.field ?? NON_FIELD_ERRORS;
    expect(errors).toEqual({ [field]: [c.message] });
  });

  it('covers every message of the contract', async () => {
    const { MESSAGES } = await import('../../src/contract');
    const tested = new Set(CASES.map((c) => c.message));
    const loginOnly = new Set<string>([MESSAGES.authenticationFailed, MESSAGES.inactiveAccount]);
    const untested = Object.values(MESSAGES).filter(
      (message) => !tested.has(message) && !loginOnly.has(message),
    );
    expect(untested).toEqual([]);
  });

  it('left the data untouched', async () => {
    const details = await h.get('leadDetails', { slug: ctx.slug }, { token: await h.token('raj') });
    expect(details.status).toBe(200);
    expect(JSON.stringify(details.body)).not.toContain('mine now');
  });
});
