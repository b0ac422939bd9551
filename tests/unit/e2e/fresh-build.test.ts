import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from '../../e2e/support/fresh-build';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A checkout with one source file and, optionally, a build, each written at a given second. */
const checkout = (sourceAt: number, builtAt: number | null): string => {
  const root = mkdtempSync(join(tmpdir(), 'fresh-build-'));
  made.push(root);
  mkdirSync(join(root, 'src', 'app'), { recursive: true });
  const source = join(root, 'src', 'app', 'page.tsx');
  writeFileSync(source, 'export {};');
  utimesSync(source, sourceAt, sourceAt);
  for (const dir of [join(root, 'src', 'app'), join(root, 'src'), root]) utimesSync(dir, 1, 1);
  if (builtAt !== null) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html>');
    utimesSync(join(root, 'dist', 'index.html'), builtAt, builtAt);
  }
  return root;
};

describe('the browser tests refuse a build that is not the code', () => {
  it('accepts a build made after the last change', () => {
    expect(staleBuildReason(checkout(1_000, 2_000))).toBeNull();
  });

  it('refuses a build older than a source file, saying what to run', () => {
    expect(staleBuildReason(checkout(3_000, 2_000))).toBe(
      'The build is older than the code: run `npm run build` first.',
    );
  });

  it('refuses a checkout with no build', () => {
    expect(staleBuildReason(checkout(1_000, null))).toBe(
      'There is no build: run `npm run build` first.',
    );
  });
});
