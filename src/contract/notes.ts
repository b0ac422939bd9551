/** The note object as a server sends it. */
import { z } from './zod-without-eval';
import { looseText } from './fields';

export const noteSchema = z.object({
  id: z.number(),
  note: z.string(),
  created_by: looseText,
  created_at: looseText,
});
export type Note = z.output<typeof noteSchema>;
