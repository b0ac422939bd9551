import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Box, Chip, Link, List, ListItem, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { Appointment, AppointmentStatus, OverviewAppointment } from '../../../contract';
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

/** A server without our `lead` field does not say whose appointment it is: say so, never guess. */
const LeadOf = ({ lead }: { lead: OverviewAppointment['lead'] }) =>
  lead ? (
    <Link component={RouterLink} to={leadHref(lead.slug)} underline="hover">
      {leadName(lead)}
    </Link>
  ) : (
    <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      Lead not named by this server
    </Typography>
  );

const AppointmentRow = ({ appointment }: { appointment: OverviewAppointment }) => {
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
          <LeadOf lead={appointment.lead} />
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

type Props = { appointments: OverviewAppointment[]; emptyMessage: string };

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
      {appointments.map((appointment, index) => (
        // A server without our `id` gives no key of its own; the list is only ever replaced whole.
        <AppointmentRow key={appointment.id ?? index} appointment={appointment} />
      ))}
    </List>
  );
};
