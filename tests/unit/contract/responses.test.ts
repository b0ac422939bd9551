/** Reading answers leniently (section 4 objects, section 8 tolerant client) and the envelope. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  NON_FIELD_ERRORS,
  appointmentSchema,
  envelopeSchema,
  errorEnvelopeSchema,
  errorsSchema,
  leadDetailsSchema,
  leadSchema,
  normalizeErrors,
  noteSchema,
  overviewSchema,
  paginatedSchema,
  toContractErrors,
} from '../../../src/contract';

const appointment = {
  id: 9,
  lead: { slug: 'ada-lovelace-1', first_name: 'Ada', last_name: 'Lovelace' },
  appointment_date: '2026-05-01 10:00',
  appointment_to: '2026-05-01 11:00',
  appointment_note: 'Demo',
  appointment_status: 'confirmed',
  owner: 'maya',
  created_at: '2026-04-20 08:00:00',
};

describe('leadSchema', () => {
  it('parses a lead with only id and slug (all the documentation shows), with defaults', () => {
    expect(leadSchema.parse({ id: 1, slug: 'ada-lovelace-1' })).toEqual({
      id: 1,
      slug: 'ada-lovelace-1',
      first_name: '',
      last_name: '',
      email: '',
      phone: '',
      status: 'prospect',
      source: 'other',
      location: '',
      message: '',
      owner: '',
      assignee: null,
      created_at: '',
      updated_at: '',
    });
  });

  it('reads nulls as empty text and keeps an unknown status or source as sent', () => {
    const lead = leadSchema.parse({
      id: 2,
      slug: 's',
      first_name: null,
      status: 'archived',
      source: 'radio',
      assignee: undefined,
    });
    expect([lead.first_name, lead.status, lead.source, lead.assignee]).toEqual([
      '',
      'archived',
      'radio',
      null,
    ]);
  });

  it('keeps the deleted status and an assignee', () => {
    const lead = leadSchema.parse({ id: 3, slug: 's', status: 'deleted', assignee: 'raj' });
    expect([lead.status, lead.assignee]).toEqual(['deleted', 'raj']);
  });

  it.each([
    { case: 'no id', input: { slug: 's' } },
    { case: 'no slug', input: { id: 1 } },
    { case: 'a text id', input: { id: '1', slug: 's' } },
  ])('rejects a lead with $case', ({ input }) => {
    expect(leadSchema.safeParse(input).success).toBe(false);
  });
});

describe('leadDetailsSchema', () => {
  it('defaults notes and appointments to empty lists', () => {
    const details = leadDetailsSchema.parse({ id: 1, slug: 's' });
    expect([details.notes, details.appointments]).toEqual([[], []]);
  });

  it('reads notes and appointments', () => {
    const details = leadDetailsSchema.parse({
      id: 1,
      slug: 's',
      notes: [{ id: 4, note: 'hi' }],
      appointments: [appointment],
    });
    expect(details.notes).toEqual([{ id: 4, note: 'hi', created_by: '', created_at: '' }]);
    expect(details.appointments[0]?.id).toBe(9);
  });
});

describe('noteSchema', () => {
  it('needs id and note text', () => {
    expect(noteSchema.safeParse({ id: 1 }).success).toBe(false);
    expect(noteSchema.parse({ id: 1, note: 'x', created_by: null })).toEqual({
      id: 1,
      note: 'x',
      created_by: '',
      created_at: '',
    });
  });
});

describe('appointmentSchema', () => {
  it('reads an appointment as the reference server sends it, unchanged', () => {
    expect(appointmentSchema.parse(appointment)).toEqual(appointment);
  });

  it.each([
    ['2026-05-01 10:00', '2026-05-01 10:00'],
    ['2026-05-01 10:00:00', '2026-05-01 10:00'],
    ['2026-05-01T10:00', '2026-05-01 10:00'],
    ['2026-05-01T10:00:59', '2026-05-01 10:00'],
    ['2026-05-01T10:00:00Z', '2026-05-01 10:00'],
    ['2026-05-01T10:00:00.000+05:30', '2026-05-01 10:00'],
  ])('normalises the time %j to %j (wall clock, never shifted)', (sent, read) => {
    const parsed = appointmentSchema.parse({
      ...appointment,
      appointment_date: sent,
      appointment_to: sent,
    });
    expect([parsed.appointment_date, parsed.appointment_to]).toEqual([read, read]);
  });

  it.each(['2026-05-01', '10:00', '01/05/2026 10:00', ''])('rejects the time %j', (sent) => {
    expect(appointmentSchema.safeParse({ ...appointment, appointment_date: sent }).success).toBe(
      false,
    );
  });

  it('defaults a missing status to pending and keeps an unknown one as sent', () => {
    const withoutStatus: Record<string, unknown> = { ...appointment };
    delete withoutStatus.appointment_status;
    expect(appointmentSchema.parse(withoutStatus).appointment_status).toBe('pending');
    expect(
      appointmentSchema.parse({ ...appointment, appointment_status: 'done' }).appointment_status,
    ).toBe('done');
  });

  it('reads the minimal appointment with empty texts', () => {
    expect(
      appointmentSchema.parse({
        id: 1,
        lead: { slug: 's' },
        appointment_date: '2026-05-01 10:00',
        appointment_to: '2026-05-01 11:00',
      }),
    ).toEqual({
      id: 1,
      lead: { slug: 's', first_name: '', last_name: '' },
      appointment_date: '2026-05-01 10:00',
      appointment_to: '2026-05-01 11:00',
      appointment_note: '',
      appointment_status: 'pending',
      owner: '',
      created_at: '',
    });
  });
});

describe('overviewSchema', () => {
  it('fills a missing Description and Color', () => {
    const overview = overviewSchema.parse({
      LeadsData: {
        status: [{ status: 'prospect', count: 2, Description: null }],
        source: [{ source: 'radio', count: 1 }],
      },
      TotalLeads: 2,
      appointments: [appointment],
    });
    expect(overview.LeadsData.status[0]).toEqual({
      status: 'prospect',
      count: 2,
      Description: '',
      Color: '#9e9e9e',
    });
    expect(overview.LeadsData.source[0]).toEqual({ source: 'radio', count: 1 });
  });
});

describe('the envelope', () => {
  const page = paginatedSchema(z.object({ id: z.number() }));

  it('reads a success envelope and a page', () => {
    const body = {
      status_code: 200,
      errors: {},
      data: { count: 1, next: null, previous: null, results: [{ id: 1 }] },
    };
    expect(envelopeSchema(page).parse(body).data.results).toEqual([{ id: 1 }]);
  });

  it('tolerates an envelope without errors', () => {
    expect(envelopeSchema(z.object({})).safeParse({ status_code: 200, data: {} }).success).toBe(
      true,
    );
  });

  it('reads an error envelope whose values are strings or lists', () => {
    const body = {
      status_code: 400,
      errors: { email: 'Invalid email.', [NON_FIELD_ERRORS]: ['Body data not found.'] },
      data: {},
    };
    expect(normalizeErrors(errorEnvelopeSchema.parse(body).errors)).toEqual({
      email: ['Invalid email.'],
      non_field_errors: ['Body data not found.'],
    });
  });

  it('rejects errors that are neither a string nor a list of strings', () => {
    expect(errorsSchema.safeParse({ email: 3 }).success).toBe(false);
    expect(errorsSchema.safeParse({ email: [{ message: 'x' }] }).success).toBe(false);
  });
});

describe('normalizeErrors', () => {
  it.each<{ errors: Record<string, string | string[]>; normal: Record<string, string[]> }>([
    { errors: {}, normal: {} },
    { errors: { email: 'Invalid email.' }, normal: { email: ['Invalid email.'] } },
    { errors: { email: ['a', 'b'] }, normal: { email: ['a', 'b'] } },
    { errors: { detail: '' }, normal: { detail: [''] } },
    { errors: { slug: [] }, normal: { slug: [] } },
    {
      errors: { phone: 'p', anything_else: ['x'] },
      normal: { phone: ['p'], anything_else: ['x'] },
    },
  ])('$errors is $normal', ({ errors, normal }) => {
    expect(normalizeErrors(errors)).toEqual(normal);
  });
});

describe('toContractErrors', () => {
  it('keys an issue without a path as non_field_errors', () => {
    const schema = z
      .object({ a: z.string() })
      .refine(() => false, { error: 'Body data not found.' });
    const result = schema.safeParse({ a: 'x' });
    expect(result.success ? {} : toContractErrors(result.error)).toEqual({
      non_field_errors: ['Body data not found.'],
    });
  });

  it('keys a nested issue by its top field and drops repeated messages', () => {
    const text = z.string({ error: 'Not a valid string.' });
    const schema = z.object({ lead: z.object({ a: text, b: text }) });
    const result = schema.safeParse({ lead: {} });
    expect(result.success ? {} : toContractErrors(result.error)).toEqual({
      lead: ['Not a valid string.'],
    });
  });
});
