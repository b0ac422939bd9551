/**
 * The appointment form inside the dialog: lead, start, end, status, note. Validates with the
 * contract before sending; server refusals land at their field or above the form; what the
 * user typed is kept on every error.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, DialogActions, DialogContent, Link, Stack, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import {
  APPOINTMENT_NOTE_MAX,
  APPOINTMENT_STATUSES,
  appointmentCreateSchema,
  appointmentUpdateSchema,
  APPOINTMENT_FIELDS,
  withKept,
  type Appointment,
} from '../../../contract';
import { accountNow } from '../../../lib/clock';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCreateAppointment, useUpdateAppointment } from '../api/appointment-mutations';
import {
  appointmentFormSchema,
  changedFields,
  type AppointmentFormInput,
  type AppointmentFormOutput,
} from '../model/appointment-form-schema';
import { DateTimeField } from './date-time-field';
import { LeadPicker, leadChoiceLabel, type LeadChoice } from './lead-picker';
import { choiceOptions } from '../../../components/choice-options';

/** Said when a booking went into the write queue (offline, or the network failed). */
const QUEUED_MESSAGE = 'Booking kept on this device: it is sent when the network is back';

const TIME_FIELDS = [
  { name: 'appointment_date', label: 'Start' },
  { name: 'appointment_to', label: 'End' },
] as const;

type Props = {
  formId: string;
  mode: 'create' | 'edit';
  appointment?: Appointment;
  /** The lead the form is fixed to, when booking from a lead's page. */
  fixedLead?: LeadChoice;
  /** Offer a link to the lead's page (not when the dialog was opened from that page). */
  showLeadLink: boolean;
  start?: string;
  end?: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onDelete?: () => void;
  formErrors: string[];
  setFormErrors: (messages: string[]) => void;
};

const initialValues = (props: Props): AppointmentFormInput =>
  props.mode === 'edit' && props.appointment
    ? {
        slug: props.appointment.lead.slug,
        appointment_date: props.appointment.appointment_date,
        appointment_to: props.appointment.appointment_to,
        appointment_note: props.appointment.appointment_note,
        appointment_status: props.appointment.appointment_status,
      }
    : {
        slug: props.fixedLead?.slug ?? '',
        appointment_date: props.start ?? ' ',
        appointment_to: props.end ?? ' ',
        appointment_note: '',
        appointment_status: 'pending',
      };

export const AppointmentForm = (props: Props) => {
  const { formId, mode, appointment, fixedLead, showLeadLink, onSaved, onCancel, onDelete } = props;
  const { formErrors, setFormErrors } = props;
  const [defaults] = useState(() => initialValues(props));
  const [lead, setLead] = useState<LeadChoice | null>(appointment?.lead ?? fixedLead ?? null);
  const schema = useMemo(
    () =>
      appointmentFormSchema(accountNow, {
        originalStart: appointment?.appointment_date,
        originalStatus: appointment?.appointment_status,
      }),
    [appointment?.appointment_date, appointment?.appointment_status],
  );
  const form = useForm<AppointmentFormInput, unknown, AppointmentFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });
  const create = useCreateAppointment();
  const update = useUpdateAppointment();
  const sending = create.isPending || update.isPending;
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      if (mode === 'create') {
        // A new appointment keeps no status of its own: the vocabulary's, as the contract types it.
        const sent = await create.mutateAsync({
          ...appointmentCreateSchema.parse(values),
          lead_label: lead ? leadChoiceLabel(lead) : undefined,
        });
        onSaved(sent.queued ? QUEUED_MESSAGE : 'Appointment booked');
        return;
      }
      if (!appointment) return;
      const changes = changedFields(appointment.id, defaults, values);
      if (changes) {
        const lead_label = leadChoiceLabel(appointment.lead);
        await update.mutateAsync({ ...appointmentUpdateSchema.parse(changes), lead_label });
      }
      onSaved(changes ? 'Appointment saved' : 'No changes to save');
    } catch (error) {
      setFormErrors(applyServerErrors(error, APPOINTMENT_FIELDS, form.setError));
    }
  });

  const note = useWatch({ control: form.control, name: 'appointment_note' }) ?? '';

  return (
    <>
      <DialogContent>
        <Stack
          component="form"
          id={formId}
          noValidate
          onSubmit={(event) => void submit(event)}
          spacing={2}
          sx={{ pt: 1 }}
        >
          {formErrors.length > 0 && (
            <Alert severity="error">
              {formErrors.map((message) => (
                <div key={message}>{message}</div>
              ))}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="slug"
            render={({ field, fieldState }) => (
              <LeadPicker
                value={lead}
                onChange={(next) => {
                  setLead(next);
                  field.onChange(next?.slug ?? '');
                }}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                disabled={Boolean(fixedLead)}
                autoFocus={!fixedLead}
              />
            )}
          />
          {mode === 'edit' && showLeadLink && lead && (
            <Link component={RouterLink} to={`/leads/${encodeURIComponent(lead.slug)}`}>
              Open {leadChoiceLabel(lead)}&apos;s page
            </Link>
          )}
          {TIME_FIELDS.map(({ name, label }, index) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field, fieldState }) => (
                <DateTimeField
                  label={label}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  autoFocus={Boolean(fixedLead) && index === 0}
                />
              )}
            />
          ))}
          <Controller
            control={form.control}
            name="appointment_status"
            render={({ field, fieldState }) => (
              <TextField
                select
                label="Status"
                {...field}
                value={field.value ?? 'pending'}
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message}
              >
                {choiceOptions(withKept(APPOINTMENT_STATUSES, appointment?.appointment_status))}
              </TextField>
            )}
          />
          <TextField
            label="Note"
            multiline
            minRows={2}
            {...form.register('appointment_note')}
            error={Boolean(errors.appointment_note)}
            helperText={
              errors.appointment_note?.message ?? `${note.length}/${APPOINTMENT_NOTE_MAX}`
            }
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {mode === 'edit' && onDelete && (
          <Button color="error" onClick={onDelete} disabled={sending} sx={{ mr: 'auto' }}>
            Delete
          </Button>
        )}
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" form={formId} variant="contained" loading={sending}>
          {mode === 'create' ? 'Book appointment' : 'Save'}
        </Button>
      </DialogActions>
    </>
  );
};
