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

/**
 * The other paths the documentation shows for an endpoint (contract section 1): its code samples
 * drop the `leads/` segment, and create lead shows an extra `v1/` in its heading and its sample.
 * The reference server answers each as an alias of the same handler, so a client copied from the
 * documentation works; the dashboard calls `ENDPOINTS`.
 */
export const DOCUMENTED_ALIASES = {
  appointmentList: ['appointments/list/'],
  leadDetails: ['view/lead/'],
  appointmentCreate: ['create/appointment/'],
  appointmentUpdate: ['update/appointment/'],
  appointmentDelete: ['delete/appointment/'],
  leadCreate: ['create/lead/', 'v1/leads/create/lead/', 'v1/create/lead/'],
  leadUpdate: ['update/lead/'],
  leadDelete: ['delete/lead/'],
  noteCreate: ['create/leadnote/'],
  noteDelete: ['delete/leadnote/'],
} as const satisfies Partial<Record<EndpointName, readonly string[]>>;

/** The documented aliases of `name`'s path (none for most endpoints). */
export const documentedAliases = (name: EndpointName): readonly string[] =>
  (DOCUMENTED_ALIASES as Partial<Record<EndpointName, readonly string[]>>)[name] ?? [];

/** The reference server's base path (contract section 1). */
export const REFERENCE_BASE_PATH = '/api/v1/';

/**
 * This project's extensions that a plain Epixel server lacks (contract section 2b): routes the
 * documentation does not name, query parameters it does not name on documented routes, and
 * values it does not name for a documented parameter (`list_type` is documented with
 * `assigned` only). A strict reference server (EPIXEL_STRICT=1) answers the routes 404 and
 * ignores the parameters and the values.
 */
export const EXTENSION_ROUTES: readonly EndpointName[] = ['users'];
export const EXTENSION_QUERY_PARAMS: Partial<Record<EndpointName, readonly string[]>> = {
  leadList: ['search', 'source', 'assignee', 'ordering'],
  appointmentList: ['date_from', 'date_to', 'lead_slug'],
};
export const EXTENSION_QUERY_VALUES: Partial<
  Record<EndpointName, Readonly<Record<string, readonly string[]>>>
> = {
  leadList: { list_type: ['all'] },
};
