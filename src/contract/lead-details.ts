/** GET leads/view/lead/: the lead with its notes (newest first) and appointments. */
import { z } from './zod-without-eval';
import { appointmentSchema } from './appointments';
import { leadSchema } from './leads';
import { noteSchema } from './notes';

export const leadDetailsSchema = leadSchema.extend({
  notes: z.array(noteSchema).default([]),
  appointments: z.array(appointmentSchema).default([]),
});
export type LeadDetails = z.output<typeof leadDetailsSchema>;
