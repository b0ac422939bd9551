/** Signing in as a person does, through the login page. Demo users: maya, raj, sara. */
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo1234';

export const signIn = async (page: Page, username: string, next = '/overview'): Promise<void> => {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
};
