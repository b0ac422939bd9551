/**
 * Playwright's `test`, with every browser context's clock installed at E2E_NOW (./clock.ts):
 * `Date` starts there and timers run in real time. Specs import `test` and `expect` from here.
 */
import { test as base } from '@playwright/test';
import { E2E_NOW } from './clock';

export { expect } from '@playwright/test';
export type { APIRequestContext, Locator, Page } from '@playwright/test';

export const test = base.extend({
  context: async ({ context }, provide) => {
    await context.clock.install({ time: new Date(E2E_NOW) });
    await provide(context);
  },
});
