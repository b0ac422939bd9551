/** Renders routes at a URL, with the app's providers and a fresh cache: the real ones by default. */
import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createAppRoutes } from '../../../src/app/router';
import { theme } from '../../../src/app/theme';

export const renderRoutes = (
  makeRoutes: (queryClient: QueryClient) => RouteObject[],
  url: string,
) => {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(makeRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>,
  );
  /** The current URL, as the address bar would show it. */
  const currentUrl = () => router.state.location.pathname + router.state.location.search;
  return { ...view, user, router, queryClient, currentUrl };
};

/** The real app's routes at `url`. */
export const renderApp = (url: string) => renderRoutes(createAppRoutes, url);
