/**
 * Undo in Chromium against the real server: a deleted note comes back on Undo and the server
 * never sees a delete; a moved appointment goes back to its times on the server.
 */
import { apiAs, unique } from './support/api';
import { weekAfterE2eNow } from './support/clock';
import { signIn } from './support/session';
import { expect, test, type Page } from './support/test';

test.use({ viewport: { width: 1400, height: 1000 } });

const FIRST_PAINT = { timeout: 20_000 };

test('a deleted note comes back on Undo, and no delete was ever sent', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await api.createLead(lastName);
  const text = `Call back ${lastName}`;
  await api.addNote(slug, text);
  const deletes: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().includes('delete/leadnote')) deletes.push(sent.url());
  });

  await signIn(page, 'raj', `/leads/${slug}`);
  const notes = page.getByRole('region', { name: 'Notes' });
  // The first paint waits longer: on a busy machine a cold page takes its time.
  await expect(notes.getByRole('listitem').filter({ hasText: text })).toBeVisible(FIRST_PAINT);
  await notes.getByRole('button', { name: /Delete note by raj/ }).click();
  await expect(notes.getByText(text)).toBeHidden();
  await expect(page.getByText('Note deleted')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.getByRole('listitem').filter({ hasText: text })).toBeVisible();

  await page.reload();
  await expect(notes.getByRole('listitem').filter({ hasText: text })).toBeVisible(FIRST_PAINT);
  expect((await api.notes(slug)).map((note) => note.note)).toEqual([text]);
  expect(deletes).toEqual([]);
  await api.deleteLead(slug);
});

const eventIn = (page: Page, day: string, note: string) =>
  page.locator(`td.fc-timegrid-col[data-date="${day}"] .fc-timegrid-event`, { hasText: note });

test('a moved appointment goes back on Ctrl+Z, and the server has its old times', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await api.createLead(lastName);
  const note = `Undo move ${lastName}`;
  // A week no other spec books in, on a database each run starts afresh.
  const [monday, tuesday] = weekAfterE2eNow(16) as [string, string];
  const id = await api.book(slug, `${monday} 10:00`, `${monday} 11:00`, note);

  await signIn(page, 'raj', `/calendar?view=timeGridWeek&date=${monday}`);
  const event = eventIn(page, monday, note);
  await expect(event).toContainText('10:00 - 11:00', FIRST_PAINT);
  const box = await event.boundingBox();
  const column = await page.locator(`td.fc-timegrid-col[data-date="${tuesday}"]`).boundingBox();
  if (!box || !column) throw new Error('The appointment or Tuesday is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(column.x + column.width / 2, box.y + 8, { steps: 15 });
  await page.mouse.up();

  await expect(eventIn(page, tuesday, note)).toContainText('10:00 - 11:00');
  await expect(page.getByText('Appointment moved')).toBeVisible();
  await expect
    .poll(() => api.appointmentTimes(slug, tuesday, id))
    .toBe(`${tuesday} 10:00–${tuesday} 11:00`);
  await page.keyboard.press('Control+z');

  await expect(eventIn(page, monday, note)).toContainText('10:00 - 11:00');
  await expect
    .poll(() => api.appointmentTimes(slug, monday, id))
    .toBe(`${monday} 10:00–${monday} 11:00`);
  await api.deleteLead(slug);
});
