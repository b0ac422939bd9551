/**
 * Bundle weights per route: builds the app with `npm run build -- --manifest --outDir <dir>`
 * (the project's own build, into a folder of the benchmark's, so dist/ is left alone), then
 * sums, per route, the JS and CSS it loads before it can paint (see route-closure.ts), raw and
 * gzip (node:zlib, default level), and names the npm packages each chunk holds (from its
 * source map), so a heavy chunk says what makes it heavy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { routeFiles, type Manifest } from './route-closure';

export const ROUTES: readonly { route: string; path: string; page: string | null }[] = [
  { route: 'login', path: '/login', page: null },
  { route: 'overview', path: '/overview', page: 'src/app/pages/overview-page.tsx' },
  { route: 'leads', path: '/leads', page: 'src/app/pages/leads-page.tsx' },
  { route: 'lead details', path: '/leads/:slug', page: 'src/app/pages/lead-details-page.tsx' },
  { route: 'calendar', path: '/calendar', page: 'src/app/pages/calendar-page.tsx' },
  { route: 'appointments', path: '/appointments', page: 'src/app/pages/appointments-page.tsx' },
];
/** Issue 15's budget for every route: JS+CSS gzip before it paints, in bytes (1 kB = 1000 B). */
export const ROUTE_BUDGET_GZIP = 250_000;

export type FileWeight = { file: string; raw: number; gzip: number; packages: string[] };
export type RouteWeight = {
  route: string;
  path: string;
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
  files: FileWeight[];
  budget: { limitGzip: number; met: boolean } | null;
  error: string | null;
};
export type BundleResult = {
  built: boolean;
  buildSeconds: number;
  outDir: string;
  error: string | null;
  routes: RouteWeight[];
};

const packagesOf = (path: string): string[] => {
  try {
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources?: string[] };
    const names = new Set<string>();
    for (const source of map.sources ?? []) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
      names.add(match ? (match[1] as string) : 'app code');
    }
    return [...names].sort();
  } catch {
    return [];
  }
};

const weigh = (outDir: string, file: string, cache: Map<string, FileWeight>): FileWeight => {
  const known = cache.get(file);
  if (known) return known;
  const path = join(outDir, file);
  const bytes = readFileSync(path);
  const weight = {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    packages: packagesOf(path),
  };
  cache.set(file, weight);
  return weight;
};

const sum = (files: readonly FileWeight[]) => ({
  raw: files.reduce((total, file) => total + file.raw, 0),
  gzip: files.reduce((total, file) => total + file.gzip, 0),
});

export const buildApp = (outDir: string): { ok: boolean; seconds: number; output: string } => {
  const started = performance.now();
  const build = spawnSync(
    'npm',
    ['run', 'build', '--', '--manifest', '--outDir', outDir, '--emptyOutDir'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return {
    ok: build.status === 0,
    seconds: (performance.now() - started) / 1000,
    output: `${build.stdout ?? ''}${build.stderr ?? ''}`,
  };
};

export const weighRoutes = (outDir: string): RouteWeight[] => {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const cache = new Map<string, FileWeight>();
  return ROUTES.map(({ route, path, page }) => {
    const empty = { raw: 0, gzip: 0 };
    try {
      if (page && !manifest[page]) throw new Error(`${page} is not a chunk of this build`);
      const files = routeFiles(manifest, page);
      const js = files.js.map((file) => weigh(outDir, file, cache));
      const css = files.css.map((file) => weigh(outDir, file, cache));
      const total = sum([...js, ...css]);
      return {
        route,
        path,
        js: sum(js),
        css: sum(css),
        total,
        files: [...js, ...css],
        budget: { limitGzip: ROUTE_BUDGET_GZIP, met: total.gzip <= ROUTE_BUDGET_GZIP },
        error: null,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        route,
        path,
        js: empty,
        css: empty,
        total: empty,
        files: [],
        budget: null,
        error: message,
      };
    }
  });
};

export const benchBundle = (outDir: string, log: (line: string) => void): BundleResult => {
  log(`bundle: npm run build -- --manifest --outDir ${outDir}`);
  const build = buildApp(outDir);
  if (!build.ok || !existsSync(join(outDir, '.vite/manifest.json'))) {
    const tail = build.output.trim().split('\n').slice(-15).join('\n');
    return {
      built: false,
      buildSeconds: build.seconds,
      outDir,
      error: `build failed:\n${tail}`,
      routes: [],
    };
  }
  return {
    built: true,
    buildSeconds: build.seconds,
    outDir,
    error: null,
    routes: weighRoutes(outDir),
  };
};
