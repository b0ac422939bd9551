/**
 * A lead edit kept for later, and how it meets the server's lead when it is sent. The API
 * replaces the whole lead, so what is sent is the lead as the server has it then, with the
 * fields the rep changed on top; a field the server changed too since the rep read it (to
 * another value than the rep's) is a conflict, for the rep to choose.
 */
import type { ConflictField } from '../../../lib/offline/write-queue/write-conflict';
import type { WriteInput } from '../../../lib/offline/write-queue/queued-write';
import { LEAD_FORM_FIELDS, type LeadFormValues } from './lead-form-values';

/** Where the value a changed field had when the rep read it is kept in the input. */
const WAS = 'was:';

export const LEAD_FIELD_LABELS: Record<(typeof LEAD_FORM_FIELDS)[number], string> = {
  first_name: 'First name',
  last_name: 'Last name',
  email: 'Email',
  phone: 'Phone',
  status: 'Status',
  source: 'Source',
  location: 'Location',
  message: 'Message',
  assignee: 'Assignee',
};

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : String(value);

/** The queued input: the lead, the fields the rep changed, and what each was when read. */
export const leadEditInput = (
  slug: string,
  before: LeadFormValues,
  after: Partial<Record<string, unknown>>,
): WriteInput => {
  const input: WriteInput = { slug };
  for (const field of LEAD_FORM_FIELDS) {
    if (text(after[field]) === text(before[field])) continue;
    input[field] = text(after[field]);
    input[WAS + field] = text(before[field]);
  }
  return input;
};

const changed = (input: WriteInput) => LEAD_FORM_FIELDS.filter((field) => field in input);

/** The fields the server changed too since they were read, to another value than the rep's. */
export const leadEditConflicts = (current: LeadFormValues, input: WriteInput): ConflictField[] =>
  changed(input)
    .filter(
      (field) =>
        text(current[field]) !== input[WAS + field] && text(current[field]) !== input[field],
    )
    .map((field) => ({
      name: field,
      label: LEAD_FIELD_LABELS[field],
      mine: text(input[field]),
      theirs: text(current[field]),
    }));

/** Whether the server's lead already holds every change (the edit arrived). */
export const leadEditArrived = (current: LeadFormValues, input: WriteInput): boolean =>
  changed(input).every((field) => text(current[field]) === input[field]);

/** Sent as absent when empty, as the form sends it (the API refuses a blank assignee). */
const ABSENT_WHEN_EMPTY = new Set(['assignee']);

/** What is sent: the server's lead now, with the rep's changes on top. */
export const leadEditBody = (current: LeadFormValues, input: WriteInput): WriteInput => {
  const body: WriteInput = { slug: input.slug ?? '' };
  for (const field of LEAD_FORM_FIELDS) {
    const value = text(field in input ? input[field] : current[field]);
    if (value !== '' || !ABSENT_WHEN_EMPTY.has(field)) body[field] = value;
  }
  return body;
};

/**
 * The input once the rep chose: a field where they keep theirs now counts as changed from the
 * server's value (no conflict again unless it changes again); a field where they take the
 * server's is no longer changed.
 */
export const resolveLeadEdit = (
  input: WriteInput,
  conflict: ConflictField[],
  keepMine: ReadonlySet<string>,
): WriteInput => {
  const resolved = { ...input };
  for (const { name, theirs } of conflict) {
    if (keepMine.has(name)) resolved[WAS + name] = theirs;
    else {
      delete resolved[name];
      delete resolved[WAS + name];
    }
  }
  return resolved;
};

/** The rep's changes, one line each, for the pending list. */
export const describeLeadEdit = (input: WriteInput): string =>
  changed(input)
    .map((field) => `${LEAD_FIELD_LABELS[field]}: ${text(input[field]) || '(empty)'}`)
    .join(', ');
