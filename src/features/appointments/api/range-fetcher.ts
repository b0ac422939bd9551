/**
 * Every appointment of a date range, all pages (the API caps `limit` at 100), asking the server
 * for that range only.
 *
 * Our `date_from`/`date_to` ask for exactly the range. A server without them (an Epixel
 * deployment without this project's extensions) ignores them and answers with every date, which
 * its answer shows: an appointment outside the range. From then on, for as long as the page stays
 * open, the range is asked with the documented filters instead: `datesetting=after` the
 * day before the range, read in date order (the documented order of the list) and stopped at
 * the first appointment past the range, so no request pages through the whole diary and nothing
 * outside the range is shown. The detection is learnt from answers, never from a setting.
 */
import type { Appointment } from '../../../contract';
import { everyPage, type ListPage } from '../../../lib/every-page';
import type { QueryParams } from '../../../lib/http-client';
import { addDaysIso, dateOf } from '../model/calendar-time';
import { isoToUsDate } from '../model/appointment-list-url';

export type DateRange = { date_from: string; date_to: string };
export type AppointmentPage = ListPage<Appointment>;
export type GetAppointmentPage = (params: QueryParams) => Promise<AppointmentPage>;

const within = (range: DateRange) => (appointment: Appointment) => {
  const day = dateOf(appointment.appointment_date);
  return day >= range.date_from && day <= range.date_to;
};

/** With our range filter: every page of exactly the range, or null when the server ignored it. */
const readWithRangeFilter = async (range: DateRange, getPage: GetAppointmentPage) => {
  const all: Appointment[] = [];
  for await (const page of everyPage((window) => getPage({ ...range, ...window }))) {
    if (!page.results.every(within(range))) return null;
    all.push(...page.results);
  }
  return all;
};

/** With the documented filter: everything after the day before, until the range is passed. */
const readWithDocumentedFilter = async (range: DateRange, getPage: GetAppointmentPage) => {
  const inRange = within(range);
  const all: Appointment[] = [];
  const after = { datesetting: 'after', ondate: isoToUsDate(addDaysIso(range.date_from, -1)) };
  for await (const page of everyPage((window) => getPage({ ...after, ...window }))) {
    all.push(...page.results.filter(inRange));
    const last = page.results.at(-1);
    if (last !== undefined && dateOf(last.appointment_date) > range.date_to) break;
  }
  return all;
};

/** One fetcher per page load: it remembers whether the server honours our range filter. */
export const createRangeFetcher = () => {
  let rangeFilterHonoured = true;
  return async (range: DateRange, getPage: GetAppointmentPage): Promise<Appointment[]> => {
    if (rangeFilterHonoured) {
      const exact = await readWithRangeFilter(range, getPage);
      if (exact) return exact;
      rangeFilterHonoured = false;
    }
    return readWithDocumentedFilter(range, getPage);
  };
};
