/**
 * Opening the app with no network: the lead table and a lead's page seen online open again
 * after an offline reload, from the worker's cached files and the kept query cache, marked
 * with when their data was loaded.
 */
import { apiAs, unique } from './support/api';
import { waitUntilReadyOffline } from './support/offline';
import { openSignedIn } from './support/open-signed-in';
import { expect, test } from './support/test';

const LOADED_AT = /^Offline · showing what was loaded at \d\d:\d\d$/;

test('the lead table and a lead seen online open after an offline reload, marked when loaded', async ({
  page,
  context,
  request,
}) => {
  const raj = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await raj.createLead(lastName, { first_name: 'Calypso' });
  await raj.addNote(slug, 'Prefers a call after lunch.');

  await openSignedIn(page, 'raj', `/leads?search=${lastName}`);
  const table = page.getByRole('grid', { name: 'Leads' });
  await expect(table.getByRole('row').nth(1)).toContainText(lastName);
  await table.getByRole('link', { name: new RegExp(lastName) }).click();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('after lunch');
  const mark = page.getByRole('status', { name: 'Offline data' });
  await expect(mark).toHaveText('');
  await waitUntilReadyOffline(page, 'raj', 'after lunch');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Calypso ${lastName}` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('after lunch');
  await expect(mark).toHaveText(LOADED_AT);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/leads\\?search=${lastName}$`));
  await page.reload();
  await expect(table.getByRole('row').nth(1)).toContainText(lastName);
  await expect(mark).toHaveText(LOADED_AT);
  await expect(page.getByRole('banner').getByRole('status', { name: 'Connection' })).toHaveText(
    'Offline',
  );
});
