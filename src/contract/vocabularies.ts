/** The fixed value sets of the API (contract section 3). */

export const LEAD_STATUSES = [
  'prospect',
  'tentative',
  'potential',
  'closed',
  'contact',
  'customer',
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** The status a soft-deleted lead carries; never accepted as input. */
export const DELETED_STATUS = 'deleted';

export const LEAD_SOURCES = [
  'website',
  'referral',
  'social_media',
  'email_campaign',
  'cold_call',
  'event',
  'advertisement',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const APPOINTMENT_STATUSES = [
  'pending',
  'rescheduled',
  'cancelled',
  'fullfilled',
  'confirmed',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const OVERVIEW_APPOINTMENT_FILTERS = ['upcoming', 'today', 'week', 'month'] as const;
export type OverviewAppointmentFilter = (typeof OVERVIEW_APPOINTMENT_FILTERS)[number];

export const DATE_SETTINGS = ['on', 'before', 'after'] as const;
export type DateSetting = (typeof DATE_SETTINGS)[number];

export const USER_ROLES = ['rep', 'manager'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Fields the lead list may be ordered by (our extension: `ordering=<field>` or `-<field>`). */
export const LEAD_ORDERING_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'phone',
  'status',
  'source',
  'location',
  'owner',
  'assignee',
  'created_at',
  'updated_at',
] as const;
export type LeadOrderingField = (typeof LEAD_ORDERING_FIELDS)[number];

/**
 * A vocabulary value as a server sends it: one we know, or one we do not, kept as sent (a real
 * deployment may know more values than the documentation; contract section 8).
 */
export type Open<T extends string> = T | (string & {});

const KNOWN_VALUES: ReadonlySet<string> = new Set<string>([
  ...LEAD_STATUSES,
  DELETED_STATUS,
  ...LEAD_SOURCES,
  ...APPOINTMENT_STATUSES,
  ...OVERVIEW_APPOINTMENT_FILTERS,
  ...DATE_SETTINGS,
  ...USER_ROLES,
]);

/**
 * The label people read for a vocabulary value: ours for a known value ("cold_call" → "Cold
 * call"), the value itself, exactly as the server sent it, for any other.
 */
export const vocabularyLabel = (value: string): string =>
  KNOWN_VALUES.has(value)
    ? value.charAt(0).toUpperCase() + value.slice(1).replaceAll('_', ' ')
    : value;

/** The vocabulary, plus `kept` when it is a value outside it (offered so it can be kept). */
export const withKept = <const T extends readonly [string, ...string[]]>(
  values: T,
  kept: string | undefined,
): readonly [string, ...string[]] =>
  kept === undefined || kept === '' || values.includes(kept) ? values : [...values, kept];
