/** /appointments: every appointment the user may see, filtered and paged on the server. */
import { Stack, Typography } from '@mui/material';
import { AppointmentsListPanel } from '../../features/appointments/components/appointments-list-panel';

export const AppointmentsPage = () => (
  <Stack spacing={2}>
    <Typography variant="h4" component="h1">
      Appointments
    </Typography>
    <AppointmentsListPanel />
  </Stack>
);
