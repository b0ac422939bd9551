import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import {
  Button,
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { vocabularyLabel, type Appointment } from '../../../contract';
import { formatDateTime } from '../../../lib/format-date-time';
import { useHiddenItems, withoutHidden } from '../../../lib/hidden-items';

const timeRange = (appointment: Appointment): string => {
  const sameDay =
    appointment.appointment_date.slice(0, 10) === appointment.appointment_to.slice(0, 10);
  const end = sameDay
    ? appointment.appointment_to.slice(11, 16)
    : formatDateTime(appointment.appointment_to);
  return `${formatDateTime(appointment.appointment_date)} – ${end}`;
};

type LeadAppointmentsProps = {
  appointments: Appointment[];
  /** "Book appointment"; the page decides what opens (this feature knows no calendar). */
  onBook: () => void;
  /** A listed appointment was chosen, to view or change it. */
  onOpen: (appointment: Appointment) => void;
};

/** The lead's appointments, soonest first; each opens for editing, and one more can be booked. */
export const LeadAppointments = ({ appointments, onBook, onOpen }: LeadAppointmentsProps) => {
  const shown = withoutHidden(appointments, useHiddenItems('appointment'), (item) => item.id);
  const sorted = [...shown].sort((a, b) => a.appointment_date.localeCompare(b.appointment_date));
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="lead-appointments-title"
      sx={{ p: 3 }}
    >
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, flexWrap: 'wrap' }}
        useFlexGap
      >
        <Typography id="lead-appointments-title" variant="h6" component="h2">
          Appointments
        </Typography>
        <Button size="small" startIcon={<EventAvailableIcon />} onClick={onBook}>
          Book appointment
        </Button>
      </Stack>
      {sorted.length === 0 ? (
        <Typography color="text.secondary">No appointments with this lead.</Typography>
      ) : (
        <List disablePadding aria-labelledby="lead-appointments-title">
          {sorted.map((appointment) => (
            <ListItem key={appointment.id} disablePadding divider>
              <ListItemButton onClick={() => onOpen(appointment)} sx={{ px: 1 }}>
                <ListItemText
                  primary={
                    <Stack
                      component="span"
                      direction="row"
                      spacing={1}
                      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                    >
                      <span>{timeRange(appointment)}</span>
                      <Chip
                        component="span"
                        size="small"
                        label={vocabularyLabel(appointment.appointment_status)}
                      />
                    </Stack>
                  }
                  secondary={appointment.appointment_note || undefined}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
};
