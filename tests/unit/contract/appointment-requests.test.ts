/** Appointment create, update and delete: every documented message at its field (section 6). */
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  MESSAGES,
  APPOINTMENT_FIELDS,
  appointmentCreateSchema,
  appointmentDeleteSchema,
  appointmentUpdateSchema,
  maxLengthMessage,
} from '../../../src/contract';
import { MISSING, errorsOf, parseValid, show, withField, type FieldValue } from './helpers';

/** The appointment endpoints' own blank message, sic. */
const BLANK = 'This field is may not be blank.';

const validCreate = {
  slug: 'ada-lovelace-1',
  appointment_date: '2026-05-01 10:00',
  appointment_to: '2026-05-01 11:00',
} as const;

const row = (field: string, value: FieldValue, message = '') => ({
  field,
  value,
  message,
  label: show(value),
});

const badDateTimes = [
  '2026-05-01',
  '10:00',
  '05/01/2026 10:00',
  '2026-05-01T10:00',
  '2026-05-01 10:00:00',
  '2026-5-1 10:00',
  '2026-02-30 10:00',
  '2025-02-29 10:00',
  '2026-05-01 24:00',
  '2026-05-01 10:60',
  'tomorrow',
];

const invalidDateRows = (field: string) => [
  row(field, '', BLANK),
  row(field, '  ', BLANK),
  ...badDateTimes.map((value) => row(field, value, MESSAGES.invalidDateFormat)),
];

const invalidAppointmentId = [
  row('appointment_id', MISSING, MESSAGES.required),
  row('appointment_id', '', BLANK),
  row('appointment_id', '  ', BLANK),
  row('appointment_id', 'abc', MESSAGES.invalidAppointmentId),
  row('appointment_id', '1.5', MESSAGES.invalidAppointmentId),
  row('appointment_id', 1.5, MESSAGES.invalidAppointmentId),
  row('appointment_id', '0', MESSAGES.invalidAppointmentId),
  row('appointment_id', '-3', MESSAGES.invalidAppointmentId),
  row('appointment_id', '7a', MESSAGES.invalidAppointmentId),
  row('appointment_id', '99999999999999999999', MESSAGES.invalidAppointmentId),
  row('appointment_id', true, MESSAGES.invalidAppointmentId),
];

const validAppointmentId = [
  { value: '7', id: 7 },
  { value: ' 12 ', id: 12 },
  { value: 7, id: 7 },
];

describe('appointmentCreateSchema', () => {
  it('accepts the valid base input', () => {
    expect(errorsOf(appointmentCreateSchema, validCreate)).toEqual({});
  });

  it.each([
    row('slug', MISSING, MESSAGES.required),
    row('slug', '', BLANK),
    row('appointment_date', MISSING, MESSAGES.required),
    row('appointment_to', MISSING, MESSAGES.required),
    ...invalidDateRows('appointment_date'),
    ...invalidDateRows('appointment_to'),
    row('appointment_note', 'n'.repeat(201), maxLengthMessage(200)),
    row('appointment_status', 'done', MESSAGES.invalidAppointmentStatus),
    row('appointment_status', 'fulfilled', MESSAGES.invalidAppointmentStatus),
    row('appointment_status', '', MESSAGES.invalidAppointmentStatus),
  ])('$field = $label gives "$message" at $field', ({ field, value, message }) => {
    expect(errorsOf(appointmentCreateSchema, withField(validCreate, field, value))).toEqual({
      [field]: [message],
    });
  });

  it.each([
    row('appointment_date', '2024-02-29 00:00'),
    row('appointment_to', '2026-12-31 23:59'),
    row('appointment_note', MISSING),
    row('appointment_note', ''),
    row('appointment_note', 'n'.repeat(200)),
    ...APPOINTMENT_STATUSES.map((status) => row('appointment_status', status)),
  ])('$field = $label is valid', ({ field, value }) => {
    expect(errorsOf(appointmentCreateSchema, withField(validCreate, field, value))).toEqual({});
  });

  it('defaults appointment_status to pending', () => {
    expect(parseValid(appointmentCreateSchema, validCreate).appointment_status).toBe('pending');
  });

  it('uses the appointment blank message, not the leads one', () => {
    expect(BLANK).not.toBe(MESSAGES.blank);
    expect(MESSAGES.appointmentBlank).toBe(BLANK);
  });

  it('leaves the time rules (end after start, in the future) to appointmentTimingProblem', () => {
    expect(
      errorsOf(appointmentCreateSchema, {
        ...validCreate,
        appointment_date: '2000-01-01 10:00',
        appointment_to: '2000-01-01 09:00',
      }),
    ).toEqual({});
  });
});

describe('appointmentUpdateSchema: a partial update', () => {
  const validUpdate = { appointment_id: '7' } as const;

  it('needs only the id', () => {
    expect(parseValid(appointmentUpdateSchema, validUpdate)).toEqual({ appointment_id: 7 });
  });

  it('does not default appointment_status, so an update keeps the stored one', () => {
    expect(parseValid(appointmentUpdateSchema, validUpdate).appointment_status).toBeUndefined();
  });

  it.each([
    ...invalidAppointmentId,
    row('slug', '', BLANK),
    ...invalidDateRows('appointment_date'),
    ...invalidDateRows('appointment_to'),
    row('appointment_note', 'n'.repeat(201), maxLengthMessage(200)),
    row('appointment_status', 'done', MESSAGES.invalidAppointmentStatus),
  ])('$field = $label gives "$message" at $field', ({ field, value, message }) => {
    expect(errorsOf(appointmentUpdateSchema, withField(validUpdate, field, value))).toEqual({
      [field]: [message],
    });
  });

  it.each(validAppointmentId)('appointment_id $value is read as $id', ({ value, id }) => {
    expect(parseValid(appointmentUpdateSchema, { appointment_id: value }).appointment_id).toBe(id);
  });

  it.each([
    row('appointment_date', '2026-06-01 09:30'),
    row('appointment_note', 'n'.repeat(200)),
    row('appointment_status', 'cancelled'),
    row('slug', 'grace-hopper-2'),
  ])('$field = $label is valid', ({ field, value }) => {
    expect(errorsOf(appointmentUpdateSchema, withField(validUpdate, field, value))).toEqual({});
  });
});

describe('appointmentDeleteSchema', () => {
  it.each(invalidAppointmentId)('$field = $label gives "$message"', ({ value, message }) => {
    expect(errorsOf(appointmentDeleteSchema, withField({}, 'appointment_id', value))).toEqual({
      appointment_id: [message],
    });
  });

  it.each(validAppointmentId)('appointment_id $value is read as $id', ({ value, id }) => {
    expect(parseValid(appointmentDeleteSchema, { appointment_id: value })).toEqual({
      appointment_id: id,
    });
  });
});

describe('APPOINTMENT_FIELDS: one list of writable fields for server and form', () => {
  it('is what create takes', () => {
    expect(APPOINTMENT_FIELDS).toEqual([
      'slug',
      'appointment_date',
      'appointment_to',
      'appointment_note',
      'appointment_status',
    ]);
  });

  it('is what an update may change besides the id', () => {
    expect(Object.keys(appointmentUpdateSchema.shape)).toEqual([
      'appointment_id',
      ...APPOINTMENT_FIELDS,
    ]);
  });
});
