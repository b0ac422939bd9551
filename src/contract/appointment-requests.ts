/** Appointments: request bodies and the list query, with the documented rules. */
import { z } from './zod-without-eval';
import { choice, idField, isValidApiDateTime, optionalText, requiredText } from './fields';
import { isRealIsoDate, usDateToIso } from './date-time';
import { MESSAGES } from './messages';
import { blankAsAbsent, optionalFilter, pageQuery } from './query-params';
import { APPOINTMENT_STATUSES, DATE_SETTINGS, withKept } from './vocabularies';

const blank = MESSAGES.appointmentBlank;

const dateTime = () =>
  requiredText({ blank }).refine(isValidApiDateTime, { error: MESSAGES.invalidDateFormat });

const appointmentStatus = z.enum(APPOINTMENT_STATUSES, {
  error: MESSAGES.invalidAppointmentStatus,
});

export const APPOINTMENT_NOTE_MAX = 200;

const appointmentNote = optionalText(APPOINTMENT_NOTE_MAX);

/** POST leads/create/appointment/ */
export const appointmentCreateSchema = z.object({
  slug: requiredText({ blank }),
  appointment_date: dateTime(),
  appointment_to: dateTime(),
  appointment_note: appointmentNote,
  appointment_status: appointmentStatus.default('pending'),
});
export type AppointmentCreateInput = z.input<typeof appointmentCreateSchema>;

/** An appointment's writable fields: what create takes and what an update may change. */
export const APPOINTMENT_FIELDS = appointmentCreateSchema.keyof().options;

/**
 * A client's appointment form: the create fields, where the appointment's own status is accepted
 * even outside the vocabulary, so a status a server sent can be kept (contract section 8).
 */
export const appointmentFormFieldsSchema = (keptStatus?: string) =>
  appointmentCreateSchema.extend({
    appointment_status: z
      .enum(withKept(APPOINTMENT_STATUSES, keptStatus), {
        error: MESSAGES.invalidAppointmentStatus,
      })
      .default('pending'),
  });
export type AppointmentCreate = z.output<typeof appointmentCreateSchema>;

export const appointmentIdField = idField({ invalid: MESSAGES.invalidAppointmentId, blank });

/** POST leads/update/appointment/: the id, then any create field (a partial update). */
export const appointmentUpdateSchema = z.object({
  appointment_id: appointmentIdField,
  slug: requiredText({ blank }).optional(),
  appointment_date: dateTime().optional(),
  appointment_to: dateTime().optional(),
  appointment_note: appointmentNote,
  appointment_status: appointmentStatus.optional(),
});
export type AppointmentUpdateInput = z.input<typeof appointmentUpdateSchema>;
export type AppointmentUpdate = z.output<typeof appointmentUpdateSchema>;

/** POST leads/delete/appointment/ */
export const appointmentDeleteSchema = z.object({ appointment_id: appointmentIdField });
const isoDate = blankAsAbsent(
  z
    .string()
    .optional()
    .refine((value) => value === undefined || isRealIsoDate(value), {
      error: MESSAGES.invalidDateFormat,
    }),
);

/** GET leads/appointments/list/: documented filters plus our `date_from`, `date_to`, `lead_slug`. */
export const appointmentListQuerySchema = z
  .object({
    ...pageQuery,
    datesetting: blankAsAbsent(choice(DATE_SETTINGS).optional()),
    ondate: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value === '') return undefined;
        const iso = usDateToIso(value);
        if (iso === null) {
          ctx.addIssue({ code: 'custom', message: MESSAGES.invalidDateFormat });
          return z.NEVER;
        }
        return iso;
      }),
    status: blankAsAbsent(appointmentStatus.optional()),
    lead: optionalFilter,
    date_from: isoDate,
    date_to: isoDate,
    lead_slug: optionalFilter,
  })
  .superRefine((query, ctx) => {
    if (query.datesetting && !query.ondate) {
      ctx.addIssue({ code: 'custom', path: ['ondate'], message: MESSAGES.required });
    }
  });
export type AppointmentListQuery = z.output<typeof appointmentListQuerySchema>;
