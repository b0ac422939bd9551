/**
 * Planning a week by dragging, in Chromium, against the real server: book by dragging across
 * free time, move, resize, a refused clash that snaps back, delete. Each test works in its own
 * empty week, far beyond the seed's six weeks, so seeded data and other tests don't interfere;
 * what a test needs beforehand it books through the API.
 */
import { expect, test, type APIRequestContext, type Locator, type Page } from './support/test';
import { STRICT_TOO } from './support/strict';
import { expectNoSeriousA11yViolations } from './support/axe';
import { weekAfterE2eNow } from './support/clock';
import { drag, eventIn, slotPoint } from './support/calendar';
import { apiAs, unique } from './support/api';
import { openSignedIn } from './support/open-signed-in';

test.use({ viewport: { width: 1400, height: 1000 } });

/** Drags across free time, picks a lead and books; returns the lead's name. */
const bookByDragging = async (
  page: Page,
  day: string,
  from: string,
  lastSlot: string,
  note: string,
  /** The lead to pick by name; any lead the search for "a" offers first when not given. */
  lead?: string,
): Promise<string> => {
  await drag(page, await slotPoint(page, day, from), await slotPoint(page, day, lastSlot, 0.75));
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await expect(dialog).toBeVisible();
  const picker = dialog.getByRole('combobox', { name: 'Lead' });
  await picker.fill(lead ?? 'a');
  const option = lead
    ? page.getByRole('option', { name: new RegExp(`^${lead} `) })
    : page.getByRole('option').first();
  await expect(option).toBeVisible();
  await option.click();
  // The name is read from the chosen value: the list may still be swapping to the search's
  // answer when the first option is read, so its text is not always the one clicked.
  const leadName = await picker.inputValue();
  await dialog.getByLabel('Note').fill(note);
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await expect(dialog).toBeHidden();
  return leadName;
};

/** A lead of raj's with one appointment, `from`–`to` on `day`, noted `note`. */
const bookThroughApi = async (
  request: APIRequestContext,
  day: string,
  [from, to]: [string, string],
  note: string,
) => {
  const raj = await apiAs(request, 'raj');
  const slug = await raj.createLead(unique());
  await raj.createAppointment(slug, `${day} ${from}`, `${day} ${to}`, note);
  const [booked] = (await raj.appointmentsOn(day)).filter((a) => a.appointment_note === note);
  return { raj, slug, booked: booked! };
};

const openWeek = async (page: Page, day: string) => {
  await openSignedIn(page, 'raj', `/calendar?view=timeGridWeek&date=${day}`);
  await expect(page.locator(`td.fc-timegrid-col[data-date="${day}"]`)).toBeVisible();
};

/** Drags the event by its top edge to `to`. */
const dragEvent = async (event: Locator, to: { x: number; y: number }) => {
  const box = await event.boundingBox();
  if (!box) throw new Error('The event is not on screen');
  await drag(event.page(), { x: box.x + box.width / 2, y: box.y + 8 }, to);
};

test(
  'a rep books by dragging across free time, and the booking stays after a reload',
  STRICT_TOO,
  async ({ page }) => {
    const monday = weekAfterE2eNow(12)[0]!;
    const note = `E2E drag ${unique()}`;
    await openWeek(page, monday);
    const leadName = await bookByDragging(page, monday, '10:00', '10:30', note);
    const booked = eventIn(page, monday, note);
    await expect(booked).toContainText('10:00 - 11:00');
    await expect(booked).toContainText(leadName);
    await page.reload();
    await expect(eventIn(page, monday, note)).toContainText('10:00 - 11:00');
  },
);

test(
  'a rep moves an appointment to another day and stretches it by its edge',
  STRICT_TOO,
  async ({ page, request }) => {
    const [monday, tuesday] = weekAfterE2eNow(15);
    const note = `E2E move ${unique()}`;
    const { raj, booked } = await bookThroughApi(request, monday!, ['10:00', '11:00'], note);
    await openWeek(page, monday!);

    const tuesdayColumn = await page
      .locator(`td.fc-timegrid-col[data-date="${tuesday}"]`)
      .boundingBox();
    const event = await eventIn(page, monday!, note).boundingBox();
    if (!tuesdayColumn || !event) throw new Error('No Tuesday column or event');
    const moveSaved = page.waitForResponse((answer) => answer.url().includes('update/appointment'));
    await dragEvent(eventIn(page, monday!, note), {
      x: tuesdayColumn.x + tuesdayColumn.width / 2,
      y: event.y + 8,
    });
    // The server's answer redraws the event; a resize begun before it lands would be cut short.
    await moveSaved;
    await expect(eventIn(page, tuesday!, note)).toContainText('10:00 - 11:00');
    await expect(eventIn(page, monday!, note)).toHaveCount(0);

    // Its bottom edge one half-hour slot down: 10:00–11:30.
    const moved = eventIn(page, tuesday!, note);
    await moved.hover();
    const handle = await moved.locator('.fc-event-resizer-end').boundingBox();
    const slot = await page.locator('td.fc-timegrid-slot-lane[data-time="11:00:00"]').boundingBox();
    if (!handle || !slot) throw new Error('No resize handle');
    const grip = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    await drag(page, grip, { x: grip.x, y: grip.y + slot.height });
    await expect(eventIn(page, tuesday!, note)).toContainText('10:00 - 11:30');

    await page.reload();
    await expect(eventIn(page, tuesday!, note)).toContainText('10:00 - 11:30');
    expect((await raj.appointmentsOn(tuesday!)).find((a) => a.id === booked.id)).toMatchObject({
      appointment_date: `${tuesday} 10:00`,
      appointment_to: `${tuesday} 11:30`,
    });
  },
);

