/** The appointment object as a server sends it. */
import { z } from './zod-without-eval';
import { looseText, openValue } from './fields';
import type { AppointmentStatus } from './vocabularies';

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
