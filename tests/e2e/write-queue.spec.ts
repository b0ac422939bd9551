/**
 * The write queue in Chromium against the real server: a note added and an appointment moved with
 * no network are shown at once as pending and counted in the app bar, survive an offline reload,
 * and reach the server exactly once when the network returns; a booking the server refuses by
 * then waits under "Couldn't sync" with the rep's times, to correct and retry; a lead edit that
 * meets another user's change to the same field shows both versions to choose from.
 */
import { apiAs, unique } from './support/api';
import { dragToDay, eventIn } from './support/calendar';
import { weekAfterE2eNow } from './support/clock';
import { waitUntilReadyOffline } from './support/offline';
import { openSignedIn } from './support/open-signed-in';
import { expect, test } from './support/test';

// The service worker keeps the app's files for the offline reload (blocked in other specs).
test.use({ serviceWorkers: 'allow' });

for (const [where, viewport] of [
  ['', null],
  [', on a phone', { width: 390, height: 844 }],
] as const) {
  test(`a note added offline is pending, survives an offline reload and is sent once on reconnect${where}`, async ({
    page,
    context,
    request,
  }) => {
    if (viewport) await page.setViewportSize(viewport);
    const raj = await apiAs(request, 'raj');
    const lastName = unique();
    const slug = await raj.createLead(lastName, { first_name: 'Penelope' });
    await raj.addNote(slug, 'Met at the trade fair.');
    const text = `Call back on Monday, ${lastName}.`;

    await openSignedIn(page, 'raj', `/leads/${slug}`);
    const notes = page.getByRole('list', { name: 'Notes' });
    await expect(notes).toContainText('trade fair');
    await expect(page.getByRole('textbox', { name: 'New note' })).toBeVisible();
    await waitUntilReadyOffline(page, 'raj', 'trade fair');

    await context.setOffline(true);
    await page.getByRole('textbox', { name: 'New note' }).fill(text);
    await page.getByRole('button', { name: 'Add note' }).click();
    const first = notes.getByRole('listitem').first();
    await expect(first).toContainText(text);
    await expect(first).toContainText('Pending');
    const count = page.getByRole('banner').getByRole('button', { name: '1 pending' });
    await expect(count).toBeVisible();
    // On a phone too the count fits in the app bar, beside the rest.
    const box = await count.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await count.click();
    const dialog = page.getByRole('dialog', { name: 'Changes not on the server yet' });
    await expect(dialog.getByRole('list', { name: 'Pending' })).toHaveText(`Add a note: “${text}”`);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.reload();
    await expect(first).toContainText(text);
    await expect(first).toContainText('Pending');
    await expect(notes.getByRole('listitem').nth(1)).toContainText('trade fair');
    await expect(count).toBeVisible();
    expect(await raj.notes(slug)).toHaveLength(1);

    await context.setOffline(false);
    await expect(count).toBeHidden();
    await expect(first).toContainText(text);
    await expect(first).not.toContainText('Pending');
    await expect(first).toContainText('raj ·');
    expect((await raj.notes(slug)).map((note) => note.note)).toEqual([
      text,
      'Met at the trade fair.',
    ]);
  });
}

