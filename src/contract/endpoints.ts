/**
 * The API's paths, relative to the base URL (contract section 5: the documentation's
 * headings are canonical). Shared by the reference server's router and the client.
 */
export const ENDPOINTS = {
  login: 'user/login/',
  refresh: 'user/token/refresh/',
  logout: 'user/logout/',
  overview: 'leads/overview/',
  leadList: 'leads/list/',
  appointmentList: 'leads/appointments/list/',
  leadDetails: 'leads/view/lead/',
  appointmentCreate: 'leads/create/appointment/',
  appointmentUpdate: 'leads/update/appointment/',
  appointmentDelete: 'leads/delete/appointment/',
  leadCreate: 'leads/create/lead/',
  leadUpdate: 'leads/update/lead/',
  leadDelete: 'leads/delete/lead/',
  noteCreate: 'leads/create/leadnote/',
  noteDelete: 'leads/delete/leadnote/',
  /** Our extension: the users a lead may be assigned to (for the assignee picker). */
  users: 'user/list/',
} as const;
export type EndpointName = keyof typeof ENDPOINTS;

/** The reference server's base path (contract section 1). */
export const REFERENCE_BASE_PATH = '/api/v1/';
