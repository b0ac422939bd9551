/**
 * The routes. Every page is lazy: the forms, the calendar, the lead table and the charts load
 * only on the routes that use them. The lead table's rows, the overview's figures and a lead's
 * details are asked for while the page's code downloads (a static loader runs beside `lazy`),
 * not after it, and the page opens with them (`loadPageData`: at most a second, then it shows
 * its own loading state). Meanwhile the app bar's "Loading page" bar shows; on the first visit,
 * index.html's status. Each loader runs on arrival only: within a page (a filter, a page of
 * the table, the overview's window) the page fetches as it asks, keeping what it shows.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  Navigate,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { leadDetailsQuery, leadListQuery } from '../features/leads/api/lead-queries';
import { readLeadListState, toLeadListQuery } from '../features/leads/model/lead-list-params';
import { AppShell } from './layout/app-shell';
import { RequireSession } from './layout/require-session';
import { RouteError } from './layout/route-error';
import { childPath, ROUTE_PAGES } from './route-pages';
import { loadCode } from '../lib/load-code';
import { loadPageData } from '../lib/load-page-data';

const searchOf = (request: Request): URLSearchParams => new URL(request.url).searchParams;

/** A page's data is loaded on arrival; moving within the page, the page asks itself. */
const onArrival = ({ currentUrl, nextUrl }: { currentUrl: URL; nextUrl: URL }) =>
  currentUrl.pathname !== nextUrl.pathname;

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
        shouldRevalidate: onArrival,
        /** Its loader comes with its code: its queries stay out of the entry every route loads. */
        lazy: async () => {
          const page = await loadCode(() => import('./pages/overview-page'));
          return {
            Component: page.OverviewPage,
            loader: ({ request }: LoaderFunctionArgs) =>
              page.loadOverviewData(queryClient, searchOf(request)),
          };
        },
      },
      {
        path: childPath(ROUTE_PAGES.leads),
        loader: ({ request }) =>
          loadPageData(
            queryClient,
            leadListQuery(toLeadListQuery(readLeadListState(searchOf(request)))),
          ),
        shouldRevalidate: onArrival,
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
        loader: ({ params }) => loadPageData(queryClient, leadDetailsQuery(params.slug ?? '')),
        shouldRevalidate: onArrival,
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
