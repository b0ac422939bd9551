/** A harness served on a real socket for a whole test file, for tests over real HTTP. */
import { afterAll, beforeAll } from 'vitest';
import { createHarness, type Harness } from './harness';
import { listen, type Listener } from './listen';

export type Served = { h: Harness; server: Listener };

/** Registers the file's beforeAll/afterAll; `onReady` receives the harness and its listener. */
export const serveHarnessPerFile = (onReady: (served: Served) => void): void => {
  let served: Served | undefined;
  beforeAll(async () => {
    const h = createHarness();
    served = { h, server: await listen(h.app) };
    onReady(served);
  });
  afterAll(async () => {
    await served?.server.close();
    served?.h.close();
  });
};
