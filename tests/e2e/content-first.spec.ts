/**
 * A cold start paints the lead table's rows first; the filters, the navigation's links and the
 * pager follow in the next frames, each where it will stay: nothing on the page moves when they
 * arrive (decision 0017). A first visit, whose filter bar height this browser has not seen yet
 * at this window width, gets the filters with the rows.
 */
import { expect, test, type Page } from './support/test';
import { openSignedIn } from './support/open-signed-in';

type FirstRowsFrame = { search: boolean; pager: boolean; navigation: boolean };
type Recorded = { firstRowsFrame?: FirstRowsFrame; shifts: number[] };

/** In the page: what was there when lead rows first appeared, and every layout shift. */
const recordFirstRowsFrame = (page: Page) =>
  page.addInitScript(() => {
    const recorded = window as unknown as Recorded;
    recorded.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        recorded.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    const watch = new MutationObserver(() => {
      if (!document.querySelector('[role="grid"][aria-label="Leads"] tbody tr')) return;
      recorded.firstRowsFrame = {
        search: document.querySelector('input[type="search"]') !== null,
        pager: document.querySelector('button[aria-label="Go to next page"]') !== null,
        navigation: document.querySelector('nav[aria-label="Main"] a') !== null,
      };
      watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  });

const recorded = (page: Page) =>
  page.evaluate(() => {
    const { firstRowsFrame, shifts } = window as unknown as Recorded;
    return { firstRowsFrame, moved: shifts.reduce((sum, shift) => sum + shift, 0) };
  });

/** Everything the page offers around the rows is there (and works: the pager's label). */
const expectWholePage = async (page: Page) => {
  await expect(page.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search leads' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go to next page' })).toBeEnabled();
  await expect(page.getByText(/^1–25 of \d+/)).toBeVisible();
  if ((page.viewportSize()?.width ?? 0) >= 900)
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }),
    ).toBeVisible();
};

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a returning user sees the rows first, then the controls around them, and nothing moves', async ({
      page,
    }) => {
      await openSignedIn(page, 'raj', '/leads');
      await expectWholePage(page);

      await recordFirstRowsFrame(page);
      await page.reload();
      await expectWholePage(page);
      const { firstRowsFrame, moved } = await recorded(page);
      expect(firstRowsFrame, 'the filters and the pager came after the rows').toEqual({
        search: false,
        pager: false,
        navigation: false,
      });
      expect(moved, 'layout shift during the load').toBeLessThan(0.005);
    });

    test('a first visit gets the filters with the rows, and nothing moves either', async ({
      page,
    }) => {
      await recordFirstRowsFrame(page);
      await openSignedIn(page, 'raj', '/leads');
      await expectWholePage(page);
      const { firstRowsFrame, moved } = await recorded(page);
      expect(firstRowsFrame?.search, 'the search field was there with the first rows').toBe(true);
      expect(moved, 'layout shift during the load').toBeLessThan(0.005);
    });
  });
}
