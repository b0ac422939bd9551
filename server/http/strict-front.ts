/**
 * Strict mode (EPIXEL_STRICT=1, contract section 2b): a front for the app that makes it answer
 * like an Epixel server without this project's extensions. Extension routes answer 404,
 * extension query parameters, and documented parameters carrying an extension value
 * (`list_type=all`), are dropped before the app sees them, so they have no effect, and a
 * successful answer whose shape the documentation shows carries only the documented fields
 * (DOCUMENTED_RESPONSE_SHAPES).
 */
import { Hono } from 'hono';
import {
  EXTENSION_QUERY_PARAMS,
  EXTENSION_QUERY_VALUES,
  EXTENSION_ROUTES,
  NON_FIELD_ERRORS,
  type EndpointName,
} from '../../src/contract';
// Not in the contract's index: only the server trims, so the browser's bundle never carries it.
import {
  DOCUMENTED_RESPONSE_SHAPES,
  trimToShape,
  type DocumentedShape,
} from '../../src/contract/documented-shapes';
import { errorEnvelope } from './api-error';
import type { AppEnv } from './app-env';
import { apiPaths } from './endpoint';

const pathsOf = <T>(table: Partial<Record<EndpointName, T>>): Map<string, T> =>
  new Map(
    (Object.keys(table) as EndpointName[]).flatMap((name) =>
      apiPaths(name).map((path) => [path, table[name] as T] as const),
    ),
  );

/** A successful JSON answer trimmed to `shape`; any other answer as it is. */
const trimmed = async (response: Response, shape: DocumentedShape | undefined) => {
  const json = response.headers.get('content-type')?.startsWith('application/json');
  if (!shape || !response.ok || !json) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const body = JSON.stringify(trimToShape(await response.json(), shape));
  return new Response(body, { status: response.status, headers });
};

type ExtensionValues = Readonly<Record<string, readonly string[]>>;

/** The query parameters of `url` that a plain Epixel server would not know. */
const extensionParams = (url: URL, params: readonly string[], values: ExtensionValues = {}) => [
  ...params.filter((param) => url.searchParams.has(param)),
  ...Object.entries(values)
    .filter(([param, extra]) => extra.includes(url.searchParams.get(param) ?? ''))
    .map(([param]) => param),
];

const dropParams = (url: URL, params: readonly string[]): URL => {
  for (const param of params) url.searchParams.delete(param);
  return url;
};

export const strictFront = (app: Hono<AppEnv>): Hono<AppEnv> => {
  const absent = new Set(EXTENSION_ROUTES.flatMap(apiPaths));
  const ignored = pathsOf(EXTENSION_QUERY_PARAMS);
  const ignoredValues = pathsOf(EXTENSION_QUERY_VALUES);
  const shapes = pathsOf(DOCUMENTED_RESPONSE_SHAPES);
  const front = new Hono<AppEnv>();
  front.all('*', async (c) => {
    const url = new URL(c.req.url);
    if (absent.has(url.pathname)) {
      return c.json(errorEnvelope(404, { [NON_FIELD_ERRORS]: ['Not found.'] }), 404);
    }
    const params = extensionParams(
      url,
      ignored.get(url.pathname) ?? [],
      ignoredValues.get(url.pathname),
    );
    const request = params.length ? new Request(dropParams(url, params), c.req.raw) : c.req.raw;
    return trimmed(await app.fetch(request, c.env), shapes.get(url.pathname));
  });
  return front;
};
