import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  leadFormSchema,
  withKept,
  type LeadFormOutput,
} from '../../../contract';
import { applyServerErrors } from '../../../lib/form-errors';
import { AssigneeField } from './assignee-field';
import { DuplicateLeadWarning } from './duplicate-lead-warning';
import { LEAD_FORM_FIELDS, type LeadFormValues } from '../model/lead-form-values';
import { TextCounter } from './text-counter';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';
import { choiceOptions } from '../../../components/choice-options';

const FIELD_MAX = 255;

/** Where the user lands once the lead is saved, and the confirmation shown there. */
export type SavedLeadTarget = { to: string; notice: string };

type LeadFormProps = {
  defaultValues: LeadFormValues;
  submitLabel: string;
  /** Sends the lead and says where to go next; throws the ApiError the server answered with. */
  onSubmit: (values: LeadFormOutput) => Promise<SavedLeadTarget>;
  onCancel: () => void;
  /** A new lead: warn while its email or phone matches a lead that already exists. */
  warnOfDuplicates?: boolean;
};

const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } };

/**
 * The lead's fields, checked with the API's own rules before anything is sent. What the server
 * still refuses lands under its field (or above the form); what the user typed always stays.
 */
export const LeadForm = ({
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  warnOfDuplicates = false,
}: LeadFormProps) => {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  /** The lead's own status and source stay choosable even when the vocabularies lack them. */
  const [kept] = useState(() => ({ status: defaultValues.status, source: defaultValues.source }));
  const form = useForm<LeadFormValues, unknown, LeadFormOutput>({
    resolver: zodResolver(leadFormSchema(kept)),
    defaultValues,
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const navigate = useNavigate();
  /** Once saved, the form stops guarding, then leaves (after the guard has been lifted). */
  const [saved, setSaved] = useState<SavedLeadTarget | null>(null);
  useEffect(() => {
    if (saved) navigate(saved.to, { replace: true, state: { notice: saved.notice } });
  }, [saved, navigate]);
  const [message, email, phone] = useWatch({ control, name: ['message', 'email', 'phone'] });

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      setSaved(await onSubmit(values));
    } catch (error) {
      setFormErrors(applyServerErrors(error, LEAD_FORM_FIELDS, setError));
    }
  });

  const text = (name: 'first_name' | 'last_name' | 'email' | 'phone' | 'location') => ({
    ...register(name),
    error: Boolean(errors[name]),
    helperText: errors[name]?.message,
    fullWidth: true,
  });

  return (
    <Stack component="form" noValidate spacing={3} onSubmit={submit} aria-label={submitLabel}>
      {formErrors.map((message) => (
        <Alert key={message} severity="error">
          {message}
        </Alert>
      ))}
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" variant="subtitle1" sx={{ mb: 2, fontWeight: 600 }}>
          Contact
        </Typography>
        <Box sx={twoColumns}>
          <TextField label="First name" required autoComplete="off" {...text('first_name')} />
          <TextField label="Last name" required autoComplete="off" {...text('last_name')} />
          <TextField label="Email" type="email" required autoComplete="off" {...text('email')} />
          <TextField
            label="Phone"
            type="tel"
            required
            autoComplete="off"
            {...text('phone')}
            helperText={errors.phone?.message ?? 'Digits only, 9 to 15, e.g. +14155550123'}
          />
        </Box>
        {warnOfDuplicates && <DuplicateLeadWarning email={email ?? ''} phone={phone ?? ''} />}
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" variant="subtitle1" sx={{ mb: 2, fontWeight: 600 }}>
          Pipeline
        </Typography>
        <Box sx={twoColumns}>
          <Controller
            control={control}
            name="status"
            render={({ field }) => (
              <TextField
                select
                label="Status"
                fullWidth
                {...field}
                error={Boolean(errors.status)}
                helperText={errors.status?.message}
              >
                {choiceOptions(withKept(LEAD_STATUSES, kept.status))}
              </TextField>
            )}
          />
          <Controller
            control={control}
            name="source"
            render={({ field }) => (
              <TextField
                select
                label="Source"
                fullWidth
                {...field}
                error={Boolean(errors.source)}
                helperText={errors.source?.message}
              >
                {choiceOptions(withKept(LEAD_SOURCES, kept.source))}
              </TextField>
            )}
          />
          <Controller
            control={control}
            name="assignee"
            render={({ field }) => (
              <AssigneeField
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.assignee?.message}
              />
            )}
          />
          <TextField label="Location" autoComplete="off" {...text('location')} />
        </Box>
      </Box>
      <TextField
        label="Message"
        multiline
        minRows={3}
        fullWidth
        {...register('message')}
        error={Boolean(errors.message)}
        helperText={
          errors.message?.message ?? <TextCounter length={(message ?? '').length} max={FIELD_MAX} />
        }
      />
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="contained" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </Stack>
      <UnsavedChangesDialog when={isDirty && !saved} />
    </Stack>
  );
};
