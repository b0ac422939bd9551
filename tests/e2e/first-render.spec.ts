/**
 * A cold load renders once, with the page: index.html says "Loading" from its first paint (no
 * script needed), and the lead table arrives with its rows instead of empty and then filled.
 * A slow list answer does not hold the page back for long: past a second it shows, loading.
 * After sign-in, the same status shows until the page asked for arrives, not a blank window.
 * The overview and a lead's page open with their data too, never their skeleton first.
 */
import { expect, test, type Page } from './support/test';
import { openSignedIn } from './support/open-signed-in';
import { DEMO_PASSWORD } from './support/session';

const LIST = /\/api\/v1\/leads\/list\/\?(?!.*limit=1(&|$))/;

/** Holds each lead list answer (not the one-lead capability probes) back for `ms`. */
const slowLeadList = (page: Page, ms: number) =>
  page.route(LIST, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });

/** Holds each answer of an API path back for `ms`. */
const slowApi = (page: Page, path: string, ms: number) =>
  page.route(new RegExp(`/api/v1/${path}`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });

/** Records whether a loading status named `name` ever appeared in the page. */
const recordStatus = (page: Page, name: string) =>
  page.addInitScript((label) => {
    const watch = new MutationObserver(() => {
      if (!document.querySelector(`[role="status"][aria-label="${label}"]`)) return;
      (window as unknown as { statusShown: boolean }).statusShown = true;
      watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  }, name);

const statusShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { statusShown?: boolean }).statusShown ?? false);

/** Records the number of data rows of the Leads grid when it first appears in the page. */
const recordFirstGrid = (page: Page) =>
  page.addInitScript(() => {
    const watch = new MutationObserver(() => {
      const grid = document.querySelector('[role="grid"][aria-label="Leads"]');
      if (!grid) return;
      (window as unknown as { firstGridRows: number }).firstGridRows =
        grid.querySelectorAll('tbody tr').length;
      watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  });

test('the page says it is loading before the app’s code has arrived', async ({ page }) => {
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/login', { waitUntil: 'commit' });
  await expect(page.getByRole('status', { name: 'Loading Epixel CRM' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Loading Epixel CRM' })).toHaveCount(0);
});

test('the lead table opens with its rows, not empty and then filled', async ({ page }) => {
  await slowLeadList(page, 400);
  await recordFirstGrid(page);
  await openSignedIn(page, 'raj', '/leads');
  const grid = page.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { firstGridRows: number }).firstGridRows),
  ).toBeGreaterThan(0);
});

test('a slow list answer does not hold the page: it shows, loading, then the rows', async ({
  page,
}) => {
  await slowLeadList(page, 4000);
  await recordFirstGrid(page);
  await openSignedIn(page, 'raj', '/leads');
  await expect(page.getByRole('progressbar', { name: 'Loading leads' })).toBeVisible({
    timeout: 3000,
  });
  expect(
    await page.evaluate(() => (window as unknown as { firstGridRows: number }).firstGridRows),
  ).toBe(0);
  await expect(page.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading leads' })).toHaveCount(0);
});

test('after sign-in the page says it is loading until the lead table arrives', async ({ page }) => {
  await slowLeadList(page, 800);
  await page.goto(`/login?next=${encodeURIComponent('/leads')}`);
  await page.getByLabel('Username').fill('raj');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status', { name: 'Loading Epixel CRM' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('status', { name: 'Loading Epixel CRM' })).toHaveCount(0);
});

test('the overview opens with its figures, not its skeleton first', async ({ page }) => {
  await slowApi(page, 'leads/overview/', 400);
  await recordStatus(page, 'Loading the overview');
  await openSignedIn(page, 'raj', '/overview');
  await expect(page.getByRole('list', { name: 'Leads by status' })).toBeVisible();
  expect(await statusShown(page)).toBe(false);
});

test('a lead’s page opens with its details, not its skeleton first', async ({ page }) => {
  await openSignedIn(page, 'raj', '/leads');
  const first = page.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1).getByRole('link');
  const name = (await first.textContent()) ?? '';
  const href = (await first.getAttribute('href')) ?? '';
  await slowApi(page, 'leads/view/lead/', 400);
  await recordStatus(page, 'Loading lead');
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(await statusShown(page)).toBe(false);
});
