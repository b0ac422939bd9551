/**
 * Which existing leads look like the one being typed: the same email (ignoring case and
 * surrounding spaces) or the same phone number (ignoring formatting and a leading country code 1,
 * which the API's phone rule allows either way).
 */
import { EMAIL_PATTERN, type Lead } from '../../../contract';

export type DuplicateField = 'email' | 'phone';
export type DuplicateMatch = { lead: Lead; matchedOn: DuplicateField[] };
export type TypedContact = { email: string; phone: string };

/** The API's phone rule allows 9 to 15 digits; fewer can't be a whole number yet. */
const SHORTEST_PHONE_DIGITS = 9;

const emailKey = (email: string): string => email.trim().toLowerCase();
const phoneKey = (phone: string): string => phone.replace(/\D/g, '').replace(/^1(?=\d{9})/, '');

const sameAs: Record<DuplicateField, (a: string, b: string) => boolean> = {
  email: (a, b) => emailKey(a) === emailKey(b),
  phone: (a, b) => phoneKey(a) === phoneKey(b),
};

/**
 * What to ask the server's list filter for (it matches "contains"), or null while the value is
 * not yet complete enough to be worth a request. A phone asks by its last nine digits, so the
 * stored "+14155550123" is found when "415 555 0123" is typed.
 */
export const duplicateProbe = (field: DuplicateField, value: string): string | null => {
  if (field === 'email') {
    const email = value.trim();
    return EMAIL_PATTERN.test(email) ? email : null;
  }
  const digits = value.replace(/\D/g, '');
  return digits.length >= SHORTEST_PHONE_DIGITS ? digits.slice(-SHORTEST_PHONE_DIGITS) : null;
};

/** The candidates the server returned, kept only where they truly match, once per lead. */
export const findDuplicates = (
  candidates: readonly Lead[],
  typed: TypedContact,
  excludeSlug?: string,
): DuplicateMatch[] => {
  const matches = new Map<string, DuplicateMatch>();
  for (const lead of candidates) {
    if (lead.slug === excludeSlug || matches.has(lead.slug)) continue;
    const matchedOn = (['email', 'phone'] as const).filter(
      (field) =>
        duplicateProbe(field, typed[field]) !== null && sameAs[field](lead[field], typed[field]),
    );
    if (matchedOn.length > 0) matches.set(lead.slug, { lead, matchedOn });
  }
  return [...matches.values()];
};
