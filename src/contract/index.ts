/**
 * The Leads & CRM API contract as code: one source for the reference server's validation, the
 * dashboard's forms and the client's response parsing. Imports only zod.
 */

export * from './appointment-requests';
export * from './appointment-timing';
export * from './appointments';
export * from './auth';
export * from './date-time';
export * from './endpoints';
export * from './envelope';
export * from './fields';
export * from './lead-details';
export * from './lead-requests';
export * from './leads';
export * from './messages';
export * from './note-requests';
export * from './notes';
export * from './overview';
export * from './queries';
export * from './query-params';
export * from './status-palette';
export * from './validation-errors';
export * from './vocabularies';
export * from './page-config';
