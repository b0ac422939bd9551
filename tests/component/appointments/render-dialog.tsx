/** Renders the appointment dialog alone, with the app's providers and a router for its link. */
import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { theme } from '../../../src/app/theme';
import {
  AppointmentDialog,
  type AppointmentDialogProps,
} from '../../../src/features/appointments/components/appointment-dialog';

export const renderDialog = (props: Omit<AppointmentDialogProps, 'open' | 'onClose'>) => {
  const onClose = vi.fn();
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [{ path: '*', element: <AppointmentDialog open onClose={onClose} {...props} /> }],
    { initialEntries: ['/calendar'] },
  );
  const user = userEvent.setup();
  const view = render(
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...view, user, onClose, queryClient };
};
