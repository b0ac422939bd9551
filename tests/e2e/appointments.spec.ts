/** The appointments list in Chromium: filters in the URL survive a reload; a row opens its dialog. */
import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { E2E_NOW } from './support/clock';
import { openSignedIn } from './support/open-signed-in';

/** The account's today is E2E_NOW's date (or the next one, east of UTC+12). */
const today = E2E_NOW.slice(0, 10);
const dayAfter = '2026-11-19';

test('the list opens on today and what follows; the past is one click away', async ({ page }) => {
  await openSignedIn(page, 'raj', '/appointments');
  const when = page.getByRole('group', { name: 'When' });
  await expect(when.getByRole('button', { name: 'Upcoming' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const rows = page
    .getByRole('table', { name: 'Appointments' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  const firstDate = rows.first().getByRole('cell').nth(1);
  const dates = async () => {
    const shown: string[] = [];
    for (const row of await rows.all())
      shown.push((await row.getByRole('cell').nth(1).textContent()) ?? '');
    return shown;
  };
  await expect(firstDate).toBeVisible();
  for (const date of await dates()) expect(date >= today, date).toBe(true);

  await when.getByRole('button', { name: 'Past' }).click();
  await expect(page).toHaveURL(/\/appointments\?when=past$/);
  await expect(firstDate).not.toHaveText(new RegExp(`^(${today}|${dayAfter}|2027)`));
  await page.reload();
  await expect(when.getByRole('button', { name: 'Past' })).toHaveAttribute('aria-pressed', 'true');
  await expect(firstDate).toBeVisible();
  for (const date of await dates()) expect(date < dayAfter, date).toBe(true);
});

test('a rep filters by status, reloads to the same view, and opens a row', async ({ page }) => {
  await openSignedIn(page, 'raj', '/appointments?when=all');
  const table = page.getByRole('table', { name: 'Appointments' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Fullfilled' }).click();
  await expect(page).toHaveURL(/\/appointments\?status=fullfilled&when=all$/);
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('Fullfilled');

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveText('Fullfilled');
  const count = await rows.count();
  for (let index = 1; index < count; index += 1) {
    await expect(rows.nth(index)).toContainText('Fullfilled');
  }

  await rows
    .nth(1)
    .getByRole('button', { name: /^Edit appointment with / })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit appointment' });
  await expect(dialog.getByRole('combobox', { name: 'Status' })).toHaveText('Fullfilled');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a date rule deep link shows only that day', async ({ page }) => {
  await openSignedIn(page, 'raj', '/appointments');
  const firstDate = await page
    .getByRole('table', { name: 'Appointments' })
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .nth(1)
    .textContent();
  await page.goto(`/appointments?datesetting=on&ondate=${firstDate}`);
  const rows = page.getByRole('table', { name: 'Appointments' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const count = await rows.count();
  for (let index = 1; index < count; index += 1) {
    await expect(rows.nth(index).getByRole('cell').nth(1)).toHaveText(firstDate ?? '');
  }
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(firstDate ?? '');
});

test('the appointments page passes an accessibility check', async ({ page }) => {
  await openSignedIn(page, 'raj', '/appointments');
  await expect(
    page.getByRole('table', { name: 'Appointments' }).getByRole('row').nth(1),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
