import { Box, LinearProgress, Typography } from '@mui/material';
import type { Overview, OverviewAppointmentFilter, UserRole } from '../../../contract';
import { EMPTY_WINDOW_MESSAGES } from '../model/appointment-window';
import { AppointmentList } from './appointment-list';
import { AppointmentWindowFilter } from './appointment-window-filter';
import { OverviewCard } from './overview-card';
import { SourceBreakdown } from './source-breakdown';
import { StatusBreakdown } from './status-breakdown';
import { TotalLeads } from './total-leads';

type Props = {
  overview: Overview;
  role: UserRole | null;
  appointmentWindow: OverviewAppointmentFilter;
  onAppointmentWindowChange: (value: OverviewAppointmentFilter) => void;
  /** A new window's appointments are on their way; the previous ones stay meanwhile. */
  updating: boolean;
  /** Why no count opens the lead table on this server, if none does: the counts are text. */
  countsUnlinked?: string;
  /** Why this server's lead table cannot filter by source, if it cannot. */
  sourceUnfilterable?: string;
};

/** Where the pipeline stands: total, by status, by source, and the user's appointments. */
export const OverviewDashboard = ({
  overview,
  role,
  appointmentWindow,
  onAppointmentWindowChange,
  updating,
  countsUnlinked,
  sourceUnfilterable,
}: Props) => (
  <Box sx={{ display: 'grid', gap: 2 }}>
    {countsUnlinked && (
      <Typography variant="body2" color="text.secondary">
        {countsUnlinked}
      </Typography>
    )}
    <OverviewCard title="Total leads" titleId="overview-total">
      <TotalLeads total={overview.TotalLeads} role={role} linked={!countsUnlinked} />
    </OverviewCard>
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <OverviewCard title="Leads by status" titleId="overview-status">
        <StatusBreakdown rows={overview.LeadsData.status} role={role} linked={!countsUnlinked} />
      </OverviewCard>
      <OverviewCard title="Leads by source" titleId="overview-source">
        <SourceBreakdown
          rows={overview.LeadsData.source}
          role={role}
          unfilterable={countsUnlinked ? undefined : sourceUnfilterable}
          linked={!countsUnlinked}
        />
      </OverviewCard>
    </Box>
    <OverviewCard
      title="Appointments"
      titleId="overview-appointments"
      action={
        <AppointmentWindowFilter value={appointmentWindow} onChange={onAppointmentWindowChange} />
      }
    >
      <Box sx={{ height: 4, mb: 1 }}>
        {updating && <LinearProgress aria-label="Loading appointments" />}
      </Box>
      <Box aria-busy={updating}>
        <AppointmentList
          appointments={overview.appointments}
          emptyMessage={EMPTY_WINDOW_MESSAGES[appointmentWindow]}
        />
      </Box>
    </OverviewCard>
  </Box>
);
