import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountToday } from '../../../src/lib/clock';
import { mswServer } from '../support/msw-server';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { renderApp } from '../support/render-app';
import { envelope, OTHER_SERVER_OVERVIEW } from './overview-fixture';

// Not a React hook despite its name: it registers beforeAll/afterAll for this file.
startReferenceApi();
beforeAll(() => import('../../../src/app/pages/overview-page'));

const OVERVIEW = '*/api/v1/leads/overview/';
/** The reference server runs in this process on the tests' clock, so its today is the dashboard's. */
const today = accountToday;

const statusList = () => screen.findByRole('list', { name: 'Leads by status' });

describe('the overview', () => {
  it('shows skeletons while the overview loads', async () => {
    mswServer.use(
      http.get(OVERVIEW, async () => {
        await delay('infinite');
        return HttpResponse.json(envelope(OTHER_SERVER_OVERVIEW));
      }),
    );
    await signInAs('maya');
    renderApp('/overview');
    expect(await screen.findByRole('status', { name: 'Loading the overview' })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Leads by status' })).not.toBeInTheDocument();
  });

  it('draws each status in the colour the API returns, with its count linking to the filtered table', async () => {
    mswServer.use(http.get(OVERVIEW, () => HttpResponse.json(envelope(OTHER_SERVER_OVERVIEW))));
    await signInAs('maya');
    const { user, currentUrl } = renderApp('/overview');

    const list = await statusList();
    const prospect = within(list).getByRole('link', { name: 'Prospect: 7 leads' });
    expect(prospect).toHaveAttribute('href', '/leads?status=prospect');
    expect(within(prospect).getByText('Fresh in')).toBeVisible();
    expect(within(prospect).getByTestId('status-swatch')).toHaveStyle({
      backgroundColor: '#AA00FF',
    });
    expect(
      within(within(list).getByRole('link', { name: 'Customer: 4 leads' })).getByTestId(
        'status-swatch',
      ),
    ).toHaveStyle({ backgroundColor: '#1B5E20' });
    expect(within(list).getByRole('link', { name: 'Closed: 1 lead' })).toBeVisible();

    const sources = screen.getByRole('list', { name: 'Leads by source' });
    expect(within(sources).getByRole('link', { name: 'Website: 9 leads' })).toHaveAttribute(
      'href',
      '/leads?source=website',
    );
    expect(screen.getByRole('link', { name: 'Total leads: 17' })).toHaveAttribute('href', '/leads');

    await user.click(prospect);
    await waitFor(() => expect(currentUrl()).toBe('/leads?status=prospect'));
  });

  it("counts a manager's leads as the reference server does", async () => {
    await signInAs('maya');
    renderApp('/overview');
    const list = await statusList();
    const counts = within(list)
      .getAllByRole('link')
      .map((link) => Number(/: (\d+) leads?$/.exec(link.getAttribute('aria-label') ?? '')?.[1]));
    expect(counts).toHaveLength(6);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: `Total leads: ${total}` })).toBeVisible();
  });

  it("links a rep's counts to the table's owned-or-assigned view, the set they count", async () => {
    await signInAs('raj');
    renderApp('/overview');
    const list = await statusList();
    expect(within(list).getByRole('link', { name: /^Prospect: / })).toHaveAttribute(
      'href',
      '/leads?status=prospect&view=all',
    );
    const sources = screen.getByRole('list', { name: 'Leads by source' });
    expect(within(sources).getByRole('link', { name: /^Website: / })).toHaveAttribute(
      'href',
      '/leads?source=website&view=all',
    );
    expect(screen.getByRole('link', { name: /^Total leads: / })).toHaveAttribute(
      'href',
      '/leads?view=all',
    );
  });

  it('keeps the appointment window in the URL and lists only that window', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/overview?appointment=month');
    const filter = await screen.findByRole('group', { name: 'Appointments to show' });
    expect(within(filter).getByRole('button', { name: 'This month' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const month = today().slice(0, 7);
    const appointments = await screen.findByRole('list', { name: 'Appointments' });
    const rows = within(appointments).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent(new RegExp(` ${month}-\\d{2}`));

    await user.click(within(filter).getByRole('button', { name: 'Today' }));
    await waitFor(() => expect(currentUrl()).toBe('/overview?appointment=today'));
    await waitFor(() =>
      expect(within(filter).getByRole('button', { name: 'Today' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    await waitFor(() => {
      const todays = screen.queryByRole('list', { name: 'Appointments' });
      const shown = todays ? within(todays).getAllByRole('listitem') : [];
      for (const row of shown) expect(row).toHaveTextContent(` ${today()}`);
      if (!todays) expect(screen.getByText('No appointments today.')).toBeVisible();
    });

    await user.click(within(filter).getByRole('button', { name: 'Upcoming' }));
    await waitFor(() => expect(currentUrl()).toBe('/overview'));
  });

  it('shows an appointment as the API wrote it, with its lead linked', async () => {
    mswServer.use(
      http.get(OVERVIEW, () =>
        HttpResponse.json(
          envelope({
            ...OTHER_SERVER_OVERVIEW,
            appointments: [
              {
                id: 41,
                lead: { slug: 'ann-lee-1', first_name: 'Ann', last_name: 'Lee' },
                appointment_date: '2026-03-29 01:30',
                appointment_to: '2026-03-29 03:00',
                appointment_note: 'Bring the <b>contract</b>',
                appointment_status: 'fullfilled',
                owner: 'raj',
                created_at: '2026-03-01 10:00:00',
              },
            ],
          }),
        ),
      ),
    );
    await signInAs('raj');
    renderApp('/overview?appointment=week');
    const row = within(await screen.findByRole('list', { name: 'Appointments' })).getByRole(
      'listitem',
    );
    expect(within(row).getByRole('link', { name: 'Ann Lee' })).toHaveAttribute(
      'href',
      '/leads/ann-lee-1',
    );
    expect(row).toHaveTextContent('Sun 2026-03-29');
    expect(row).toHaveTextContent('01:30–03:00');
    expect(row).toHaveTextContent('Fulfilled');
    expect(row).toHaveTextContent('Bring the <b>contract</b>');
  });

  it('says a server that sends only the documented fields does not name the lead', async () => {
    const documented = (date: string, note: string) => ({
      appointment_date: `2026-03-30 ${date}`,
      appointment_to: '2026-03-30 18:00',
      appointment_note: note,
      appointment_status: 'pending',
      owner: 'raj',
      created_at: '2026-03-01 10:00:00',
    });
    mswServer.use(
      http.get(OVERVIEW, () =>
        HttpResponse.json(
          envelope({
            ...OTHER_SERVER_OVERVIEW,
            appointments: [documented('09:00', 'First call'), documented('11:00', 'Second call')],
          }),
        ),
      ),
    );
    await signInAs('raj');
    renderApp('/overview?appointment=week');
    const list = await screen.findByRole('list', { name: 'Appointments' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('09:00–18:00');
    expect(rows[0]).toHaveTextContent('First call');
    expect(rows[1]).toHaveTextContent('Second call');
    for (const row of rows) {
      expect(within(row).getByText('Lead not named by this server')).toBeVisible();
      expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    }
  });

  it('says so when the window has no appointments', async () => {
    mswServer.use(http.get(OVERVIEW, () => HttpResponse.json(envelope(OTHER_SERVER_OVERVIEW))));
    await signInAs('raj');
    renderApp('/overview?appointment=week');
    expect(await screen.findByText('No appointments this week.')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Appointments' })).not.toBeInTheDocument();
  });

  it('shows "server unavailable" with a Retry that works', async () => {
    mswServer.use(
      http.get(OVERVIEW, () => HttpResponse.text('<h1>Bad gateway</h1>', { status: 500 }), {
        once: true,
      }),
    );
    await signInAs('maya');
    const { user } = renderApp('/overview');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The overview could not be loaded');
    expect(alert).toHaveTextContent(/server is unavailable/);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await statusList()).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
