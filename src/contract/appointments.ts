/** Appointments: request bodies and queries with the documented rules, and the object. */
import { z } from 'zod';
import {
  choice,
  idField,
  isValidApiDateTime,
  looseText,
  openValue,
  optionalText,
  requiredText,
} from './fields';
import {
  intervalsOverlap,
  isRealIsoDate,
  usDateToIso,
  type ApiDateTime,
  type Interval,
} from './date-time';
import { MESSAGES } from './messages';
import { blankAsAbsent, optionalFilter, pageQuery } from './queries';
import {
  APPOINTMENT_STATUSES,
  DATE_SETTINGS,
  withKept,
  type AppointmentStatus,
} from './vocabularies';

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

/**
 * Sane bounds [ours]: an appointment lasts at most 12 hours and starts at most 2 years after
 * "now" (by the calendar date). Without them, 2028-02-29 to 9999-12-31 blocks every later
 * booking of its rep.
 */
export const APPOINTMENT_MAX_HOURS = 12;
export const APPOINTMENT_MAX_YEARS_AHEAD = 2;
export const APPOINTMENT_BOUNDS_MESSAGES = {
  tooLong: `An appointment can last at most ${APPOINTMENT_MAX_HOURS} hours.`,
  tooFar: `Appointments can be booked at most ${APPOINTMENT_MAX_YEARS_AHEAD} years ahead.`,
} as const;

/** Wall-clock minutes since the epoch, as if the time were UTC (no zone shift). */
const wallMinutes = (time: ApiDateTime): number =>
  Date.UTC(
    Number(time.slice(0, 4)),
    Number(time.slice(5, 7)) - 1,
    Number(time.slice(8, 10)),
    Number(time.slice(11, 13)),
    Number(time.slice(14, 16)),
  ) / 60_000;

export type AppointmentTimeField = 'appointment_date' | 'appointment_to';

/**
 * What is wrong with an appointment's times, the one place these rules live. `field` is the
 * time the message belongs to (a form shows it there). `documented` marks the contract's own
 * rules (section 7), which the server answers as a rule failure; the bounds [ours] are a 400
 * on the field.
 */
export type AppointmentTimingProblem = {
  field: AppointmentTimeField;
  message: string;
  documented: boolean;
};

/**
 * The rules checked after the fields are valid, in the server's order: end after start, a start
 * in the future (only when the start changed: an update that keeps the date may stay in the
 * past), then the bounds (only when a time changed). `now` is the account's wall-clock time.
 */
export const appointmentTimingProblem = (
  interval: Interval,
  now: ApiDateTime,
  {
    startChanged = true,
    timesChanged = true,
  }: { startChanged?: boolean; timesChanged?: boolean } = {},
): AppointmentTimingProblem | null => {
  if (interval.end <= interval.start) {
    return { field: 'appointment_to', message: MESSAGES.endBeforeStart, documented: true };
  }
  if (startChanged && interval.start <= now) {
    return { field: 'appointment_date', message: MESSAGES.dateNotInFuture, documented: true };
  }
  if (!timesChanged) return null;
  const farthest = `${Number(now.slice(0, 4)) + APPOINTMENT_MAX_YEARS_AHEAD}${now.slice(4, 10)}`;
  if (interval.start.slice(0, 10) > farthest) {
    const message = APPOINTMENT_BOUNDS_MESSAGES.tooFar;
    return { field: 'appointment_date', message, documented: false };
  }
  if (wallMinutes(interval.end) - wallMinutes(interval.start) > APPOINTMENT_MAX_HOURS * 60) {
    const message = APPOINTMENT_BOUNDS_MESSAGES.tooLong;
    return { field: 'appointment_to', message, documented: false };
  }
  return null;
};

type Booked = Interval & { id: number; status: string };

/** The first booked appointment (not cancelled, not `exceptId`) that overlaps `interval`. */
export const findClash = <T extends Booked>(
  interval: Interval,
  booked: readonly T[],
  exceptId?: number,
): T | undefined =>
  booked.find(
    (other) =>
      other.id !== exceptId && other.status !== 'cancelled' && intervalsOverlap(interval, other),
  );

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

/** A time as a server sends it; seconds or a `T` separator are tolerated and dropped. */
const responseDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/)
  .transform((value) => value.slice(0, 16).replace('T', ' '));

export const appointmentSchema = z.object({
  id: z.number(),
  lead: z.object({
    slug: z.string(),
    first_name: looseText,
    last_name: looseText,
  }),
  appointment_date: responseDateTime,
  appointment_to: responseDateTime,
  appointment_note: looseText,
  appointment_status: openValue<AppointmentStatus>('pending'),
  owner: looseText,
  created_at: looseText,
});
export type Appointment = z.output<typeof appointmentSchema>;
