import { useQuery, type QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Button, TextField } from '@mui/material';
import type { RouteObject } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppRoutes } from '../../../src/app/router';
import { ENDPOINTS, overviewSchema } from '../../../src/contract';
import { apiGet } from '../../../src/lib/http-client';
import { sessionStore } from '../../../src/lib/session';
import { mswServer } from '../support/msw-server';
import { DEMO_PASSWORD, signInAs, startReferenceApi } from '../support/reference-api';
import { renderApp, renderRoutes } from '../support/render-app';

// Not a React hook despite its name: it registers beforeAll/afterAll for this file.
startReferenceApi();
beforeAll(() => import('../../../src/app/pages/overview-page'));
afterEach(() => mswServer.events.removeAllListeners());

const REFRESH = `*/api/v1/${ENDPOINTS.refresh}`;
const GARBAGE_ACCESS = 'not.a.token';

/** Counts the calls a test's page makes to a path. */
const countRequests = (path: string) => {
  const calls: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith(path)) calls.push(request.url);
  };
  mswServer.events.on('request:start', listener);
  return calls;
};

/**
 * A page with a half-filled form and data from the API, inside the real shell and session
 * guard: the shape of any editing page (the lead form, the appointment dialog).
 */
const DraftPage = () => {
  const overview = useQuery({
    queryKey: ['overview', 'draft-test'],
    queryFn: () => apiGet(ENDPOINTS.overview, {}, overviewSchema),
  });
  return (
    <form aria-label="Draft">
      <TextField label="Note for the team" />
      <p>{overview.data ? `${overview.data.TotalLeads} leads` : 'Loading…'}</p>
      <Button onClick={() => void overview.refetch()}>Reload counts</Button>
    </form>
  );
};

const draftRoutes = (queryClient: QueryClient): RouteObject[] =>
  createAppRoutes(queryClient).map((route) =>
    route.path === '/' && !route.index
      ? { ...route, children: [{ path: 'draft', element: <DraftPage /> }] }
      : route,
  );

describe('an expired session', () => {
  it('refreshes the access token silently, once, and the page works', async () => {
    await signInAs('raj');
    sessionStore.replaceTokens(GARBAGE_ACCESS);
    const refreshes = countRequests(ENDPOINTS.refresh);

    renderApp('/overview');
    expect(await screen.findByRole('list', { name: 'Leads by status' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(refreshes).toHaveLength(1);
    expect(sessionStore.get().session?.access).not.toBe(GARBAGE_ACCESS);
  });

  it('does not end the session when the refresh meets a server outage: "unavailable", then Retry works', async () => {
    await signInAs('raj');
    sessionStore.replaceTokens(GARBAGE_ACCESS);
    mswServer.use(
      http.post(REFRESH, () => HttpResponse.text('Bad gateway', { status: 502 }), { once: true }),
    );
    const { user } = renderApp('/overview');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/server is unavailable/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sessionStore.get().expired).toBe(false);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Leads by status' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks to sign in again over the page when the refresh is refused, keeping typed input', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderRoutes(draftRoutes, '/draft');
    expect(await screen.findByText(/^\d+ leads$/)).toBeVisible();
    const note = screen.getByLabelText('Note for the team');
    await user.type(note, 'Call Ann back after lunch');

    sessionStore.replaceTokens(GARBAGE_ACCESS);
    mswServer.use(
      http.post(REFRESH, () =>
        HttpResponse.json(
          { detail: 'Token is invalid or expired', code: 'token_not_valid' },
          { status: 401 },
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Reload counts' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has expired' });
    expect(currentUrl()).toBe('/draft');
    expect(within(dialog).getByLabelText('Username')).toHaveValue('raj');
    expect(within(dialog).getByLabelText('Username')).toHaveAttribute('readonly');

    await user.type(within(dialog).getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(currentUrl()).toBe('/draft');
    expect(screen.getByLabelText('Note for the team')).toHaveValue('Call Ann back after lunch');
    expect(await screen.findByText(/^\d+ leads$/)).toBeVisible();
    expect(sessionStore.get().session?.access).not.toBe(GARBAGE_ACCESS);
  });

  it('keeps a half-filled lead form through signing in again, and the save then goes through', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/leads/new');
    const form = await screen.findByRole('form', { name: 'Create lead' });
    await user.type(within(form).getByRole('textbox', { name: /First name/ }), 'Nadia');
    await user.type(within(form).getByRole('textbox', { name: /Last name/ }), 'Okafor');
    await user.type(within(form).getByRole('textbox', { name: /Email/ }), 'nadia@example.com');
    await user.type(within(form).getByRole('textbox', { name: /Phone/ }), '+15550001234');

    sessionStore.replaceTokens(GARBAGE_ACCESS);
    mswServer.use(
      http.post(REFRESH, () =>
        HttpResponse.json(
          { detail: 'Token is invalid or expired', code: 'token_not_valid' },
          { status: 401 },
        ),
      ),
    );
    await user.click(within(form).getByRole('button', { name: 'Create lead' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has expired' });
    await user.type(within(dialog).getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(currentUrl()).toBe('/leads/new');
    expect(within(form).getByRole('textbox', { name: /First name/ })).toHaveValue('Nadia');
    expect(within(form).getByRole('textbox', { name: /Email/ })).toHaveValue('nadia@example.com');
    await user.click(within(form).getByRole('button', { name: 'Create lead' }));
    await waitFor(() => expect(currentUrl()).toMatch(/^\/leads\/(?!new)[^/]+$/));
  });

  it('lets someone else sign in instead, from the sign-in page', async () => {
    await signInAs('raj');
    sessionStore.replaceTokens(GARBAGE_ACCESS);
    mswServer.use(http.post(REFRESH, () => HttpResponse.json({ detail: 'x' }, { status: 401 })));
    const { user, currentUrl, queryClient } = renderApp('/overview?appointment=week');

    const dialog = await screen.findByRole('dialog', { name: 'Your session has expired' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign in as someone else' }));

    await waitFor(() =>
      expect(currentUrl()).toBe(`/login?next=${encodeURIComponent('/overview?appointment=week')}`),
    );
    expect(sessionStore.get().session).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(await screen.findByLabelText('Username')).toHaveValue('');
  });
});
