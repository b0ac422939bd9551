/** The QueryClient: no retries for answers the server meant (4xx), a short freshness window. */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 &&
          isApiError(error) &&
          error.kind === 'unavailable' &&
          error.status !== 200,
      },
      mutations: { retry: false },
    },
  });
