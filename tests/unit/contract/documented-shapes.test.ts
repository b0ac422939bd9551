import { describe, expect, it } from 'vitest';
import {
  AS_SENT,
  DOCUMENTED_RESPONSE_SHAPES,
  trimToShape,
} from '../../../src/contract/documented-shapes';

describe('trimToShape', () => {
  it('keeps only the named fields, at every depth and in every list item', () => {
    const shape = { a: AS_SENT, list: [{ b: AS_SENT }] } as const;
    expect(
      trimToShape({ a: { deep: 1 }, extra: 2, list: [{ b: 1, c: 2 }, { c: 3 }] }, shape),
    ).toEqual({ a: { deep: 1 }, list: [{ b: 1 }, {}] });
  });

  it('leaves a value that is not what the shape expects as it is', () => {
    expect(trimToShape(null, { a: AS_SENT })).toBeNull();
    expect(trimToShape({ list: 'text' }, { list: [AS_SENT] })).toEqual({ list: 'text' });
    expect(trimToShape([1], { a: AS_SENT })).toEqual([1]);
  });
});

describe('the documented shapes', () => {
  it('leave our id and lead out of the overview’s appointments', () => {
    const documented = {
      appointment_date: '2030-01-10 10:00',
      appointment_to: '2030-01-10 11:00',
      appointment_note: '',
      appointment_status: 'pending',
      owner: 'raj',
      created_at: '2030-01-01 09:00:00',
    };
    const lead = { slug: 'ann-lee', first_name: 'Ann', last_name: 'Lee' };
    const answer = {
      status_code: 200,
      errors: {},
      data: {
        LeadsData: { status: [], source: [] },
        TotalLeads: 0,
        appointments: [{ id: 7, lead, ...documented }],
      },
    };
    expect(trimToShape(answer, DOCUMENTED_RESPONSE_SHAPES.overview!)).toEqual({
      ...answer,
      data: { ...answer.data, appointments: [documented] },
    });
  });
});
