/** Note create and delete, and the overview's query: their documented messages (section 6). */
import { describe, expect, it } from 'vitest';
import {
  MESSAGES,
  OVERVIEW_APPOINTMENT_FILTERS,
  maxLengthMessage,
  noteCreateSchema,
  noteDeleteSchema,
  overviewQuerySchema,
} from '../../../src/contract';
import { MISSING, errorsOf, parseValid, show, withField, type FieldValue } from './helpers';

const row = (field: string, value: FieldValue, message = '') => ({
  field,
  value,
  message,
  label: show(value),
});

describe('noteCreateSchema', () => {
  const valid = { slug: 'ada-lovelace-1', note: 'Called, will call back.' } as const;

  it.each([
    row('slug', MISSING, MESSAGES.required),
    row('slug', '', 'This field may not be blank.'),
    row('note', MISSING, MESSAGES.required),
    row('note', '', 'This field may not be blank.'),
    row('note', ' \n ', 'This field may not be blank.'),
    row('note', 'n'.repeat(500), maxLengthMessage(499)),
  ])('$field = $label gives "$message" at $field', ({ field, value, message }) => {
    expect(errorsOf(noteCreateSchema, withField(valid, field, value))).toEqual({
      [field]: [message],
    });
  });

  it.each([row('note', 'n'.repeat(499)), row('note', 'ok'), row('slug', 'x')])(
    '$field = $label is valid',
    ({ field, value }) => {
      expect(errorsOf(noteCreateSchema, withField(valid, field, value))).toEqual({});
    },
  );

  it('spells max 499 exactly', () => {
    expect(maxLengthMessage(499)).toBe('Ensure this field has no more than 499 characters.');
  });
});

describe('noteDeleteSchema', () => {
  it.each([
    row('note_id', MISSING, MESSAGES.required),
    row('note_id', '', 'This field may not be blank.'),
    row('note_id', 'abc', 'Invalid note id.'),
    row('note_id', '0', 'Invalid note id.'),
    row('note_id', '2.0', 'Invalid note id.'),
  ])('$field = $label gives "$message"', ({ value, message }) => {
    expect(errorsOf(noteDeleteSchema, withField({}, 'note_id', value))).toEqual({
      note_id: [message],
    });
  });

  it.each([
    { value: '3', id: 3 },
    { value: 3, id: 3 },
  ])('note_id $value is read as $id', ({ value, id }) => {
    expect(parseValid(noteDeleteSchema, { note_id: value })).toEqual({ note_id: id });
  });
});

describe('overviewQuerySchema', () => {
  it.each(['yesterday', 'Today', '', 'all'])('appointment=%j gives the filter message', (value) => {
    expect(errorsOf(overviewQuerySchema, { appointment: value })).toEqual({
      appointment: ['Invalid appointment filter value.'],
    });
  });

  it.each(OVERVIEW_APPOINTMENT_FILTERS)('appointment=%s is valid', (value) => {
    expect(parseValid(overviewQuerySchema, { appointment: value })).toEqual({ appointment: value });
  });

  it('defaults to upcoming when absent', () => {
    expect(parseValid(overviewQuerySchema, {})).toEqual({ appointment: 'upcoming' });
  });
});
