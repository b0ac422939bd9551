/** Every dialog opens on its first field (or, with no field, on its safe way out). */
import { expect, test } from './support/test';
import { apiAs, unique } from './support/api';
import { DEMO_PASSWORD } from './support/session';
import { openSignedIn } from './support/open-signed-in';

test('the booking dialog opens on the lead, or on the start date when the lead is fixed', async ({
  page,
  request,
}) => {
  await openSignedIn(page, 'raj', '/calendar');
  await page.getByRole('button', { name: 'New appointment' }).click();
  const booking = page.getByRole('dialog', { name: 'New appointment' });
  await expect(booking.getByRole('combobox', { name: 'Lead' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(booking).toBeHidden();

  const api = await apiAs(request, 'raj');
  const slug = await api.createLead(unique());
  await page.goto(`/leads/${slug}`);
  await page
    .getByRole('region', { name: 'Appointments' })
    .getByRole('button', { name: 'Book appointment' })
    .click();
  await expect(booking.getByLabel('Start date')).toBeFocused();
  await page.keyboard.press('Escape');

  // A dialog with no field opens on its safe way out: Enter never deletes by accident.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await api.deleteLead(slug);
});

test('the session-expired dialog opens on the password', async ({ page }) => {
  await openSignedIn(page, 'raj', '/overview');
  const refused = {
    status: 401,
    contentType: 'application/json',
    body: JSON.stringify({ detail: 'Token is invalid or expired', code: 'token_not_valid' }),
  };
  await page.route('**/api/v1/user/token/refresh/', (route) => route.fulfill(refused));
  await page.route('**/api/v1/leads/list/**', (route) => route.fulfill(refused));
  await page.getByRole('link', { name: 'Leads', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await page.unrouteAll();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
});
