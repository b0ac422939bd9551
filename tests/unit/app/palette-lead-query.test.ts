import { describe, expect, it } from 'vitest';
import { matchesTypedName, paletteLeadParams } from '../../../src/app/shortcuts/palette-lead-query';

describe('paletteLeadParams', () => {
  it('uses the server search where there is one', () => {
    expect(paletteLeadParams(' ann lee ', true)).toEqual({ search: 'ann lee' });
  });

  it('asks by first name, then last name, on a server that cannot search', () => {
    expect(paletteLeadParams('Ann', false)).toEqual({ first_name: 'Ann', last_name: undefined });
    expect(paletteLeadParams(' Ann  van Dyke ', false)).toEqual({
      first_name: 'Ann',
      last_name: 'van Dyke',
    });
  });
});

describe('matchesTypedName', () => {
  const lead = { first_name: 'Marigold', last_name: 'Van Dyke' };

  it.each(['mari', 'Marigold van', 'gold dyke', 'marigold  Van Dyke'])('keeps %j', (typed) => {
    expect(matchesTypedName(lead, typed)).toBe(true);
  });

  it.each(['dyke', 'Marigold Smith', 'rose'])('leaves out %j', (typed) => {
    expect(matchesTypedName(lead, typed)).toBe(false);
  });
});
