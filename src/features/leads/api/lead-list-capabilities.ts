/**
 * Whether the server's lead list honours our `ordering`, `search` and `source` (an Epixel
 * deployment without this project's extensions ignores them and answers unsorted, unsearched,
 * unfiltered). Learnt from its answers once per session, never from a setting: four one-lead
 * requests, asked after the table's first page is on screen, kept until sign-out clears the cache.
 *
 * - Ordering: the first lead by email and the first by reversed email differ when the list has
 *   two leads or more, unless the server ignored the order.
 * - Search: a search no lead can match answers no lead, unless the server ignored it (then it
 *   answers every lead: the unfiltered count).
 * - Source: the first lead by email (already asked for ordering) has a source; asked again with
 *   another source, a server that filters leaves that lead out (a smaller count), one that
 *   ignores the filter answers the same count.
 *
 * Too few leads to tell, or a failed request, leaves a feature on: a wrong "off" would hide a
 * working feature, a wrong "on" only shows the server's own order.
 */
import { queryOptions } from '@tanstack/react-query';
import { ENDPOINTS, LEAD_SOURCES, leadSchema, paginatedSchema } from '../../../contract';
import { apiGet, type QueryParams } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import type { LeadListState } from '../model/lead-list-params';

export type LeadListCapabilities = { ordering: boolean; search: boolean; source: boolean };

/** Before the answers are in, and on a server that honours all three. */
export const FULL_LEAD_LIST: LeadListCapabilities = { ordering: true, search: true, source: true };

export const UNSUPPORTED_MESSAGES = {
  ordering: "This server can't sort leads: they are shown in its own order.",
  search: "This server can't search leads.",
  source: "This server can't filter leads by source.",
} as const;

/** Words no lead has: every search token must prefix-match a word of the lead. */
export const NO_MATCH_SEARCH = 'zqxjkvw-no-such-lead';

export const CAPABILITY_PROBES = {
  ascending: { limit: 1, ordering: 'email' },
  descending: { limit: 1, ordering: '-email' },
  noMatch: { limit: 1, search: NO_MATCH_SEARCH },
} as const satisfies Record<string, QueryParams>;

export type ProbePage = { count: number; results: readonly { slug: string; source: string }[] };
export type ProbeAnswers = Record<keyof typeof CAPABILITY_PROBES | 'otherSource', ProbePage>;

/** The ascending probe again, narrowed to a source its first lead does not have. */
export const otherSourceProbe = (ascending: ProbePage): QueryParams => ({
  ...CAPABILITY_PROBES.ascending,
  source: LEAD_SOURCES.find((source) => source !== ascending.results[0]?.source),
});

export const readLeadListCapabilities = ({
  ascending,
  descending,
  noMatch,
  otherSource,
}: ProbeAnswers): LeadListCapabilities => ({
  ordering: ascending.count < 2 || ascending.results[0]?.slug !== descending.results[0]?.slug,
  search: noMatch.count === 0 || noMatch.count !== ascending.count,
  source: ascending.count === 0 || otherSource.count !== ascending.count,
});

export const detectLeadListCapabilities = async (
  getPage: (params: QueryParams) => Promise<ProbePage>,
): Promise<LeadListCapabilities> => {
  const [ascending, descending, noMatch] = await Promise.all([
    getPage(CAPABILITY_PROBES.ascending),
    getPage(CAPABILITY_PROBES.descending),
    getPage(CAPABILITY_PROBES.noMatch),
  ]);
  const otherSource = await getPage(otherSourceProbe(ascending));
  return readLeadListCapabilities({ ascending, descending, noMatch, otherSource });
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

/** The view as the server can give it: an order, a search or a source it ignores is not claimed. */
export const withinCapabilities = (
  state: LeadListState,
  capabilities: LeadListCapabilities,
): LeadListState => ({
  ...state,
  sort: capabilities.ordering ? state.sort : null,
  search: capabilities.search ? state.search : '',
  source: capabilities.source ? state.source : '',
});
