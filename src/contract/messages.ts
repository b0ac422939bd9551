/**
 * Every message the Epixel Leads & CRM API documents, spelled exactly as documented (typos
 * included: clients match on these strings). See docs/api-contract.md, section 6.
 */
export const MESSAGES = {
  required: 'This field is required.',
  blank: 'This field may not be blank.',
  /** The appointment endpoints' blank message, sic. */
  appointmentBlank: 'This field is may not be blank.',
  invalidEmail: 'Invalid email.',
  invalidPhone: "Phone number must be entered in the format: '999999999'. Up to 15 digits allowed.",
  assigneeNotFound: 'Assignee not found.',
  invalidOverviewFilter: 'Invalid appointment filter value.',
  slugRequiredOrBlank: 'This field is required and this may not be blank.',
  slugInvalid: 'Requested slug is invalid.',
  leadDoesNotExist: 'Requested lead does not esixt.',
  notLeadOwner: 'You are not owner of this lead.',
  leadNotFound: 'Requested lead not found.',
  leadAlreadyDeleted: 'Requested lead already has a deleted status.',
  cannotDeleteLead: "You can't delete this lead.",
  cannotTakeAppointment: "You can't take appointment under this lead.",
  invalidDateFormat: 'Invalid date format.',
  invalidAppointmentStatus: 'Invalid appointment status.',
  invalidAppointmentId: 'Invalid appointment id.',
  appointmentNotFound: 'Requested appointment not found.',
  bodyDataNotFound: 'Body data not found.',
  appointmentClash: 'Appointment schedule exists for this time.',
  endBeforeStart: "End Date Can't be prior to Start Date.",
  dateNotInFuture: 'Please Specify a date in the future.',
  cannotUpdateAppointment: "You can't update this appointment.",
  cannotDeleteAppointment: "You can't delete this appointment.",
  cannotAddNote: "You can't add note on this lead.",
  noteNotFound: 'Requested note not found.',
  invalidNoteId: 'Invalid note id.',
  cannotDeleteNote: "You can't delete this note.",
  authenticationFailed: 'Authentication failed',
  inactiveAccount: 'Inactive Account',
} as const;

export const maxLengthMessage = (max: number): string =>
  `Ensure this field has no more than ${max} characters.`;

export const invalidChoiceMessage = (value: unknown): string =>
  `"${String(value)}" is not a valid choice.`;

/** The key the API uses for errors that belong to no single field. */
export const NON_FIELD_ERRORS = 'non_field_errors';
