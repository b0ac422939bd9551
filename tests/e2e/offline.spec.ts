/** Working offline in Chromium: the app bar says so while the network is gone. */
import { openSignedIn } from './support/open-signed-in';
import { expect, test } from './support/test';

test('the app bar says Offline while the network is gone, on a phone too', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSignedIn(page, 'raj', '/overview');
  const connection = page.getByRole('banner').getByRole('status', { name: 'Connection' });
  await expect(connection).toHaveText('');
  await context.setOffline(true);
  await expect(connection).toHaveText('Offline');
  await context.setOffline(false);
  await expect(connection).toHaveText('');
});
