/**
 * HS256 JSON Web Tokens with node:crypto. Expiry is checked against an injected clock, so tests
 * control time; only the `HS256` algorithm is accepted.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type JwtPayload = Record<string, unknown> & { exp: number };

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const signature = (input: string, secret: string): Buffer =>
  createHmac('sha256', secret).update(input).digest();

export const signJwt = (payload: JwtPayload, secret: string): string => {
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${input}.${signature(input, secret).toString('base64url')}`;
};

const decodeJson = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The payload of a well-signed, unexpired token, or null. */
export const verifyJwt = (token: string, secret: string, nowSeconds: number): JwtPayload | null => {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, sent] = parts as [string, string, string];
  const headerJson = decodeJson(header);
  if (!isRecord(headerJson) || headerJson.alg !== 'HS256') return null;
  const expected = signature(`${header}.${payload}`, secret);
  const actual = Buffer.from(sent, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const claims = decodeJson(payload);
  if (!isRecord(claims) || typeof claims.exp !== 'number') return null;
  if (claims.exp <= nowSeconds) return null;
  return claims as JwtPayload;
};
