/**
 * Whether the server's lead list honours our `ordering` and `search` (an Epixel deployment
 * without this project's extensions ignores both and answers unsorted, unsearched). Learnt from
 * its answers once per session, never from a setting: three one-lead requests, asked after the
 * table's first page is on screen, kept until sign-out clears the cache.
 *
 * - Ordering: the first lead by email and the first by reversed email differ when the list has
 *   two leads or more, unless the server ignored the order.
 * - Search: a search no lead can match answers no lead, unless the server ignored it (then it
 *   answers every lead: the unfiltered count).
 *
 * Too few leads to tell, or a failed request, leaves a feature on: a wrong "off" would hide a
 * working feature, a wrong "on" only shows the server's own order.
 */
import { queryOptions } from '@tanstack/react-query';
import { ENDPOINTS, leadSchema, paginatedSchema } from '../../../contract';
import { apiGet, type QueryParams } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import type { LeadListState } from '../model/lead-list-params';

export type LeadListCapabilities = { ordering: boolean; search: boolean };

/** Before the answers are in, and on a server that honours both. */
export const FULL_LEAD_LIST: LeadListCapabilities = { ordering: true, search: true };

export const UNSUPPORTED_MESSAGES = {
  ordering: "This server can't sort leads: they are shown in its own order.",
  search: "This server can't search leads.",
} as const;

/** Words no lead has: every search token must prefix-match a word of the lead. */
export const NO_MATCH_SEARCH = 'zqxjkvw-no-such-lead';

export const CAPABILITY_PROBES = {
  ascending: { limit: 1, ordering: 'email' },
  descending: { limit: 1, ordering: '-email' },
  noMatch: { limit: 1, search: NO_MATCH_SEARCH },
} as const satisfies Record<string, QueryParams>;

export type ProbePage = { count: number; results: readonly { slug: string }[] };
export type ProbeAnswers = Record<keyof typeof CAPABILITY_PROBES, ProbePage>;

export const readLeadListCapabilities = ({
  ascending,
  descending,
  noMatch,
}: ProbeAnswers): LeadListCapabilities => ({
  ordering: ascending.count < 2 || ascending.results[0]?.slug !== descending.results[0]?.slug,
  search: noMatch.count === 0 || noMatch.count !== ascending.count,
});

export const detectLeadListCapabilities = async (
  getPage: (params: QueryParams) => Promise<ProbePage>,
): Promise<LeadListCapabilities> => {
  const [ascending, descending, noMatch] = await Promise.all([
    getPage(CAPABILITY_PROBES.ascending),
    getPage(CAPABILITY_PROBES.descending),
    getPage(CAPABILITY_PROBES.noMatch),
  ]);
  return readLeadListCapabilities({ ascending, descending, noMatch });
};

const probePageSchema = paginatedSchema(leadSchema);

export const leadListCapabilitiesQuery = () =>
  queryOptions({
    queryKey: [QUERY_ROOTS.capabilities, 'lead-list'] as const,
    queryFn: ({ signal }) =>
      detectLeadListCapabilities((params) =>
        apiGet(ENDPOINTS.leadList, params, probePageSchema, { signal }),
      ),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/** The view as the server can give it: an order or a search it ignores is not claimed. */
export const withinCapabilities = (
  state: LeadListState,
  capabilities: LeadListCapabilities,
): LeadListState => ({
  ...state,
  sort: capabilities.ordering ? state.sort : null,
  search: capabilities.search ? state.search : '',
});
