/**
 * The appointments list's state in the URL: `datesetting` (on / before / after) with `ondate`
 * (kept as `yyyy-mm-dd`, what a date input gives; sent as the API's MM/DD/YYYY), `status`,
 * `lead` (first name), `when` (`upcoming`, the default: today and later; `past`: before today;
 * `all`), `page` (1-based) and `pageSize`. A link or a reload reproduces the view.
 */
import {
  APPOINTMENT_STATUSES,
  DATE_SETTINGS,
  isRealIsoDate,
  type AppointmentStatus,
  type DateSetting,
} from '../../../contract';
import { accountToday } from '../../../lib/clock';
import type { AppointmentListParams } from '../api/appointment-queries';
import { addDaysIso } from './calendar-time';

export const PAGE_SIZES = [25, 50, 100] as const;

/** Which part of the diary: the list opens on today and what follows, the past a click away. */
export const LIST_WINDOWS = ['upcoming', 'past', 'all'] as const;
export type ListWindow = (typeof LIST_WINDOWS)[number];

export type AppointmentListFilters = {
  datesetting: DateSetting | '';
  ondate: string;
  status: AppointmentStatus | '';
  lead: string;
  when: ListWindow;
  page: number;
  pageSize: number;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : '';

export const readListFilters = (params: URLSearchParams): AppointmentListFilters => {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const ondate = params.get('ondate') ?? '';
  return {
    datesetting: oneOf(DATE_SETTINGS, params.get('datesetting')),
    ondate: isRealIsoDate(ondate) ? ondate : '',
    status: oneOf(APPOINTMENT_STATUSES, params.get('status')),
    lead: params.get('lead') ?? '',
    when: oneOf(LIST_WINDOWS, params.get('when')) || 'upcoming',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : PAGE_SIZES[0],
  };
};

/** Only what differs from the defaults goes in the URL. */
export const writeListFilters = (filters: AppointmentListFilters): URLSearchParams => {
  const params = new URLSearchParams();
  if (filters.datesetting) params.set('datesetting', filters.datesetting);
  if (filters.ondate) params.set('ondate', filters.ondate);
  if (filters.status) params.set('status', filters.status);
  if (filters.lead.trim()) params.set('lead', filters.lead);
  if (filters.when !== 'upcoming') params.set('when', filters.when);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== PAGE_SIZES[0]) params.set('pageSize', String(filters.pageSize));
  return params;
};

/** `2026-12-01` → `12/01/2026` (the documented `ondate` format). */
export const isoToUsDate = (iso: string): string =>
  `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/**
 * The window (upcoming: today and later; past: before today, in the account's today) as the
 * documented date filter, which every Epixel server knows.
 */
const documentedWindow = (
  when: ListWindow,
): Pick<AppointmentListParams, 'datesetting' | 'ondate'> =>
  when === 'upcoming'
    ? { datesetting: 'after', ondate: isoToUsDate(addDaysIso(accountToday(), -1)) }
    : when === 'past'
      ? { datesetting: 'before', ondate: isoToUsDate(accountToday()) }
      : {};

/** The window as our `date_from`/`date_to`, beside a date rule the user chose. */
const extensionWindow = (when: ListWindow): Pick<AppointmentListParams, 'date_from' | 'date_to'> =>
  when === 'upcoming'
    ? { date_from: accountToday() }
    : when === 'past'
      ? { date_to: addDaysIso(accountToday(), -1) }
      : {};

/**
 * The documented query for these filters (a date setting without a date is not sent). The
 * window goes as the documented date filter; when the user chose a date rule of their own, that
 * rule takes the documented filter and the window goes as our `date_from`/`date_to` (a server
 * without them applies the user's rule alone).
 */
export const listParams = (filters: AppointmentListFilters): AppointmentListParams => ({
  offset: (filters.page - 1) * filters.pageSize,
  limit: filters.pageSize,
  ...(filters.datesetting && filters.ondate
    ? {
        datesetting: filters.datesetting,
        ondate: isoToUsDate(filters.ondate),
        ...extensionWindow(filters.when),
      }
    : documentedWindow(filters.when)),
  ...(filters.status && { status: filters.status }),
  ...(filters.lead.trim() && { lead: filters.lead.trim() }),
});
