import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openSignedIn } from './support/open-signed-in';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation opens from the menu button and closes after a choice', async ({ page }) => {
    await openSignedIn(page, 'sara', '/overview');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect(nav).toBeVisible();
    await expect(page.getByText('Signed in as')).toBeVisible();
    await nav.getByRole('link', { name: 'Leads' }).click();
    await expect(page).toHaveURL(/\/leads$/);
    await expect(nav).toBeHidden();
  });

  test('the overview has no serious accessibility problems, with the menu open', async ({
    page,
  }) => {
    await openSignedIn(page, 'raj', '/overview');
    await expect(page.getByRole('list', { name: 'Leads by status' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test('the theme follows the system until switched, and the choice survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSignedIn(page, 'raj', '/overview');
  const html = page.locator('html');
  await expect(html).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(html).toHaveClass(/light/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(html).toHaveClass(/light/);
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
});

for (const [reducedMotion, fades] of [
  ['reduce', false],
  ['no-preference', true],
] as const) {
  test(`a dialog ${fades ? 'fades in' : 'appears at once'} when the system motion setting is "${reducedMotion}"`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await openSignedIn(page, 'raj', '/overview');
    // The counts: the page has its data and is settled before the keyboard is used.
    await expect(page.getByRole('link', { name: /^Total leads: \d+$/ })).toBeVisible();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    // The fade is the dialog's container's opacity transition: 225 ms, or none at all.
    const fade = await dialog.evaluate(
      (paper) => getComputedStyle(paper.parentElement ?? paper).transitionDuration,
    );
    expect(fade, "the duration of the dialog container's fade").toBe(fades ? '0.225s' : '0s');
  });
}

test('a skip link is the first stop for the keyboard and jumps to the page content', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/overview');
  // Reloaded once the page stands, as a person would: a reload while the first load's token
  // refresh is in flight loses the rotated token with the page, and the session expires.
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  // A page as it first loads: nothing focused yet.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header shows who is signed in', async ({ page }) => {
    await openSignedIn(page, 'raj', '/overview');
    await expect(page.getByRole('banner').getByText('raj', { exact: true })).toBeVisible();
  });
});

test('a page whose code cannot be fetched says the server is unavailable and offers a reload', async ({
  page,
}) => {
  await openSignedIn(page, 'sara', '/overview');
  await expect(page.getByRole('list', { name: 'Leads by status' })).toBeVisible();
  await page.route(/\/assets\/calendar-page-[\w-]+\.js$/, (route) =>
    route.abort('connectionrefused'),
  );

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Calendar' })
    .click();
  await expect(page.getByRole('alert')).toHaveText(
    /This page could not be shown: The server is unavailable right now\. Please try again\./,
  );

  // Back online, the reload shows the page.
  await page.unroute(/\/assets\/calendar-page-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { name: 'Calendar' })).toBeVisible();
});
