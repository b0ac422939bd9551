/** Lead create, update, delete and details: every documented message at its field (section 6). */
import { describe, expect, it } from 'vitest';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  MESSAGES,
  leadCreateSchema,
  leadDeleteSchema,
  leadDetailsQuerySchema,
  leadUpdateSchema,
  maxLengthMessage,
} from '../../../src/contract';
import { MISSING, errorsOf, parseValid, show, withField, type FieldValue } from './helpers';

const validLead = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@example.com',
  phone: '+919876543210',
} as const;

const validUpdate = { slug: 'ada-lovelace-1', ...validLead } as const;

const max255 = maxLengthMessage(255);
const long = (length: number): string => 'x'.repeat(length);
/** A well-formed address of exactly `length` characters. */
const emailOfLength = (length: number): string => `${'a'.repeat(length - 12)}@example.com`;

type Row = { field: string; value: FieldValue; message: string };
const row = (field: string, value: FieldValue, message: string) => ({
  field,
  value,
  message,
  label: show(value),
});

/** Invalid values of the fields shared by create and update, with the one message each gives. */
const invalidLeadFields: Row[] = [
  ...['first_name', 'last_name'].flatMap((field) => [
    row(field, MISSING, MESSAGES.required),
    row(field, '', MESSAGES.blank),
    row(field, '   ', MESSAGES.blank),
    row(field, long(256), max255),
  ]),
  row('email', MISSING, MESSAGES.required),
  row('email', '', MESSAGES.blank),
  row('email', emailOfLength(256), max255),
  row('email', 'not-an-email', MESSAGES.invalidEmail),
  row('email', 'ada@example', MESSAGES.invalidEmail),
  row('email', 'ada lovelace@example.com', MESSAGES.invalidEmail),
  ...[
    'client@x.co?cc=attacker%40evil.example',
    'a&b@example.com',
    'ada@example.com#x',
    'ada%40evil@example.com',
    'ada@exa mple.com',
    'ada@example.com\nbcc:x@evil.example',
    'ada@-example.com',
  ].map((email) => row('email', email, MESSAGES.invalidEmail)),
  row('phone', MISSING, MESSAGES.required),
  row('phone', '', MESSAGES.blank),
  row('phone', '12345678', MESSAGES.invalidPhone),
  row('phone', '2345678901234567', MESSAGES.invalidPhone),
  row('phone', '98765-43210', MESSAGES.invalidPhone),
  row('phone', '+44 20 7946 0958', MESSAGES.invalidPhone),
  row('location', long(256), max255),
  row('message', long(256), max255),
  row('status', 'won', '"won" is not a valid choice.'),
  row('status', 'deleted', '"deleted" is not a valid choice.'),
  row('status', 'Prospect', '"Prospect" is not a valid choice.'),
  row('source', 'tv', '"tv" is not a valid choice.'),
  row('assignee', '', MESSAGES.blank),
  row('assignee', '  ', MESSAGES.blank),
];

/** Values that give none of those messages. */
const validLeadFields = [
  row('first_name', long(255), ''),
  row('first_name', ' Ada ', ''),
  row('last_name', long(255), ''),
  row('email', emailOfLength(255), ''),
  row('email', 'first.last+crm@mail.example.co.uk', ''),
  row('email', "o'brien_2@sub-domain.example.xn--p1ai", ''),
  row('phone', '987654321', ''),
  row('phone', '+1234567890123456', ''),
  row('phone', '123456789012345', ''),
  row('location', MISSING, ''),
  row('location', '', ''),
  row('location', long(255), ''),
  row('message', long(255), ''),
  ...LEAD_STATUSES.map((status) => row('status', status, '')),
  ...LEAD_SOURCES.map((source) => row('source', source, '')),
  row('assignee', MISSING, ''),
  row('assignee', 'raj', ''),
];

