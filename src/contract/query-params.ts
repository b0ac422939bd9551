/** Shared pieces of list queries as a server reads them: paging, plain filters and ordering. */
import { z } from './zod-without-eval';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, parseOrdering } from './queries';

const wholeNumber = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .catch(undefined)
    .transform((value) => {
      const parsed = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      return typeof parsed === 'number' && Number.isInteger(parsed) && parsed >= 0
        ? Math.min(parsed, max)
        : fallback;
    });

/** `offset` and `limit`, read as DRF's LimitOffsetPagination does: bad values fall back. */
export const pageQuery = {
  offset: wholeNumber(0),
  limit: wholeNumber(DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT).transform((limit) =>
    limit === 0 ? DEFAULT_PAGE_LIMIT : limit,
  ),
};

/** A text filter: blank means "no filter". */
export const optionalFilter = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

/**
 * A filter whose blank value means "no filter", as django-filter reads an empty parameter
 * (`?status=`): the choice or format check applies only to a value that is set.
 */
export const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema,
  );

/** `ordering=<field>` or `-<field>`; an unknown field is ignored, as DRF's OrderingFilter does. */
export const orderingParam = <const T extends readonly string[]>(fields: T) =>
  z
    .string()
    .optional()
    .transform((value) => parseOrdering(fields, value) ?? undefined)
    .catch(undefined);
