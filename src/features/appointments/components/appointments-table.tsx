/** One page of appointments: lead, date, time, status, note, and an Edit action per row. */
import EditIcon from '@mui/icons-material/Edit';
import {
  IconButton,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { Appointment } from '../../../contract';
import { useHiddenItems, withoutHidden } from '../../../lib/hidden-items';
import { leadName } from '../model/appointment-events';
import { dateOf, timeOf } from '../model/calendar-time';
import { AppointmentStatusChip } from '../../../components/appointment-status-chip';

type Props = { rows: Appointment[]; onEdit: (appointment: Appointment) => void };

/** Appointments deleted a moment ago (Undo still on screen) are left out. */
export const AppointmentsTable = ({ rows, onEdit }: Props) => {
  const shown = withoutHidden(rows, useHiddenItems('appointment'), (item) => item.id);
  return (
    <TableContainer>
      <Table size="small" aria-label="Appointments">
        <TableHead>
          <TableRow>
            <TableCell>Lead</TableCell>
            <TableCell>Date</TableCell>
            <TableCell>Time</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Note</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((appointment) => (
            <TableRow key={appointment.id} hover>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={`/leads/${encodeURIComponent(appointment.lead.slug)}`}
                >
                  {leadName(appointment.lead)}
                </Link>
              </TableCell>
              <TableCell>{dateOf(appointment.appointment_date)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {timeOf(appointment.appointment_date)}–{timeOf(appointment.appointment_to)}
                {dateOf(appointment.appointment_to) !== dateOf(appointment.appointment_date) &&
                  ` (${dateOf(appointment.appointment_to)})`}
              </TableCell>
              <TableCell>
                <AppointmentStatusChip status={appointment.appointment_status} />
              </TableCell>
              <TableCell sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>
                {appointment.appointment_note}
              </TableCell>
              <TableCell>{appointment.owner}</TableCell>
              <TableCell align="right">
                <IconButton
                  aria-label={`Edit appointment with ${leadName(appointment.lead)} on ${appointment.appointment_date}`}
                  onClick={() => onEdit(appointment)}
                >
                  <EditIcon />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
