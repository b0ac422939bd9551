import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mswServer } from '../support/msw-server';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();

const table = () => screen.findByRole('grid', { name: 'Leads' });
const dataRows = async () => (await within(await table()).findAllByRole('row')).slice(1);

describe('the lead table', () => {
  it('lists the signed-in rep’s leads a page at a time, newest first', async () => {
    await signInAs('raj');
    const newest = await createLead({ first_name: 'Newestlead' });
    const { user, currentUrl } = renderApp('/leads');

    expect(await screen.findByRole('heading', { name: 'Leads' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: `Newestlead ${newest.last_name}` });
    expect((await dataRows())[0]).toContainElement(link);
    expect(screen.getByText(/^1–25 of \d+$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() => expect(currentUrl()).toBe('/leads?page=2'));
    expect(await screen.findByText(/^26–50 of \d+$/)).toBeInTheDocument();
  });

  it('searches by name and says so when nothing matches', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Searchable', last_name: 'Marigold' });
    const { user, currentUrl } = renderApp('/leads');
    await table();

    const search = screen.getByRole('searchbox', { name: 'Search leads' });
    await user.type(search, 'Marigold');
    await waitFor(() => expect(currentUrl()).toBe('/leads?q=Marigold'));
    await waitFor(async () => expect(await dataRows()).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Searchable Marigold' })).toHaveAttribute(
      'href',
      `/leads/${lead.slug}`,
    );

    await user.clear(search);
    await user.type(search, 'nobodyhasthisname{Enter}');
    expect(await screen.findByText('No leads match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(currentUrl()).toBe('/leads'));
    expect(search).toHaveValue('');
  });

  it('filters by status, and the filter is kept in the address', async () => {
    await signInAs('raj');
    await createLead({ first_name: 'Customerlead', status: 'customer' });
    const { user, currentUrl } = renderApp('/leads');
    await table();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Customer' }));
    await waitFor(() => expect(currentUrl()).toBe('/leads?status=customer'));
    await waitFor(async () => {
      const statuses = (await dataRows()).map(
        (row) => within(row).getAllByRole('gridcell')[4]!.textContent,
      );
      expect(new Set(statuses)).toEqual(new Set(['Customer']));
    });
  });

  it('sorts on the server when a column header is clicked', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/leads');
    await table();
    const header = screen.getByRole('columnheader', { name: /Email/ });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() => expect(currentUrl()).toBe('/leads?sort=email'));
    await waitFor(async () => {
      const emails = (await dataRows()).map(
        (row) => within(row).getAllByRole('gridcell')[2]!.textContent ?? '',
      );
      expect(emails.length).toBeGreaterThan(1);
      expect(emails).toEqual([...emails].sort((a, b) => a.localeCompare(b)));
    });
  });

  it('keeps sorting, search, the source filter and the rep’s views on after asking the server', async () => {
    await signInAs('raj');
    const { queryClient } = renderApp('/leads');
    const grid = await table();
    await waitFor(() =>
      expect(queryClient.getQueryData(['capabilities', 'lead-list', 'raj'])).toEqual({
        ordering: true,
        search: true,
        source: true,
        ownedOrAssigned: true,
      }),
    );
    expect(screen.getByRole('button', { name: 'Owned or assigned' })).toBeEnabled();
    expect(within(grid).getByRole('button', { name: 'Email' })).toBeVisible();
    expect(grid).not.toHaveAccessibleDescription();
    expect(screen.getByRole('searchbox', { name: 'Search leads' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Source' })).not.toHaveAttribute('aria-disabled');
  });

  it('opens a lead from its row', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Clickable', last_name: 'Rowlead' });
    const { user, currentUrl } = renderApp('/leads?q=Rowlead');
    await user.click(await screen.findByRole('link', { name: 'Clickable Rowlead' }));
    await waitFor(() => expect(currentUrl()).toBe(`/leads/${lead.slug}`));
    expect(await screen.findByRole('heading', { name: 'Clickable Rowlead' })).toBeInTheDocument();
  });

  it('opens a lead from anywhere on its row', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Rowwide', last_name: 'Clicklead' });
    const { user, currentUrl } = renderApp('/leads?q=Clicklead');
    await waitFor(async () => expect(await dataRows()).toHaveLength(1));
    await user.click(screen.getByRole('gridcell', { name: lead.email }));
    await waitFor(() => expect(currentUrl()).toBe(`/leads/${lead.slug}`));
  });

  it('moves between cells with the arrow keys and opens the focused row with Enter', async () => {
    await signInAs('raj');
    await createLead({ first_name: 'Keyfirst', last_name: 'Walker' });
    const second = await createLead({ first_name: 'Keysecond', last_name: 'Walker' });
    const { user, currentUrl } = renderApp('/leads?q=Walker&sort=first_name');
    await waitFor(async () => expect(await dataRows()).toHaveLength(2));
    const grid = await table();
    // One cell in the Tab order: Tab lands in the grid once, the arrows move inside it.
    expect(grid.querySelectorAll('tbody [tabindex="0"]')).toHaveLength(1);
    const firstLink = screen.getByRole('link', { name: 'Keyfirst Walker' });
    expect(firstLink).toHaveAttribute('tabindex', '0');

    firstLink.focus();
    await user.keyboard('{ArrowRight}');
    const [firstRow, secondRow] = await dataRows();
    expect(within(firstRow!).getAllByRole('gridcell')[2]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(secondRow!).getAllByRole('gridcell')[2]).toHaveFocus();
    // The first cell of a row is its selection checkbox; the name follows it.
    await user.keyboard('{Home}');
    expect(screen.getByRole('checkbox', { name: 'Select Keysecond Walker' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: 'Keysecond Walker' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(secondRow!).getAllByRole('gridcell').at(-1)).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(currentUrl()).toBe(`/leads/${second.slug}`));
  });

  it('changes the page size from the control under the table', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/leads');
    await waitFor(async () => expect(await dataRows()).toHaveLength(25));
    await user.click(screen.getByRole('combobox', { name: /rows per page/i }));
    await user.click(await screen.findByRole('option', { name: '10' }));
    await waitFor(() => expect(currentUrl()).toBe('/leads?size=10'));
    expect(await screen.findByText(/^1–10 of \d+$/)).toBeInTheDocument();
    await waitFor(async () => expect(await dataRows()).toHaveLength(10));
  });

  it('wears the API’s status colours without asking for the overview', async () => {
    await signInAs('raj');
    await createLead({ first_name: 'Colourful', last_name: 'Chiplead', status: 'customer' });
    const asked: string[] = [];
    const listen = ({ request }: { request: Request }) => void asked.push(request.url);
    mswServer.events.on('request:start', listen);
    renderApp('/leads?q=Chiplead');
    await waitFor(async () => expect(await dataRows()).toHaveLength(1));
    const [row] = await dataRows();
    const chip = within(within(row!).getAllByRole('gridcell')[4]!).getByText('Customer');
    const dot = chip.parentElement!.querySelector('svg')!;
    expect(getComputedStyle(dot).color).toBe('rgb(46, 125, 50)'); // #2E7D32, the API's
    mswServer.events.removeListener('request:start', listen);
    expect(asked.some((url) => url.includes('/leads/list/'))).toBe(true);
    expect(asked.filter((url) => url.includes('/overview/'))).toEqual([]);
  });

  it('says the server is unavailable and retries on request', async () => {
    await signInAs('raj');
    mswServer.use(
      http.get('*/api/v1/leads/list/', () => new HttpResponse('oops', { status: 502 })),
    );
    const { user } = renderApp('/leads');
    expect(await screen.findByText(/server is unavailable/i)).toBeInTheDocument();

    mswServer.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(async () => expect((await dataRows()).length).toBeGreaterThan(0));
    expect(screen.queryByText(/server is unavailable/i)).not.toBeInTheDocument();
  });
});