test(
  'a drop onto another appointment is refused with the server rule and snaps back',
  STRICT_TOO,
  async ({ page, request }) => {
    const tuesday = weekAfterE2eNow(16)[1]!;
    const note = `E2E clash ${unique()}`;
    const blocker = `E2E blocker ${unique()}`;
    const { raj, slug, booked } = await bookThroughApi(request, tuesday, ['10:00', '11:30'], note);
    await raj.createAppointment(slug, `${tuesday} 14:00`, `${tuesday} 15:00`, blocker);
    await openWeek(page, tuesday);
    await expect(eventIn(page, tuesday, blocker)).toBeVisible();

    const updates: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().includes('update/appointment')) updates.push(sent.url());
    });
    await dragEvent(eventIn(page, tuesday, note), await slotPoint(page, tuesday, '14:00', 0.5));
    await expect(
      page.getByRole('alert').filter({ hasText: 'Appointment schedule exists for this time.' }),
    ).toBeVisible();
    await expect(eventIn(page, tuesday, note)).toContainText('10:00 - 11:30');
    expect(updates).toEqual([]);
    await page.reload();
    await expect(eventIn(page, tuesday, note)).toContainText('10:00 - 11:30');
    expect((await raj.appointmentsOn(tuesday)).find((a) => a.id === booked.id)).toMatchObject({
      appointment_date: `${tuesday} 10:00`,
      appointment_to: `${tuesday} 11:30`,
    });
  },
);

