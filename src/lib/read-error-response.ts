/** Reads a failed answer into an ApiError, tolerantly (contract section 8). */
import { authErrorBodySchema, errorsSchema, normalizeErrors, NON_FIELD_ERRORS } from '../contract';
import { ApiError, SESSION_EXPIRED_MESSAGE, unavailableError } from './api-error';

const messagesIn = (body: unknown) => {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
  const parsed = errorsSchema.safeParse(body.errors);
  if (!parsed.success) return null;
  const errors = normalizeErrors(parsed.data);
  return Object.values(errors).some((list) => list.length > 0) ? errors : null;
};

export const readErrorResponse = (status: number, bodyText: string): ApiError => {
  if (status >= 500) return unavailableError(status);
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return unavailableError(status);
  }
  const errors = messagesIn(body);
  if (errors) return new ApiError(status === 400 ? 'validation' : 'rule', status, errors);
  const auth = authErrorBodySchema.safeParse(body);
  if (status === 401 || status === 403) {
    const detail = auth.success ? auth.data.detail : SESSION_EXPIRED_MESSAGE;
    return new ApiError('auth', status, { [NON_FIELD_ERRORS]: [detail] });
  }
  if (auth.success) return new ApiError('rule', status, { [NON_FIELD_ERRORS]: [auth.data.detail] });
  return unavailableError(status);
};
