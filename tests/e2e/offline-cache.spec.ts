/**
 * Opening the app with no network: the lead table, a lead's page, the overview and the calendar
 * seen online open again after an offline reload, from the worker's cached files and the kept
 * query cache, marked with when their data was loaded.
 */
import { apiAs, unique } from './support/api';
import { weekAfterE2eNow } from './support/clock';
import { keptCopies, waitUntilReadyOffline } from './support/offline';
import { openSignedIn } from './support/open-signed-in';
import { expect, test } from './support/test';

// The service worker keeps the app's files for the offline reload (blocked in other specs).
test.use({ serviceWorkers: 'allow' });

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

test('on a phone, the overview and the calendar seen online open offline, marked when loaded', async ({
  page,
  context,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const raj = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await raj.createLead(lastName, { first_name: 'Nausicaa' });
  const day = weekAfterE2eNow(21)[2]!;
  await raj.createAppointment(slug, `${day} 10:00`, `${day} 10:30`, 'Offline demo');

  await openSignedIn(page, 'raj', '/overview');
  const byStatus = page.getByRole('list', { name: 'Leads by status' });
  await expect(byStatus.getByRole('link', { name: /^Prospect: \d+ leads?$/ })).toBeVisible();
  await waitUntilReadyOffline(page, 'raj', 'TotalLeads');
  await page.goto(`/calendar?view=listWeek&date=${day}`);
  await expect(page.getByRole('main')).toContainText(lastName);
  await waitUntilReadyOffline(page, 'raj', lastName);

  await context.setOffline(true);
  const mark = page.getByRole('status', { name: 'Offline data' });
  await page.reload();
  await expect(page.getByRole('main')).toContainText(lastName);
  await expect(mark).toHaveText(LOADED_AT);
  await page.goto('/overview');
  await expect(byStatus.getByRole('link', { name: /^Prospect: \d+ leads?$/ })).toBeVisible();
  await expect(mark).toHaveText(LOADED_AT);
});

test('signing out deletes the copy kept for offline use', async ({ page }) => {
  await openSignedIn(page, 'raj', '/overview');
  await waitUntilReadyOffline(page, 'raj', 'TotalLeads');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect.poll(() => keptCopies(page)).toEqual({});
});
