/**
 * The page's own code starts downloading with the entry (public/route-preload.js reading the
 * build's route list), so the route chunk is not one more round trip after the entry has run.
 */
import { expect, test } from './support/test';
import { openSignedIn } from './support/open-signed-in';

const preloads = (page: import('./support/test').Page) =>
  page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));

test('a cold load asks for the page’s code while the entry is still on its way', async ({
  page,
}) => {
  // The entry is held back for a second: only a preload can ask for the page's code meanwhile.
  let entryHeld = true;
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    entryHeld = false;
    await route.continue();
  });
  const askedWhileHeld: string[] = [];
  page.on('request', (request) => {
    if (entryHeld) askedWhileHeld.push(new URL(request.url()).pathname);
  });

  await openSignedIn(page, 'raj', '/leads');
  await expect(page.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1)).toBeVisible();

  expect(askedWhileHeld).toContainEqual(expect.stringMatching(/^\/assets\/leads-page-[\w-]+\.js$/));
  const preloaded = await preloads(page);
  expect(preloaded).toContainEqual(expect.stringMatching(/^\/assets\/leads-page-[\w-]+\.js$/));
  expect(preloaded.filter((path) => /(calendar|overview|login)-page/.test(path))).toEqual([]);
});

test('a lead’s page preloads its own code, not the table’s', async ({ page }) => {
  await openSignedIn(page, 'raj', '/leads/no-such-lead');
  await expect(page.getByRole('main')).toBeVisible();
  const preloaded = await preloads(page);
  expect(preloaded).toContainEqual(
    expect.stringMatching(/^\/assets\/lead-details-page-[\w-]+\.js$/),
  );
  expect(preloaded.filter((path) => /\/leads-page-/.test(path))).toEqual([]);
});
