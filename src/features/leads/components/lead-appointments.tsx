import { Chip, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { humanize, type Appointment } from '../../../contract';
import { formatDateTime } from '../../../lib/format-date-time';

const timeRange = (appointment: Appointment): string => {
  const sameDay =
    appointment.appointment_date.slice(0, 10) === appointment.appointment_to.slice(0, 10);
  const end = sameDay
    ? appointment.appointment_to.slice(11, 16)
    : formatDateTime(appointment.appointment_to);
  return `${formatDateTime(appointment.appointment_date)} – ${end}`;
};

/**
 * The lead's appointments, soonest first, read-only: they are booked and moved on the calendar.
 */
export const LeadAppointments = ({ appointments }: { appointments: Appointment[] }) => {
  const sorted = [...appointments].sort((a, b) =>
    a.appointment_date.localeCompare(b.appointment_date),
  );
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="lead-appointments-title"
      sx={{ p: 3 }}
    >
      <Typography id="lead-appointments-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        Appointments
      </Typography>
      {sorted.length === 0 ? (
        <Typography color="text.secondary">No appointments with this lead.</Typography>
      ) : (
        <List disablePadding>
          {sorted.map((appointment) => (
            <ListItem key={appointment.id} disableGutters divider>
              <ListItemText
                primary={
                  <Stack
                    direction="row"
                    spacing={1}
                    sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                  >
                    <span>{timeRange(appointment)}</span>
                    <Chip size="small" label={humanize(appointment.appointment_status)} />
                  </Stack>
                }
                secondary={appointment.appointment_note || undefined}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
};
