/**
 * Every other path the documentation shows for an endpoint (its code samples drop `leads/`;
 * create lead shows an extra `v1/`) answers as the heading's path does, over a real socket, with
 * the samples' multipart bodies: same guards, same 405, same documented answer.
 */
import { z } from 'zod';
import {
  DOCUMENTED_ALIASES,
  REFERENCE_BASE_PATH,
  appointmentSchema,
  leadDetailsSchema,
  leadSchema,
  noteSchema,
  paginatedSchema,
  type Appointment,
  type Lead,
  type Note,
} from '../../src/contract';
import { createAppointment, createLead, createNote, leadFields } from './support/factories';
import {
  API_KEY,
  dataOf,
  encodeBody,
  type ApiResponse,
  type Fields,
  type Harness,
} from './support/harness';
import type { Listener } from './support/listen';
import { serveHarnessPerFile } from './support/served-harness';

type Fixture = { lead: Lead; note: Note; appointment: Appointment };

type Call = {
  method: 'GET' | 'POST';
  fields: (f: Fixture) => Fields;
  /** What the answer's `data` must be, given the fixture the call was made on. */
  expectData: (response: ApiResponse, f: Fixture) => void;
};

let h: Harness;
let server: Listener;
let hour = 0;

/** A fresh slot on a far day for each appointment, so no row clashes with another. */
const nextSlot = (): [string, string] => {
  hour += 1;
  const day = String(10 + Math.floor(hour / 8)).padStart(2, '0');
  const at = String(9 + (hour % 8)).padStart(2, '0');
  return [`2030-02-${day} ${at}:00`, `2030-02-${day} ${at}:30`];
};

const emptyData = (response: ApiResponse) => expect(dataOf(response, z.object({}))).toEqual({});

const CALLS: Record<keyof typeof DOCUMENTED_ALIASES, Call> = {
  appointmentList: {
    method: 'GET',
    fields: (f) => ({ lead: f.lead.first_name, limit: 100 }),
    expectData: (response, f) =>
      expect(
        dataOf(response, paginatedSchema(appointmentSchema)).results.map((a) => a.id),
      ).toContain(f.appointment.id),
  },
  leadDetails: {
    method: 'GET',
    fields: (f) => ({ slug: f.lead.slug }),
    expectData: (response, f) =>
      expect(dataOf(response, leadDetailsSchema).notes.map((n) => n.id)).toEqual([f.note.id]),
  },
  appointmentCreate: {
    method: 'POST',
    fields: (f) => {
      const [start, end] = nextSlot();
      return { slug: f.lead.slug, appointment_date: start, appointment_to: end };
    },
    expectData: (response, f) =>
      expect(dataOf(response, appointmentSchema).lead.slug).toBe(f.lead.slug),
  },
  appointmentUpdate: {
    method: 'POST',
    fields: (f) => ({ appointment_id: f.appointment.id, appointment_note: 'Moved by a sample' }),
    expectData: (response) =>
      expect(dataOf(response, appointmentSchema).appointment_note).toBe('Moved by a sample'),
  },
  appointmentDelete: {
    method: 'POST',
    fields: (f) => ({ appointment_id: f.appointment.id }),
    expectData: (response, f) => {
      emptyData(response);
      expect(h.repos.appointments.findById(f.appointment.id)).toBeUndefined();
    },
  },
  leadCreate: {
    method: 'POST',
    fields: () => leadFields({ first_name: 'Sample' }),
    expectData: (response) => expect(dataOf(response, leadSchema).first_name).toBe('Sample'),
  },
  leadUpdate: {
    method: 'POST',
    fields: (f) => ({ slug: f.lead.slug, ...leadFields({ last_name: 'Sampled' }) }),
    expectData: (response) => expect(dataOf(response, leadSchema).last_name).toBe('Sampled'),
  },
  leadDelete: {
    method: 'POST',
    fields: (f) => ({ slug: f.lead.slug }),
    expectData: (response, f) => {
      emptyData(response);
      expect(h.repos.leads.findBySlug(f.lead.slug)?.status).toBe('deleted');
    },
  },
  noteCreate: {
    method: 'POST',
    fields: (f) => ({ slug: f.lead.slug, note: 'Written by a sample' }),
    expectData: (response) => expect(dataOf(response, noteSchema).note).toBe('Written by a sample'),
  },
  noteDelete: {
    method: 'POST',
    fields: (f) => ({ note_id: f.note.id }),
    expectData: (response, f) => {
      emptyData(response);
      const left = h.db.prepare('SELECT COUNT(*) AS n FROM notes WHERE id = ?').get(f.note.id);
      expect(left).toEqual({ n: 0 });
    },
  },
};

const ROWS = (Object.keys(DOCUMENTED_ALIASES) as (keyof typeof DOCUMENTED_ALIASES)[]).flatMap(
  (name) => DOCUMENTED_ALIASES[name].map((alias) => ({ name, alias })),
);

/** As the documentation's samples call it: full URL, `apikey` header, multipart form fields. */
const call = async (
  path: string,
  method: string,
  fields: Fields,
  token: string | null,
): Promise<ApiResponse> => {
  const headers: Record<string, string> = { apikey: API_KEY };
  if (token) headers.Authorization = `Bearer ${token}`;
  const url = new URL(`${REFERENCE_BASE_PATH}${path}`, server.origin);
  let body: BodyInit | undefined;
  if (method === 'GET') {
    for (const [key, value] of Object.entries(fields)) url.searchParams.set(key, String(value));
  } else {
    body = encodeBody(fields, 'multipart').body;
  }
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown, headers: response.headers };
};

const freshFixture = async (): Promise<Fixture> => {
  const lead = await createLead(h, 'raj');
  const [start, end] = nextSlot();
  return {
    lead,
    note: await createNote(h, 'raj', lead.slug),
    appointment: await createAppointment(h, 'raj', lead.slug, start, end),
  };
};

serveHarnessPerFile((served) => {
  ({ h, server } = served);
});

describe('the paths of the documentation’s samples', () => {
  it('covers ten endpoints and the create-lead variants', () => {
    expect(ROWS.map((row) => row.alias).sort()).toEqual(
      [
        'appointments/list/',
        'view/lead/',
        'create/appointment/',
        'update/appointment/',
        'delete/appointment/',
        'create/lead/',
        'v1/leads/create/lead/',
        'v1/create/lead/',
        'update/lead/',
        'delete/lead/',
        'create/leadnote/',
        'delete/leadnote/',
      ].sort(),
    );
  });

  it.each(ROWS)('$alias answers as $name does', async ({ name, alias }) => {
    const spec = CALLS[name];
    const fixture = await freshFixture();
    const response = await call(alias, spec.method, spec.fields(fixture), await h.token('raj'));
    spec.expectData(response, fixture);
  });

  it.each(ROWS)('$alias keeps the guards and the 405 of $name', async ({ name, alias }) => {
    const spec = CALLS[name];
    const anonymous = await call(alias, spec.method, {}, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'not_authenticated' });
    const wrong = await call(alias, spec.method === 'GET' ? 'POST' : 'GET', {}, null);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe(spec.method === 'GET' ? 'GET, HEAD' : 'POST');
  });
});
