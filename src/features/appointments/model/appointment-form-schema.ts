/**
 * The dialog's rules: the contract's create fields (required, blank, date format, note ≤ 200,
 * status choices) plus the server's timing rules, checked against the account's wall clock
 * (`now`, injected):
 * end after start (at the end field) and a start in the future (at the start field; on edit
 * only when the start changed, as the server does).
 */
import { z } from 'zod';
import {
  appointmentFormFieldsSchema,
  APPOINTMENT_BOUNDS_MESSAGES,
  appointmentBoundsProblem,
  appointmentTimingProblem,
  isValidApiDateTime,
  MESSAGES,
  type ApiDateTime,
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

/** The server's timing message for these times, and the field it belongs to, or null. */
export const timingIssue = (
  values: unknown,
  now: () => ApiDateTime,
  { originalStart }: TimingOptions = {},
): { field: 'appointment_date' | 'appointment_to'; message: string } | null => {
  if (!timesAreValid(values)) return null;
  const start = values.appointment_date.trim();
  const message = appointmentTimingProblem({ start, end: values.appointment_to.trim() }, now(), {
    startChanged: originalStart === undefined || originalStart !== start,
  });
  if (!message)
    return appointmentBoundsProblem({ start, end: values.appointment_to.trim() }, now());
  return {
    field: message === MESSAGES.endBeforeStart ? 'appointment_to' : 'appointment_date',
    message,
  };
};

export const appointmentFormSchema = (now: () => ApiDateTime, options: FormOptions = {}) => {
  const problem = (values: unknown) => timingIssue(values, now, options)?.message ?? null;
  return appointmentFormFieldsSchema(options.originalStatus)
    .refine((values) => problem(values) !== MESSAGES.endBeforeStart, {
      path: ['appointment_to'],
      message: MESSAGES.endBeforeStart,
    })
    .refine((values) => problem(values) !== MESSAGES.dateNotInFuture, {
      path: ['appointment_date'],
      message: MESSAGES.dateNotInFuture,
    })
    .refine((values) => problem(values) !== APPOINTMENT_BOUNDS_MESSAGES.tooFar, {
      path: ['appointment_date'],
      message: APPOINTMENT_BOUNDS_MESSAGES.tooFar,
    })
    .refine((values) => problem(values) !== APPOINTMENT_BOUNDS_MESSAGES.tooLong, {
      path: ['appointment_to'],
      message: APPOINTMENT_BOUNDS_MESSAGES.tooLong,
    });
};

export type AppointmentFormSchema = ReturnType<typeof appointmentFormSchema>;
export type AppointmentFormInput = z.input<AppointmentFormSchema>;
export type AppointmentFormOutput = z.output<AppointmentFormSchema>;

export const APPOINTMENT_FORM_FIELDS = [
  'slug',
  'appointment_date',
  'appointment_to',
  'appointment_note',
  'appointment_status',
] as const;

/** Only what changed (a partial update, as the endpoint allows); null when nothing did. */
export const changedFields = (
  appointmentId: number,
  before: AppointmentFormInput,
  after: AppointmentFormOutput,
): AppointmentUpdate | null => {
  const update: AppointmentUpdate = { appointment_id: appointmentId };
  let changed = false;
  for (const field of APPOINTMENT_FORM_FIELDS) {
    if ((before[field] ?? '').trim() !== (after[field] ?? '')) {
      Object.assign(update, { [field]: after[field] ?? '' });
      changed = true;
    }
  }
  return changed ? update : null;
};
