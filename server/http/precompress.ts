/**
 * Compressed copies of the built text files, made once at build time (vite.config.ts) and sent
 * by `serveStatic`'s `precompressed` (spa.ts): `app-1a2b.js.br` and `app-1a2b.js.gz` beside
 * `app-1a2b.js`, each only where it is smaller. Brotli at its best quality costs seconds of CPU
 * on the bundle, which the build pays once instead of the first visitor after each start.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

export type Coding = 'br' | 'gzip';

/** The suffix of each coding's copy, best coding first (the order serveStatic prefers). */
export const CODED_SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };
const CODINGS = Object.keys(CODED_SUFFIX) as Coding[];

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * The codings the client names, best first, by serveStatic's rule: a coding counts only when
 * listed plainly (`gzip, deflate, br`, as browsers send it); `*` or a q-value gets plain bytes,
 * so a coding the client refused is never sent.
 */
export const namedCodings = (accept: string | undefined): Coding[] => {
  const named = new Set((accept ?? '').split(',').map((part) => part.trim()));
  return CODINGS.filter((coding) => named.has(coding));
};

const compressors: Record<Coding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: zlib.Z_BEST_COMPRESSION }),
};

/** Each coding's bytes, or null where they would not be smaller than the plain ones. */
export const compressedForms = async (bytes: Buffer): Promise<Record<Coding, Buffer | null>> => {
  const forms = await Promise.all(
    CODINGS.map(async (coding) => {
      const coded = await compressors[coding](bytes);
      return [coding, coded.length < bytes.length ? coded : null] as const;
    }),
  );
  return Object.fromEntries(forms) as Record<Coding, Buffer | null>;
};

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
};

/**
 * Writes the compressed copies of every text file under `dir`, but not of `index.html` (the
 * server fills it in before sending, index-page.ts) nor of source maps (never served).
 */
export const precompressFiles = async (dir: string): Promise<void> => {
  const files = (await filesUnder(dir)).filter(
    (file) => TEXT.has(extname(file).toLowerCase()) && file !== join(dir, 'index.html'),
  );
  await Promise.all(
    files.map(async (file) => {
      const forms = await compressedForms(await readFile(file));
      await Promise.all(
        CODINGS.map((coding) => {
          const coded = forms[coding];
          return coded === null ? undefined : writeFile(file + CODED_SUFFIX[coding], coded);
        }),
      );
    }),
  );
};
