/** Transport: 404 and 405 envelopes, 500 without a stack, malformed bodies, the SPA, the CLI. */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { noteSchema } from '../../src/contract';
import { createLead } from './support/factories';
import {
  API_KEY,
  createHarness,
  dataOf,
  errorsOf,
  makeTempDir,
  type Harness,
} from './support/harness';
import { listen } from './support/listen';

let h: Harness;
beforeAll(() => {
  h = createHarness();
});
afterAll(() => h.close());

describe('errors in the envelope', () => {
  it('answers unknown API routes with a 404 envelope', async () => {
    for (const path of [
      '/api/v1/leads/unknown/',
      '/api/v2/leads/list/',
      '/api/',
      '/api/v1/leads/list',
    ]) {
      const response = await h.send(path, { headers: { apikey: API_KEY } });
      expect(response.status).toBe(404);
      expect(errorsOf(response)).toEqual({ non_field_errors: ['Not found.'] });
    }
  });

  it('answers a wrong method with a 405 envelope and Allow', async () => {
    const get = await h.send('/api/v1/leads/create/lead/', {
      method: 'GET',
      headers: { apikey: API_KEY },
    });
    expect(get.status).toBe(405);
    expect(errorsOf(get)).toEqual({ non_field_errors: ['Method "GET" not allowed.'] });
    expect(get.headers.get('allow')).toBe('POST');
    const del = await h.send('/api/v1/leads/list/', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
    const login = await h.send('/api/v1/user/login/', { method: 'PUT' });
    expect(login.status).toBe(405);
  });

  it('answers an unexpected failure with a generic 500 envelope, no stack trace', async () => {
    const broken = createHarness();
    const token = await broken.token('raj');
    broken.db.close();
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    try {
      const response = await broken.get('leadList', {}, { token });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        status_code: 500,
        errors: { non_field_errors: ['Internal server error.'] },
        data: {},
      });
      expect(JSON.stringify(response.body)).not.toMatch(/at |\.ts|database/i);
      expect(errors.length).toBe(1);
    } finally {
      spy.mockRestore();
      rmSync(broken.dir, { recursive: true, force: true });
    }
  });

  it('refuses a malformed JSON body with a 400 envelope', async () => {
    const token = await h.token('raj');
    for (const body of ['{"slug":', '[1,2]', '"text"']) {
      const response = await h.send('/api/v1/leads/create/leadnote/', {
        method: 'POST',
        headers: {
          apikey: API_KEY,
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body,
      });
      expect(response.status).toBe(400);
      expect(errorsOf(response)).toEqual({ non_field_errors: ['Malformed request body.'] });
    }
  });

  it('reads a body of another type as empty', async () => {
    const token = await h.token('raj');
    const response = await h.send('/api/v1/leads/create/leadnote/', {
      method: 'POST',
      headers: { apikey: API_KEY, Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
      body: 'slug=x&note=y',
    });
    expect(errorsOf(response)).toEqual({
      slug: ['This field is required.'],
      note: ['This field is required.'],
    });
  });
});

describe('notes in every body encoding', () => {
  it.each(['multipart', 'urlencoded', 'json'] as const)(
    'creates and deletes a note (%s)',
    async (encoding) => {
      const token = await h.token('raj');
      const lead = await createLead(h, 'raj');
      const text = `${'n'.repeat(490)} ${encoding}`.slice(0, 499);
      const note = dataOf(
        await h.post('noteCreate', { slug: lead.slug, note: ` ${text} ` }, { token, encoding }),
        noteSchema.strict(),
      );
      expect(note).toEqual({
        id: expect.any(Number),
        note: text,
        created_by: 'raj',
        created_at: '2030-01-09 10:00:00',
      });
      const removed = await h.post('noteDelete', { note_id: note.id }, { token, encoding });
      expect(dataOf(removed, noteSchema.partial().strict())).toEqual({});
      const again = await h.post('noteDelete', { note_id: note.id }, { token, encoding });
      expect(errorsOf(again)).toEqual({ note_id: ['Requested note not found.'] });
    },
  );
});

/** Some 60 KB of script, as a bundle is: repetitive enough to shrink a lot. */
const bundle = Array.from(
  { length: 1500 },
  (_, n) => `export const lead${n} = (x) => x.status === 'deleted' ? null : { id: x.id + ${n} };\n`,
).join('');

describe('the built SPA (--serve-spa)', () => {
  let spa: Harness;
  let dist: string;
  /** The raw response (app.request does not decode a Content-Encoding, as a browser would). */
  const raw = async (path: string, acceptEncoding?: string) => {
    const response = await spa.app.request(path, {
      headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding },
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  beforeAll(() => {
    dist = join(makeTempDir(), 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(
      join(dist, 'index.html'),
      `<!doctype html><title>CRM</title>${'<link rel="modulepreload" href="/a.js">'.repeat(40)}`,
    );
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'app-def456.js'), bundle);
    writeFileSync(join(dist, 'assets', 'logo-0a1b2c.png'), Buffer.alloc(4096, 7));
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    spa = createHarness({ spaDir: dist });
  });
  afterAll(() => {
    spa.close();
    rmSync(join(dist, '..'), { recursive: true, force: true });
  });

  it('serves hashed assets with a long cache', async () => {
    const response = await spa.send('/assets/index-abc123.js', {});
    expect(response.status).toBe(200);
    expect(response.body).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await spa.send('/assets/missing.js', {})).status).toBe(404);
  });

  it('falls back to index.html for client routes, revalidated', async () => {
    for (const path of ['/', '/leads', '/leads/jane-doe-123abc', '/calendar?view=week']) {
      const response = await spa.send(path, {});
      expect(response.status).toBe(200);
      expect(response.body).toContain('<title>CRM</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    const icon = await spa.send('/favicon.svg', {});
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('gzips a script for a client that accepts gzip, and sends plain bytes otherwise', async () => {
    const file = readFileSync(join(dist, 'assets', 'app-def456.js'));
    const gzipped = await raw('/assets/app-def456.js', 'gzip, deflate');
    expect(gzipped.response.status).toBe(200);
    expect(gzipped.response.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.response.headers.get('vary')).toBe('Accept-Encoding');
    expect(gzipped.response.headers.get('content-type')).toMatch(/javascript/);
    expect(gzipped.response.headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(gzipped.response.headers.get('content-length')).toBe(String(gzipped.bytes.length));
    expect(gzipped.bytes.length).toBeLessThan(file.length / 4);
    expect(gunzipSync(gzipped.bytes)).toEqual(file);
    // Served again from memory, byte for byte.
    expect((await raw('/assets/app-def456.js', 'gzip')).bytes).toEqual(gzipped.bytes);

    for (const accept of [undefined, '', 'identity', 'gzip;q=0', 'deflate', '*;q=0']) {
      const plain = await raw('/assets/app-def456.js', accept);
      expect(plain.response.headers.get('content-encoding')).toBeNull();
      expect(plain.response.headers.get('vary')).toBe('Accept-Encoding');
      expect(plain.bytes).toEqual(file);
    }
  });

  it('prefers brotli when it is accepted', async () => {
    const file = readFileSync(join(dist, 'assets', 'app-def456.js'));
    for (const accept of ['gzip, deflate, br, zstd', 'br', '*', 'gzip;q=0.5, br;q=0.8']) {
      const { response, bytes } = await raw('/assets/app-def456.js', accept);
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(bytes)).toEqual(file);
    }
    const gzipOnly = await raw('/assets/app-def456.js', 'br;q=0, gzip');
    expect(gzipOnly.response.headers.get('content-encoding')).toBe('gzip');
  });

  it('compresses the index.html fallback, but not images or bytes that would not shrink', async () => {
    const html = await raw('/leads/jane-doe-123abc', 'gzip');
    expect(html.response.headers.get('content-encoding')).toBe('gzip');
    expect(html.response.headers.get('cache-control')).toBe('no-cache');
    expect(gunzipSync(html.bytes).toString()).toContain('<title>CRM</title>');

    const image = await raw('/assets/logo-0a1b2c.png', 'gzip, br');
    expect(image.response.headers.get('content-encoding')).toBeNull();
    expect(image.response.headers.get('vary')).toBeNull();
    expect(image.bytes.equals(readFileSync(join(dist, 'assets', 'logo-0a1b2c.png')))).toBe(true);

    const tiny = await raw('/assets/index-abc123.js', 'gzip, br');
    expect(tiny.response.headers.get('content-encoding')).toBeNull();
    expect(tiny.bytes.toString()).toBe('console.log(1)');
  });

  it('never compresses the API', async () => {
    const response = await spa.app.request('/api/v1/user/login/', {
      method: 'POST',
      headers: { apikey: API_KEY, 'Accept-Encoding': 'gzip, br' },
      body: new URLSearchParams({ username: 'raj', password: 'demo1234' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Object.keys((await response.json()) as object).sort()).toEqual(['access', 'refresh']);
  });

  it('serves a rebuilt file anew rather than its remembered compression', async () => {
    const path = join(dist, 'rebuilt.js');
    writeFileSync(path, bundle);
    expect(gunzipSync((await raw('/rebuilt.js', 'gzip')).bytes).toString()).toBe(bundle);
    writeFileSync(path, `${bundle}// v2\n`);
    expect(gunzipSync((await raw('/rebuilt.js', 'gzip')).bytes).toString()).toBe(
      `${bundle}// v2\n`,
    );
  });

  it('is decoded by a real client over a socket', async () => {
    const listener = await listen(spa.app);
    try {
      for (const encoding of ['gzip', 'br']) {
        const response = await fetch(`${listener.origin}/assets/app-def456.js`, {
          headers: { 'Accept-Encoding': encoding },
        });
        expect(response.headers.get('content-encoding')).toBe(encoding);
        expect(await response.text()).toBe(bundle);
      }
    } finally {
      await listener.close();
    }
  });

  it('never serves files outside the folder, and keeps API 404s', async () => {
    const escape = await spa.send('/..%2f..%2fetc%2fpasswd', {});
    expect(String(escape.body)).not.toContain('root:');
    const api = await spa.send('/api/v1/nothing/', {});
    expect(api.status).toBe(404);
    expect(errorsOf(api)).toEqual({ non_field_errors: ['Not found.'] });
  });
});

describe('over a real socket', () => {
  it('serves the API on 127.0.0.1', async () => {
    const listener = await listen(h.app);
    try {
      const response = await fetch(`${listener.origin}/api/v1/user/login/`, {
        method: 'POST',
        headers: { apikey: API_KEY },
        body: new URLSearchParams({ username: 'raj', password: 'demo1234' }),
      });
      expect(response.status).toBe(200);
      expect(Object.keys((await response.json()) as object).sort()).toEqual(['access', 'refresh']);
    } finally {
      await listener.close();
    }
  });

  it('main.ts prints the URL, key and logins, and stops on SIGTERM', async () => {
    const dir = makeTempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DB_PATH: join(dir, 'crm.sqlite'), PORT: '0', API_KEY: 'cli-key' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const lines: string[] = [];
      const reader = createInterface({ input: child.stdout as NodeJS.ReadableStream });
      await new Promise<void>((resolve) => {
        reader.on('line', (line) => {
          lines.push(line);
          if (line.startsWith('Demo logins')) resolve();
        });
      });
      const output = lines.join('\n');
      expect(output).toMatch(/http:\/\/127\.0\.0\.1:\d+\/api\/v1\//);
      expect(output).toContain('cli-key');
      expect(output).toMatch(/maya \(manager\).*raj \(rep\).*olga \(inactive\).*demo1234/);
      const port = /127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/leads/list/`, {
        headers: { apikey: 'cli-key' },
      });
      expect(response.status).toBe(401);
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
