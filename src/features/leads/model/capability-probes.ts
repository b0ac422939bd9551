/**
 * Whether the server's lead list honours our `ordering`, `search`, `source` and `list_type=all`
 * (an Epixel deployment without this project's extensions ignores them and answers unsorted,
 * unsearched, unfiltered, or only the caller's own leads). The pure part: which one-lead pages
 * to ask for, and what their answers say. Asking is `../api/detect-lead-list-capabilities.ts`.
 *
 * - Ordering: the first lead by email and the first by reversed email differ when the list has
 *   two leads or more, unless the server ignored the order.
 * - Search: a search no lead can match answers no lead, unless the server ignored it (then it
 *   answers every lead: the unfiltered count).
 * - Source: the first lead by email (already asked for ordering) has a source; asked again with
 *   another source, a server that filters leaves that lead out (a smaller count), one that
 *   ignores the filter answers the same count.
 * - Owned or assigned (a rep's `list_type=all`): its count is owned + assigned − both (the
 *   leads assigned to the rep that the rep also owns: `list_type=assigned&owner=<me>`, two
 *   documented filters). A server that ignores the value answers the owned count instead, which
 *   differs whenever someone else's lead is assigned to the rep. When none is, the two views are
 *   the same leads, so the view is right either way. A manager's list is every lead already:
 *   nothing to ask.
 *
 * Too few leads to tell, or a failed request, leaves a feature on: a wrong "off" would hide a
 * working feature, a wrong "on" only shows the server's own order.
 */
import { LEAD_SOURCES } from '../../../contract';
import type { QueryParams } from '../../../lib/http-client';
import type { LeadListCapabilities, LeadListViewer } from './lead-list-capabilities';

/** Words no lead has: every search token must prefix-match a word of the lead. */
export const NO_MATCH_SEARCH = 'zqxjkvw-no-such-lead';

export const CAPABILITY_PROBES = {
  ascending: { limit: 1, ordering: 'email' },
  descending: { limit: 1, ordering: '-email' },
  noMatch: { limit: 1, search: NO_MATCH_SEARCH },
} as const satisfies Record<string, QueryParams>;

/** The rep's probes; the ascending probe (no `list_type`) already counts what they own. */
export const viewProbes = (viewer: LeadListViewer) =>
  ({
    assigned: { limit: 1, list_type: 'assigned' },
    assignedAndOwned: { limit: 1, list_type: 'assigned', owner: viewer.username },
    ownedOrAssigned: { limit: 1, list_type: 'all' },
  }) as const satisfies Record<string, QueryParams>;

export type ProbePage = { count: number; results: readonly { slug: string; source: string }[] };
type ViewProbeAnswers = Record<keyof ReturnType<typeof viewProbes>, ProbePage>;
export type ProbeAnswers = Record<keyof typeof CAPABILITY_PROBES | 'otherSource', ProbePage> &
  Partial<ViewProbeAnswers>;

/** The ascending probe again, narrowed to a source its first lead does not have. */
export const otherSourceProbe = (ascending: ProbePage): QueryParams => ({
  ...CAPABILITY_PROBES.ascending,
  source: LEAD_SOURCES.find((source) => source !== ascending.results[0]?.source),
});

/** A manager needs no view probes: their default list is every lead. */
export const asksForViews = (viewer: LeadListViewer): boolean => viewer.role !== 'manager';

const honoursOwnedOrAssigned = (owned: number, views: Partial<ViewProbeAnswers>): boolean => {
  const { assigned, assignedAndOwned, ownedOrAssigned } = views;
  if (!assigned || !assignedAndOwned || !ownedOrAssigned) return true;
  return ownedOrAssigned.count === owned + assigned.count - assignedAndOwned.count;
};

export const readLeadListCapabilities = ({
  ascending,
  descending,
  noMatch,
  otherSource,
  ...views
}: ProbeAnswers): LeadListCapabilities => ({
  ordering: ascending.count < 2 || ascending.results[0]?.slug !== descending.results[0]?.slug,
  search: noMatch.count === 0 || noMatch.count !== ascending.count,
  source: ascending.count === 0 || otherSource.count !== ascending.count,
  ownedOrAssigned: honoursOwnedOrAssigned(ascending.count, views),
});
