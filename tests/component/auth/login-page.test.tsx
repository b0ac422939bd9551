import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES } from '../../../server/auth/login-throttle';
import { config } from '../../../src/lib/config';
import { sessionStore } from '../../../src/lib/session';
import { mswServer } from '../support/msw-server';
import { DEMO_PASSWORD, startReferenceApi } from '../support/reference-api';
import { renderApp } from '../support/render-app';

// Not a React hook despite its name: it registers beforeAll/afterAll for this file.
const getApi = startReferenceApi();
beforeAll(() => import('../../../src/app/pages/overview-page'));
afterEach(() => mswServer.events.removeAllListeners());

const signInWith = async (
  user: ReturnType<typeof renderApp>['user'],
  username: string,
  password: string,
) => {
  const form = await screen.findByRole('form', { name: 'Sign in' });
  if (username) await user.type(within(form).getByLabelText('Username'), username);
  if (password) await user.type(within(form).getByLabelText('Password'), password);
  await user.click(within(form).getByRole('button', { name: 'Sign in' }));
  return form;
};

describe('signing in', () => {
  it('asks for sign-in first, then opens the page that was asked for', async () => {
    const { user, currentUrl } = renderApp('/overview?appointment=week');
    await screen.findByRole('form', { name: 'Sign in' });
    await waitFor(() =>
      expect(currentUrl()).toBe(`/login?next=${encodeURIComponent('/overview?appointment=week')}`),
    );
    await signInWith(user, 'maya', DEMO_PASSWORD);

    expect(await screen.findByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    expect(currentUrl()).toBe('/overview?appointment=week');
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('maya')).toBeInTheDocument();
    expect(within(banner).getByText('Manager')).toBeVisible();
  });

  it('goes to the overview when there is nowhere else to return to', async () => {
    const { user, currentUrl } = renderApp('/login');
    await signInWith(user, 'raj', DEMO_PASSWORD);
    expect(within(await screen.findByRole('banner')).getByText('Sales rep')).toBeVisible();
    expect(currentUrl()).toBe('/overview');
  });

  it('never follows a next= that leaves the site', async () => {
    const { user, currentUrl } = renderApp(`/login?next=${encodeURIComponent('//evil.example')}`);
    await signInWith(user, 'raj', DEMO_PASSWORD);
    await waitFor(() => expect(currentUrl()).toBe('/overview'));
  });

  it('shows "Authentication failed" above the form and keeps what was typed', async () => {
    const { user, currentUrl } = renderApp('/login');
    const form = await signInWith(user, 'maya', 'not-the-password');

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Authentication failed');
    const username = within(form).getByLabelText('Username');
    // Above the form: the message comes before the first field.
    expect(alert.compareDocumentPosition(username) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(alert).toHaveFocus();
    expect(username).toHaveValue('maya');
    expect(within(form).getByLabelText('Password')).toHaveValue('not-the-password');
    expect(currentUrl()).toBe('/login');
    expect(sessionStore.get().session).toBeNull();
  });

  it('says when to try again after too many failed sign-ins', async () => {
    const api = getApi();
    for (let attempt = 0; attempt < MAX_FAILURES; attempt += 1) {
      const response = await api.app.request('/api/v1/user/login/', {
        method: 'POST',
        headers: { apikey: config.apiKey, 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'mallory', password: 'guess' }),
      });
      expect(response.status).toBe(401);
    }
    const { user } = renderApp('/login');
    const form = await signInWith(user, 'mallory', 'one-more-guess');
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Too many failed sign-ins. Try again in 15 minutes.');
    expect(alert).toHaveFocus();
    expect(sessionStore.get().session).toBeNull();
  });

  it('shows "Inactive Account" for a deactivated user', async () => {
    const { user } = renderApp('/login');
    const form = await signInWith(user, 'olga', DEMO_PASSWORD);
    expect(await within(form).findByRole('alert')).toHaveTextContent('Inactive Account');
    expect(within(form).getByLabelText('Username')).toHaveValue('olga');
  });

  it('puts field messages under their fields and sends nothing', async () => {
    const logins: string[] = [];
    mswServer.events.on('request:start', ({ request }) => {
      if (request.url.includes('/user/login/')) logins.push(request.url);
    });
    const { user } = renderApp('/login');
    const form = await signInWith(user, '', '');
    const username = within(form).getByLabelText('Username');
    // An empty field is sent as blank, so the API's blank message applies (contract section 6).
    await waitFor(() =>
      expect(username).toHaveAccessibleDescription('This field may not be blank.'),
    );
    expect(within(form).getByLabelText('Password')).toHaveAccessibleDescription(
      'This field may not be blank.',
    );
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(logins).toEqual([]);
  });
});
