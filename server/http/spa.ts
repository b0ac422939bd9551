/**
 * Serves the built SPA: files from `spaDir` (hashed `/assets/*` cached for a year), and
 * `index.html` for every other non-API path so client-side routes survive a reload.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
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

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const isFile = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
};

export const registerSpa = (app: Hono<AppEnv>, spaDir: string): void => {
  const root = resolve(spaDir);
  const indexFile = resolve(root, 'index.html');

  const send = async (file: string, cacheControl: string): Promise<Response> =>
    new Response(await readFile(file), {
      headers: {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': cacheControl,
      },
    });

  app.get('*', async (c, next) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad Request', 400);
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) return next();
    const file = resolve(root, `.${pathname}`);
    const inside = file.startsWith(root + sep);
    if (inside && (await isFile(file))) {
      return send(file, pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    }
    if (pathname.startsWith('/assets/')) return c.text('Not Found', 404);
    if (!(await isFile(indexFile))) {
      return c.text('The SPA is not built: run `npm run build`.', 404);
    }
    return send(indexFile, REVALIDATE);
  });
};
