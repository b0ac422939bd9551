/**
 * A real app on a real SQLite file in a fresh temp folder, called through `app.request()` with
 * real headers and bodies. The clock is injected; logins are cached per user.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  ENDPOINTS,
  REFERENCE_BASE_PATH,
  envelopeSchema,
  errorEnvelopeSchema,
  normalizeErrors,
  tokenPairSchema,
  type ContractErrors,
  type EndpointName,
  type TokenPair,
  type UserRole,
} from '../../../src/contract';
import { createApp, type CreateAppOptions, type CreatedApp } from '../../../server/app';
import { hashPassword } from '../../../server/auth/passwords';
import { DEMO_PASSWORD } from '../../../server/seed/demo-users';

export const API_KEY = 'test-api-key';
export const JWT_SECRET = 'test-jwt-secret-of-enough-length';
/** Wednesday 9 January 2030, 10:00 in the account's zone (UTC in tests). */
export const TEST_NOW = '2030-01-09T10:00:00Z';

export type Encoding = 'multipart' | 'urlencoded' | 'json';
export type Fields = Record<string, string | number | null | undefined>;

export type ApiResponse = { status: number; body: unknown; headers: Headers };

export type TestClock = {
  now: () => Date;
  set: (iso: string) => void;
  advanceSeconds: (seconds: number) => void;
};

export const createTestClock = (iso: string = TEST_NOW): TestClock => {
  let current = new Date(iso);
  return {
    now: () => new Date(current.getTime()),
    set: (next) => {
      current = new Date(next);
    },
    advanceSeconds: (seconds) => {
      current = new Date(current.getTime() + seconds * 1000);
    },
  };
};

export const makeTempDir = (): string => mkdtempSync(join(tmpdir(), 'crm-server-test-'));

type RequestOptions = {
  token?: string | null;
  apikey?: string | null;
  headers?: Record<string, string>;
};

export type Harness = CreatedApp & {
  dir: string;
  dbPath: string;
  clock: TestClock;
  /** A path under /api/v1/ from an endpoint name, or a raw path. */
  url: (name: EndpointName) => string;
  get: (
    name: EndpointName | `/${string}`,
    query?: Record<string, string | number>,
    options?: RequestOptions,
  ) => Promise<ApiResponse>;
  post: (
    name: EndpointName | `/${string}`,
    fields: Fields,
    options?: RequestOptions & { encoding?: Encoding },
  ) => Promise<ApiResponse>;
  send: (path: string, init: RequestInit) => Promise<ApiResponse>;
  login: (username: string) => Promise<TokenPair>;
  /** A cached access token of `username`. */
  token: (username: string) => Promise<string>;
  addUser: (username: string, role: UserRole, active?: boolean) => number;
  close: () => void;
};

export const encodeBody = (
  fields: Fields,
  encoding: Encoding,
): { body: BodyInit; type?: string } => {
  const entries = Object.entries(fields).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== null,
  );
  if (encoding === 'json') {
    return { body: JSON.stringify(fields), type: 'application/json' };
  }
  if (encoding === 'urlencoded') {
    return {
      body: new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString(),
      type: 'application/x-www-form-urlencoded',
    };
  }
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, String(value));
  return { body: form };
};

/** A response's status, body (JSON when it parses, else the text) and headers. */
export const readResponse = async (response: Response): Promise<ApiResponse> => {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
};

export const createHarness = (options: Partial<CreateAppOptions> = {}): Harness => {
  const dir = makeTempDir();
  const dbPath = join(dir, 'crm.sqlite');
  const clock = createTestClock();
  const created = createApp({
    dbPath,
    apiKey: API_KEY,
    jwtSecret: JWT_SECRET,
    timeZone: 'UTC',
    now: clock.now,
    seed: { seed: 1, leads: 0 },
    ...options,
  });
  const url = (name: EndpointName) => `${REFERENCE_BASE_PATH}${ENDPOINTS[name]}`;
  const resolvePath = (name: string) => (name.startsWith('/') ? name : url(name as EndpointName));

  const headersFor = (options: RequestOptions = {}): Record<string, string> => {
    const headers: Record<string, string> = { ...options.headers };
    const apikey = options.apikey === undefined ? API_KEY : options.apikey;
    if (apikey !== null) headers.apikey = apikey;
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    return headers;
  };

  const send = async (path: string, init: RequestInit) =>
    readResponse(await created.app.request(path, init));

  const get: Harness['get'] = (name, query = {}, options = {}) => {
    const search = new URLSearchParams(
      Object.entries(query).map(([key, value]) => [key, String(value)]),
    ).toString();
    return send(`${resolvePath(name)}${search ? `?${search}` : ''}`, {
      method: 'GET',
      headers: headersFor(options),
    });
  };

  const post: Harness['post'] = (name, fields, options = {}) => {
    const { body, type } = encodeBody(fields, options.encoding ?? 'multipart');
    const headers = headersFor(options);
    if (type) headers['Content-Type'] = type;
    return send(resolvePath(name), { method: 'POST', headers, body });
  };

  const pairs = new Map<string, TokenPair>();
  const expiresAt = (token: string): number => {
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { exp?: number };
    return (claims.exp ?? 0) * 1000;
  };
  /** Cached until the access token expires on the test clock. */
  const login = async (username: string): Promise<TokenPair> => {
    const cached = pairs.get(username);
    if (cached && expiresAt(cached.access) > clock.now().getTime()) return cached;
    const response = await post('login', { username, password: DEMO_PASSWORD });
    if (response.status !== 200) {
      throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    const pair = tokenPairSchema.parse(response.body);
    pairs.set(username, pair);
    return pair;
  };

  return {
    ...created,
    dir,
    dbPath,
    clock,
    url,
    get,
    post,
    send,
    login,
    token: async (username) => (await login(username)).access,
    addUser: (username, role, active = true) =>
      created.repos.users.create({
        username,
        first_name: username.charAt(0).toUpperCase() + username.slice(1),
        last_name: 'Test',
        role,
        password_hash: hashPassword(DEMO_PASSWORD),
        is_active: active,
        created_at: '2030-01-01 00:00:00',
      }),
    close: () => {
      created.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** `data` of a success envelope, parsed with the contract's schema (fails on drift). */
export const dataOf = <S extends z.ZodType>(response: ApiResponse, schema: S): z.output<S> => {
  if (response.status !== 200) {
    throw new Error(`expected 200, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const envelope = envelopeSchema(z.unknown()).parse(response.body);
  expect(envelope.status_code).toBe(200);
  expect(envelope.errors).toEqual({});
  return schema.parse(envelope.data);
};

/** The `errors` of an error envelope; checks that `status_code` matches the HTTP status. */
export const errorsOf = (response: ApiResponse): ContractErrors => {
  const envelope = errorEnvelopeSchema.parse(response.body);
  expect(envelope.status_code).toBe(response.status);
  expect(envelope.data).toEqual({});
  return normalizeErrors(envelope.errors);
};
