import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setClock } from '../../../src/lib/clock';
import { applyPageConfig } from '../../../src/lib/config';
import { sessionStore } from '../../../src/lib/session';
import { mswServer } from './msw-server';
import { testNow } from './test-clock';

/** jsdom lacks the layout observers MUI X and FullCalendar ask for; they need no real layout here. */
class NoLayoutObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutObserver as unknown as typeof ResizeObserver;
globalThis.IntersectionObserver ??= NoLayoutObserver as unknown as typeof IntersectionObserver;
window.scrollTo = () => {};

/** The dashboard reads the same fixed instant as the in-process server (test-clock.ts). */
setClock(testNow);

/** What a host page would hand the dashboard; reference-api.ts gives its server the same key. */
applyPageConfig({ apiBaseUrl: '/api/v1/', apiKey: 'component-test-key' });

/**
 * Test files share a worker's modules (`isolate: false`), so every file starts from the same
 * settings: `findBy…` and `waitFor` wait up to 10 s, well inside the 20 s test timeout, so a
 * slow page on a busy machine fails with its own message rather than a bare timeout.
 */
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mswServer.resetHandlers();
  sessionStore.signOut();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
afterAll(() => mswServer.close());
