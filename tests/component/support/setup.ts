import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { sessionStore } from '../../../src/lib/session';
import { mswServer } from './msw-server';

/** jsdom lacks the layout observers MUI X and FullCalendar ask for; they need no real layout here. */
class NoLayoutObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutObserver as unknown as typeof ResizeObserver;
globalThis.IntersectionObserver ??= NoLayoutObserver as unknown as typeof IntersectionObserver;
window.scrollTo = () => {};

beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mswServer.resetHandlers();
  sessionStore.signOut();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
afterAll(() => mswServer.close());
