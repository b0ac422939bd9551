/** Builders for leads, notes and appointments through the API itself. */
import {
  appointmentSchema,
  leadSchema,
  noteSchema,
  type Appointment,
  type Lead,
  type Note,
} from '../../../src/contract';
import { dataOf, type Fields, type Harness } from './harness';

let counter = 0;
const unique = () => {
  counter += 1;
  return counter;
};

export const leadFields = (overrides: Fields = {}): Fields => {
  const n = unique();
  return {
    first_name: `Jane${n}`,
    last_name: 'Doe',
    email: `jane${n}@example.com`,
    phone: `+1555${String(1_000_000 + n).slice(-7)}`,
    ...overrides,
  };
};

export const createLead = async (
  h: Harness,
  username: string,
  overrides: Fields = {},
): Promise<Lead> =>
  dataOf(
    await h.post('leadCreate', leadFields(overrides), { token: await h.token(username) }),
    leadSchema,
  );

export const createNote = async (
  h: Harness,
  username: string,
  slug: string,
  note = 'Called, left a message.',
): Promise<Note> =>
  dataOf(
    await h.post('noteCreate', { slug, note }, { token: await h.token(username) }),
    noteSchema,
  );

export const createAppointment = async (
  h: Harness,
  username: string,
  slug: string,
  start: string,
  end: string,
  overrides: Fields = {},
): Promise<Appointment> =>
  dataOf(
    await h.post(
      'appointmentCreate',
      { slug, appointment_date: start, appointment_to: end, ...overrides },
      { token: await h.token(username) },
    ),
    appointmentSchema,
  );

/** Deletes a lead through the API (soft delete). */
export const deleteLead = async (h: Harness, username: string, slug: string): Promise<void> => {
  const response = await h.post('leadDelete', { slug }, { token: await h.token(username) });
  if (response.status !== 200) throw new Error(`delete ${slug}: ${JSON.stringify(response.body)}`);
};