describe.each([
  { name: 'leadCreateSchema', schema: leadCreateSchema, valid: validLead },
  { name: 'leadUpdateSchema', schema: leadUpdateSchema, valid: validUpdate },
])('$name', ({ schema, valid }) => {
  it('accepts the valid base input', () => {
    expect(errorsOf(schema, valid)).toEqual({});
  });

  it.each(invalidLeadFields)('$field = $label gives "$message" at $field', (rowCase) => {
    expect(errorsOf(schema, withField(valid, rowCase.field, rowCase.value))).toEqual({
      [rowCase.field]: [rowCase.message],
    });
  });

  it.each(validLeadFields)('$field = $label is valid', ({ field, value }) => {
    expect(errorsOf(schema, withField(valid, field, value))).toEqual({});
  });

  it('reports every invalid field at once, each at its own key', () => {
    expect(
      errorsOf(schema, { ...valid, first_name: '', email: 'nope', phone: '1', status: 'x' }),
    ).toEqual({
      first_name: [MESSAGES.blank],
      email: [MESSAGES.invalidEmail],
      phone: [MESSAGES.invalidPhone],
      status: ['"x" is not a valid choice.'],
    });
  });

  it('gives both messages for an address that is too long and malformed', () => {
    expect(errorsOf(schema, { ...valid, email: long(256) })).toEqual({
      email: [max255, MESSAGES.invalidEmail],
    });
  });

  it('defaults status to prospect and source to other', () => {
    const lead = parseValid(schema, valid);
    expect(lead.status).toBe('prospect');
    expect(lead.source).toBe('other');
  });

  it('trims text before checking it and keeps the trimmed value', () => {
    const lead = parseValid(schema, { ...valid, first_name: '  Ada  ', location: ' Pune ' });
    expect(lead.first_name).toBe('Ada');
    expect(lead.location).toBe('Pune');
  });
});

describe('leadUpdateSchema: the slug (update only)', () => {
  it.each([
    row('slug', MISSING, MESSAGES.required),
    row('slug', '', MESSAGES.blank),
    row('slug', '  ', MESSAGES.blank),
    row('slug', long(259), maxLengthMessage(258)),
  ])('slug = $label gives "$message"', ({ value, message }) => {
    expect(errorsOf(leadUpdateSchema, withField(validUpdate, 'slug', value))).toEqual({
      slug: [message],
    });
  });

  it.each([row('slug', long(258), ''), row('slug', 'ada-lovelace-1', '')])(
    'slug = $label is valid',
    ({ value }) => {
      expect(errorsOf(leadUpdateSchema, withField(validUpdate, 'slug', value))).toEqual({});
    },
  );

  it('is a full replace: a field left out of an update is required', () => {
    expect(errorsOf(leadUpdateSchema, { slug: 'ada-lovelace-1' })).toEqual({
      first_name: [MESSAGES.required],
      last_name: [MESSAGES.required],
      email: [MESSAGES.required],
      phone: [MESSAGES.required],
    });
  });

  it('does not ask create for a slug', () => {
    expect(errorsOf(leadCreateSchema, validLead)).toEqual({});
    expect(parseValid(leadCreateSchema, { ...validLead, slug: 'ignored' })).not.toHaveProperty(
      'slug',
    );
  });
});

describe('leadDeleteSchema', () => {
  it.each([row('slug', MISSING, MESSAGES.required), row('slug', '', MESSAGES.blank)])(
    'slug = $label gives "$message"',
    ({ value, message }) => {
      expect(errorsOf(leadDeleteSchema, withField({}, 'slug', value))).toEqual({ slug: [message] });
    },
  );

  it('accepts a slug', () => {
    expect(parseValid(leadDeleteSchema, { slug: 'ada-lovelace-1' })).toEqual({
      slug: 'ada-lovelace-1',
    });
  });
});

describe('leadDetailsQuerySchema: one message for a missing or blank slug', () => {
  it.each([MISSING, '', '   '].map((value) => ({ value, label: show(value) })))(
    'slug = $label gives the documented combined message',
    ({ value }) => {
      expect(errorsOf(leadDetailsQuerySchema, withField({}, 'slug', value))).toEqual({
        slug: [MESSAGES.slugRequiredOrBlank],
      });
    },
  );

  it('accepts a slug', () => {
    expect(parseValid(leadDetailsQuerySchema, { slug: 'ada-lovelace-1' })).toEqual({
      slug: 'ada-lovelace-1',
    });
  });

  it('spells the message exactly as documented', () => {
    expect(MESSAGES.slugRequiredOrBlank).toBe('This field is required and this may not be blank.');
  });
});
