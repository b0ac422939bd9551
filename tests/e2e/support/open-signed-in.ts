/**
 * Opening a page as someone who signed in earlier in this browser: the session is made through
 * the API and kept where the app keeps it (src/lib/session.ts), then the page loads. For tests
 * about something other than signing in; those that are about it use `signIn` (./session.ts).
 */
import { ENDPOINTS, REFERENCE_BASE_PATH, type TokenPair } from '../../../src/contract';
import { keptSessionJson, SESSION_STORAGE_KEY, sessionFromTokens } from '../../../src/lib/session';
import { APIKEY } from './api';
import { DEMO_PASSWORD } from './session';
import { expect, type Page } from './test';

export const openSignedIn = async (page: Page, username: string, path: string): Promise<void> => {
  const login = await page.request.post(REFERENCE_BASE_PATH + ENDPOINTS.login, {
    headers: APIKEY,
    multipart: { username, password: DEMO_PASSWORD },
  });
  expect(login.ok(), `${username} signs in through the API`).toBe(true);
  const session = sessionFromTokens((await login.json()) as TokenPair, username);
  // Any document of the app's origin gives access to its localStorage; the icon is the smallest.
  await page.goto('/favicon.svg');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    SESSION_STORAGE_KEY,
    keptSessionJson(session),
  ] as const);
  await page.goto(path);
  await expect(page, 'the kept session opens the page, not the sign-in form').not.toHaveURL(
    /\/login/,
  );
};
