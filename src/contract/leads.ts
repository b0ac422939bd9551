/** The lead object as a server sends it. */
import { z } from './zod-without-eval';
import { looseText, openValue } from './fields';
import type { DELETED_STATUS, LeadSource, LeadStatus } from './vocabularies';

export const leadSchema = z.object({
  id: z.number(),
  slug: z.string(),
  first_name: looseText,
  last_name: looseText,
  email: looseText,
  phone: looseText,
  status: openValue<LeadStatus | typeof DELETED_STATUS>('prospect'),
  source: openValue<LeadSource>('other'),
  location: looseText,
  message: looseText,
  owner: looseText,
  assignee: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  created_at: looseText,
  updated_at: looseText,
});
export type Lead = z.output<typeof leadSchema>;
