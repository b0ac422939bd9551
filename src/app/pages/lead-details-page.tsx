import { Box, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useSession } from '../../features/auth/api/use-session';
import { leadDetailsQuery } from '../../features/leads/api/lead-queries';
import { LeadAppointments } from '../../features/leads/components/lead-appointments';
import { LeadHeader, leadName } from '../../features/leads/components/lead-header';
import { LeadLoadProblem } from '../../features/leads/components/lead-load-problem';
import { LeadPageSkeleton } from '../../features/leads/components/lead-page-skeleton';
import { LeadSummary } from '../../features/leads/components/lead-summary';
import { PageBreadcrumbs } from '../../features/leads/components/page-breadcrumbs';
import { RouteNotice } from '../../features/leads/components/route-notice';
import { LeadNotes } from '../../features/notes/components/lead-notes';

/** One lead: its details and appointments beside its notes (stacked on narrow screens). */
export const LeadDetailsPage = () => {
  const slug = useParams().slug ?? '';
  const { session } = useSession();
  const details = leadDetailsQuery(slug);
  const lead = useQuery(details);

  if (lead.isPending) return <LeadPageSkeleton label="Loading lead" />;
  if (lead.isError) return <LeadLoadProblem error={lead.error} onRetry={() => lead.refetch()} />;

  const viewer = session?.user ?? { username: '', role: null };
  return (
    <Stack spacing={2}>
      <PageBreadcrumbs trail={[{ label: 'Leads', to: '/leads' }]} current={leadName(lead.data)} />
      <LeadHeader lead={lead.data} viewer={viewer} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
        }}
      >
        <Stack spacing={2}>
          <LeadSummary lead={lead.data} />
          <LeadAppointments appointments={lead.data.appointments} />
        </Stack>
        <LeadNotes
          slug={lead.data.slug}
          notes={lead.data.notes}
          detailsKey={details.queryKey}
          viewer={viewer}
        />
      </Box>
      <RouteNotice />
    </Stack>
  );
};
