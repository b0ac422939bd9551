/**
 * Refuses a request body over MAX_BODY_BYTES with 413 in the error envelope, before the body is
 * read: a declared `content-length` over the limit is refused at once; a chunked body (or one
 * whose length is not declared) is counted as it streams and refused at the first byte over.
 * A body longer than its declared `content-length` never reaches a handler: Node's parser reads
 * exactly the declared bytes.
 */
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { NON_FIELD_ERRORS } from '../../src/contract';
import { errorEnvelope } from './api-error';
import type { AppEnv } from './app-env';

/** 64 kB: the largest documented request (a note at its longest) fits several times over. */
export const MAX_BODY_BYTES = 64 * 1024;

export const BODY_TOO_LARGE_MESSAGE = 'Request body too large (at most 64 kB).';

export const limitBodySize = (maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler<AppEnv> =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json(errorEnvelope(413, { [NON_FIELD_ERRORS]: [BODY_TOO_LARGE_MESSAGE] }), 413, {
        Connection: 'close',
      }),
  });
