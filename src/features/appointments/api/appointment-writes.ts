/**
 * Booking, changing and deleting an appointment as queued writes (src/lib/offline/write-queue):
 * how each is sent, how the server is asked whether one whose answer was lost arrived (the
 * appointments of its day, by the documented `datesetting=on` filter), and how the rep sees it
 * in the pending list. `lead_label` rides along for the rep's eyes only; it is never sent.
 */
import { z } from 'zod';
import {
  APPOINTMENT_FIELDS,
  appointmentSchema,
  ENDPOINTS,
  paginatedSchema,
  type Appointment,
} from '../../../contract';
import { apiGet, apiPost, type FormBody } from '../../../lib/http-client';
import type { QueuedWrite, WriteInput } from '../../../lib/offline/write-queue/queued-write';
import type { WriteHandler } from '../../../lib/offline/write-queue/write-handlers';
import { isoToUsDate } from '../model/appointment-list-url';

export const APPOINTMENT_CREATE = 'appointment.create';
export const APPOINTMENT_UPDATE = 'appointment.update';
export const APPOINTMENT_DELETE = 'appointment.delete';

const TIMES = [
  { name: 'appointment_date', label: 'Start' },
  { name: 'appointment_to', label: 'End' },
];

/** What the API takes of an input: its fields, without the label kept for the rep. */
const apiFields = (input: WriteInput, fields: readonly string[]): FormBody =>
  Object.fromEntries(Object.entries(input).filter(([key]) => fields.includes(key)));

export const sendAppointmentCreate = (input: WriteInput) =>
  apiPost(ENDPOINTS.appointmentCreate, apiFields(input, APPOINTMENT_FIELDS), appointmentSchema);

export const sendAppointmentUpdate = (input: WriteInput) =>
  apiPost(
    ENDPOINTS.appointmentUpdate,
    apiFields(input, ['appointment_id', ...APPOINTMENT_FIELDS]),
    appointmentSchema,
  );

export const sendAppointmentDelete = (input: WriteInput, keepalive = false) =>
  apiPost(ENDPOINTS.appointmentDelete, { appointment_id: input.appointment_id }, z.unknown(), {
    keepalive,
  });

/** The appointments the server has on the day of `dateTime` (`yyyy-mm-dd HH:MM`). */
const appointmentsOn = async (dateTime: WriteInput[string] | undefined): Promise<Appointment[]> =>
  (
    await apiGet(
      ENDPOINTS.appointmentList,
      { datesetting: 'on', ondate: isoToUsDate(String(dateTime).slice(0, 10)), limit: 100 },
      paginatedSchema(appointmentSchema),
    )
  ).results;

const sameTimes = (appointment: Appointment, input: WriteInput) =>
  appointment.appointment_date === input.appointment_date &&
  appointment.appointment_to === input.appointment_to;

const label = (input: WriteInput) => (input.lead_label ? ` with ${input.lead_label}` : '');
const times = (input: WriteInput) => `${input.appointment_date} – ${input.appointment_to}`;

export const appointmentCreateWrite: WriteHandler = {
  send: sendAppointmentCreate,
  alreadyDone: async ({ input }: QueuedWrite) =>
    (await appointmentsOn(input.appointment_date)).some(
      (appointment) => appointment.lead.slug === input.slug && sameTimes(appointment, input),
    ),
  describe: (input) => `Book an appointment${label(input)}, ${times(input)}`,
  editable: [...TIMES, { name: 'appointment_note', label: 'Note', multiline: true }],
};

/** Sending the same change twice changes nothing; it is still checked first, as every write. */
export const appointmentUpdateWrite: WriteHandler = {
  send: sendAppointmentUpdate,
  alreadyDone: async ({ input }: QueuedWrite) =>
    input.appointment_date !== undefined &&
    (await appointmentsOn(input.appointment_date)).some(
      (appointment) =>
        appointment.id === Number(input.appointment_id) && sameTimes(appointment, input),
    ),
  describe: (input) =>
    input.appointment_date === undefined
      ? `Change an appointment${label(input)}`
      : `Move an appointment${label(input)} to ${times(input)}`,
  editable: TIMES,
};

export const appointmentDeleteWrite: WriteHandler = {
  send: sendAppointmentDelete,
  alreadyDone: async ({ input }: QueuedWrite) =>
    !(await appointmentsOn(input.appointment_date)).some(
      (appointment) => appointment.id === Number(input.appointment_id),
    ),
  describe: (input) => `Delete the appointment${label(input)} of ${input.appointment_date}`,
  editable: [],
};
