import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type DataRouter } from 'react-router';
import { useEffect } from 'react';
import { theme } from './theme';
import { releaseAfterNextPaint } from '../components/after-content';

type AppProps = {
  /** Comes filled with what the user last saw (main.tsx), before the first render. */
  queryClient: QueryClient;
  router: DataRouter;
};

export const App = ({ queryClient, router }: AppProps) => {
  useEffect(releaseAfterNextPaint, []);
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>
  );
};