test('a note added and an appointment moved offline survive a reload, and each reaches the server once', async ({
  page,
  context,
  request,
}) => {
  const raj = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await raj.createLead(lastName, { first_name: 'Telemachus' });
  await raj.addNote(slug, 'Met at the harbour.');
  // A week no other spec books in.
  const [monday, tuesday] = weekAfterE2eNow(23) as [string, string];
  const visit = `Harbour visit ${lastName}`;
  const id = await raj.createAppointment(slug, `${monday} 10:00`, `${monday} 11:00`, visit);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') sent.push(new URL(request.url()).pathname);
  });

  await openSignedIn(page, 'raj', `/leads/${slug}`);
  await expect(page.getByRole('textbox', { name: 'New note' })).toBeVisible();
  await waitUntilReadyOffline(page, 'raj', 'harbour');
  await page.goto(`/calendar?view=timeGridWeek&date=${monday}`);
  await expect(eventIn(page, monday, visit)).toContainText('10:00 - 11:00');
  // The appointment's dialog opened once online, so its code is kept for offline use.
  await eventIn(page, monday, visit).click();
  await page
    .getByRole('dialog', { name: 'Edit appointment' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await waitUntilReadyOffline(page, 'raj', visit);

  await context.setOffline(true);
  await dragToDay(page, eventIn(page, monday, visit), tuesday);
  await expect(eventIn(page, tuesday, visit)).toContainText('10:00 - 11:00');
  await expect(eventIn(page, tuesday, visit)).toContainText('Pending sync');
  await expect(page.getByRole('banner').getByRole('button', { name: '1 pending' })).toBeVisible();
  // To the lead's page without a page load: from the appointment's dialog.
  await eventIn(page, tuesday, visit).click();
  await page.getByRole('link', { name: `Open Telemachus ${lastName}'s page` }).click();
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes).toContainText('harbour');
  await page.getByRole('textbox', { name: 'New note' }).fill(`Sail on Friday, ${lastName}.`);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('listitem').first()).toContainText('Pending');
  const count = page.getByRole('banner').getByRole('button', { name: '2 pending' });
  await expect(count).toBeVisible();

  await page.reload();
  await expect(notes.getByRole('listitem').first()).toContainText(`Sail on Friday, ${lastName}.`);
  await expect(notes.getByRole('listitem').first()).toContainText('Pending');
  await expect(count).toBeVisible();
  await count.click();
  const dialog = page.getByRole('dialog', { name: 'Changes not on the server yet' });
  await expect(dialog.getByRole('list', { name: 'Pending' }).getByRole('listitem')).toHaveText([
    `Move an appointment with Telemachus ${lastName} to ${tuesday} 10:00 – ${tuesday} 11:00`,
    `Add a note: “Sail on Friday, ${lastName}.”`,
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await context.setOffline(false);
  await expect(page.getByRole('banner').getByRole('button', { name: /pending/ })).toBeHidden();
  await expect(notes.getByRole('listitem').first()).toContainText('raj ·');
  const onTuesday = (await raj.appointmentsOn(tuesday)).find((item) => item.id === id);
  expect(onTuesday && [onTuesday.appointment_date, onTuesday.appointment_to]).toEqual([
    `${tuesday} 10:00`,
    `${tuesday} 11:00`,
  ]);
  expect((await raj.notes(slug)).map((note) => note.note)).toEqual([
    `Sail on Friday, ${lastName}.`,
    'Met at the harbour.',
  ]);
  expect(sent.filter((path) => path.endsWith('/update/appointment/'))).toHaveLength(1);
  expect(sent.filter((path) => path.endsWith('/create/leadnote/'))).toHaveLength(1);
  await raj.deleteLead(slug);
});

