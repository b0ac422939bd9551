/** Leads: request bodies and queries with the documented rules. */
import { z } from './zod-without-eval';
import { choice, optionalNonBlankText, optionalText, requiredText } from './fields';
import { MESSAGES } from './messages';
import { blankAsAbsent, optionalFilter, orderingParam, pageQuery } from './query-params';
import { LEAD_ORDERING_FIELDS, LEAD_SOURCES, LEAD_STATUSES, withKept } from './vocabularies';

/** DRF's phone pattern, as documented. */
export const PHONE_PATTERN = /^\+?1?\d{9,15}$/;
/**
 * A pragmatic email pattern: local@domain.tld, with only the characters real addresses use
 * (letters, digits, `. _ + ' -` before the `@`; letters, digits and `-` in dot-separated
 * labels after it). Anything a mailto: link would read as structure (`? & # %`, spaces) is
 * refused: `client@x.co?cc=attacker%40evil.example` would have copied an attacker [ours].
 */
export const EMAIL_PATTERN =
  /^[A-Za-z0-9._+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$/;

export const leadFields = {
  first_name: requiredText({ max: 255 }),
  last_name: requiredText({ max: 255 }),
  email: requiredText({ max: 255 }).regex(EMAIL_PATTERN, { error: MESSAGES.invalidEmail }),
  phone: requiredText().regex(PHONE_PATTERN, { error: MESSAGES.invalidPhone }),
  status: choice(LEAD_STATUSES).default('prospect'),
  source: choice(LEAD_SOURCES).default('other'),
  location: optionalText(255),
  message: optionalText(255),
  assignee: optionalNonBlankText(),
};

/** POST leads/create/lead/ */
export const leadCreateSchema = z.object(leadFields);
export type LeadCreateInput = z.input<typeof leadCreateSchema>;
export type LeadCreate = z.output<typeof leadCreateSchema>;

/** POST leads/update/lead/: the slug and every create field (a full replace). */
export const leadUpdateSchema = z.object({ slug: requiredText({ max: 258 }), ...leadFields });
export type LeadUpdateInput = z.input<typeof leadUpdateSchema>;
export type LeadUpdate = z.output<typeof leadUpdateSchema>;

/**
 * A client's lead form: the create fields, where the lead's own status and source are accepted
 * even when they are outside the vocabularies, so a value a server sent is written back
 * unchanged (contract section 8). Any other value gets the documented choice message.
 */
export const leadFormSchema = (kept: { status?: string; source?: string } = {}) =>
  z.object({
    ...leadFields,
    status: choice(withKept(LEAD_STATUSES, kept.status)).default('prospect'),
    source: choice(withKept(LEAD_SOURCES, kept.source)).default('other'),
  });
export type LeadFormInput = z.input<ReturnType<typeof leadFormSchema>>;
export type LeadFormOutput = z.output<ReturnType<typeof leadFormSchema>>;

/** POST leads/delete/lead/ */
export const leadDeleteSchema = z.object({ slug: requiredText() });

/** GET leads/view/lead/?slug= (one message for both missing and blank, as documented). */
export const leadDetailsQuerySchema = z.object({
  slug: z
    .string({ error: MESSAGES.slugRequiredOrBlank })
    .trim()
    .min(1, { error: MESSAGES.slugRequiredOrBlank }),
});

/**
 * GET leads/list/: documented filters plus our `search`, `source`, `assignee`, `ordering`, and
 * our `list_type=all` (every lead the caller may see: owned or assigned).
 */
export const leadListQuerySchema = z.object({
  ...pageQuery,
  list_type: z.enum(['assigned', 'all']).optional().catch(undefined),
  campaign_slug: optionalFilter,
  first_name: optionalFilter,
  last_name: optionalFilter,
  email: optionalFilter,
  phone: optionalFilter,
  status: blankAsAbsent(choice(LEAD_STATUSES).optional()),
  owner: optionalFilter,
  search: optionalFilter,
  source: blankAsAbsent(choice(LEAD_SOURCES).optional()),
  assignee: optionalFilter,
  ordering: orderingParam(LEAD_ORDERING_FIELDS),
});
export type LeadListQuery = z.output<typeof leadListQuerySchema>;
