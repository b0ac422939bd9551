import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { STRICT_SERVER, STRICT_TOO } from './support/strict';
import { parseCsv } from '../unit/leads/parse-csv';
import { expectNoSeriousA11yViolations } from './support/axe';
import { apiAs, unique } from './support/api';
import { signIn } from './support/session';
import { openSignedIn } from './support/open-signed-in';

const SORT_OFF = "This server can't sort leads: they are shown in its own order.";

const choose = async (page: Page, field: string, option: string) => {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(
    `the lead table, filtered, has no serious accessibility problems (${colorScheme})`,
    STRICT_TOO,
    async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openSignedIn(page, 'raj', '/leads?status=customer');
      await expect(page.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1)).toContainText(
        'Customer',
      );
      // On a strict server the scan covers the table saying that it cannot sort or search.
      if (STRICT_SERVER) await expect(page.getByText(SORT_OFF)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    },
  );
}

test("a lead's page with its notes has no serious accessibility problems", async ({
  page,
  request,
}) => {
  const raj = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await raj.createLead(lastName, { first_name: 'Penelope' });
  await raj.addNote(slug, 'Called: wants a quote by Friday.');
  await openSignedIn(page, 'raj', `/leads/${slug}`);
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('wants a quote');
  await expectNoSeriousA11yViolations(page);
});

