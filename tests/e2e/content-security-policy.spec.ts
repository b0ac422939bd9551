import { expect, test, type Page } from './support/test';
import { signIn } from './support/session';

/**
 * Every page works under the served Content-Security-Policy and nothing is refused by it:
 * violations are collected from the document's `securitypolicyviolation` events and from the
 * console.
 */
const watchViolations = async (page: Page): Promise<string[]> => {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) found.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => found.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation;
      report(
        `${event.violatedDirective} refused ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return found;
};

const expectPage = async (page: Page, heading: string | RegExp) => {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState('networkidle');
};

test('the sign-in page runs under a policy with no inline script and no eval', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/login');
  const policy = response?.headers()['content-security-policy'] ?? '';
  const directives = policy.split(';').map((directive) => directive.trim());
  expect(directives.filter((directive) => directive.startsWith('script-src'))).toEqual([
    "script-src 'self'",
  ]);
  // The theme script (a file, not inline) still ran before React.
  await expect(page.locator('html')).toHaveClass(/light|dark/);
  await expectPage(page, 'Epixel CRM');
  expect(violations).toEqual([]);
});

const PAGES: [path: string, heading: string | RegExp][] = [
  ['/overview', 'Overview'],
  ['/leads', 'Leads'],
  ['/leads/new', /new lead/i],
  ['/calendar', 'Calendar'],
  ['/appointments', 'Appointments'],
];

for (const [path, heading] of PAGES) {
  test(`${path} works under the policy with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await signIn(page, 'maya', path);
    await expectPage(page, heading);
    expect(violations).toEqual([]);
  });
}

test("a lead's page and its edit form work under the policy with no violation", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await signIn(page, 'maya', '/leads');
  await page.getByRole('main').getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/leads\/[^/]+$/);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await expectPage(page, /.+/);
  expect(violations).toEqual([]);
});

test('a policy violation is reported by this watch (the check can fail)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/login');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
});
