/**
 * zod skips an object's refinements while a field is blank (e.g. no lead picked yet), so the
 * timing rules would wait for the next submit. This resolver adds them at once, so every
 * problem shows in one go.
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { ApiDateTime } from '../../../contract';
import { timingIssue } from './appointment-form-schema';

export const withTimingRules =
  <In extends FieldValues, Out>(
    resolver: Resolver<In, unknown, Out>,
    now: () => ApiDateTime,
    originalStart?: string,
  ): Resolver<In, unknown, Out> =>
  async (values, context, options) => {
    const result = await resolver(values, context, options);
    const issue = timingIssue(values, now, { originalStart });
    if (!issue || Object.keys(result.errors).length === 0 || issue.field in result.errors) {
      return result;
    }
    const errors = {
      ...result.errors,
      [issue.field]: { type: 'timing', message: issue.message },
    } as FieldErrors<In>;
    return { values: {}, errors };
  };
