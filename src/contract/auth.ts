/** Sign-in, token refresh, the authentication-failure body, and the users list (ours). */
import { z } from './zod-without-eval';
import { looseText, requiredText } from './fields';
import { USER_ROLES } from './vocabularies';

/** POST user/login/ */
export const loginSchema = z.object({
  username: requiredText(),
  password: requiredText(),
});
export type LoginInput = z.input<typeof loginSchema>;

/** The login answer: tokens with no envelope. */
export const tokenPairSchema = z.object({ refresh: z.string(), access: z.string() });
export type TokenPair = z.output<typeof tokenPairSchema>;

/** POST user/token/refresh/ */
export const refreshSchema = z.object({ refresh: requiredText() });
/** With rotation [ours] the reference server also answers a new refresh token. */
export const refreshResponseSchema = z.object({
  access: z.string(),
  refresh: z.string().optional(),
});

/** POST user/logout/ [ours]: revokes the refresh token (and its family). */
export const logoutSchema = refreshSchema;

/** The codes of a bare 401 body, as Django REST Framework and simplejwt send them. */
export const AUTH_ERROR_CODES = [
  'not_authenticated',
  'token_not_valid',
  'invalid_apikey',
  'authentication_failed',
  'inactive_account',
] as const;

/** A bare authentication failure: `{"detail": "...", "code": "..."}` (contract section 1). */
export const authErrorBodySchema = z.object({ detail: z.string(), code: z.string().optional() });
export type AuthErrorBody = z.output<typeof authErrorBodySchema>;

/** Claims the reference server puts in an access token; a real server may carry fewer. */
export const accessClaimsSchema = z.object({
  username: z.string().optional(),
  role: z.enum(USER_ROLES).optional(),
  /** The account's IANA time zone (the reference server's claim; a real server may omit it). */
  time_zone: z.string().optional(),
  exp: z.number().optional(),
});
export type AccessClaims = z.output<typeof accessClaimsSchema>;

/** GET user/list/ (our extension): the people a lead may be assigned to. */
export const userSchema = z.object({
  username: z.string(),
  first_name: looseText,
  last_name: looseText,
  role: z.enum(USER_ROLES).catch('rep'),
});
export type User = z.output<typeof userSchema>;
export const userListSchema = z.array(userSchema);
