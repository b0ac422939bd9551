/** Issue 14's tools walked as a user would: the board, shortcuts, duplicates, the team view. */
import { expect, test } from './support/test';
import { apiAs, unique } from './support/api';
import { openSignedIn } from './support/open-signed-in';

test('a rep drags a card to another column and the server keeps the new status', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await api.createLead(lastName, { status: 'prospect' });
  await openSignedIn(page, 'raj', `/board?q=${lastName}`);
  const name = `Octavia ${lastName}`;
  const prospect = page.getByRole('region', { name: 'Prospect' });
  const potential = page.getByRole('region', { name: 'Potential' });
  const card = prospect.getByRole('listitem', { name });
  await expect(card).toBeVisible();

  await card.dragTo(potential);
  await expect(potential.getByRole('listitem', { name })).toBeVisible();
  await expect(prospect.getByRole('listitem', { name })).toHaveCount(0);
  await expect(page.getByText(`${name} moved to Potential`)).toBeVisible();
  await expect.poll(() => api.leadStatus(slug)).toBe('potential');

  // The keyboard path: the card's Move menu.
  await potential.getByRole('button', { name: `Move ${name}` }).press('Enter');
  await page.getByRole('menuitem', { name: 'Move to Customer' }).press('Enter');
  await expect(
    page.getByRole('region', { name: 'Customer' }).getByRole('listitem', { name }),
  ).toBeVisible();
  await expect.poll(() => api.leadStatus(slug)).toBe('customer');
});

test('shortcuts and the command palette take a rep where they want from the keyboard', async ({
  page,
  request,
}) => {
  const lastName = unique();
  await (await apiAs(request, 'raj')).createLead(lastName);
  await openSignedIn(page, 'raj', '/overview');
  // The counts, not just the heading: the page has its data (the session is refreshed) and is
  // settled, as a person would see it before reaching for the keyboard.
  await expect(page.getByRole('link', { name: /^Total leads: \d+$/ })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page).toHaveURL(/\/leads$/);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(
    palette.getByRole('combobox', { name: 'Find a lead or run an action' }),
  ).toBeFocused();
  await expect(palette.getByRole('option', { name: 'Go to calendar' })).toBeVisible();
  await page.keyboard.type(lastName);
  // The answer to the whole name, not to a prefix of it that other test leads share.
  await expect(palette.getByRole('option', { name: /Octavia Ithaca/ })).toHaveCount(1);
  await expect(palette.getByRole('option', { name: new RegExp(lastName) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Octavia ${lastName}`, level: 1 })).toBeVisible();
});

test('typing a known email on a new lead names the lead that has it', async ({ page, request }) => {
  const lastName = unique();
  await (await apiAs(request, 'raj')).createLead(lastName);
  await openSignedIn(page, 'raj', '/leads/new');
  await page.getByRole('textbox', { name: 'Email' }).fill(`${lastName.toLowerCase()}@example.com`);
  const warning = page.getByRole('status', { name: 'Possible duplicates' });
  await expect(warning.getByRole('link', { name: `Octavia ${lastName}` })).toBeVisible();
});

test('a manager sees leads by rep and opens the filtered table from a number', async ({ page }) => {
  await openSignedIn(page, 'maya', '/overview');
  await page.getByRole('link', { name: 'Team' }).click();
  const table = page.getByRole('table', { name: 'Leads and appointments by rep' });
  const link = table.getByRole('link', { name: /^Raj Kumar \(raj\), Prospect: \d+$/ });
  const count = Number((await link.textContent()) ?? 'NaN');
  await link.click();
  await expect(page).toHaveURL(/\/leads\?owner=raj&status=prospect$/);
  await expect(page.getByText(new RegExp(`of ${count}\\b`))).toBeVisible();
});

test('a palette whose code cannot be fetched says so and keeps the half-filled form', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/leads/new');
  const firstName = page.getByRole('textbox', { name: 'First name' });
  await firstName.fill('Penelope');
  const paletteCode = /\/assets\/command-palette-[\w-]+\.js$/;
  await page.route(paletteCode, (route) => route.abort('connectionrefused'));

  await page.keyboard.press('Control+k');
  const problem = page.getByRole('alert').filter({ hasText: 'The command palette' });
  await expect(problem).toHaveText(
    /The command palette could not be loaded: The server is unavailable right now\. Please try again\./,
  );
  await expect(firstName).toHaveValue('Penelope');

  // Back online, Retry fetches the palette and opens it; the form is still as it was.
  await page.unroute(paletteCode);
  await problem.getByRole('button', { name: 'Retry' }).click();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: 'Go to calendar' })).toBeVisible();
  await expect(
    palette.getByRole('combobox', { name: 'Find a lead or run an action' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(problem).toHaveCount(0);
  await expect(firstName).toHaveValue('Penelope');
});
