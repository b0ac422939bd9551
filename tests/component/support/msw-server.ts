/**
 * The network of component tests. By default every API call goes to the real reference server,
 * in process, on a SQLite file of the test file's own (see reference-api.ts). A test overrides
 * a route with `mswServer.use(...)` to play a server that fails in ways ours does not.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

type Forward = (request: Request) => Response | Promise<Response>;

let forward: Forward | null = null;

export const setForward = (next: Forward | null): void => {
  forward = next;
};

export const mswServer = setupServer(
  http.all('*/api/v1/*', ({ request }) =>
    forward
      ? forward(request)
      : HttpResponse.json({ detail: 'No reference API in this test file.' }, { status: 503 }),
  ),
);
