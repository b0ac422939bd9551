import { expect, test, type Page } from './support/test';
import { STRICT_TOO } from './support/strict';
import { expectNoSeriousA11yViolations } from './support/axe';
import { DEMO_PASSWORD, signIn } from './support/session';

const fillSignIn = async (page: Page, username: string, password: string) => {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  return form;
};

test('a manager signs in and sees who is signed in', STRICT_TOO, async ({ page }) => {
  await page.goto('/login');
  await fillSignIn(page, 'maya', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner.getByText('Epixel CRM')).toBeVisible();
  await expect(banner.getByText('maya')).toBeVisible();
  await expect(banner.getByText('Manager')).toBeVisible();
});

test(
  'a wrong password is refused above the form and what was typed stays',
  STRICT_TOO,
  async ({ page }) => {
    await page.goto('/login');
    const form = await fillSignIn(page, 'raj', 'wrong-password');
    await expect(form.getByRole('alert')).toHaveText('Authentication failed');
    await expect(form.getByLabel('Username')).toHaveValue('raj');
    await expect(form.getByLabel('Password')).toHaveValue('wrong-password');
    await expect(page).toHaveURL(/\/login$/);
  },
);

test('an inactive account is told so', async ({ page }) => {
  await page.goto('/login');
  const form = await fillSignIn(page, 'olga', DEMO_PASSWORD);
  await expect(form.getByRole('alert')).toHaveText('Inactive Account');
});

test('a deep link asks for sign-in and then opens where it pointed', async ({ page }) => {
  await page.goto('/overview?appointment=month');
  await expect(page).toHaveURL(/\/login\?next=/);
  await fillSignIn(page, 'sara', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/overview\?appointment=month$/);
  await expect(page.getByRole('button', { name: 'This month' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test(
  'signing out returns to the sign-in page and the pages are closed again',
  STRICT_TOO,
  async ({ page }) => {
    await signIn(page, 'raj');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);

    await page.goto('/overview');
    await expect(page).toHaveURL(/\/login\?next=%2Foverview$/);
    await page.goBack();
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  },
);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sign-in page has no serious accessibility problems (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/login');
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await fillSignIn(page, 'raj', 'wrong-password');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}
