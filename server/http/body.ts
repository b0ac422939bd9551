/**
 * Reads a POST body sent as multipart/form-data, x-www-form-urlencoded or JSON into one flat
 * record. Files are ignored; JSON nulls count as absent; JSON numbers and booleans become text,
 * as they would arrive in a form.
 */
import type { Context } from 'hono';
import { fieldError } from './api-error';
import { NON_FIELD_ERRORS } from '../../src/contract';

export type RequestBody = Record<string, unknown>;

const malformed = () => fieldError(NON_FIELD_ERRORS, 'Malformed request body.');

const fromJson = (text: string): RequestBody => {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw malformed();
  const body: RequestBody = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null || value === undefined) continue;
    body[key] = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
  }
  return body;
};

export const readBody = async (c: Context): Promise<RequestBody> => {
  const contentType = (c.req.header('content-type') ?? '').toLowerCase();
  if (contentType.includes('application/json')) return fromJson(await c.req.text());
  if (
    contentType.includes('multipart/form-data') ||
    contentType.includes('application/x-www-form-urlencoded')
  ) {
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw malformed();
    }
    const body: RequestBody = {};
    for (const [key, value] of Object.entries(form)) {
      const last = Array.isArray(value) ? value[value.length - 1] : value;
      if (typeof last === 'string') body[key] = last;
    }
    return body;
  }
  return {};
};
