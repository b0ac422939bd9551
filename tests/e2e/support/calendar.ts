/** Where things are on FullCalendar's week grid, and a drag as a hand makes it. */
import type { Locator, Page } from './test';

/** The point of a time-grid column at `time` plus `fraction` of that half-hour slot. */
export const slotPoint = async (page: Page, day: string, time: string, fraction = 0.25) => {
  const lane = page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`);
  await lane.scrollIntoViewIfNeeded();
  const row = await lane.boundingBox();
  const column = await page.locator(`td.fc-timegrid-col[data-date="${day}"]`).boundingBox();
  if (!row || !column) throw new Error(`No slot ${day} ${time} on screen`);
  return { x: column.x + column.width / 2, y: row.y + row.height * fraction };
};

/** A real mouse drag, in small steps, as a hand would. */
export const drag = async (
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) => {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
};

/** The event as placed, not the copy FullCalendar draws under the pointer during a drag. */
export const eventIn = (page: Page, day: string, note: string): Locator =>
  page.locator(`td.fc-timegrid-col[data-date="${day}"] .fc-timegrid-event:not(.fc-event-mirror)`, {
    hasText: note,
  });

/** Drags `event` on the week grid to the same time on `day`, as a hand would. */
export const dragToDay = async (page: Page, event: Locator, day: string) => {
  const box = await event.boundingBox();
  const column = await page.locator(`td.fc-timegrid-col[data-date="${day}"]`).boundingBox();
  if (!box || !column) throw new Error(`The appointment or ${day} is not on screen`);
  await drag(
    page,
    { x: box.x + box.width / 2, y: box.y + 8 },
    { x: column.x + column.width / 2, y: box.y + 8 },
  );
};
