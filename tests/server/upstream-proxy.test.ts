/**
 * Upstream mode over real sockets: a reference server on one port stands in for a real Epixel
 * deployment; the upstream app on another serves the page and proxies `/api/v1/` to it, adding
 * the apikey. Status codes and bodies pass unchanged; a dead or silent upstream gets a clear
 * 502 or 504 envelope; every request logs one line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { leadSchema, paginatedSchema } from '../../src/contract';
import { UPSTREAM_MESSAGES } from '../../server/http/upstream-proxy';
import { createUpstreamApp } from '../../server/upstream-app';
import { createLead, leadFields } from './support/factories';
import {
  API_KEY,
  createHarness,
  dataOf,
  encodeBody,
  errorsOf,
  makeTempDir,
  readResponse,
  type Harness,
} from './support/harness';
import { listen, type Listener } from './support/listen';

let h: Harness;
let upstream: Listener;
let proxy: Listener;
let dir: string;
const logged: string[] = [];

const proxyApp = (url: string, timeoutMs = 5_000, spaDir?: string) =>
  createUpstreamApp({ url, apiKey: API_KEY, timeoutMs, log: (line) => logged.push(line), spaDir });

/** The same request to `origin`; no apikey header, as a page in upstream mode sends. */
const call = (origin: string, path: string, init: RequestInit = {}) =>
  fetch(`${origin}${path}`, init).then(readResponse);

beforeAll(async () => {
  h = createHarness();
  upstream = await listen(h.app);
  dir = makeTempDir();
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<html><head></head><body></body></html>');
  proxy = await listen(proxyApp(`${upstream.origin}/api/v1/`, 5_000, join(dir, 'dist')));
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
  h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('upstream mode', () => {
  it('signs in and lists leads through the proxy, which adds the apikey', async () => {
    const lead = await createLead(h, 'raj', { first_name: 'Listed' });
    const form = encodeBody({ username: 'raj', password: 'demo1234' }, 'multipart').body;
    const login = await call(proxy.origin, '/api/v1/user/login/', { method: 'POST', body: form });
    expect(login.status).toBe(200);
    const { access } = login.body as { access: string };
    const list = await call(proxy.origin, '/api/v1/leads/list/?limit=5', {
      headers: { Authorization: `Bearer ${access}` },
    });
    expect(dataOf(list, paginatedSchema(leadSchema)).results.map((item) => item.slug)).toContain(
      lead.slug,
    );
  });

  it('streams a multipart body up and answers with the upstream’s status and body, unchanged', async () => {
    const token = await h.token('raj');
    const headers = { Authorization: `Bearer ${token}` };
    const created = await call(proxy.origin, '/api/v1/leads/create/lead/', {
      method: 'POST',
      headers,
      body: encodeBody(leadFields({ first_name: 'Proxied' }), 'multipart').body,
    });
    expect(dataOf(created, leadSchema).first_name).toBe('Proxied');

    for (const [path, init] of [
      ['/api/v1/leads/create/lead/', { method: 'POST', headers, body: new FormData() }],
      ['/api/v1/leads/view/lead/?slug=nobody', { headers }],
      ['/api/v1/leads/nowhere/', { headers }],
      ['/api/v1/leads/list/', {}],
    ] as const) {
      const direct = await fetch(`${upstream.origin}${path}`, {
        ...init,
        headers: { ...('headers' in init ? init.headers : {}), apikey: API_KEY },
      });
      const proxied = await fetch(`${proxy.origin}${path}`, init);
      expect([proxied.status, await proxied.text()]).toEqual([direct.status, await direct.text()]);
      expect(direct.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('serves the page with the API location and no key', async () => {
    const page = await call(proxy.origin, '/leads');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="epixel-api-base-url" content="/api/v1/" />');
    expect(page.body).not.toContain('epixel-api-key');
    expect(page.body).not.toContain(API_KEY);
  });

  it('answers 502 in the envelope when the upstream cannot be reached', async () => {
    const closed = await listen(h.app);
    const url = `${closed.origin}/api/v1/`;
    await closed.close();
    const dead = await listen(proxyApp(url));
    try {
      const response = await call(dead.origin, '/api/v1/leads/list/');
      expect(response.status).toBe(502);
      expect(errorsOf(response)).toEqual({ non_field_errors: [UPSTREAM_MESSAGES.unreachable] });
    } finally {
      await dead.close();
    }
  });

  it('answers 504 in the envelope when the upstream does not answer in time', async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const port = (silent.address() as AddressInfo).port;
    const slow = await listen(proxyApp(`http://127.0.0.1:${port}/api/v1/`, 300));
    try {
      const response = await call(slow.origin, '/api/v1/leads/list/');
      expect(response.status).toBe(504);
      expect(errorsOf(response)).toEqual({ non_field_errors: [UPSTREAM_MESSAGES.timedOut] });
    } finally {
      await slow.close();
      silent.closeAllConnections();
      await new Promise((done) => silent.close(done));
    }
  });

  it('logs one line per request: method, path, upstream, status, time', async () => {
    logged.length = 0;
    await call(proxy.origin, '/api/v1/leads/list/');
    await call(proxy.origin, '/leads');
    expect(logged).toEqual([
      expect.stringMatching(
        new RegExp(`^GET /api/v1/leads/list/ -> ${upstream.origin} 401 \\d+ ms$`),
      ),
    ]);
  });
});
