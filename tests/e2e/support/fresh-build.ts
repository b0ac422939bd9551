/**
 * The browser tests run against `dist/` (the last `npm run build`): `npm test` builds first, but
 * `npm run test:e2e` alone would quietly test an older app after a change. So the run refuses
 * a build older than any file it is made from.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build is made from (the server runs from its sources and is not built). */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

const newestMtime = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
};

/** Why `root`'s build cannot be tested as the code stands, or null when it can. */
export const staleBuildReason = (root: string): string | null => {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'There is no build: run `npm run build` first.';
  const sources = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))));
  return statSync(built).mtimeMs < sources
    ? 'The build is older than the code: run `npm run build` first.'
    : null;
};

export default function requireFreshBuild(): void {
  const reason = staleBuildReason(process.cwd());
  if (reason) throw new Error(reason);
}
