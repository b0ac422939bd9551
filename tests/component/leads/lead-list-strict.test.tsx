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
const VIEW_OFF = "This server can't list the leads you own and those assigned to you together.";

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

describe('a rep’s "Owned or assigned" view on a server without list_type=all', () => {
  it('is off and says why, and the address’s view shows the rep’s own leads under their name', async () => {
    await signInAs('raj');
    renderApp('/leads?view=all');
    const view = await screen.findByRole('button', { name: 'Owned or assigned' });
    await waitFor(() => expect(view).toBeDisabled());
    expect(view).toHaveAccessibleDescription(VIEW_OFF);
    expect(screen.getByText(VIEW_OFF)).toBeVisible();
    expect(screen.getByRole('button', { name: 'My leads' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows the rep’s overview counts as plain numbers, saying why', async () => {
    await signInAs('raj');
    renderApp('/overview');
    expect(await screen.findByText(VIEW_OFF)).toBeVisible();
    const statuses = screen.getByRole('list', { name: 'Leads by status' });
    expect(within(statuses).getByText('Prospect')).toBeVisible();
    expect(screen.queryByRole('link', { name: /^Total leads: / })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Prospect: / })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Website: / })).not.toBeInTheDocument();
  });

  it('keeps a manager’s counts as links: their table lists every lead', async () => {
    await signInAs('maya');
    renderApp('/overview');
    expect(await screen.findByRole('link', { name: /^Total leads: / })).toBeVisible();
    expect(screen.queryByText(VIEW_OFF)).not.toBeInTheDocument();
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
