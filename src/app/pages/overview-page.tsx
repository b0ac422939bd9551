/**
 * /overview: where the pipeline stands. The appointment window is read from and written to the
 * URL (`?appointment=week`); the counts link to the lead table filtered the same way.
 */
import { Stack, Typography } from '@mui/material';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { OverviewAppointmentFilter } from '../../contract';
import { useSession } from '../../features/auth/api/use-session';
import { UNSUPPORTED_MESSAGES } from '../../features/leads/model/lead-list-capabilities';
import { useLeadListCapabilities } from '../../features/leads/api/use-lead-list-capabilities';
import { overviewQueryOptions } from '../../features/overview/api/overview-queries';
import {
  readAppointmentWindow,
  writeAppointmentWindow,
} from '../../features/overview/model/appointment-window';
import { OverviewDashboard } from '../../features/overview/components/overview-dashboard';
import { OverviewError } from '../../features/overview/components/overview-error';
import { OverviewSkeleton } from '../../features/overview/components/overview-skeleton';
import { loadPageData } from '../../lib/load-page-data';

/** The page's loader (router.tsx): the overview opens with its figures, not a skeleton first. */
export const loadOverviewData = (queryClient: QueryClient, search: URLSearchParams) =>
  loadPageData(queryClient, overviewQueryOptions(readAppointmentWindow(search)));

export const OverviewPage = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const appointmentWindow = readAppointmentWindow(searchParams);
  const { session } = useSession();
  const role = session?.user.role ?? null;
  /** Arriving, the loader made the request (router.tsx): a failure is not asked again at once. */
  const query = useQuery({ ...overviewQueryOptions(appointmentWindow), retryOnMount: false });
  // Asked at once: the counts link to filters and a view the server may not have.
  const capabilities = useLeadListCapabilities(session?.user, true);
  /** A rep's counts open "Owned or assigned"; on a server without it no table shows them. */
  const countsUnlinked =
    role !== 'manager' && !capabilities.ownedOrAssigned
      ? UNSUPPORTED_MESSAGES.ownedOrAssigned
      : undefined;

  const changeWindow = (next: OverviewAppointmentFilter) =>
    setSearchParams((current) => writeAppointmentWindow(current, next));

  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Overview
      </Typography>
      {query.data ? (
        <OverviewDashboard
          overview={query.data}
          role={role}
          appointmentWindow={appointmentWindow}
          onAppointmentWindowChange={changeWindow}
          updating={query.isPlaceholderData}
          countsUnlinked={countsUnlinked}
          sourceUnfilterable={capabilities.source ? undefined : UNSUPPORTED_MESSAGES.source}
        />
      ) : query.isError ? (
        <OverviewError
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <OverviewSkeleton />
      )}
    </Stack>
  );
};
