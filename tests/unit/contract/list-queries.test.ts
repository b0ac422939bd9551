/** List queries: paging as LimitOffsetPagination, ordering, filters (sections 1, 5 and 7). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_LIMIT,
  LEAD_ORDERING_FIELDS,
  MAX_PAGE_LIMIT,
  MESSAGES,
  appointmentListQuerySchema,
  formatOrdering,
  leadListQuerySchema,
  parseOrdering,
} from '../../../src/contract';
import { errorsOf, parseValid } from './helpers';

describe.each([
  { name: 'leadListQuerySchema', schema: leadListQuerySchema },
  { name: 'appointmentListQuerySchema', schema: appointmentListQuerySchema },
])('$name paging', ({ schema }) => {
  it('defaults to offset 0 and limit 25', () => {
    const query = parseValid(schema, {});
    expect([query.offset, query.limit]).toEqual([0, 25]);
    expect(DEFAULT_PAGE_LIMIT).toBe(25);
  });

  it.each([
    { offset: '0', expected: 0 },
    { offset: '40', expected: 40 },
    { offset: 40, expected: 40 },
    { offset: '100000', expected: 100000 },
    { offset: '-1', expected: 0 },
    { offset: 'ten', expected: 0 },
    { offset: '1.5', expected: 0 },
    { offset: '', expected: 0 },
    { offset: ['10', '20'], expected: 0 },
  ])('offset $offset is read as $expected', ({ offset, expected }) => {
    expect(parseValid(schema, { offset }).offset).toBe(expected);
  });

  it.each([
    { limit: '10', expected: 10 },
    { limit: 10, expected: 10 },
    { limit: '100', expected: 100 },
    { limit: '101', expected: 100 },
    { limit: '5000', expected: 100 },
    { limit: '0', expected: 25 },
    { limit: '-5', expected: 25 },
    { limit: 'all', expected: 25 },
    { limit: '2.5', expected: 25 },
    { limit: '', expected: 25 },
  ])('limit $limit is read as $expected', ({ limit, expected }) => {
    expect(parseValid(schema, { limit }).limit).toBe(expected);
  });

  it('caps limit at 100', () => {
    expect(MAX_PAGE_LIMIT).toBe(100);
  });

  it('never fails on paging: bad values fall back', () => {
    expect(errorsOf(schema, { offset: 'x', limit: 'y' })).toEqual({});
  });
});

describe('leadListQuerySchema', () => {
  it.each(LEAD_ORDERING_FIELDS.flatMap((field) => [field, `-${field}`]))(
    'ordering=%s is read',
    (ordering) => {
      const descending = ordering.startsWith('-');
      expect(parseValid(leadListQuerySchema, { ordering }).ordering).toEqual({
        field: descending ? ordering.slice(1) : ordering,
        descending,
      });
    },
  );

  it.each(['password', '-password', 'id;drop table', '-', '--first_name', '+first_name', ''])(
    'ordering=%j is ignored, as an unknown field',
    (ordering) => {
      expect(parseValid(leadListQuerySchema, { ordering }).ordering).toBeUndefined();
    },
  );

  it('takes list_type=assigned and ignores any other list_type', () => {
    expect(parseValid(leadListQuerySchema, { list_type: 'assigned' }).list_type).toBe('assigned');
    expect(parseValid(leadListQuerySchema, { list_type: 'owned' }).list_type).toBeUndefined();
  });

  it.each([
    'campaign_slug',
    'first_name',
    'last_name',
    'email',
    'phone',
    'owner',
    'search',
    'assignee',
  ])('drops a blank %s filter and trims a set one', (field) => {
    expect(parseValid(leadListQuerySchema, { [field]: '' })[field as 'search']).toBeUndefined();
    expect(parseValid(leadListQuerySchema, { [field]: '   ' })[field as 'search']).toBeUndefined();
    expect(parseValid(leadListQuerySchema, { [field]: ' ada ' })[field as 'search']).toBe('ada');
  });

  it.each([
    { field: 'status', value: 'won' },
    { field: 'status', value: 'deleted' },
    { field: 'source', value: 'tv' },
  ])('$field=$value gives "$value" is not a valid choice.', ({ field, value }) => {
    expect(errorsOf(leadListQuerySchema, { [field]: value })).toEqual({
      [field]: [`"${value}" is not a valid choice.`],
    });
  });

  it.each(['status', 'source'])('drops a blank %s filter, as django-filter does', (field) => {
    expect(errorsOf(leadListQuerySchema, { [field]: '' })).toEqual({});
    expect(parseValid(leadListQuerySchema, { [field]: '' })[field as 'status']).toBeUndefined();
  });

  it('reads a full query', () => {
    expect(
      parseValid(leadListQuerySchema, {
        offset: '25',
        limit: '50',
        status: 'potential',
        source: 'referral',
        search: 'ada',
        ordering: '-created_at',
      }),
    ).toEqual({
      offset: 25,
      limit: 50,
      status: 'potential',
      source: 'referral',
      search: 'ada',
      ordering: { field: 'created_at', descending: true },
    });
  });
});

describe('appointmentListQuerySchema', () => {
  it.each([
    { input: { status: 'done' }, errors: { status: [MESSAGES.invalidAppointmentStatus] } },
    {
      input: { datesetting: 'during', ondate: '05/01/2026' },
      errors: { datesetting: ['"during" is not a valid choice.'] },
    },
    {
      input: { datesetting: 'on', ondate: '2026-05-01' },
      errors: { ondate: ['Invalid date format.'] },
    },
    {
      input: { datesetting: 'before', ondate: '02/30/2026' },
      errors: { ondate: ['Invalid date format.'] },
    },
    { input: { ondate: '5/1/2026' }, errors: { ondate: ['Invalid date format.'] } },
    { input: { datesetting: 'on' }, errors: { ondate: [MESSAGES.required] } },
    { input: { datesetting: 'after', ondate: '' }, errors: { ondate: [MESSAGES.required] } },
    { input: { date_from: '2026-13-01' }, errors: { date_from: ['Invalid date format.'] } },
    { input: { date_to: '05/01/2026' }, errors: { date_to: ['Invalid date format.'] } },
  ])('$input gives $errors', ({ input, errors }) => {
    expect(errorsOf(appointmentListQuerySchema, input)).toEqual(errors);
  });

  it('reads ondate (MM/DD/YYYY) as an ISO date', () => {
    expect(
      parseValid(appointmentListQuerySchema, { datesetting: 'on', ondate: '05/01/2026' }),
    ).toMatchObject({ datesetting: 'on', ondate: '2026-05-01' });
  });

  it('takes ondate alone without a datesetting', () => {
    expect(parseValid(appointmentListQuerySchema, { ondate: '05/01/2026' }).ondate).toBe(
      '2026-05-01',
    );
  });

  it('reads our date range, lead and lead_slug filters', () => {
    expect(
      parseValid(appointmentListQuerySchema, {
        date_from: '2026-05-01',
        date_to: '2026-05-31',
        lead: ' Ada ',
        lead_slug: 'ada-lovelace-1',
        status: 'confirmed',
      }),
    ).toEqual({
      offset: 0,
      limit: 25,
      date_from: '2026-05-01',
      date_to: '2026-05-31',
      lead: 'Ada',
      lead_slug: 'ada-lovelace-1',
      status: 'confirmed',
    });
  });

  it.each(['lead', 'lead_slug', 'ondate', 'date_from', 'date_to', 'status', 'datesetting'])(
    'drops a blank %s filter',
    (field) => {
      const query = parseValid(appointmentListQuerySchema, { [field]: '' });
      expect(query[field as 'lead']).toBeUndefined();
    },
  );
});

describe('the sort format, read and written in one place', () => {
  const fields = ['created_at', 'first_name'] as const;

  it.each([
    ['created_at', { field: 'created_at', descending: false }],
    ['-first_name', { field: 'first_name', descending: true }],
    ['-email', null],
    ['--created_at', null],
    ['', null],
    [null, null],
  ])('reads %j as %j', (value, ordering) => {
    expect(parseOrdering(fields, value)).toEqual(ordering);
  });

  it('writes what it reads', () => {
    expect(formatOrdering({ field: 'first_name', descending: true })).toBe('-first_name');
    expect(
      parseOrdering(fields, formatOrdering({ field: 'created_at', descending: false })),
    ).toEqual({ field: 'created_at', descending: false });
  });
});
