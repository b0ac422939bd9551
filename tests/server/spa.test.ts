/**
 * The built SPA (`--serve-spa`) over a real socket: the build's compressed copies for a client
 * that names their coding, plain bytes otherwise, the page for client routes, cache headers, and
 * nothing outside the folder. Raw HTTP, so bytes arrive as sent (neither decoded nor normalised).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressFiles } from '../../server/http/precompress';
import { API_KEY, createHarness, errorsOf, makeTempDir, type Harness } from './support/harness';
import { listen, type Listener } from './support/listen';

/** Some 60 KB of script, as a bundle is: repetitive enough to shrink a lot. */
const bundle = Array.from(
  { length: 1500 },
  (_, n) => `export const lead${n} = (x) => x.status === 'deleted' ? null : { id: x.id + ${n} };\n`,
).join('');
const PAGE = `<!doctype html><title>CRM</title>${'<link rel="modulepreload" href="/a.js">'.repeat(40)}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let spa: Harness;
let server: Listener;
let dist: string;

type Raw = { status: number; headers: IncomingHttpHeaders; bytes: Buffer };

/** GET `path` exactly as written, with the given Accept-Encoding (none if undefined). */
const raw = (path: string, acceptEncoding?: string): Promise<Raw> =>
  new Promise((done, fail) => {
    const { hostname, port } = new URL(server.origin);
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    get({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          headers: response.headers,
          bytes: Buffer.concat(chunks),
        }),
      );
    }).on('error', fail);
  });

beforeAll(async () => {
  dist = join(makeTempDir(), 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, '..', 'secret.txt'), 'TOP-SECRET');
  writeFileSync(join(dist, 'index.html'), PAGE);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'app-def456.js'), bundle);
  writeFileSync(join(dist, 'assets', 'app-def456.js.map'), `{"sources":["${bundle.length}"]}`);
  writeFileSync(join(dist, 'assets', 'logo-0a1b2c.png'), Buffer.alloc(4096, 7));
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, 'sw.js'), bundle);
  await precompressFiles(dist);
  spa = createHarness({ spaDir: dist });
  server = await listen(spa.app);
});
afterAll(async () => {
  await server.close();
  spa.close();
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

describe('the build step (precompress.ts)', () => {
  it('writes brotli and gzip copies of text files only where they are smaller', () => {
    const copy = (name: string) => readFileSync(join(dist, 'assets', name));
    expect(brotliDecompressSync(copy('app-def456.js.br')).toString()).toBe(bundle);
    expect(gunzipSync(copy('app-def456.js.gz')).toString()).toBe(bundle);
    for (const unwritten of [
      'assets/index-abc123.js.gz', // would not shrink
      'assets/logo-0a1b2c.png.gz', // not text
      'assets/app-def456.js.map.gz', // never served
      'index.html.gz', // filled in by the server
    ]) {
      expect(existsSync(join(dist, unwritten)), unwritten).toBe(false);
    }
  });
});

describe('the built SPA (--serve-spa)', () => {
  it('sends the brotli copy to a client that names br, with its headers', async () => {
    for (const accept of ['gzip, deflate, br, zstd', 'br', 'br, gzip']) {
      const { status, headers, bytes } = await raw('/assets/app-def456.js', accept);
      expect(status).toBe(200);
      expect(headers['content-encoding']).toBe('br');
      expect(headers.vary).toBe('Accept-Encoding');
      expect(headers['content-type']).toMatch(/javascript/);
      expect(headers['cache-control']).toBe(IMMUTABLE);
      expect(headers['content-length']).toBe(String(bytes.length));
      expect(bytes.length).toBeLessThan(bundle.length / 4);
      expect(brotliDecompressSync(bytes).toString()).toBe(bundle);
    }
  });

  it('sends the gzip copy to a client that names gzip but not br', async () => {
    for (const accept of ['gzip, deflate', 'gzip', 'br;q=0, gzip']) {
      const { headers, bytes } = await raw('/assets/app-def456.js', accept);
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers.vary).toBe('Accept-Encoding');
      expect(headers['cache-control']).toBe(IMMUTABLE);
      expect(gunzipSync(bytes).toString()).toBe(bundle);
    }
  });

  it('sends plain bytes to a client that names no coding plainly, still varying on it', async () => {
    for (const accept of [undefined, '', 'identity', 'gzip;q=0', 'deflate', '*;q=0', '*']) {
      const { headers, bytes } = await raw('/assets/app-def456.js', accept);
      expect(headers['content-encoding'], String(accept)).toBeUndefined();
      expect(headers.vary).toBe('Accept-Encoding');
      expect(headers['content-length']).toBe(String(bundle.length));
      expect(bytes.toString()).toBe(bundle);
    }
  });

  it('sends images and files without copies as they are, without Vary', async () => {
    const image = await raw('/assets/logo-0a1b2c.png', 'gzip, br');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
    expect(image.bytes).toEqual(readFileSync(join(dist, 'assets', 'logo-0a1b2c.png')));
    const tiny = await raw('/assets/index-abc123.js', 'gzip, br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.bytes.toString()).toBe('console.log(1)');
  });

  it('falls back to the page for client routes, compressed and revalidated', async () => {
    for (const path of ['/', '/index.html', '/leads', '/leads/jane-doe-123abc', '/calendar?x=1']) {
      const plain = await raw(path);
      expect(plain.status, path).toBe(200);
      expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(plain.headers['cache-control']).toBe('no-cache');
      expect(plain.bytes.toString()).toContain('<title>CRM</title>');
    }
    const gzipped = await raw('/leads/jane-doe-123abc', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzipped.bytes).toString()).toContain('<title>CRM</title>');
    const brotli = await raw('/leads', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.bytes).toString()).toContain('<title>CRM</title>');
  });

  it('revalidates everything outside /assets/ (the service worker too)', async () => {
    const worker = await raw('/sw.js', 'br');
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(worker.bytes).toString()).toBe(bundle);
    const icon = await raw('/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml(;|$)/);
  });

  it('answers a missing asset or a source map with 404, not the page', async () => {
    for (const path of ['/assets/missing.js', '/assets/app-def456.js.map', '/assets/']) {
      const response = await raw(path, 'gzip');
      expect(response.status, path).toBe(404);
      expect(response.headers['cache-control'], path).toBeUndefined();
      expect(response.bytes.toString(), path).not.toContain('<title>');
    }
  });

  it('serves a rebuilt index.html anew rather than its remembered form', async () => {
    const file = join(dist, 'index.html');
    writeFileSync(file, PAGE.replace('<title>CRM</title>', '<title>CRM v2</title>'));
    try {
      expect(gunzipSync((await raw('/leads', 'gzip')).bytes).toString()).toContain('CRM v2');
    } finally {
      writeFileSync(file, PAGE);
    }
  });

  it('never serves a file outside the folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/..\\secret.txt',
    ]) {
      const response = await raw(path);
      expect([200, 400, 404], path).toContain(response.status);
      expect(response.bytes.toString(), path).not.toContain('TOP-SECRET');
    }
  });

  it('keeps API 404s and never compresses the API', async () => {
    const api = await spa.send('/api/v1/nothing/', {});
    expect(api.status).toBe(404);
    expect(errorsOf(api)).toEqual({ non_field_errors: ['Not found.'] });
    const response = await spa.app.request('/api/v1/user/login/', {
      method: 'POST',
      headers: { apikey: API_KEY, 'Accept-Encoding': 'gzip, br' },
      body: new URLSearchParams({ username: 'raj', password: 'demo1234' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
  });
});
