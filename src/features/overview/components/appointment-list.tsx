import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Box, Chip, Link, List, ListItem, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { Appointment, AppointmentStatus } from '../../../contract';
import { statusLook } from '../../../components/appointment-status-look';
import { leadHref } from '../model/lead-links';
import { appointmentTime } from '../model/appointment-time';

/** The API spells `fullfilled` so; people read "Fulfilled". */
const STATUS_LABELS: Record<AppointmentStatus, string> = {
  pending: 'Pending',
  rescheduled: 'Rescheduled',
  cancelled: 'Cancelled',
  fullfilled: 'Fulfilled',
  confirmed: 'Confirmed',
};

const leadName = (lead: Appointment['lead']): string =>
  `${lead.first_name} ${lead.last_name}`.trim() || lead.slug;

const AppointmentRow = ({ appointment }: { appointment: Appointment }) => {
  const time = appointmentTime(appointment.appointment_date, appointment.appointment_to);
  const status = appointment.appointment_status;
  const known = status in STATUS_LABELS ? (status as AppointmentStatus) : null;
  const look = statusLook(status);
  return (
    <ListItem divider sx={{ px: 0, alignItems: 'flex-start', gap: 2 }}>
      <Box sx={{ width: 124, flexShrink: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {time.weekday} {time.date}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {time.range}
        </Typography>
      </Box>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Link component={RouterLink} to={leadHref(appointment.lead.slug)} underline="hover">
            {leadName(appointment.lead)}
          </Link>
          {/* The word carries the status; the calendar's colour only rims the chip, so the text
              keeps full contrast in both themes. */}
          <Chip
            size="small"
            variant="outlined"
            label={known ? STATUS_LABELS[known] : status}
            sx={{
              color: look.strike ? 'text.secondary' : 'text.primary',
              borderColor: look.border,
              borderWidth: 2,
              textDecoration: look.strike ? 'line-through' : 'none',
            }}
          />
        </Stack>
        {appointment.appointment_note && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {appointment.appointment_note}
          </Typography>
        )}
      </Box>
    </ListItem>
  );
};

type Props = { appointments: Appointment[]; emptyMessage: string };

/** The signed-in user's appointments in the chosen window, by start. */
export const AppointmentList = ({ appointments, emptyMessage }: Props) => {
  if (appointments.length === 0) {
    return (
      <Stack spacing={1} sx={{ alignItems: 'center', py: 4, color: 'text.secondary' }}>
        <EventBusyIcon aria-hidden />
        <Typography>{emptyMessage}</Typography>
      </Stack>
    );
  }
  return (
    <List aria-label="Appointments" disablePadding>
      {appointments.map((appointment) => (
        <AppointmentRow key={appointment.id} appointment={appointment} />
      ))}
    </List>
  );
};
