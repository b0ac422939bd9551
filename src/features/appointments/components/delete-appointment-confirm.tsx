/** "Delete this appointment?": the last word before an appointment is removed. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useId } from 'react';
import type { Appointment } from '../../../contract';
import { leadName } from '../model/appointment-events';

type Props = {
  open: boolean;
  appointment: Appointment;
  deleting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
};

export const DeleteAppointmentConfirm = ({
  open,
  appointment,
  deleting,
  onCancel,
  onConfirm,
}: Props) => {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Delete this appointment?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The appointment with {leadName(appointment.lead)} on{' '}
          {appointment.appointment_date.replace(' ', ' at ')} will be removed. This cannot be
          undone.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep it</Button>
        <Button color="error" variant="contained" onClick={onConfirm} loading={deleting}>
          Delete appointment
        </Button>
      </DialogActions>
    </Dialog>
  );
};
