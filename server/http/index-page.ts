/**
 * The page every client route gets: the build's index.html with this server's settings filled
 * in (page-config-tags.ts), revalidated on every visit. Its bytes exist only in this server, so
 * it is compressed here, once per version of the file, with the build's compressors.
 */
import { readFile, stat } from 'node:fs/promises';
import type { PageConfig } from '../../src/contract';
import { withPageConfig } from './page-config-tags';
import { compressedForms, namedCodings, type Coding } from './precompress';

type Forms = { plain: Buffer; coded: Record<Coding, Buffer | null> };

export const REVALIDATE = 'no-cache';

const versionOf = async (file: string): Promise<string | null> => {
  try {
    const stats = await stat(file);
    return stats.isFile() ? `${stats.size}:${stats.mtimeMs}` : null;
  } catch {
    return null;
  }
};

/** Answers with the page for a client's Accept-Encoding; 404 while nothing is built. */
export const indexPage = (file: string, page: PageConfig) => {
  let cached: { version: string; forms: Promise<Forms> } | null = null;

  const formsOf = async (): Promise<Forms> => {
    const plain = Buffer.from(withPageConfig(await readFile(file, 'utf8'), page));
    return { plain, coded: await compressedForms(plain) };
  };

  return async (accept: string | undefined): Promise<Response> => {
    const version = await versionOf(file);
    if (version === null) {
      return new Response('The SPA is not built: run `npm run build`.', { status: 404 });
    }
    if (cached?.version !== version) {
      const forms = formsOf();
      cached = { version, forms };
      // A failed read is not remembered.
      forms.catch(() => {
        if (cached?.forms === forms) cached = null;
      });
    }
    const { plain, coded } = await cached.forms;
    const coding = namedCodings(accept).find((name) => coded[name] !== null);
    const body = coding === undefined ? plain : (coded[coding] as Buffer);
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': REVALIDATE,
      Vary: 'Accept-Encoding',
      'Content-Length': String(body.length),
    };
    if (coding !== undefined) headers['Content-Encoding'] = coding;
    // readFile's and zlib's buffers sit on plain ArrayBuffers, never shared memory.
    return new Response(body as Uint8Array<ArrayBuffer>, { headers });
  };
};
