/** Parses input with a contract schema; a failure becomes the contract's 400 envelope. */
import type { z } from 'zod';
import { toContractErrors } from '../../src/contract';
import { validationError } from './api-error';

export const parseOr400 = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(toContractErrors(result.error));
  return result.data;
};
