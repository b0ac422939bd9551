import { expect, test, type APIRequestContext, type Page } from './support/test';
import { DEMO_PASSWORD, signIn } from './support/session';

/**
 * XSS payloads stored through the API in every free-text field (lead names, location, message,
 * note, appointment note); every page that shows them is opened; no script may run and no
 * injected element may exist.
 */
const PAYLOAD = (field: string) =>
  `<img src=x onerror="window.xssRan=1" data-xss="${field}"><script>window.xssRan=1</script>"><svg onload="window.xssRan=1" data-xss>`;

const api = async (
  request: APIRequestContext,
  path: string,
  form: Record<string, string>,
  token?: string,
) => {
  const response = await request.post(`/api/v1/${path}`, {
    headers: { apikey: 'epixel-dev-key', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    multipart: form,
  });
  expect(response.status(), path).toBe(200);
  return (await response.json()) as { access?: string; data?: { slug?: string } };
};

const expectNothingInjected = async (page: Page, where: string) => {
  expect(await page.evaluate(() => 'xssRan' in window), where).toBe(false);
  await expect(page.locator('[data-xss]'), where).toHaveCount(0);
};

test('payloads stored in every text field run nowhere and inject nothing', async ({
  page,
  request,
}) => {
  const { access } = await api(request, 'user/login/', {
    username: 'raj',
    password: DEMO_PASSWORD,
  });
  const lead = await api(
    request,
    'leads/create/lead/',
    {
      first_name: PAYLOAD('first_name'),
      last_name: PAYLOAD('last_name'),
      email: 'xss.probe@example.com',
      phone: '+15550001234',
      location: PAYLOAD('location'),
      message: PAYLOAD('message'),
    },
    access,
  );
  const slug = lead.data?.slug ?? '';
  await api(request, 'leads/create/leadnote/', { slug, note: PAYLOAD('note') }, access);
  await api(
    request,
    'leads/create/appointment/',
    {
      slug,
      appointment_date: '2026-11-19 23:05',
      appointment_to: '2026-11-19 23:25',
      appointment_note: PAYLOAD('appointment_note'),
    },
    access,
  );

  await signIn(page, 'raj');
  await expectNothingInjected(page, 'overview');
  for (const [path, shown] of [
    ['/leads?search=xss.probe', 'onerror'],
    [`/leads/${slug}`, 'onerror'],
    [`/leads/${slug}/edit`, ''],
    ['/calendar?date=2026-11-19', ''],
    ['/appointments', ''],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (shown) await expect(page.getByText(shown).first()).toBeVisible();
    await expectNothingInjected(page, path);
  }
});
