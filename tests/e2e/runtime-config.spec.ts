/**
 * One build serves any account: no file under dist/ carries an API key or an API location; the
 * served page hands both to the dashboard in `<meta>` tags, and the dashboard uses them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_API_KEY } from '../../server/config';
import { PAGE_CONFIG_META } from '../../src/contract';
import { signIn } from './support/session';
import { expect, test } from './support/test';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

test('no file of the build contains the API key or a page-config value', () => {
  const files = filesUnder('dist');
  expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
  const leaking = files.filter((file) => {
    const text = readFileSync(file, 'latin1');
    return text.includes(DEVELOPMENT_API_KEY) || text.includes(`name="${PAGE_CONFIG_META.apiKey}"`);
  });
  expect(leaking).toEqual([]);
});

test('the served page carries the key in a meta tag, and the dashboard signs in with it', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.locator(`meta[name="${PAGE_CONFIG_META.apiKey}"]`)).toHaveAttribute(
    'content',
    DEVELOPMENT_API_KEY,
  );
  await signIn(page, 'raj');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
});
