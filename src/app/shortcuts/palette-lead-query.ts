/**
 * How the command palette asks for leads. A server with our `search` matches name, email and
 * phone. One without it (a plain Epixel) is asked with the documented `first_name` and
 * `last_name` filters instead: the first word typed is a first name, the rest a last name. Those
 * answers are checked here as well, so a lead that does not match is never listed, whatever the
 * server made of the filters.
 */
import type { Lead } from '../../contract';
import type { QueryParams } from '../../lib/http-client';

const words = (typed: string): string[] => typed.trim().split(/\s+/).filter(Boolean);

export const paletteLeadParams = (typed: string, searchable: boolean): QueryParams => {
  if (searchable) return { search: typed.trim() };
  const [first, ...rest] = words(typed);
  return { first_name: first, last_name: rest.length > 0 ? rest.join(' ') : undefined };
};

const contains = (value: string, part: string) =>
  value.toLocaleLowerCase().includes(part.toLocaleLowerCase());

/** Whether a lead matches what was typed, read as a first name and a last name. */
export const matchesTypedName = (lead: Pick<Lead, 'first_name' | 'last_name'>, typed: string) => {
  const [first = '', ...rest] = words(typed);
  return contains(lead.first_name, first) && contains(lead.last_name, rest.join(' '));
};
