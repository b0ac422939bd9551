/** "Delete this appointment?": the last word before an appointment is removed. */
import { ConfirmDialog } from '../../../components/confirm-dialog';
import type { Appointment } from '../../../contract';
import { leadName } from '../model/appointment-events';

type Props = {
  open: boolean;
  appointment: Appointment;
  onCancel: () => void;
  onConfirm: () => void;
};

export const DeleteAppointmentConfirm = ({ open, appointment, onCancel, onConfirm }: Props) => (
  <ConfirmDialog
    open={open}
    title="Delete this appointment?"
    confirmLabel="Delete appointment"
    cancelLabel="Keep it"
    onCancel={onCancel}
    onConfirm={onConfirm}
  >
    The appointment with {leadName(appointment.lead)} on{' '}
    {appointment.appointment_date.replace(' ', ' at ')} will be removed. Undo stays on screen for a
    few seconds after.
  </ConfirmDialog>
);
