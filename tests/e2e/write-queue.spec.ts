/**
 * The write queue in Chromium against the real server: a note added with no network is shown at
 * once as "Pending" and counted in the app bar, survives an offline reload, and reaches the
 * server exactly once when the network returns.
 */
import { apiAs, unique } from './support/api';
import { waitUntilReadyOffline } from './support/offline';
import { openSignedIn } from './support/open-signed-in';
import { expect, test } from './support/test';

// The service worker keeps the app's files for the offline reload (blocked in other specs).
test.use({ serviceWorkers: 'allow' });

test('a note added offline is pending, survives an offline reload and is sent once on reconnect', async ({
  page,
  context,
  request,
}) => {
  const raj = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await raj.createLead(lastName, { first_name: 'Penelope' });
  await raj.addNote(slug, 'Met at the trade fair.');
  const text = `Call back on Monday, ${lastName}.`;

  await openSignedIn(page, 'raj', `/leads/${slug}`);
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes).toContainText('trade fair');
  await expect(page.getByRole('textbox', { name: 'New note' })).toBeVisible();
  await waitUntilReadyOffline(page, 'raj', 'trade fair');

  await context.setOffline(true);
  await page.getByRole('textbox', { name: 'New note' }).fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  const first = notes.getByRole('listitem').first();
  await expect(first).toContainText(text);
  await expect(first).toContainText('Pending');
  const count = page.getByRole('banner').getByRole('button', { name: '1 pending' });
  await expect(count).toBeVisible();
  await count.click();
  const dialog = page.getByRole('dialog', { name: 'Changes not on the server yet' });
  await expect(dialog.getByRole('list', { name: 'Pending' })).toHaveText(`Add a note: “${text}”`);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(first).toContainText(text);
  await expect(first).toContainText('Pending');
  await expect(notes.getByRole('listitem').nth(1)).toContainText('trade fair');
  await expect(count).toBeVisible();
  expect(await raj.notes(slug)).toHaveLength(1);

  await context.setOffline(false);
  await expect(count).toBeHidden();
  await expect(first).toContainText(text);
  await expect(first).not.toContainText('Pending');
  await expect(first).toContainText('raj ·');
  expect((await raj.notes(slug)).map((note) => note.note)).toEqual([
    text,
    'Met at the trade fair.',
  ]);
});
