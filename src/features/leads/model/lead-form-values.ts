/** The lead form's values: the contract's form input, with every text field present. */
import { leadFields, type Lead, type LeadFormInput } from '../../../contract';

export type LeadFormValues = LeadFormInput;

/** The contract's own field list: a field added there reaches the form's error mapping. */
export const LEAD_FORM_FIELDS = Object.keys(leadFields) as (keyof typeof leadFields)[];

export const EMPTY_LEAD: LeadFormValues = {
  first_name: '',
  last_name: '',
  email: '',
  phone: '',
  status: 'prospect',
  source: 'other',
  location: '',
  message: '',
  assignee: undefined,
};

/**
 * An existing lead as form values (a deleted lead's status is not offered: prospect). A status or
 * source outside the vocabularies stays as the server sent it, to be written back unchanged.
 */
export const leadToFormValues = (lead: Lead): LeadFormValues => ({
  first_name: lead.first_name,
  last_name: lead.last_name,
  email: lead.email,
  phone: lead.phone,
  status: lead.status === 'deleted' ? 'prospect' : lead.status,
  source: lead.source,
  location: lead.location,
  message: lead.message,
  assignee: lead.assignee ?? undefined,
});
