import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './router';
import { theme } from './theme';

/** `queryClient` comes filled with what the user last saw (main.tsx), before the first render. */
export const App = ({ queryClient }: { queryClient: QueryClient }) => {
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>
  );
};
