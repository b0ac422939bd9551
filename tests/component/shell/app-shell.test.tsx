import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../src/lib/session';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { renderApp } from '../support/render-app';

// Not a React hook despite its name: it registers beforeAll/afterAll for this file.
startReferenceApi();
beforeAll(() => import('../../../src/app/pages/overview-page'));
afterEach(() => vi.unstubAllGlobals());

/** A screen as wide as a desktop's: every `min-width` media query matches. */
const stubWideScreen = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: /min-width/.test(query),
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }));

describe('the app shell', () => {
  it('shows the product and the signed-in user with their role', async () => {
    await signInAs('raj');
    renderApp('/overview');
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Epixel CRM' })).toHaveAttribute(
      'href',
      '/overview',
    );
    expect(within(banner).getByText('raj')).toBeInTheDocument();
    expect(within(banner).getByText('Sales rep')).toBeVisible();
  });

  it('keeps the navigation behind a menu button on a phone', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/overview');
    const menu = await screen.findByRole('button', { name: 'Open navigation' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();

    await user.click(menu);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(nav).getByRole('link', { name: 'Calendar' }));

    // The calendar may already have written its view and week to the address.
    await waitFor(() => expect(currentUrl()).toMatch(/^\/calendar(\?|$)/));
    await waitFor(() =>
      expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument(),
    );
  });

  it('shows the navigation beside the page on a desktop, with no menu button', async () => {
    stubWideScreen();
    await signInAs('maya');
    renderApp('/overview');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const name of ['Overview', 'Leads', 'Calendar', 'Appointments']) {
      expect(within(nav).getByRole('link', { name })).toBeVisible();
    }
    expect(screen.queryByRole('button', { name: 'Open navigation' })).not.toBeInTheDocument();
  });

  it('signs out: forgets the session and the cached data, and shows the sign-in page', async () => {
    await signInAs('maya');
    const { user, currentUrl, queryClient } = renderApp('/overview');
    await screen.findByRole('list', { name: 'Leads by status' });
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('form', { name: 'Sign in' })).toBeVisible();
    expect(currentUrl()).toMatch(/^\/login/);
    expect(sessionStore.get().session).toBeNull();
    expect(window.localStorage.getItem('crm.session')).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('switches between light and dark and remembers the choice', async () => {
    await signInAs('raj');
    const { user } = renderApp('/overview');
    const toDark = await screen.findByRole('button', { name: 'Switch to dark theme' });
    await user.click(toDark);
    const toLight = await screen.findByRole('button', { name: 'Switch to light theme' });
    expect(document.documentElement).toHaveClass('dark');
    expect(Object.values({ ...window.localStorage })).toContain('dark');

    await user.click(toLight);
    expect(await screen.findByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
    expect(document.documentElement).toHaveClass('light');
  });

  it('says when an address leads nowhere, inside the shell', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Go to the overview' }));
    await waitFor(() => expect(currentUrl()).toBe('/overview'));
  });
});
