import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { renderApp } from '../support/render-app';

startReferenceApi();
// The pages the shortcuts open, loaded once up front rather than inside the first test.
beforeAll(() =>
  Promise.all([
    import('../../../src/app/pages/overview-page'),
    import('../../../src/app/pages/leads-page'),
    import('../../../src/app/pages/lead-create-page'),
    import('../../../src/app/pages/lead-details-page'),
  ]),
);

describe('keyboard shortcuts', () => {
  it('goes to a page on g then a letter, and opens a new lead on n', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/leads/new');
    await screen.findByRole('heading', { name: 'New lead', level: 1 });
    await user.keyboard('go');
    expect(await screen.findByRole('heading', { name: 'Overview', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/overview');
    await user.keyboard('g');
    await user.keyboard('x');
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { name: 'New lead', level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/leads/new');
  });

  it('focuses the lead search on /, and types there without firing shortcuts', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/overview');
    await screen.findByRole('heading', { name: 'Overview', level: 1 });
    await user.keyboard('/');
    const search = await screen.findByRole('searchbox', { name: 'Search leads' });
    await expect.poll(() => document.activeElement).toBe(search);
    await user.keyboard('ngl');
    expect(search).toHaveValue('ngl');
    expect(currentUrl()).toMatch(/^\/leads/);
    expect(screen.queryByRole('heading', { name: 'New lead' })).not.toBeInTheDocument();
  });

  it('lists every shortcut on ?', async () => {
    await signInAs('raj');
    const { user } = renderApp('/overview');
    await screen.findByRole('heading', { name: 'Overview', level: 1 });
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('rowheader', { name: 'g then c' })).toBeInTheDocument();
    expect(within(help).getByRole('row', { name: /Open the command palette/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });

  it('closes the Ctrl+K palette on Escape, with something typed', async () => {
    await signInAs('raj');
    const { user } = renderApp('/overview');
    await screen.findByRole('heading', { name: 'Overview', level: 1 });
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const field = within(palette).getByRole('combobox', { name: 'Find a lead or run an action' });
    await expect.poll(() => document.activeElement).toBe(field);
    await user.type(field, 'go');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument();
  });

  it('finds a lead by name in the Ctrl+K palette and opens it', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/overview');
    await screen.findByRole('heading', { name: 'Overview', level: 1 });
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const field = within(palette).getByRole('combobox', { name: 'Find a lead or run an action' });
    await expect.poll(() => document.activeElement).toBe(field);
    await user.type(field, 'go cal');
    expect(within(palette).getByRole('option', { name: 'Go to calendar' })).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'zoe');
    const [first] = await within(palette).findAllByRole('option', { name: /^Zoe / });
    const name = first?.textContent?.split(' · ')[0];
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name, level: 1 })).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/leads\/[\w-]+$/);
  });
});
