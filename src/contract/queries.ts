/** List queries: page sizes and the sort format, read and written in one place. */

export const DEFAULT_PAGE_LIMIT = 25;
export const MAX_PAGE_LIMIT = 100;

export type Ordering<Field extends string> = { field: Field; descending: boolean };

/**
 * The sort format, read in one place: `<field>` or `-<field>` (descending). Null for a field
 * outside `fields`.
 */
export const parseOrdering = <const T extends readonly string[]>(
  fields: T,
  value: string | null | undefined,
): Ordering<T[number]> | null => {
  if (!value) return null;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return (fields as readonly string[]).includes(field)
    ? { field: field as T[number], descending }
    : null;
};

/** The sort format, written in one place (the inverse of `parseOrdering`). */
export const formatOrdering = ({ field, descending }: Ordering<string>): string =>
  `${descending ? '-' : ''}${field}`;