test("an offline booking that clashes by the time it syncs waits under Couldn't sync with the rep's times, and Retry with new times books it", async ({
  page,
  context,
  request,
}) => {
  const raj = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await raj.createLead(lastName, { first_name: 'Circe' });
  const other = await raj.createLead(`${lastName}x`, { first_name: 'Calypso' });
  const day = weekAfterE2eNow(24)[3]!;
  const note = `Island tour ${lastName}`;

  await openSignedIn(page, 'raj', `/leads/${slug}`);
  const appointments = page.getByRole('region', { name: 'Appointments' });
  await appointments.getByRole('button', { name: 'Book appointment' }).click();
  const booking = page.getByRole('dialog', { name: 'New appointment' });
  await expect(booking.getByRole('combobox', { name: /lead/i })).toHaveValue(`Circe ${lastName}`);
  await booking.getByRole('button', { name: 'Cancel' }).click();

  await context.setOffline(true);
  await appointments.getByRole('button', { name: 'Book appointment' }).click();
  await booking.getByLabel('Start date').fill(day);
  await booking.getByLabel('Start time').fill('10:00');
  await booking.getByLabel('End date').fill(day);
  await booking.getByLabel('End time').fill('10:30');
  await booking.getByLabel('Note').fill(note);
  await booking.getByRole('button', { name: 'Book appointment' }).click();
  await expect(booking).toBeHidden();
  await expect(page.getByRole('banner').getByRole('button', { name: '1 pending' })).toBeVisible();
  await raj.createAppointment(other, `${day} 10:00`, `${day} 10:30`, 'Booked meanwhile');

  await context.setOffline(false);
  await page.getByRole('banner').getByRole('button', { name: "1 couldn't sync" }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes not on the server yet' });
  const refused = dialog.getByRole('list', { name: "Couldn't sync" });
  await expect(refused.getByRole('alert')).toHaveText('Appointment schedule exists for this time.');
  await expect(refused).toContainText(`Book an appointment with Circe ${lastName}`);
  const start = refused.getByRole('textbox', { name: 'Start' });
  const end = refused.getByRole('textbox', { name: 'End' });
  await expect(start).toHaveValue(`${day} 10:00`);
  await expect(end).toHaveValue(`${day} 10:30`);
  await start.fill(`${day} 11:00`);
  await end.fill(`${day} 11:30`);
  await refused.getByRole('button', { name: 'Retry' }).click();
  // The dialog stays open (the page behind it is hidden from queries meanwhile): it empties.
  await expect(refused).toBeHidden();
  await expect(dialog).toContainText('Nothing is waiting.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: /sync|pending/ })).toBeHidden();
  const mine = (await raj.appointmentsOn(day)).filter((item) => item.appointment_note === note);
  expect(mine.map((item) => [item.lead.slug, item.appointment_date, item.appointment_to])).toEqual([
    [slug, `${day} 11:00`, `${day} 11:30`],
  ]);
  await raj.deleteLead(slug);
  await raj.deleteLead(other);
});

test('a lead edited offline while someone changed the same field shows both versions, and sends the rep’s choice', async ({
  page,
  context,
  request,
}) => {
  const raj = await apiAs(request, 'raj');
  const lastName = unique();
  const slug = await raj.createLead(lastName, { first_name: 'Penelope' });

  // The lead's page seen online first (saving returns to it), then the form, loaded through the
  // service worker, so everything the form's page loads is kept for offline use.
  await openSignedIn(page, 'raj', `/leads/${slug}`);
  await waitUntilReadyOffline(page, 'raj', lastName);
  await page.goto(`/leads/${slug}/edit`);
  const firstName = page.getByRole('textbox', { name: /First name/ });
  await expect(firstName).toHaveValue('Penelope');
  await waitUntilReadyOffline(page, 'raj', lastName);
  await context.setOffline(true);
  await firstName.fill('Penny');
  await page.getByRole('textbox', { name: 'Location' }).fill('Ithaca');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: '1 pending' })).toBeVisible();
  await raj.updateLead(slug, { first_name: 'Nelly', phone: '+302109999999' });

  await context.setOffline(false);
  await page.getByRole('banner').getByRole('button', { name: "1 couldn't sync" }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes not on the server yet' });
  const choice = dialog.getByRole('radiogroup', { name: 'First name' });
  await expect(choice.getByRole('radio', { name: 'Yours: Penny' })).toBeChecked();
  await expect(choice.getByRole('radio', { name: 'On the server: Nelly' })).not.toBeChecked();
  await expect(dialog.getByRole('radiogroup')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Send with these' }).click();
  await expect(dialog.getByRole('list', { name: "Couldn't sync" })).toBeHidden();
  await expect(dialog).toContainText('Nothing is waiting.');
  expect(await raj.lead(slug)).toMatchObject({
    first_name: 'Penny',
    location: 'Ithaca',
    phone: '+302109999999',
  });
  await raj.deleteLead(slug);
});
