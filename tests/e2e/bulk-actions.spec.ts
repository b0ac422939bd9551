/** Bulk actions on the lead table, on leads this spec creates (unique names) and nothing else. */
import { apiAs, unique } from './support/api';
import { openSignedIn } from './support/open-signed-in';
import { expect, test, type Page } from './support/test';

const FIRST_NAMES = ['Ann', 'Ben', 'Cyd'];

const createNamed = async (
  api: Awaited<ReturnType<typeof apiAs>>,
  lastName: string,
  firstNames: readonly string[],
) => {
  for (const first of firstNames) {
    await api.createLead(lastName, {
      first_name: first,
      email: `${first.toLowerCase()}.${lastName.toLowerCase()}@example.com`,
    });
  }
};

const choose = async (page: Page, field: string, option: string | RegExp) => {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
};

test('a rep selects leads by keyboard and Shift+click and changes their status', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  await createNamed(api, lastName, FIRST_NAMES);
  await openSignedIn(page, 'raj', `/leads?q=${lastName}&sort=first_name`);
  const bar = page.getByRole('region', { name: 'Bulk actions' });

  // Keyboard: Tab lands on the first lead's name; its checkbox is one cell to the left.
  const firstName = page.getByRole('link', { name: `Ann ${lastName}` });
  await firstName.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('checkbox', { name: `Select Ann ${lastName}` })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('status')).toHaveText('1 selected');
  await page
    .getByRole('checkbox', { name: `Select Cyd ${lastName}` })
    .click({ modifiers: ['Shift'] });
  await expect(bar.getByRole('status')).toHaveText('3 selected');

  await bar.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('dialog', { name: 'Change the status of 3 leads?' })).toBeVisible();
  await choose(page, 'New status', 'Customer');
  await page.getByRole('dialog').getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('3 updated')).toBeVisible();
  await expect
    .poll(async () => (await api.leadsMatching(lastName)).map((lead) => lead.status))
    .toEqual(['customer', 'customer', 'customer']);
});

test('a rep assigns the leads on the page to a colleague, then deletes them', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  await createNamed(api, lastName, FIRST_NAMES);
  await openSignedIn(page, 'raj', `/leads?q=${lastName}&sort=first_name`);
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(page.getByRole('link', { name: `Cyd ${lastName}` })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await bar.getByRole('button', { name: 'Assign to' }).click();
  await choose(page, 'Assignee', /\(sara\)$/);
  await page.getByRole('dialog').getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText('3 updated')).toBeVisible();
  await expect
    .poll(async () => (await api.leadsMatching(lastName)).map((lead) => lead.assignee))
    .toEqual(['sara', 'sara', 'sara']);
  // Only the assignee changed: every other field was sent back as read.
  expect((await api.leadsMatching(lastName)).map((lead) => lead.status)).toEqual([
    'prospect',
    'prospect',
    'prospect',
  ]);

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await bar.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 3 leads?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('3 deleted')).toBeVisible();
  await expect.poll(async () => (await api.leadsMatching(lastName)).length).toBe(0);
  await expect(page.getByText('No leads match these filters')).toBeVisible();
});

test('"all matching" reaches the leads on every page of the filter', async ({ page, request }) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  await createNamed(api, lastName, [
    ...FIRST_NAMES,
    'Dee',
    'Eve',
    'Fay',
    'Gus',
    'Hal',
    'Ida',
    'Jo',
    'Kit',
  ]);
  await openSignedIn(page, 'raj', `/leads?q=${lastName}&size=10`);
  await expect(page.getByText('1–10 of 11')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar.getByRole('status')).toHaveText('10 selected');
  await bar.getByRole('button', { name: 'Select all 11 matching leads' }).click();
  await bar.getByRole('button', { name: 'Change status' }).click();
  await choose(page, 'New status', 'Potential');
  await page.getByRole('dialog').getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('11 updated')).toBeVisible();
  expect(new Set((await api.leadsMatching(lastName)).map((lead) => lead.status))).toEqual(
    new Set(['potential']),
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a tap on the checkbox selects the lead and does not open it', async ({ page, request }) => {
    const api = await apiAs(request, 'raj');
    const lastName = unique();
    await createNamed(api, lastName, ['Ann']);
    await openSignedIn(page, 'raj', `/leads?q=${lastName}`);
    await page.getByRole('checkbox', { name: `Select Ann ${lastName}` }).tap();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await expect(bar.getByRole('status')).toHaveText('1 selected');
    await expect(page).toHaveURL(new RegExp(`/leads\\?q=${lastName}$`));
    await expect(bar.getByRole('button', { name: 'Delete' })).toBeInViewport();
  });
});
