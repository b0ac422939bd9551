import type { Lead } from '../../../contract';

/** The name a person knows a lead by: first and last name, else its email, else its slug. */
export const leadName = (lead: Lead): string =>
  `${lead.first_name} ${lead.last_name}`.trim() || lead.email || lead.slug;
