/** Turns a zod error into the contract's `{field: [message, ...]}` layout. */
import type { z } from './zod-without-eval';
import type { ContractErrors } from './envelope';
import { NON_FIELD_ERRORS } from './messages';

export const toContractErrors = (error: z.ZodError): ContractErrors => {
  const errors: ContractErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : NON_FIELD_ERRORS;
    const messages = (errors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
};
