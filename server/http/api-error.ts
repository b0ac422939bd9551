/**
 * A failure a handler throws; `app.onError` turns it into its response. Three layouts: the error
 * envelope (validation 400, rule 401, 404, 405), and the bare authentication body.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NON_FIELD_ERRORS, type ContractErrors } from '../../src/contract';

export type AuthErrorCode =
  | 'not_authenticated'
  | 'token_not_valid'
  | 'invalid_apikey'
  | 'authentication_failed'
  | 'inactive_account';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`API error ${status}`);
    this.name = 'ApiError';
  }
}

export const errorEnvelope = (status: ContentfulStatusCode, errors: ContractErrors) => ({
  status_code: status,
  errors,
  data: {},
});

/** 400 keyed by field ("Validation Error" rows of the contract). */
export const validationError = (errors: ContractErrors): ApiError =>
  new ApiError(400, errorEnvelope(400, errors));

export const fieldError = (field: string, message: string): ApiError =>
  validationError({ [field]: [message] });

/** 401 keyed by `non_field_errors` ("Request Failed" rows of the contract). */
export const ruleFailed = (message: string): ApiError =>
  new ApiError(401, errorEnvelope(401, { [NON_FIELD_ERRORS]: [message] }));

/** A bare 401, as Django REST Framework sends authentication failures. */
export const authFailed = (detail: string, code: AuthErrorCode): ApiError =>
  new ApiError(401, { detail, code }, { 'WWW-Authenticate': 'Bearer realm="api"' });

export const AUTH_DETAILS = {
  missingApiKey: 'API key was not provided.',
  invalidApiKey: 'Invalid API key.',
  notAuthenticated: 'Authentication credentials were not provided.',
  tokenNotValid: 'Given token not valid for any token type',
  refreshNotValid: 'Token is invalid or expired',
} as const;
