/**
 * Builders for request fields with the API's documented messages. They mirror how Django REST
 * Framework validates form fields: a missing field is "required", an empty or all-blank string
 * is "blank" (text is trimmed first), then length and format checks apply.
 */
import { z } from './zod-without-eval';
import { MESSAGES, invalidChoiceMessage, maxLengthMessage } from './messages';
import type { Open } from './vocabularies';

type TextOptions = {
  /** The endpoint's blank message (leads and notes differ from appointments). */
  blank?: string;
  max?: number;
};

const requiredOrInvalid = (input: unknown): string =>
  input === undefined || input === null ? MESSAGES.required : 'Not a valid string.';

/** A required text field: required, blank, then max length. */
export const requiredText = ({ blank = MESSAGES.blank, max }: TextOptions = {}) => {
  const text = z
    .string({ error: (issue) => requiredOrInvalid(issue.input) })
    .trim()
    .min(1, { error: blank, abort: true });
  return max === undefined ? text : text.max(max, { error: maxLengthMessage(max) });
};

/** An optional free-text field: absent or empty is allowed, only the length is checked. */
export const optionalText = (max: number) =>
  z
    .string({ error: 'Not a valid string.' })
    .trim()
    .max(max, { error: maxLengthMessage(max) })
    .optional();

/** An optional field that may not be blank when present (e.g. `assignee`). */
export const optionalNonBlankText = ({ blank = MESSAGES.blank, max }: TextOptions = {}) =>
  requiredText({ blank, max }).optional();

/** A choice from a fixed vocabulary with DRF's `"<value>" is not a valid choice.` message. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? MESSAGES.required : invalidChoiceMessage(issue.input),
  });

/** `yyyy-mm-dd HH:MM`: a real calendar date and time (contract section 3). */
export const API_DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

export const isValidApiDateTime = (value: string): boolean => {
  const match = API_DATE_TIME_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60
  );
};

/** A positive integer id sent as text or as a number, with the endpoint's own messages. */
export const idField = ({ invalid, blank }: { invalid: string; blank: string }) =>
  z
    .union([z.string(), z.number()], {
      error: (issue) => (issue.input === undefined ? MESSAGES.required : invalid),
    })
    .transform((value, ctx) => {
      const text = String(value).trim();
      if (text === '') {
        ctx.addIssue({ code: 'custom', message: blank });
        return z.NEVER;
      }
      if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
        ctx.addIssue({ code: 'custom', message: invalid });
        return z.NEVER;
      }
      return Number(text);
    });

/** Response fields the documentation does not show are read leniently: a server may omit them. */
export const looseText = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

/**
 * A vocabulary value in a server's answer: kept exactly as sent, known or not, so it can be shown
 * and written back unchanged. Only a missing one reads as the contract's default.
 */
export const openValue = <T extends string>(fallback: T) =>
  z
    .string()
    .nullish()
    .transform((value): Open<T> => value ?? fallback);
