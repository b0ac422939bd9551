/**
 * One way to call the API for both transports: in-process (`app.request`, no socket) and over
 * loopback HTTP (`fetch` to a real listener). POST bodies are form fields, as the docs send them.
 */
import type { CreatedApp } from '../../server/app';
import { DEVELOPMENT_API_KEY } from '../../server/config';
import { DEMO_PASSWORD } from '../../server/seed/demo-users';
import { ENDPOINTS, REFERENCE_BASE_PATH, type EndpointName } from '../../src/contract';

export type TransportName = 'in-process' | 'http';
export type ApiResponse = { status: number; body: string };
export type Params = Record<string, string | number>;

export type ApiClient = {
  transport: TransportName;
  get: (endpoint: EndpointName, token: string, query?: Params) => Promise<ApiResponse>;
  post: (endpoint: EndpointName, token: string | null, form: Params) => Promise<ApiResponse>;
};

type Send = (url: string, init: RequestInit) => Promise<Response>;

const toSearch = (params: Params | undefined): string => {
  if (!params || Object.keys(params).length === 0) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) search.set(key, String(value));
  return `?${search.toString()}`;
};

const headers = (token: string | null): Record<string, string> => ({
  apikey: DEVELOPMENT_API_KEY,
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});

const clientOver = (transport: TransportName, origin: string, send: Send): ApiClient => {
  const url = (endpoint: EndpointName, params?: Params) =>
    `${origin}${REFERENCE_BASE_PATH}${ENDPOINTS[endpoint]}${toSearch(params)}`;
  const finish = async (response: Response): Promise<ApiResponse> => ({
    status: response.status,
    body: await response.text(),
  });
  return {
    transport,
    get: async (endpoint, token, query) =>
      finish(await send(url(endpoint, query), { headers: headers(token) })),
    post: async (endpoint, token, form) => {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(form)) body.set(key, String(value));
      return finish(
        await send(url(endpoint), {
          method: 'POST',
          headers: { ...headers(token), 'Content-Type': 'application/x-www-form-urlencoded' },
          body: body.toString(),
        }),
      );
    },
  };
};

export const inProcessClient = (created: CreatedApp): ApiClient =>
  clientOver('in-process', 'http://127.0.0.1', async (url, init) => created.app.request(url, init));

export const httpClient = (origin: string): ApiClient => clientOver('http', origin, fetch);

/** Signs in through the API as a demo user; returns the token pair. */
export const signInTokens = async (
  client: ApiClient,
  username: string,
): Promise<{ access: string; refresh: string }> => {
  const response = await client.post('login', null, { username, password: DEMO_PASSWORD });
  if (response.status !== 200) {
    throw new Error(`sign-in of ${username} failed: ${response.status} ${response.body}`);
  }
  const tokens = JSON.parse(response.body) as { access?: unknown; refresh?: unknown };
  if (typeof tokens.access !== 'string' || typeof tokens.refresh !== 'string') {
    throw new Error(`no tokens for ${username}`);
  }
  return { access: tokens.access, refresh: tokens.refresh };
};

/** The access token of a demo user. */
export const signIn = async (client: ApiClient, username: string): Promise<string> =>
  (await signInTokens(client, username)).access;

/** The `data` of a success envelope. */
export const dataOf = <T>(response: ApiResponse): T =>
  (JSON.parse(response.body) as { data: T }).data;
