/**
 * Serves the built SPA: files from `spaDir` (hashed `/assets/*` cached for a year), and
 * `index.html` for every other non-API path so client-side routes survive a reload.
 *
 * Text files (HTML, JS, CSS, SVG, JSON) go out brotli- or gzip-compressed when the request's
 * Accept-Encoding allows it. Each file is compressed once, on its first request, and kept in
 * memory: the build's files do not change while the server runs (a file whose size or mtime
 * changes is compressed again). The API is never compressed here.
 *
 * index.html goes out with the dashboard's run-time settings filled in as `<meta>` tags
 * (page-config-tags.ts), so the built files themselves carry no key and no API location.
 *
 * Source maps (built as `hidden`, for the bundle benchmark) are never served.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Hono } from 'hono';
import type { PageConfig } from '../../src/contract';
import type { AppEnv } from './app-env';
import { withPageConfig } from './page-config-tags';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

type Coding = 'br' | 'gzip';

/** The codings `accept` (an Accept-Encoding value) allows, best first: brotli, then gzip. */
export const acceptedCodings = (accept: string | undefined): Coding[] => {
  const weights = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const wildcard = weights.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((coding) => (weights.get(coding) ?? wildcard) > 0);
};

/**
 * Quality 6, not 11: on the built bundle 11 saves another 8% but takes 5.5 s of CPU instead of
 * 85 ms, which the first visitor after a start would wait for.
 */
const BROTLI_QUALITY = 6;

const compressors: Record<Coding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: zlib.Z_BEST_COMPRESSION }),
};

/** A text file's bytes and, once asked for, its compressed forms (null: not worth it). */
type Cached = {
  version: string;
  plain: Promise<Buffer>;
  coded: Map<Coding, Promise<Buffer | null>>;
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const fileStats = async (path: string): Promise<Stats | null> => {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
};

export const registerSpa = (app: Hono<AppEnv>, spaDir: string, page: PageConfig): void => {
  const root = resolve(spaDir);
  const indexFile = resolve(root, 'index.html');

  const cache = new Map<string, Cached>();

  /** The file's bytes in the best coding the client accepts that makes them smaller. */
  const encoded = async (
    file: string,
    stats: Stats,
    accept: string | undefined,
  ): Promise<{ body: Buffer; coding: Coding | null }> => {
    const version = `${stats.size}:${stats.mtimeMs}`;
    let entry = cache.get(file);
    if (entry === undefined || entry.version !== version) {
      const bytes = readFile(file);
      const plain =
        file === indexFile
          ? bytes.then((html) => Buffer.from(withPageConfig(html.toString('utf8'), page)))
          : bytes;
      entry = { version, plain, coded: new Map() };
      cache.set(file, entry);
    }
    const plain = entry.plain;
    for (const coding of acceptedCodings(accept)) {
      let coded = entry.coded.get(coding);
      if (coded === undefined) {
        coded = plain.then(async (bytes) => {
          const smaller = await compressors[coding](bytes);
          return smaller.length < bytes.length ? smaller : null;
        });
        entry.coded.set(coding, coded);
      }
      const body = await coded;
      if (body !== null) return { body, coding };
    }
    return { body: await plain, coding: null };
  };

  /** As `encoded`, and a failed read or compression is not remembered. */
  const encodedOnce = async (...args: Parameters<typeof encoded>) => {
    try {
      return await encoded(...args);
    } catch (error) {
      cache.delete(args[0]);
      throw error;
    }
  };

  const send = async (
    file: string,
    stats: Stats,
    cacheControl: string,
    accept: string | undefined,
  ): Promise<Response> => {
    const extension = extname(file).toLowerCase();
    const headers: Record<string, string> = {
      'Content-Type': MIME[extension] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
    };
    if (!COMPRESSIBLE.has(extension)) return new Response(await readFile(file), { headers });
    const { body, coding } = await encodedOnce(file, stats, accept);
    headers.Vary = 'Accept-Encoding';
    if (coding !== null) headers['Content-Encoding'] = coding;
    headers['Content-Length'] = String(body.length);
    // zlib's and readFile's buffers sit on plain ArrayBuffers, never shared memory.
    return new Response(body as Uint8Array<ArrayBuffer>, { headers });
  };

  app.get('*', async (c, next) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad Request', 400);
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) return next();
    const accept = c.req.header('Accept-Encoding');
    const file = resolve(root, `.${pathname}`);
    const servable = file.startsWith(root + sep) && extname(file).toLowerCase() !== '.map';
    const stats = servable ? await fileStats(file) : null;
    if (stats !== null) {
      return send(file, stats, pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE, accept);
    }
    if (pathname.startsWith('/assets/')) return c.text('Not Found', 404);
    const indexStats = await fileStats(indexFile);
    if (indexStats === null) {
      return c.text('The SPA is not built: run `npm run build`.', 404);
    }
    return send(indexFile, indexStats, REVALIDATE, accept);
  });
};
