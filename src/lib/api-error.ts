/**
 * One error type for every failed API call, whatever the server's dialect (contract section 8):
 * - `validation`: HTTP 400 with messages keyed by field;
 * - `rule`: a business rule refused the request (the API's 401 "Request Failed" rows, or any
 *   other answer that carries messages);
 * - `auth`: the session is gone: sign in again;
 * - `unavailable`: no usable answer (network down, 5xx, not JSON).
 */
import { NON_FIELD_ERRORS, type ContractErrors } from '../contract';

export type ApiErrorKind = 'validation' | 'rule' | 'auth' | 'unavailable';

export const UNAVAILABLE_MESSAGE = 'The server is unavailable right now. Please try again.';
export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** Every message the server sent, keyed as it keyed them (`non_field_errors` included). */
  readonly errors: ContractErrors;

  constructor(kind: ApiErrorKind, status: number, errors: ContractErrors) {
    super(Object.values(errors).flat().join(' ') || UNAVAILABLE_MESSAGE);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.errors = errors;
  }

  /** Messages for `field`, or an empty list. */
  fieldMessages(field: string): string[] {
    return this.errors[field] ?? [];
  }

  /** Messages that belong to none of `fields`: shown at the top of the form. */
  formMessages(fields: readonly string[] = []): string[] {
    const messages = Object.entries(this.errors)
      .filter(([key]) => key === NON_FIELD_ERRORS || !fields.includes(key))
      .flatMap(([, list]) => list);
    return messages.length > 0 || Object.keys(this.errors).length > 0 ? messages : [this.message];
  }
}

/** No usable answer: the network, the server down, a 5xx; `status` 0 when nothing came back. */
export const unavailableError = (status = 0): ApiError =>
  new ApiError('unavailable', status, { [NON_FIELD_ERRORS]: [UNAVAILABLE_MESSAGE] });

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
