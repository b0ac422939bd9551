/** An appointment status as a chip in its calendar colour (an unknown one as sent, in grey). */
import { Chip } from '@mui/material';
import { vocabularyLabel, type Appointment } from '../contract';
import { statusLook } from './appointment-status-look';

export const AppointmentStatusChip = ({
  status,
}: {
  status: Appointment['appointment_status'];
}) => {
  const look = statusLook(status);
  return (
    <Chip
      size="small"
      label={vocabularyLabel(status)}
      sx={{
        bgcolor: look.background,
        color: look.text,
        textDecoration: look.strike ? 'line-through' : 'none',
      }}
    />
  );
};
