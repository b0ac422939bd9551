/** Security headers on every response over HTTP; the page's CSP; source maps never served. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_KEY, createHarness, makeTempDir, type Harness } from './support/harness';
import { listen, type Listener } from './support/listen';

let dist: string;
let h: Harness;
let server: Listener;
beforeAll(async () => {
  dist = join(makeTempDir(), 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CRM</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(join(dist, 'assets', 'index-abc123.js.map'), '{"sources":["src/secret.ts"]}');
  h = createHarness({ spaDir: dist });
  server = await listen(h.app);
});
afterAll(async () => {
  await server.close();
  h.close();
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) => fetch(`${server.origin}${path}`, init);

const expectCommonHeaders = (response: Response, what: string) => {
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(response.headers.get('x-frame-options'), what).toBe('DENY');
  expect(response.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
};

/** The directives of a policy by name. */
const directives = (policy: string | null): Map<string, string[]> =>
  new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('security headers', () => {
  it('are on API answers, errors included', async () => {
    const login = await get('/api/v1/user/login/', {
      method: 'POST',
      headers: { apikey: API_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'raj', password: 'demo1234' }),
    });
    const { access } = (await login.json()) as { access: string };
    const responses: [string, Response][] = [
      ['login', login],
      [
        'list',
        await get('/api/v1/leads/list/', {
          headers: { apikey: API_KEY, Authorization: `Bearer ${access}` },
        }),
      ],
      ['401', await get('/api/v1/leads/list/', { headers: { apikey: API_KEY } })],
      ['404', await get('/api/v1/nothing/')],
      ['413', await get('/api/v1/user/login/', { method: 'POST', body: 'x'.repeat(70_000) })],
    ];
    for (const [what, response] of responses) {
      expectCommonHeaders(response, what);
      expect(response.headers.get('content-security-policy'), what).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    }
  });

  it('give the page a policy that runs no inline script and no eval', async () => {
    for (const path of ['/', '/leads/jane-doe-123abc']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expectCommonHeaders(response, path);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
    }
    const script = await get('/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expectCommonHeaders(script, 'script');
  });

  it('let the service worker fetch from its origin and nothing else, and an asset run nothing', async () => {
    const worker = await get('/sw.js');
    expect(worker.status).toBe(200);
    expectCommonHeaders(worker, 'worker');
    const policy = directives(worker.headers.get('content-security-policy'));
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    const script = await get('/assets/index-abc123.js');
    expect(script.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('never serve source maps', async () => {
    const map = await get('/assets/index-abc123.js.map');
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret');
  });
});
