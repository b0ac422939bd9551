import { expect, test } from './support/test';
import { signIn } from './support/session';

test('a new tab shares the session and sign-out in one tab ends it in every tab', async ({
  context,
  page,
}) => {
  await signIn(page, 'raj');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

  const second = await context.newPage();
  await second.goto('/leads');
  await expect(second.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  // The access token is never stored; only the refresh token and who it is.
  const kept = await second.evaluate(() => localStorage.getItem('crm.session') ?? '');
  expect(kept).toContain('"refresh"');
  expect(kept).not.toContain('"access"');

  // Both tabs keep working after the second tab's refresh rotated the token.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Calendar' })
    .click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();

  const logout = second.waitForRequest((request) => request.url().endsWith('/user/logout/'));
  await second.getByRole('button', { name: 'Sign out' }).click();
  await logout;
  await expect(second.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
});
