import { describe, expect, it } from 'vitest';
import { countByOwner, weekOf } from '../../../src/features/team/model/team-week';

describe('weekOf', () => {
  it('runs Monday to Sunday, across months and years', () => {
    expect(weekOf('2026-12-02')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2026-11-30')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2027-01-03')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(weekOf('2028-02-29')).toEqual({ monday: '2028-02-28', sunday: '2028-03-05' });
  });
});

describe('countByOwner', () => {
  it('counts appointments per owner', () => {
    const counts = countByOwner([{ owner: 'raj' }, { owner: 'sara' }, { owner: 'raj' }]);
    expect([...counts]).toEqual([
      ['raj', 2],
      ['sara', 1],
    ]);
  });
});
