/**
 * The routes. Every page but sign-in is lazy: the calendar, the data grid and the charts load
 * only on the routes that use them.
 */
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppShell } from './layout/app-shell';
import { RequireSession } from './layout/require-session';
import { RouteError } from './layout/route-error';
import { LoginPage } from './pages/login-page';

export const appRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
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
        path: 'overview',
        lazy: async () => ({ Component: (await import('./pages/overview-page')).OverviewPage }),
      },
      {
        path: 'leads',
        lazy: async () => ({ Component: (await import('./pages/leads-page')).LeadsPage }),
      },
      {
        path: 'leads/new',
        lazy: async () => ({
          Component: (await import('./pages/lead-create-page')).LeadCreatePage,
        }),
      },
      {
        path: 'leads/:slug',
        lazy: async () => ({
          Component: (await import('./pages/lead-details-page')).LeadDetailsPage,
        }),
      },
      {
        path: 'leads/:slug/edit',
        lazy: async () => ({ Component: (await import('./pages/lead-edit-page')).LeadEditPage }),
      },
      {
        path: 'calendar',
        lazy: async () => ({ Component: (await import('./pages/calendar-page')).CalendarPage }),
      },
      {
        path: 'appointments',
        lazy: async () => ({
          Component: (await import('./pages/appointments-page')).AppointmentsPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./pages/not-found-page')).NotFoundPage }),
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(appRoutes);
