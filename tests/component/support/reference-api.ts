/**
 * Puts the real reference server behind the component tests' network, on a fresh SQLite file
 * per test file, seeded with the deterministic demo data (users maya, raj, sara; demo1234), on
 * the tests' fixed clock (test-clock.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../../server/app';
import { ENDPOINTS, tokenPairSchema } from '../../../src/contract';
import { config } from '../../../src/lib/config';
import { apiPostBare } from '../../../src/lib/http-client';
import { sessionFromTokens, sessionStore } from '../../../src/lib/session';
import { setForward } from './msw-server';
import { testNow } from './test-clock';

export const DEMO_PASSWORD = 'demo1234';

type ReferenceApi = ReturnType<typeof createApp>;

/**
 * Call at the top of a test file; returns a getter for the running server. `strict` runs it as
 * an Epixel server without this project's extensions (EPIXEL_STRICT=1).
 */
export const startReferenceApi = ({
  seed = 1,
  strict = false,
}: { seed?: number; strict?: boolean } = {}): (() => ReferenceApi) => {
  let api: ReferenceApi | null = null;
  let dir = '';
  const inFlight = new Set<Promise<Response>>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crm-component-'));
    api = createApp({
      dbPath: join(dir, 'crm.sqlite'),
      apiKey: config.apiKey,
      seed: { seed },
      now: testNow,
      strict,
    });
    const app = api.app;
    setForward((request) => {
      const answer = Promise.resolve(app.fetch(request));
      inFlight.add(answer);
      const forget = () => inFlight.delete(answer);
      answer.then(forget, forget); // not `finally`: its copy of a failure would go unhandled
      return answer;
    });
  });
  afterAll(async () => {
    setForward(null);
    // A page left open by the file's last test may still be asking: its requests finish on an
    // open database, instead of failing (and logging) on a closed one.
    await Promise.allSettled([...inFlight]);
    api?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!api) throw new Error('The reference API starts in beforeAll.');
    return api;
  };
};

/** Signs in through the real login endpoint, as the login form would. */
export const signInAs = async (username: string): Promise<void> => {
  const tokens = await apiPostBare(
    ENDPOINTS.login,
    { username, password: DEMO_PASSWORD },
    tokenPairSchema,
  );
  sessionStore.signIn(sessionFromTokens(tokens, username));
};
