import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../src/contract';
import { duplicateProbe, findDuplicates } from '../../../src/features/leads/model/duplicates';

const lead = (slug: string, email: string, phone: string): Lead =>
  ({ id: slug.length, slug, first_name: slug, last_name: 'Test', email, phone }) as Lead;

describe('duplicateProbe', () => {
  it('asks for an email only once it looks whole', () => {
    expect(duplicateProbe('email', 'ann@exa')).toBeNull();
    expect(duplicateProbe('email', '  Ann@Example.com ')).toBe('Ann@Example.com');
  });

  it('asks for a phone by its last nine digits once it has nine', () => {
    expect(duplicateProbe('phone', '+1 415 55')).toBeNull();
    expect(duplicateProbe('phone', '+1 (415) 555-0123')).toBe('155550123');
  });
});

describe('findDuplicates', () => {
  const typed = { email: 'Ann@Example.com ', phone: '415 555 0123' };

  it('keeps only leads whose email or phone truly match, saying which', () => {
    const matches = findDuplicates(
      [
        lead('same-email', 'ann@example.com', '+447000000000'),
        lead('same-phone', 'other@example.com', '+14155550123'),
        lead('both', 'ANN@example.com', '4155550123'),
        lead('contains-only', 'joann@example.com.au', '+914155550123'),
      ],
      typed,
    );
    expect(matches.map((m) => [m.lead.slug, m.matchedOn])).toEqual([
      ['same-email', ['email']],
      ['same-phone', ['phone']],
      ['both', ['email', 'phone']],
    ]);
  });

  it('lists a lead once even when both lists returned it, and never the lead being edited', () => {
    const twice = lead('twice', 'ann@example.com', '1');
    expect(findDuplicates([twice, twice], typed).map((m) => m.lead.slug)).toEqual(['twice']);
    expect(findDuplicates([twice], typed, 'twice')).toEqual([]);
  });

  it('does not match on a value too short to be a contact', () => {
    expect(findDuplicates([lead('x', 'a@b.co', '123')], { email: 'a@b', phone: '123' })).toEqual(
      [],
    );
  });
});
