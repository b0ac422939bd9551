/**
 * The appointments list: its filters and page live in the URL (a link reproduces the view),
 * loading, empty and error states, and a row's Edit opening the appointment dialog.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { appointmentSchema, ENDPOINTS, paginatedSchema } from '../../../src/contract';
import { accountToday } from '../../../src/lib/clock';
import { apiGet } from '../../../src/lib/http-client';
import { mswServer } from '../support/msw-server';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { renderApp } from '../support/render-app';

// Not a React hook despite its name: it registers beforeAll/afterAll for this file.
startReferenceApi();
beforeAll(() => import('../../../src/app/pages/appointments-page'));

const LIST = '*/api/v1/leads/appointments/list/';

const table = () => screen.findByRole('table', { name: 'Appointments' });
const dataRows = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1);

const rajsFirstPage = async () =>
  apiGet(ENDPOINTS.appointmentList, { limit: 100 }, paginatedSchema(appointmentSchema));

describe('the appointments list', () => {
  it('reads status and lead filters from the URL and sends them to the server', async () => {
    await signInAs('raj');
    const all = await rajsFirstPage();
    const confirmed = all.results.find((item) => item.appointment_status === 'confirmed');
    if (!confirmed) throw new Error('The seed has no confirmed appointment for raj.');
    const name = confirmed.lead.first_name;
    renderApp(`/appointments?status=confirmed&lead=${encodeURIComponent(name)}&when=all`);

    const rows = await dataRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(within(row).getByText('Confirmed')).toBeVisible();
      expect(within(row).getByRole('link').textContent?.toLowerCase()).toContain(
        name.toLowerCase(),
      );
    }
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('Confirmed');
    expect(screen.getByLabelText('Lead first name')).toHaveValue(name);
  });

  it('writes a date filter to the URL and shows only that day', async () => {
    await signInAs('raj');
    const all = await rajsFirstPage();
    const day = all.results[0]?.appointment_date.slice(0, 10);
    if (!day) throw new Error('The seed has no appointment for raj.');
    const { user, currentUrl } = renderApp('/appointments?when=all');
    await table();

    await user.click(screen.getByRole('combobox', { name: 'Date filter' }));
    await user.click(screen.getByRole('option', { name: 'On' }));
    await user.type(screen.getByLabelText('Date'), day);

    await waitFor(() =>
      expect(currentUrl()).toBe(`/appointments?datesetting=on&ondate=${day}&when=all`),
    );
    await waitFor(async () => {
      const rows = await dataRows();
      expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(
        all.results.filter((item) => item.appointment_date.startsWith(day)).map(() => day),
      );
    });
  });

  it('pages on the server, keeping the page in the URL', async () => {
    await signInAs('maya');
    const { user, currentUrl } = renderApp('/appointments?when=all&page=2');
    expect(await screen.findByText(/^26–50 of \d+$/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(currentUrl()).toBe('/appointments?when=all&page=3'));
    expect(await screen.findByText(/^51–75 of \d+$/)).toBeVisible();
  });

  it('says when nothing matches and clears the filters', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/appointments?lead=Zzyzx');
    expect(await screen.findByText('No appointments match these filters.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(currentUrl()).toBe('/appointments'));
    expect((await dataRows()).length).toBeGreaterThan(0);
  });

  it('opens on today and what follows, the past one click away and kept in the URL', async () => {
    await signInAs('raj');
    const today = accountToday();
    const { user, currentUrl } = renderApp('/appointments');
    const when = await screen.findByRole('group', { name: 'When' });
    expect(within(when).getByRole('button', { name: 'Upcoming' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const dates = async () =>
      (await dataRows()).map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
    const upcoming = await dates();
    expect(upcoming.length).toBeGreaterThan(0);
    for (const date of upcoming) expect(date >= today, date).toBe(true);

    await user.click(within(when).getByRole('button', { name: 'Past' }));
    await waitFor(() => expect(currentUrl()).toBe('/appointments?when=past'));
    await waitFor(async () => {
      const past = await dates();
      expect(past.length).toBeGreaterThan(0);
      for (const date of past) expect(date < today, date).toBe(true);
    });
  });

  it('shows an error with Retry when the server is down', async () => {
    let calls = 0;
    mswServer.use(
      http.get(LIST, () => {
        calls += 1;
        return new HttpResponse('Bad gateway', { status: 502 });
      }),
    );
    await signInAs('raj');
    const { user } = renderApp('/appointments');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load appointments.');
    const before = calls;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(calls).toBeGreaterThan(before));
  });

  it("opens a row's appointment in the edit dialog", async () => {
    await signInAs('raj');
    const all = await rajsFirstPage();
    const first = all.results[0];
    if (!first) throw new Error('The seed has no appointment for raj.');
    const { user } = renderApp('/appointments?when=all');
    await table();
    await user.click(
      screen.getByRole('button', {
        name: `Edit appointment with ${first.lead.first_name} ${first.lead.last_name} on ${first.appointment_date}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit appointment' });
    expect(within(dialog).getByLabelText('Start date')).toHaveValue(
      first.appointment_date.slice(0, 10),
    );
    expect(within(dialog).getByLabelText('Start time')).toHaveValue(
      first.appointment_date.slice(11),
    );
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeVisible();
  });
});
