/**
 * Puts a failed submit's messages where the user looks: each field's under that field
 * (react-hook-form `setError`), the rest at the top of the form. The input stays as typed.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError, UNAVAILABLE_MESSAGE } from './api-error';

export const applyServerErrors = <T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string[] => {
  if (!isApiError(error)) return [error instanceof Error ? error.message : UNAVAILABLE_MESSAGE];
  for (const field of fields) {
    const [message] = error.fieldMessages(field);
    if (message) setError(field, { type: 'server', message });
  }
  return error.formMessages(fields);
};
