/**
 * What a route loads before it can paint, from a Vite manifest (`build.manifest`): the entry
 * chunk and everything it imports statically, plus the route's lazy chunk and its static imports.
 * Dynamic imports are not followed: they load later, on demand. Pure: no file access.
 */

/** One entry of `.vite/manifest.json` (the fields used here). */
export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export type RouteFiles = { js: string[]; css: string[] };

/** The manifest keys reached from `roots` through static `imports`, roots first. */
export const staticClosure = (manifest: Manifest, roots: readonly string[]): string[] => {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry "${key}"`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return [...seen];
};

/** The manifest key of the HTML entry (`index.html` in an SPA build). */
export const entryKey = (manifest: Manifest): string => {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const html = entries.find(([key]) => key.endsWith('.html'));
  const entry = html ?? entries[0];
  if (!entry) throw new Error('manifest has no entry chunk');
  return entry[0];
};

/** The JS and CSS files a route needs: entry closure + the lazy page's closure (if any). */
export const routeFiles = (manifest: Manifest, lazyPage: string | null): RouteFiles => {
  const roots = [entryKey(manifest), ...(lazyPage ? [lazyPage] : [])];
  const keys = staticClosure(manifest, roots);
  const js: string[] = [];
  const css: string[] = [];
  for (const key of keys) {
    const chunk = manifest[key] as ManifestChunk;
    if (chunk.file.endsWith('.js') && !js.includes(chunk.file)) js.push(chunk.file);
    if (chunk.file.endsWith('.css') && !css.includes(chunk.file)) css.push(chunk.file);
    for (const file of chunk.css ?? []) if (!css.includes(file)) css.push(file);
  }
  return { js, css };
};
