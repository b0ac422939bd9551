/**
 * Leads as a CSV file (RFC 4180), built in the browser from what the API returned. Pure: no
 * DOM, no clock, so every rule here is unit-tested.
 *
 * Decisions: statuses and sources read as they do on screen ("Customer", "Social media"),
 * since the file is opened by people in a spreadsheet; dates stay the API's wall-clock text;
 * lines end in CRLF as RFC 4180 says (every spreadsheet reads it).
 */
import { vocabularyLabel, type Lead } from '../../../contract';

type CsvColumn = { header: string; value: (lead: Lead) => string };

export const LEAD_CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'First name', value: (lead) => lead.first_name },
  { header: 'Last name', value: (lead) => lead.last_name },
  { header: 'Email', value: (lead) => lead.email },
  { header: 'Phone', value: (lead) => lead.phone },
  { header: 'Status', value: (lead) => vocabularyLabel(lead.status) },
  { header: 'Source', value: (lead) => vocabularyLabel(lead.source) },
  { header: 'Location', value: (lead) => lead.location },
  { header: 'Message', value: (lead) => lead.message },
  { header: 'Owner', value: (lead) => lead.owner },
  { header: 'Assignee', value: (lead) => lead.assignee ?? '' },
  { header: 'Created', value: (lead) => lead.created_at },
  { header: 'Updated', value: (lead) => lead.updated_at },
  { header: 'Slug', value: (lead) => lead.slug },
];

/** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field: a would-be formula gets a leading `'` so it stays text (a phone "+4420…" too,
 * which also keeps a spreadsheet from turning it into a number); a field with a quote, comma,
 * CR or LF is quoted with its quotes doubled.
 */
export const csvField = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export const csvRow = (values: readonly string[]): string => values.map(csvField).join(',');

/** The header row, then one row per lead; CRLF between rows and after the last. */
export const leadsToCsv = (leads: readonly Lead[]): string =>
  [
    csvRow(LEAD_CSV_COLUMNS.map((column) => column.header)),
    ...leads.map((lead) => csvRow(LEAD_CSV_COLUMNS.map((column) => column.value(lead)))),
  ]
    .map((line) => `${line}\r\n`)
    .join('');

/** `leads-2026-11-28.csv` for the account's calendar day `yyyy-mm-dd…`. */
export const leadsCsvFileName = (day: string): string => `leads-${day.slice(0, 10)}.csv`;
