/**
 * The lead table and the pipeline board in front of an Epixel server without this project's extensions (the reference
 * server in strict mode): it learns from the answers that the server neither sorts nor searches,
 * and says so instead of claiming an order or a search the rows do not have.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';

startReferenceApi({ strict: true });

const SORT_OFF = "This server can't sort leads: they are shown in its own order.";
const SEARCH_OFF = "This server can't search leads.";

describe('the lead table on a server without our extensions', () => {
  it('turns sorting and search off and says why', async () => {
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
    expect(currentUrl()).toBe('/leads');
  });

  it('does not claim a sort or a search from the address that the server ignored', async () => {
    await signInAs('maya');
    renderApp('/leads?q=zz&sort=-email');
    const grid = await screen.findByRole('grid', { name: 'Leads' });
    await screen.findByText(SORT_OFF);
    await waitFor(() =>
      expect(screen.getByRole('searchbox', { name: 'Search leads' })).toHaveValue(''),
    );
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
});
