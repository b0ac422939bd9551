/**
 * Serves the built SPA: its files through `@hono/node-server`'s `serveStatic` (hashed `/assets/*`
 * cached for a year, the rest revalidated), and the page (index-page.ts) for every other non-API
 * path, so client-side routes survive a reload. A missing `/assets/*` file is a 404, not the page.
 *
 * Text files go out as the build's brotli or gzip copy when the client names that coding
 * (precompress.ts); a file with such copies says `Vary: Accept-Encoding` also when sent plain.
 * The API is never compressed here. Source maps (built `hidden`, for the bundle benchmark) and
 * paths leaving the folder (`..`, encoded slashes) are never served.
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { PageConfig } from '../../src/contract';
import type { AppEnv } from './app-env';
import { indexPage, REVALIDATE } from './index-page';
import { CODED_SUFFIX } from './precompress';

const IMMUTABLE = 'public, max-age=31536000, immutable';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** Paths that mean the page, not a file: a folder (`/`, `/leads/`) and the page's own file. */
const isPage = (path: string) => path.endsWith('/') || path === '/index.html';

export const registerSpa = (app: Hono<AppEnv>, spaDir: string, page: PageConfig): void => {
  const root = resolve(spaDir);
  const sendPage = indexPage(join(root, 'index.html'), page);
  /** The file `serveStatic` sent for a request (its coded copy, if it sent one). */
  const sentFile = new WeakMap<Context, string>();
  const files = serveStatic<AppEnv>({
    root,
    precompressed: true,
    onFound: (file, c) => {
      sentFile.set(c, file);
    },
  });

  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (isApi(path)) return next();
    if (!isPage(path) && extname(path).toLowerCase() !== '.map') {
      const found = await files(c, async () => {});
      if (found) {
        found.headers.set('Cache-Control', path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
        const file = sentFile.get(c) ?? '';
        const coded = Object.values(CODED_SUFFIX).some((suffix) => existsSync(file + suffix));
        if (coded) found.headers.set('Vary', 'Accept-Encoding');
        return found;
      }
    }
    if (path.startsWith('/assets/')) return c.text('Not Found', 404);
    return sendPage(c.req.header('Accept-Encoding'));
  });
};
