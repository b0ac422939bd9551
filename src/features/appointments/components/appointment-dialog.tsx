/**
 * Book or change an appointment. Used by the calendar, the appointments list and a lead's page
 * ("Book appointment", with `leadSlug` fixing the lead). Times are the API's wall-clock strings
 * `yyyy-mm-dd HH:MM`. A confirmation snackbar outlives the dialog, so the user sees what
 * happened after it closes.
 */
import { Alert, Dialog, DialogTitle, LinearProgress, Snackbar } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Appointment } from '../../../contract';
import { useDeleteAppointment } from '../api/appointment-mutations';
import { appointmentLeadQuery } from '../api/appointment-queries';
import { AppointmentForm } from './appointment-form';
import { DeleteAppointmentConfirm } from './delete-appointment-confirm';

export type AppointmentDialogProps = {
  open: boolean;
  onClose: () => void;
  mode: 'create' | 'edit';
  leadSlug?: string;
  appointment?: Appointment;
  start?: string;
  end?: string;
};

export const AppointmentDialog = (props: AppointmentDialogProps) => {
  const { open, onClose, mode, leadSlug, appointment } = props;
  const titleId = useId();
  const formId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteAppointment();
  const fixedLead = useQuery({
    ...appointmentLeadQuery(leadSlug ?? ''),
    enabled: open && Boolean(leadSlug) && mode === 'create',
  });
  const waitingForLead = Boolean(leadSlug) && mode === 'create' && !fixedLead.data;

  const close = () => {
    setFormErrors([]);
    setConfirming(false);
    onClose();
  };

  /** The appointment leaves at once; the snackbar offers Undo before the delete is sent. */
  const confirmDelete = () => {
    if (!appointment) return;
    remove(appointment);
    close();
  };

  return (
    <>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>
          {mode === 'create' ? 'New appointment' : 'Edit appointment'}
        </DialogTitle>
        {waitingForLead && !fixedLead.isError && <LinearProgress aria-label="Loading lead" />}
        {fixedLead.isError && (
          <Alert severity="error" sx={{ mx: 3 }}>
            {fixedLead.error.message}
          </Alert>
        )}
        {!waitingForLead && (
          <AppointmentForm
            formId={formId}
            mode={mode}
            appointment={appointment}
            fixedLead={fixedLead.data}
            showLeadLink={!leadSlug}
            start={props.start}
            end={props.end}
            onSaved={(message) => {
              setNotice(message);
              close();
            }}
            onCancel={close}
            onDelete={() => setConfirming(true)}
            formErrors={formErrors}
            setFormErrors={setFormErrors}
          />
        )}
      </Dialog>
      {appointment && (
        <DeleteAppointmentConfirm
          open={confirming}
          appointment={appointment}
          onCancel={() => setConfirming(false)}
          onConfirm={confirmDelete}
        />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        message={notice}
      />
    </>
  );
};
