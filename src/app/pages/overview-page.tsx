/**
 * /overview: where the pipeline stands. The appointment window is read from and written to the
 * URL (`?appointment=week`); the counts link to the lead table filtered the same way.
 */
import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { OverviewAppointmentFilter } from '../../contract';
import { useSession } from '../../features/auth/api/use-session';
import { UNSUPPORTED_MESSAGES } from '../../features/leads/api/lead-list-capabilities';
import { useLeadListCapabilities } from '../../features/leads/api/use-lead-list-capabilities';
import { overviewQueryOptions } from '../../features/overview/api/overview-queries';
import {
  readAppointmentWindow,
  writeAppointmentWindow,
} from '../../features/overview/model/appointment-window';
import { OverviewDashboard } from '../../features/overview/components/overview-dashboard';
import { OverviewError } from '../../features/overview/components/overview-error';
import { OverviewSkeleton } from '../../features/overview/components/overview-skeleton';

export const OverviewPage = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const appointmentWindow = readAppointmentWindow(searchParams);
  const { session } = useSession();
  const query = useQuery(overviewQueryOptions(appointmentWindow));
  // Asked at once: the source counts link to a filter the server may not have.
  const sourceFilterable = useLeadListCapabilities(true).source;

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
          role={session?.user.role ?? null}
          appointmentWindow={appointmentWindow}
          onAppointmentWindowChange={changeWindow}
          updating={query.isPlaceholderData}
          sourceUnfilterable={sourceFilterable ? undefined : UNSUPPORTED_MESSAGES.source}
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
