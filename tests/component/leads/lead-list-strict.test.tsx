/**
 * The lead table, the pipeline board, the overview's source counts and the command palette in
 * front of an Epixel server without this project's extensions (the reference server in strict
 * mode): the dashboard learns from the answers that the server neither sorts, searches nor
 * filters by source, and says so instead of claiming an order, a search or a filter the rows do
 * not have.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';

startReferenceApi({ strict: true });

const SORT_OFF = "This server can't sort leads: they are shown in its own order.";
const SEARCH_OFF = "This server can't search leads.";
const SOURCE_OFF = "This server can't filter leads by source.";

const sourceSelect = () => screen.getByRole('combobox', { name: 'Source' });

describe('the lead table on a server without our extensions', () => {
  it('turns sorting, search and the source filter off and says why', async () => {
    await signInAs('maya');
    const { currentUrl } = renderApp('/leads');
    const grid = await screen.findByRole('grid', { name: 'Leads' });
    expect(await within(grid).findAllByRole('row')).toHaveLength(26);

    expect(await screen.findByText(SORT_OFF)).toBeVisible();
    expect(grid).toHaveAccessibleDescription(SORT_OFF);
    const email = within(grid).getByRole('columnheader', { name: 'Email' });
    expect(within(email).queryByRole('button')).not.toBeInTheDocument();
    expect(email).not.toHaveAttribute('aria-sort');

    const search = screen.getByRole('searchbox', { name: 'Search leads' });
    expect(search).toBeDisabled();
    expect(search).toHaveAccessibleDescription(SEARCH_OFF);
    expect(screen.getByText(SEARCH_OFF)).toBeVisible();
    expect(sourceSelect()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(SOURCE_OFF)).toBeVisible();
    expect(currentUrl()).toBe('/leads');
  });

  it('does not claim a sort, a search or a source from the address that the server ignored', async () => {
    await signInAs('maya');
    renderApp('/leads?q=zz&sort=-email&source=event');
    const grid = await screen.findByRole('grid', { name: 'Leads' });
    await screen.findByText(SORT_OFF);
    await waitFor(() =>
      expect(screen.getByRole('searchbox', { name: 'Search leads' })).toHaveValue(''),
    );
    await waitFor(() => expect(sourceSelect()).toHaveTextContent('Any source'));
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    for (const header of within(grid).getAllByRole('columnheader')) {
      expect(header).not.toHaveAttribute('aria-sort');
    }
    expect(await within(grid).findAllByRole('row')).toHaveLength(26);
  });

  it('turns the pipeline board’s search off too, saying why', async () => {
    await signInAs('maya');
    renderApp('/board');
    const search = await screen.findByRole('searchbox', { name: 'Search leads' });
    await waitFor(() => expect(search).toBeDisabled());
    expect(search).toHaveAccessibleDescription(SEARCH_OFF);
  });

  it('shows the source counts on the overview as plain numbers, saying why', async () => {
    await signInAs('maya');
    renderApp('/overview');
    expect(await screen.findByText(SOURCE_OFF)).toBeVisible();
    const sources = screen.getByRole('list', { name: 'Leads by source' });
    expect(within(sources).getByText('Website')).toBeVisible();
    expect(within(sources).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Prospect: / })).toBeVisible();
  });
});

describe('the command palette on a server that cannot search', () => {
  it('finds leads by first name, lists only leads that match, and says how', async () => {
    await signInAs('maya');
    const { user } = renderApp('/leads');
    const search = await screen.findByRole('searchbox', { name: 'Search leads' });
    await waitFor(() => expect(search).toBeDisabled());
    // `/` cannot focus the disabled field: it opens the palette, which finds leads by name.
    await user.keyboard('/');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const field = within(palette).getByRole('combobox', { name: 'Find a lead or run an action' });
    expect(field).toHaveAccessibleDescription(
      "This server can't search leads: type a lead's first name, then their last name.",
    );
    await user.type(field, 'zoe');
    const found = await within(palette).findAllByRole('option', { name: /^Zoe / });
    const leads = within(palette)
      .getAllByRole('option')
      .filter((option) => option.textContent?.includes(' · '));
    expect(leads).toEqual(found);
  });
});
