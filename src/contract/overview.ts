/** The overview: its query and its answer (contract section 5, endpoint 1). */
import { z } from './zod-without-eval';
import { appointmentSchema } from './appointments';
import { MESSAGES } from './messages';
import { LEAD_SOURCES, OVERVIEW_APPOINTMENT_FILTERS } from './vocabularies';

export const overviewQuerySchema = z.object({
  appointment: z
    .enum(OVERVIEW_APPOINTMENT_FILTERS, { error: MESSAGES.invalidOverviewFilter })
    .default('upcoming'),
});
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

/**
 * An overview appointment's fields that are ours (contract section 5, endpoint 1): a strict
 * server (and so, maybe, a real Epixel) leaves them out, so the client reads them as optional.
 */
export const OVERVIEW_APPOINTMENT_EXTENSION_FIELDS = ['id', 'lead'] as const;

export const overviewAppointmentSchema = appointmentSchema.partial({ id: true, lead: true });
export type OverviewAppointment = z.output<typeof overviewAppointmentSchema>;

export const overviewSchema = z.object({
  LeadsData: z.object({
    status: z.array(
      z.object({
        status: z.string(),
        count: z.number(),
        Description: z
          .string()
          .nullish()
          .transform((value) => value ?? ''),
        Color: z
          .string()
          .nullish()
          .transform((value) => value ?? '#9e9e9e'),
      }),
    ),
    source: z.array(
      z.object({ source: z.union([z.enum(LEAD_SOURCES), z.string()]), count: z.number() }),
    ),
  }),
  TotalLeads: z.number(),
  appointments: z.array(overviewAppointmentSchema),
});
export type Overview = z.output<typeof overviewSchema>;
