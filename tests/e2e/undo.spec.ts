/**
 * Undo in Chromium against the real server: a deleted note comes back on Undo and the server
 * never sees a delete; a moved appointment goes back to its times on the server.
 */
import { apiAs, unique } from './support/api';
import { weekAfterE2eNow } from './support/clock';
import { dragToDay, eventIn } from './support/calendar';
import { openSignedIn } from './support/open-signed-in';
import { expect, test } from './support/test';

// With the system's usual motion: the snackbars slide in and out as most users see them.
test.use({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'no-preference' });

for (const [where, viewport] of [
  ['', null],
  [', on a phone', { width: 390, height: 844 }],
] as const) {
  test(`a deleted note comes back on Undo, and no delete was ever sent${where}`, async ({
    page,
    request,
  }) => {
    if (viewport) await page.setViewportSize(viewport);
    const api = await apiAs(request, 'raj');
    const lastName = unique();
    const slug = await api.createLead(lastName);
    const text = `Call back ${lastName}`;
    await api.addNote(slug, text);
    const deletes: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().includes('delete/leadnote')) deletes.push(sent.url());
    });

    await openSignedIn(page, 'raj', `/leads/${slug}`);
    const notes = page.getByRole('region', { name: 'Notes' });
    await expect(notes.getByRole('listitem').filter({ hasText: text })).toBeVisible();
    await notes.getByRole('button', { name: /Delete note by raj/ }).click();
    await expect(notes.getByText(text)).toBeHidden();
    await expect(page.getByText('Note deleted')).toBeVisible();
    const undo = page.getByRole('button', { name: 'Undo' });
    // The snackbar and its Undo fit the screen, a phone's too.
    const box = await undo.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await undo.click();
    await expect(notes.getByRole('listitem').filter({ hasText: text })).toBeVisible();

    await page.reload();
    await expect(notes.getByRole('listitem').filter({ hasText: text })).toBeVisible();
    expect((await api.notes(slug)).map((note) => note.note)).toEqual([text]);
    expect(deletes).toEqual([]);
    await api.deleteLead(slug);
  });
}

test('a moved appointment goes back on Ctrl+Z, and the server has its old times', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await api.createLead(lastName);
  const note = `Undo move ${lastName}`;
  // A week no other spec books in, on a database each run starts afresh.
  const [monday, tuesday] = weekAfterE2eNow(20) as [string, string];
  const id = await api.createAppointment(slug, `${monday} 10:00`, `${monday} 11:00`, note);

  await openSignedIn(page, 'raj', `/calendar?view=timeGridWeek&date=${monday}`);
  const event = eventIn(page, monday, note);
  await expect(event).toContainText('10:00 - 11:00');
  await dragToDay(page, event, tuesday);

  await expect(eventIn(page, tuesday, note)).toContainText('10:00 - 11:00');
  await expect(page.getByText('Appointment moved')).toBeVisible();
  const timesOn = async (day: string) => {
    const found = (await api.appointmentsOn(day)).find((item) => item.id === id);
    return found && `${found.appointment_date}–${found.appointment_to}`;
  };
  await expect.poll(() => timesOn(tuesday)).toBe(`${tuesday} 10:00–${tuesday} 11:00`);
  await page.keyboard.press('Control+z');

  await expect(eventIn(page, monday, note)).toContainText('10:00 - 11:00');
  await expect.poll(() => timesOn(monday)).toBe(`${monday} 10:00–${monday} 11:00`);
  await api.deleteLead(slug);
});
