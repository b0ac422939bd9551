/**
 * The QueryClient: no retries for answers the server meant (4xx), a short freshness window.
 * Answers stay in memory a day after the last page that used them, so the copy kept for
 * offline use (src/lib/offline/) still holds what was seen earlier in the day.
 */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 24 * 60 * 60 * 1000,
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
