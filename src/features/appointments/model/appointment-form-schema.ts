/**
 * The dialog's rules: the contract's create fields (required, blank, date format, note ≤ 200,
 * status choices) plus the server's timing rules, checked against the account's wall clock:
 * end after start (at the end field) and a start in the future (at the start field; on edit
 * only when the start changed, as the server does).
 */
import { z } from 'zod';
import {
  appointmentCreateSchema,
  appointmentTimingProblem,
  isValidApiDateTime,
  MESSAGES,
  wallClockNow,
  type AppointmentUpdate,
} from '../../../contract';

export const appointmentFormSchema = (
  timeZone: string,
  { originalStart }: { originalStart?: string } = {},
) =>
  appointmentCreateSchema.superRefine((values, ctx) => {
    const interval = { start: values.appointment_date, end: values.appointment_to };
    if (!isValidApiDateTime(interval.start) || !isValidApiDateTime(interval.end)) return;
    const problem = appointmentTimingProblem(interval, wallClockNow(timeZone), {
      startChanged: originalStart === undefined || originalStart !== interval.start,
    });
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: [problem === MESSAGES.endBeforeStart ? 'appointment_to' : 'appointment_date'],
        message: problem,
      });
    }
  });

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
