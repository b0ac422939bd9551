/** The response envelope, the error layout and the paginated list (contract section 1). */
import { z } from './zod-without-eval';

/** `errors` values may be a string or a list of strings, under any key (tolerant reading). */
export const errorsSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export type ContractErrors = Record<string, string[]>;

export const envelopeSchema = <T extends z.ZodType>(data: T) =>
  z.object({
    status_code: z.number(),
    errors: errorsSchema.optional(),
    data,
  });

export const errorEnvelopeSchema = z.object({
  status_code: z.number(),
  errors: errorsSchema,
  data: z.unknown(),
});

/** `data` of a list: LimitOffsetPagination's page. */
export const paginatedSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    count: z.number(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
export type Paginated<T> = {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
};

/** Every `errors` value as a list of strings. */
export const normalizeErrors = (errors: z.output<typeof errorsSchema>): ContractErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([key, value]) => [key, Array.isArray(value) ? value : [value]]),
  );
