/**
 * Playwright's `test`, with every browser context's clock installed at E2E_NOW (./clock.ts):
 * `Date` starts there and timers run in real time. Pages and API calls go to this worker's own
 * server (./worker-server.ts). Specs import `test` and `expect` from here.
 */
import { test as base } from '@playwright/test';
import { E2E_NOW } from './clock';
import { workerBaseURL } from './worker-server';

export { expect } from '@playwright/test';
export type { APIRequestContext, Locator, Page } from '@playwright/test';

export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern.
  baseURL: async ({}, provide, testInfo) => {
    await provide(workerBaseURL(testInfo.parallelIndex));
  },
  context: async ({ context }, provide) => {
    await context.clock.install({ time: new Date(E2E_NOW) });
    await provide(context);
  },
});
