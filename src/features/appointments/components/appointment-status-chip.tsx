/** An appointment status as a chip in its calendar colour. */
import { Chip } from '@mui/material';
import { humanize, type AppointmentStatus } from '../../../contract';
import { STATUS_LOOKS } from '../model/status-colors';

export const AppointmentStatusChip = ({ status }: { status: AppointmentStatus }) => {
  const look = STATUS_LOOKS[status];
  return (
    <Chip
      size="small"
      label={humanize(status)}
      sx={{
        bgcolor: look.background,
        color: look.text,
        textDecoration: look.strike ? 'line-through' : 'none',
      }}
    />
  );
};
