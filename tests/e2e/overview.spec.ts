import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openSignedIn } from './support/open-signed-in';

test('a manager follows a status count to the lead table filtered the same way', async ({
  page,
}) => {
  await openSignedIn(page, 'maya', '/overview');
  const closed = page
    .getByRole('list', { name: 'Leads by status' })
    .getByRole('link', { name: /^Closed: \d+ leads?$/ });
  const label = (await closed.getAttribute('aria-label')) ?? '';
  const count = Number(/(\d+)/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);

  await closed.click();
  await expect(page).toHaveURL(/\/leads\?status=closed$/);
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  const rows = grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Closed');
  // A manager's table lists every lead, as the overview counts them.
  await expect(page.getByText(new RegExp(`of ${count}\\b`))).toBeVisible();
});

test('a rep follows a count to a table showing that many leads: owned or assigned', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/overview');
  const prospect = page
    .getByRole('list', { name: 'Leads by status' })
    .getByRole('link', { name: /^Prospect: \d+ leads?$/ });
  const count = Number(/(\d+)/.exec((await prospect.getAttribute('aria-label')) ?? '')?.[1]);
  expect(count).toBeGreaterThan(25); // more than one page, so the total is the table's count

  await prospect.click();
  await expect(page).toHaveURL(/\/leads\?status=prospect&view=all$/);
  await expect(page.getByRole('button', { name: 'Owned or assigned' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText(`1–25 of ${count}`)).toBeVisible();
});

test("a rep's total opens every lead they may see, their own one click away", async ({ page }) => {
  await openSignedIn(page, 'raj', '/overview');
  const total = page.getByRole('link', { name: /^Total leads: \d+$/ });
  const totalCount = Number(/(\d+)$/.exec((await total.getAttribute('aria-label')) ?? '')?.[1]);
  await total.click();
  await expect(page).toHaveURL(/\/leads\?view=all$/);
  await expect(page.getByText(`1–25 of ${totalCount}`)).toBeVisible();

  // The rep's own leads stay one click away, and are fewer.
  await page.getByRole('button', { name: 'My leads' }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByText(`1–25 of ${totalCount}`)).toBeHidden();
});

test('a source count and the total open the lead table', async ({ page }) => {
  await openSignedIn(page, 'maya', '/overview');
  await page
    .getByRole('list', { name: 'Leads by source' })
    .getByRole('link', { name: /^Referral: / })
    .click();
  await expect(page).toHaveURL(/\/leads\?source=referral$/);
  await page.goBack();
  await page.getByRole('link', { name: /^Total leads: \d+$/ }).click();
  await expect(page).toHaveURL(/\/leads$/);
});

test('the appointment window is kept in the URL, through reload and back', async ({ page }) => {
  await openSignedIn(page, 'raj', '/overview');
  const filter = page.getByRole('group', { name: 'Appointments to show' });
  await expect(filter.getByRole('button', { name: 'Upcoming' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await filter.getByRole('button', { name: 'This month' }).click();
  await expect(page).toHaveURL(/\/overview\?appointment=month$/);

  await page.reload();
  await expect(filter.getByRole('button', { name: 'This month' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const month = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  });
  const rows = page.getByRole('list', { name: 'Appointments' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain(`${month}-`);

  await page.goBack();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(filter.getByRole('button', { name: 'Upcoming' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the overview has no serious accessibility problems (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSignedIn(page, 'raj', '/overview');
    await expect(page.getByRole('list', { name: 'Leads by status' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Appointments' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test('the overview keeps its numbers when the charts’ code cannot be fetched', async ({ page }) => {
  const charts = /\/assets\/(PieChart|BarChart)-[\w-]+\.js$/;
  await page.route(charts, (route) => route.abort('connectionrefused'));
  const chartFailed = page.waitForEvent('requestfailed', (request) => charts.test(request.url()));
  await openSignedIn(page, 'raj', '/overview');
  await chartFailed;
  // The failed load reaches React as a rejected lazy component; give it the render that follows.
  await page.waitForTimeout(300);

  await expect(page.getByText('This page could not be shown')).toHaveCount(0);
  const byStatus = page.getByRole('list', { name: 'Leads by status' });
  await expect(byStatus.getByRole('link', { name: /^Prospect: \d+ leads?$/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Leads by source' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Total leads: \d+$/ })).toBeVisible();
});
