import { Box, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Appointment } from '../../contract';
import { appointmentRangeQuery } from '../../features/appointments/api/appointment-queries';
import { LazyAppointmentDialog } from '../../features/appointments/components/lazy-appointment-parts';
import { addDaysIso } from '../../features/appointments/model/calendar-time';
import { nextFreeSlot, toBooked } from '../../features/appointments/model/scheduling';
import { useSession } from '../../features/auth/api/use-session';
import { leadDetailsQuery } from '../../features/leads/api/lead-queries';
import { LeadAppointments } from '../../features/leads/components/lead-appointments';
import { LeadHeader } from '../../features/leads/components/lead-header';
import { leadName } from '../../features/leads/model/lead-name';
import { LeadLoadProblem } from '../../features/leads/components/lead-load-problem';
import { LeadPageSkeleton } from '../../features/leads/components/lead-page-skeleton';
import { LeadSummary } from '../../features/leads/components/lead-summary';
import { PageBreadcrumbs } from '../../features/leads/components/page-breadcrumbs';
import { RouteNotice } from '../../features/leads/components/route-notice';
import { LeadNotes } from '../../features/notes/components/lead-notes';
import { accountNow, accountToday } from '../../lib/clock';

type Booking =
  { mode: 'create'; start: string; end: string } | { mode: 'edit'; appointment: Appointment };

/**
 * One lead: its details and appointments beside its notes (stacked on narrow screens).
 * "Book appointment" opens the calendar's dialog fixed to this lead, at the signed-in user's
 * next free half hour (their own appointments of the coming week, as the calendar's "New
 * appointment" does); if those cannot be loaded, the next free half hour around this lead's.
 */
export const LeadDetailsPage = () => {
  const slug = useParams().slug ?? '';
  const { session } = useSession();
  const details = leadDetailsQuery(slug);
  /** Arriving, the loader made the request (router.tsx): a failure is not asked again at once. */
  const lead = useQuery({ ...details, retryOnMount: false });
  const [today] = useState(accountToday);
  const week = useQuery({
    ...appointmentRangeQuery({ date_from: today, date_to: addDaysIso(today, 7) }),
    enabled: lead.isSuccess,
  });
  const [booking, setBooking] = useState<Booking | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  if (lead.isPending) return <LeadPageSkeleton label="Loading lead" />;
  if (lead.isError) return <LeadLoadProblem error={lead.error} onRetry={() => lead.refetch()} />;

  const viewer = session?.user ?? { username: '', role: null };
  const open = (next: Booking) => {
    setBooking(next);
    setDialogOpen(true);
  };
  const book = () => {
    const known = [...(week.data ?? []), ...lead.data.appointments].map(toBooked);
    const slot = nextFreeSlot(accountNow(), known, viewer.username);
    open({ mode: 'create', ...slot });
  };

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
          // One column: the key facts, then notes, then appointments. Two: notes beside both;
          // the second row takes any extra height, so no gap opens under the details.
          gridTemplateAreas: {
            xs: '"summary" "notes" "appointments"',
            lg: '"summary notes" "appointments notes"',
          },
          gridTemplateRows: { lg: 'auto 1fr' },
        }}
      >
        <Box sx={{ gridArea: 'summary' }}>
          <LeadSummary lead={lead.data} />
        </Box>
        <Box sx={{ gridArea: 'notes' }}>
          <LeadNotes
            slug={lead.data.slug}
            notes={lead.data.notes}
            detailsKey={details.queryKey}
            viewer={viewer}
          />
        </Box>
        <Box sx={{ gridArea: 'appointments' }}>
          <LeadAppointments
            appointments={lead.data.appointments}
            onBook={book}
            onOpen={(appointment) => open({ mode: 'edit', appointment })}
          />
        </Box>
      </Box>
      {/* Stays mounted when closed: its "saved" snackbar outlives the dialog. */}
      <LazyAppointmentDialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        mode={booking?.mode ?? 'create'}
        leadSlug={lead.data.slug}
        appointment={booking?.mode === 'edit' ? booking.appointment : undefined}
        start={booking?.mode === 'create' ? booking.start : undefined}
        end={booking?.mode === 'create' ? booking.end : undefined}
      />
      <RouteNotice />
    </Stack>
  );
};
