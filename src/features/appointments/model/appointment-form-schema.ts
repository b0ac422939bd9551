/**
 * The dialog's rules: the contract's create fields (required, blank, date format, note ≤ 200,
 * status choices) plus the contract's timing rules (`appointmentTimingProblem`), checked against
 * the account's wall clock (`now`, injected) and shown at the field the contract names; on edit
 * the start must be in the future only when it changed, as the server does.
 */
import { z } from 'zod';
import {
  APPOINTMENT_FIELDS,
  appointmentFormFieldsSchema,
  appointmentTimingProblem,
  isValidApiDateTime,
  type ApiDateTime,
  type AppointmentTimingProblem,
  type AppointmentUpdate,
} from '../../../contract';

type Times = { appointment_date?: unknown; appointment_to?: unknown };

/** Both times are real `yyyy-mm-dd HH:MM` values (whatever else is wrong with the form). */
const timesAreValid = (
  value: unknown,
): value is { appointment_date: string; appointment_to: string } => {
  const times = value as Times;
  return (
    typeof times.appointment_date === 'string' &&
    typeof times.appointment_to === 'string' &&
    isValidApiDateTime(times.appointment_date.trim()) &&
    isValidApiDateTime(times.appointment_to.trim())
  );
};

type TimingOptions = { originalStart?: string };
type FormOptions = TimingOptions & { originalStatus?: string };

/** The contract's timing problem for these times (message and field), or null. */
const timingIssue = (
  values: unknown,
  now: () => ApiDateTime,
  { originalStart }: TimingOptions = {},
): AppointmentTimingProblem | null => {
  if (!timesAreValid(values)) return null;
  const start = values.appointment_date.trim();
  return appointmentTimingProblem({ start, end: values.appointment_to.trim() }, now(), {
    startChanged: originalStart === undefined || originalStart !== start,
  });
};

/**
 * The create fields, and beside them (not after: zod stops at a blank lead) the contract's
 * timing rules on the same values, so every problem shows in one go. The rules' side
 * contributes no value of its own.
 */
export const appointmentFormSchema = (now: () => ApiDateTime, options: FormOptions = {}) =>
  z.intersection(
    appointmentFormFieldsSchema(options.originalStatus),
    z
      .unknown()
      .superRefine((values, context) => {
        const issue = timingIssue(values, now, options);
        if (issue)
          context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
      })
      .transform(() => ({})),
  );

export type AppointmentFormSchema = ReturnType<typeof appointmentFormSchema>;
export type AppointmentFormInput = z.input<AppointmentFormSchema>;
export type AppointmentFormOutput = z.output<AppointmentFormSchema>;

/** Only what changed (a partial update, as the endpoint allows); null when nothing did. */
export const changedFields = (
  appointmentId: number,
  before: AppointmentFormInput,
  after: AppointmentFormOutput,
): AppointmentUpdate | null => {
  const update: AppointmentUpdate = { appointment_id: appointmentId };
  let changed = false;
  for (const field of APPOINTMENT_FIELDS) {
    if ((before[field] ?? '').trim() !== (after[field] ?? '')) {
      Object.assign(update, { [field]: after[field] ?? '' });
      changed = true;
    }
  }
  return changed ? update : null;
};
