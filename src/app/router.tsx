/**
 * The routes. Every page is lazy: the forms, the calendar, the lead table and the charts load
 * only on the routes that use them. The lead table's first page is asked for while the page's
 * code downloads (a static loader runs beside `lazy`), not after it, and the page opens with its
 * rows: arriving, it waits for them (at most `LIST_WAIT_MS`, then it shows its own progress).
 * Meanwhile the app bar's "Loading page" bar shows; on the first visit, index.html's status.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { prefetchLeadList } from '../features/leads/api/prefetch-lead-list';
import { AppShell } from './layout/app-shell';
import { RequireSession } from './layout/require-session';
import { RouteError } from './layout/route-error';
import { childPath, ROUTE_PAGES } from './route-pages';
import { loadCode } from '../lib/load-code';
import { waitAtMost } from '../lib/wait-at-most';

/** The longest arriving on the lead table waits for its rows before showing without them. */
const LIST_WAIT_MS = 1000;

export const createAppRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: ROUTE_PAGES.login.path,
    lazy: async () => ({
      Component: (await loadCode(() => import('./pages/login-page'))).LoginPage,
    }),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/overview" replace /> },
      {
        path: childPath(ROUTE_PAGES.overview),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/overview-page'))).OverviewPage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.leads),
        loader: async ({ request }) => {
          await waitAtMost(
            prefetchLeadList(queryClient, new URL(request.url).searchParams),
            LIST_WAIT_MS,
          );
          return null;
        },
        /** Only on arrival: within the table, filters and pages fetch as the table asks. */
        shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/leads-page'))).LeadsPage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.leadCreate),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/lead-create-page'))).LeadCreatePage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.leadDetails),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/lead-details-page'))).LeadDetailsPage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.leadEdit),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/lead-edit-page'))).LeadEditPage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.calendar),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/calendar-page'))).CalendarPage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.board),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/board-page'))).BoardPage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.team),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/team-page'))).TeamPage,
        }),
      },
      {
        path: childPath(ROUTE_PAGES.appointments),
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/appointments-page'))).AppointmentsPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({
          Component: (await loadCode(() => import('./pages/not-found-page'))).NotFoundPage,
        }),
      },
    ],
  },
];

export const createAppRouter = (queryClient: QueryClient) =>
  createBrowserRouter(createAppRoutes(queryClient));