test("a lead's page whose note box is still loading has no serious accessibility problems", async ({
  page,
  request,
}) => {
  const raj = await apiAs(request, 'raj');
  const slug = await raj.createLead(unique());
  // The note box's code is held back until the scan is done.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/note-composer-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openSignedIn(page, 'raj', `/leads/${slug}`);
  await expect(page.getByRole('status', { name: 'Loading the note box' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  release();
  await expect(page.getByRole('textbox', { name: 'New note' })).toBeVisible();
});

test(
  'a rep creates a lead after the form explains the phone rule, and lands on its page',
  STRICT_TOO,
  async ({ page }) => {
    const lastName = unique();
    await openSignedIn(page, 'raj', '/leads');
    await page.getByRole('link', { name: 'New lead' }).click();
    await page.getByRole('textbox', { name: 'First name' }).fill('Penelope');
    await page.getByRole('textbox', { name: 'Last name' }).fill(lastName);
    await page
      .getByRole('textbox', { name: 'Email' })
      .fill(`${lastName.toLowerCase()}@example.com`);
    await page.getByRole('textbox', { name: 'Phone' }).fill('12345');
    await page.getByRole('button', { name: 'Create lead' }).click();
    await expect(
      page.getByText("Phone number must be entered in the format: '999999999'."),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('textbox', { name: 'Phone' }).fill('+302101234567');
    await choose(page, 'Source', 'Event');
    await page.getByRole('button', { name: 'Create lead' }).click();

    await expect(page.getByRole('heading', { name: `Penelope ${lastName}` })).toBeVisible();
    await expect(page.getByText('Lead created')).toBeVisible();
    await expect(page.getByText('Event', { exact: true })).toBeVisible();
  },
);

test(
  'a rep notes a call and moves the lead on; both survive a reload',
  STRICT_TOO,
  async ({ page, request }) => {
    const lastName = unique();
    const slug = await (
      await apiAs(request, 'raj')
    ).createLead(lastName, { first_name: 'Penelope' });
    await openSignedIn(page, 'raj', `/leads/${slug}`);
    await expect(page.getByRole('heading', { name: `Penelope ${lastName}` })).toBeVisible();
    await page.getByRole('textbox', { name: 'New note' }).fill('Called: wants a quote by Friday.');
    await page.getByRole('button', { name: 'Add note' }).click();
    const notes = page.getByRole('list', { name: 'Notes' });
    await expect(notes.getByRole('listitem').first()).toContainText('Called: wants a quote');
    await expect(notes.getByRole('listitem').first()).toContainText('raj ·');

    await page.getByRole('link', { name: 'Edit' }).click();
    await choose(page, 'Status', 'Potential');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Changes saved')).toBeVisible();
    await expect(page.getByRole('heading', { name: `Penelope ${lastName}` })).toBeVisible();

    // The note survived the full-replace update, and the page reloads from the server intact.
    await page.reload();
    await expect(page.getByRole('list', { name: 'Notes' })).toContainText('wants a quote');
    await expect(page.getByText('Potential', { exact: true })).toBeVisible();
  },
);

test('a rep finds a lead by search and deletes it; its old address says it is gone', async ({
  page,
  request,
}) => {
  const lastName = unique();
  const slug = await (
    await apiAs(request, 'raj')
  ).createLead(lastName, { first_name: 'Penelope', status: 'potential', source: 'event' });
  await openSignedIn(page, 'raj', '/leads');
  await page.getByRole('searchbox', { name: 'Search leads' }).fill(lastName);
  await expect(page).toHaveURL(new RegExp(`q=${lastName}`));
  const grid = page.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row').nth(1)).toContainText('Potential');
  await expect(grid.getByRole('row').nth(1)).toContainText('Event');

  await grid.getByRole('link', { name: `Penelope ${lastName}` }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete lead' }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByText(`Penelope ${lastName} was deleted`)).toBeVisible();
  await page.goto(`/leads/${slug}`);
  await expect(page.getByRole('heading', { name: 'Lead not found' })).toBeVisible();
});

test('the table keeps its filters in the address, Back undoes a change', async ({ page }) => {
  await openSignedIn(page, 'raj', '/leads?status=customer');
  const grid = page.getByRole('grid', { name: 'Leads' });
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveText('Customer');
  await expect(grid.getByRole('row').nth(1)).toContainText('Customer');

  await page.getByRole('columnheader', { name: 'Email' }).click();
  await expect(page).toHaveURL(/status=customer&sort=email/);

  await page.goBack();
  await expect(page).toHaveURL(/\/leads\?status=customer$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveText('Any status');
});

test('the table works from the keyboard: Tab enters it once, arrows move, Enter opens', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/leads?sort=first_name');
  const grid = page.getByRole('grid', { name: 'Leads' });
  const rows = grid.getByRole('row');
  await expect(rows).toHaveCount(26);
  await grid.getByRole('columnheader', { name: 'Created' }).getByRole('button').focus();
  await page.keyboard.press('Tab');
  await expect(rows.nth(1).getByRole('link')).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(rows.nth(2).getByRole('gridcell').nth(2)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(2).getByRole('gridcell').last()).toBeFocused();
  const name = (await rows.nth(2).getByRole('link').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/leads\/[^/?]+$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
});

test('a hidden column stays hidden after a reload, in this browser only', async ({ page }) => {
  await openSignedIn(page, 'maya', '/leads');
  const grid = page.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('columnheader', { name: 'Phone' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Phone' }).uncheck();
  await expect(page.getByRole('checkbox', { name: 'Name' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('columnheader', { name: 'Phone' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/leads$/);
  await page.reload();
  await expect(grid.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Phone' })).toHaveCount(0);
});

test(
  'the page size and the pages turn on the server and stay in the address',
  STRICT_TOO,
  async ({ page }) => {
    await openSignedIn(page, 'maya', '/leads');
    const grid = page.getByRole('grid', { name: 'Leads' });
    await expect(grid.getByRole('row')).toHaveCount(26);
    await page.getByRole('combobox', { name: /rows per page/i }).click();
    await page.getByRole('option', { name: '10', exact: true }).click();
    await expect(page).toHaveURL(/\/leads\?size=10$/);
    await expect(grid.getByRole('row')).toHaveCount(11);
    await page.getByRole('button', { name: /next page/i }).click();
    await expect(page).toHaveURL(/\/leads\?page=2&size=10$/);
    await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible();
  },
);

test(
  'the table sorts, searches and filters by source where the server can, says so where it cannot, and still filters and pages',
  STRICT_TOO,
  async ({ page }) => {
    await openSignedIn(page, 'maya', '/leads?status=closed&size=10');
    const grid = page.getByRole('grid', { name: 'Leads' });
    const rows = grid.getByRole('row');
    // The documented status filter and paging work on any server: every row but the header is closed.
    await expect(rows).toHaveCount(11);
    await expect(rows.filter({ hasNotText: 'Closed' })).toHaveCount(1);
    await page.getByRole('button', { name: /next page/i }).click();
    await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible();
    await expect(rows).toHaveCount(11);
    await expect(rows.filter({ hasNotText: 'Closed' })).toHaveCount(1);

    const email = grid.getByRole('columnheader', { name: 'Email' });
    const search = page.getByRole('searchbox', { name: 'Search leads' });
    const source = page.getByRole('combobox', { name: 'Source' });

    if (STRICT_SERVER) {
      await expect(page.getByText(SORT_OFF)).toBeVisible();
      await expect(grid).toHaveAccessibleDescription(SORT_OFF);
      await expect(email.getByRole('button')).toHaveCount(0);
      await expect(search).toBeDisabled();
      await expect(search).toHaveAccessibleDescription("This server can't search leads.");
      await expect(source).toHaveAttribute('aria-disabled', 'true');
      await expect(page.getByText("This server can't filter leads by source.")).toBeVisible();
    } else {
      await email.getByRole('button', { name: 'Email' }).click();
      await expect(page).toHaveURL(/sort=email/);
      await expect(email).toHaveAttribute('aria-sort', 'ascending');
      await expect(search).toBeEnabled();
      await choose(page, 'Source', 'Event');
      await expect(page).toHaveURL(/source=event/);
      await expect(source).toHaveText('Event');
    }
  },
);

test(
  "a rep's Owned or assigned view lists both where the server can, and says why where it cannot",
  STRICT_TOO,
  async ({ page }) => {
    await openSignedIn(page, 'raj', '/leads');
    const range = page.getByText(/^1–25 of \d+$/);
    const total = async () => Number((await range.textContent())?.split(' of ')[1]);
    await expect(range).toBeVisible();
    const owned = await total();
    const view = page.getByRole('button', { name: 'Owned or assigned' });
    if (STRICT_SERVER) {
      await expect(view).toBeDisabled();
      await expect(view).toHaveAccessibleDescription(
        "This server can't list the leads you own and those assigned to you together.",
      );
    } else {
      await view.click();
      await expect(page).toHaveURL(/view=all/);
      await expect.poll(total).toBeGreaterThan(owned);
    }
  },
);

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table shows name and status, and tapping a row opens the lead', async ({ page }) => {
    await openSignedIn(page, 'raj', '/leads');
    const grid = page.getByRole('grid', { name: 'Leads' });
    const headers = grid.getByRole('columnheader');
    await expect(headers).toHaveText(['', 'Name', 'Status']);
    const row = grid.getByRole('row').nth(1);
    const name = (await row.getByRole('link').textContent()) ?? '';
    await row.getByRole('gridcell').nth(2).click();
    await expect(page).toHaveURL(/\/leads\/[^/?]+$/);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a lead opens on its key facts, then its notes; the rest is one tap away', async ({
    page,
    request,
  }) => {
    const lastName = unique();
    const slug = await (await apiAs(request, 'raj')).createLead(lastName);
    await openSignedIn(page, 'raj', `/leads/${slug}`);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(
      details.getByRole('link', { name: `${lastName.toLowerCase()}@example.com` }),
    ).toBeVisible();
    await expect(details.getByText('Source')).toBeHidden();
    const notesTop = (await page.getByRole('region', { name: 'Notes' }).boundingBox())?.y ?? NaN;
    const appointmentsTop =
      (await page.getByRole('region', { name: 'Appointments' }).boundingBox())?.y ?? NaN;
    expect(notesTop).toBeLessThan(appointmentsTop);
    expect(notesTop).toBeLessThan(844);

    await details.getByRole('button', { name: 'More details' }).click();
    await expect(details.getByText('Website')).toBeVisible();
    await expect(details.getByRole('button', { name: 'Fewer details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

test('a manager sees every lead, a rep only their own or assigned ones', async ({ page }) => {
  await openSignedIn(page, 'maya', '/leads');
  await expect(page.getByRole('button', { name: 'All leads' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const managerTotal = Number(
    (await page.getByText(/^1–25 of \d+$/).textContent())?.split(' of ')[1],
  );

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'sara', '/leads');
  const repText = page.getByText(/^1–25 of \d+$/);
  await expect(repText).toBeVisible();
  const repTotal = Number((await repText.textContent())?.split(' of ')[1]);
  expect(repTotal).toBeLessThan(managerTotal);

  await page.getByRole('button', { name: 'Assigned to me' }).click();
  await expect(page).toHaveURL(/view=assigned/);
  const assignees = page.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1);
  await expect(assignees).toContainText('sara');
});

test('Export CSV downloads every lead of the filter, not just the page shown', async ({ page }) => {
  await openSignedIn(page, 'maya', '/leads?status=prospect');
  const grid = page.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row').nth(1)).toContainText('Prospect');
  const range = await page.getByText(/^1–\d+ of \d+$/).textContent();
  const total = Number(range?.split(' of ')[1]);
  expect(total).toBeGreaterThan(25); // more than one page on screen

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  expect(header).toContain('Status');
  expect(rows).toHaveLength(total);
  const status = header!.indexOf('Status');
  expect(new Set(rows.map((row) => row[status]))).toEqual(new Set(['Prospect']));
  await expect(
    page.getByText(`Exported ${total} leads to ${download.suggestedFilename()}`),
  ).toBeVisible();
});

test('an export whose code cannot be fetched says the server is unavailable and keeps the table', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/leads?status=customer');
  const grid = page.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row').nth(1)).toContainText('Customer');
  // The export's code loads with the first export: the server is gone by then.
  await page.route(/\/assets\/every-lead-[\w-]+\.js$/, (route) => route.abort('connectionrefused'));

  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Export failed: The server is unavailable right now\. Please try again\./,
  );
  await expect(grid.getByRole('row').nth(1)).toContainText('Customer');

  // Back online, Retry fetches the code again and the export runs.
  await page.unroute(/\/assets\/every-lead-[\w-]+\.js$/);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Retry' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('booking from a lead page shows the appointment in its list', async ({ page, request }) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await api.createLead(lastName);
  await openSignedIn(page, 'raj', `/leads/${slug}`);
  const appointments = page.getByRole('region', { name: 'Appointments' });
  await expect(appointments).toContainText('No appointments with this lead.');

  await appointments.getByRole('button', { name: 'Book appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await expect(dialog.getByRole('combobox', { name: /lead/i })).toHaveValue(`Octavia ${lastName}`);
  await dialog.getByLabel('Note').fill(`Site visit ${lastName}`);
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await expect(dialog).toBeHidden();
  const booked = appointments.getByRole('button', { name: new RegExp(`Site visit ${lastName}`) });
  await expect(booked).toContainText('Pending');
  await expectNoSeriousA11yViolations(page);

  // Leave raj's diary as it was: the appointment goes again from the same list.
  await booked.click();
  const editing = page.getByRole('dialog', { name: 'Edit appointment' });
  await editing.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this appointment?' })
    .getByRole('button', { name: 'Delete appointment' })
    .click();
  await expect(appointments).toContainText('No appointments with this lead.');
  await api.deleteLead(slug);
});

test('sorting by name orders leads sharing a first name by their last name', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'raj');
  const family = unique();
  const slugs: string[] = [];
  // Created in this order, so an order by id alone would read Brown, Zimmer, Moreau.
  for (const last of ['Brown', 'Zimmer', 'Moreau']) slugs.push(await api.createLead(family + last));
  await openSignedIn(page, 'raj', `/leads?q=${family}`);
  const rows = page.getByRole('row').filter({ hasText: family });
  await expect(rows).toHaveCount(3);

  await page.getByRole('columnheader', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=first_name/);
  await expect(rows.nth(0)).toContainText(`Octavia ${family}Brown`);
  await expect(rows.nth(1)).toContainText(`Octavia ${family}Moreau`);
  await expect(rows.nth(2)).toContainText(`Octavia ${family}Zimmer`);

  await page.getByRole('columnheader', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=-first_name/);
  await expect(rows.nth(0)).toContainText(`Octavia ${family}Zimmer`);
  await expect(rows.nth(2)).toContainText(`Octavia ${family}Brown`);

  for (const slug of slugs) await api.deleteLead(slug);
});