test(
  'a rep opens an appointment, finds its lead, and deletes it after confirming',
  STRICT_TOO,
  async ({ page, request }) => {
    const wednesday = weekAfterE2eNow(17)[2]!;
    const note = `E2E delete ${unique()}`;
    const { raj, booked } = await bookThroughApi(request, wednesday, ['09:00', '10:00'], note);
    await openWeek(page, wednesday);

    await eventIn(page, wednesday, note).click();
    const dialog = page.getByRole('dialog', { name: 'Edit appointment' });
    await expect(
      dialog.getByRole('link', {
        name: `Open ${booked.lead.first_name} ${booked.lead.last_name}'s page`,
      }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this appointment?' })
      .getByRole('button', { name: 'Delete appointment' })
      .click();
    await expect(dialog).toBeHidden();
    await expect(eventIn(page, wednesday, note)).toHaveCount(0);
    await page.reload();
    await expect(page.locator(`td.fc-timegrid-col[data-date="${wednesday}"]`)).toBeVisible();
    await expect(eventIn(page, wednesday, note)).toHaveCount(0);
    expect((await raj.appointmentsOn(wednesday)).map((a) => a.id)).not.toContain(booked.id);
  },
);

test.describe('in a browser far from the server time zone', () => {
  test.use({ timezoneId: 'Pacific/Kiritimati' });

  test('times are shown and sent exactly as the API writes them', async ({ page, request }) => {
    const week = weekAfterE2eNow(13);
    const wednesday = week[2]!;
    const note = `E2E zone ${Date.now()}`;
    await openSignedIn(page, 'raj', `/calendar?view=timeGridWeek&date=${wednesday}`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'Pacific/Kiritimati',
    );
    await bookByDragging(page, wednesday, '09:30', '10:00', note);
    await expect(eventIn(page, wednesday, note)).toContainText('09:30 - 10:30');

    const raj = await apiAs(request, 'raj');
    const [saved] = (await raj.appointmentsOn(wednesday)).filter(
      (a) => a.appointment_note === note,
    );
    expect(saved).toMatchObject({
      appointment_date: `${wednesday} 09:30`,
      appointment_to: `${wednesday} 10:30`,
    });

    await eventIn(page, wednesday, note).click();
    const dialog = page.getByRole('dialog', { name: 'Edit appointment' });
    await expect(dialog.getByLabel('Start date')).toHaveValue(wednesday);
    await expect(dialog.getByLabel('Start time')).toHaveValue('09:30');
    await expect(dialog.getByLabel('End time')).toHaveValue('10:30');
  });
});

test('the keyboard path: New appointment opens the dialog on the next free half hour', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/calendar');
  await expect(page).toHaveURL(/view=timeGridWeek&date=\d{4}-\d{2}-\d{2}/);
  await page.getByRole('button', { name: 'New appointment' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await expect(dialog.getByLabel('Start time')).toHaveValue(/^\d{2}:(00|30)$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('late at night, New appointment suggests a slot in working hours, not the small hours', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/overview');
  // 23:40 in the account's zone (UTC here): the next free half hour of the night would be 00:00.
  await page.clock.setSystemTime(new Date('2026-11-18T23:40:00Z'));
  await page.getByRole('link', { name: 'Calendar' }).click();
  await page.getByRole('button', { name: 'New appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  const start = (await dialog.getByLabel('Start time').inputValue()) ?? '';
  const end = (await dialog.getByLabel('End time').inputValue()) ?? '';
  expect(start >= '08:00' && end <= '18:00', `${start}–${end}`).toBe(true);
  await expect(dialog.getByLabel('Start date')).not.toHaveValue('2026-11-18');
});

test('a drag across the past says why nothing happens; one ahead shows its times as it goes', async ({
  page,
}) => {
  const lastWeek = weekAfterE2eNow(-1);
  const wednesday = lastWeek[2]!;
  await openSignedIn(page, 'raj', `/calendar?view=timeGridWeek&date=${wednesday}`);
  const status = page.getByRole('status').filter({ hasText: /Drag|New appointment|past|Move/ });
  await drag(
    page,
    await slotPoint(page, wednesday, '14:00'),
    await slotPoint(page, wednesday, '14:30', 0.75),
  );
  await expect(status).toContainText(`${wednesday} 14:00–15:00: That time is in the past`);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const ahead = weekAfterE2eNow(13)[2]!;
  await page.goto(`/calendar?view=timeGridWeek&date=${ahead}`);
  const from = await slotPoint(page, ahead, '14:00');
  const to = await slotPoint(page, ahead, '14:30', 0.75);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await expect(status).toHaveText(`New appointment ${ahead} 14:00–15:00`);
  await page.mouse.up();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await expect(dialog.getByLabel('Start time')).toHaveValue('14:00');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the week view passes an accessibility check', async ({ page }) => {
  await openSignedIn(page, 'raj', '/calendar?view=timeGridWeek');
  await expect(page.locator('.fc-timegrid-event').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the Month button shows the month, kept in the URL, and it passes an accessibility check', async ({
  page,
}) => {
  await openSignedIn(page, 'raj', '/calendar?view=timeGridWeek');
  await expect(page.locator('.fc-timegrid-event').first()).toBeVisible();
  await page.getByRole('button', { name: 'Month' }).click();
  await expect(page).toHaveURL(/view=dayGridMonth/);
  await expect(page.locator('.fc-daygrid-event').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a half-hour appointment shows the lead’s whole name on its one line', async ({
  page,
  request,
}) => {
  const thursday = weekAfterE2eNow(14)[3]!;
  const note = `E2E short ${Date.now()}`;
  // A name of a usual length ("Ann Lee" sized), that no other lead has.
  const lastName = `Q${Date.now().toString(36).slice(-5)}`;
  await (await apiAs(request, 'raj')).createLead(lastName, { first_name: 'Ann' });
  const leadName = `Ann ${lastName}`;
  await openSignedIn(page, 'raj', `/calendar?view=timeGridWeek&date=${thursday}`);
  await bookByDragging(page, thursday, '10:00', '10:00', note, leadName);
  const event = eventIn(page, thursday, leadName);
  await expect(event).toContainText(`${leadName}, 10:00 - 10:30`);
  const box = await event.boundingBox();
  const name = await event.getByText(leadName, { exact: true }).boundingBox();
  if (!box || !name) throw new Error('The event or its name is not on screen');
  expect(name.y + name.height).toBeLessThanOrEqual(box.y + box.height + 1);
  expect(name.x + name.width).toBeLessThanOrEqual(box.x + box.width + 1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the calendar opens on the list; a chosen view is kept in the URL', async ({ page }) => {
    await openSignedIn(page, 'raj', '/calendar');
    await expect(page).toHaveURL(/view=listWeek/);
    await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await expect(page).toHaveURL(/view=timeGridDay/);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Day', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
