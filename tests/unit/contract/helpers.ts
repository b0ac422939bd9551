/** Shared helpers of the contract's unit tests. */
import type { z } from 'zod';
import { toContractErrors, type ContractErrors } from '../../../src/contract';

/** Stands for "the field is not sent at all" in the tables. */
export const MISSING = Symbol('missing');
export type FieldValue = unknown;

/** `base` with `field` set to `value`, or without `field` when `value` is MISSING. */
export const withField = (
  base: Readonly<Record<string, unknown>>,
  field: string,
  value: FieldValue,
): Record<string, unknown> => {
  const input: Record<string, unknown> = { ...base };
  if (value === MISSING) delete input[field];
  else input[field] = value;
  return input;
};

/** The contract's `{field: [message]}` for `input`, or `{}` when it is valid. */
export const errorsOf = (schema: z.ZodType, input: unknown): ContractErrors => {
  const result = schema.safeParse(input);
  return result.success ? {} : toContractErrors(result.error);
};

/** Parses `input` and fails the test with the contract errors when it is not valid. */
export const parseValid = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new Error(`expected valid input, got ${JSON.stringify(toContractErrors(result.error))}`);
  }
  return result.data;
};

/** A readable label for a table row's value. */
export const show = (value: FieldValue): string =>
  value === MISSING
    ? '(missing)'
    : typeof value === 'string' && value.length > 40
      ? `"${value.slice(0, 12)}…" (${value.length} chars)`
      : JSON.stringify(value);
