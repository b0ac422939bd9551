/**
 * Asks the server, once per session and user, what its lead list honours (the rules are in
 * `../model/lead-list-capabilities.ts`): one-lead requests sent after the table's first page is
 * on screen, kept until sign-out clears the cache.
 */
import { queryOptions } from '@tanstack/react-query';
import { ENDPOINTS, leadSchema, paginatedSchema } from '../../../contract';
import { apiGet, type QueryParams } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import {
  asksForViews,
  CAPABILITY_PROBES,
  otherSourceProbe,
  readLeadListCapabilities,
  viewProbes,
  type LeadListCapabilities,
  type LeadListViewer,
  type ProbePage,
} from '../model/lead-list-capabilities';

const askViews = async (
  getPage: (params: QueryParams) => Promise<ProbePage>,
  viewer: LeadListViewer,
) => {
  if (!asksForViews(viewer)) return {};
  const probes = viewProbes(viewer);
  const [assigned, assignedAndOwned, ownedOrAssigned] = await Promise.all([
    getPage(probes.assigned),
    getPage(probes.assignedAndOwned),
    getPage(probes.ownedOrAssigned),
  ]);
  return { assigned, assignedAndOwned, ownedOrAssigned };
};

export const detectLeadListCapabilities = async (
  getPage: (params: QueryParams) => Promise<ProbePage>,
  viewer: LeadListViewer,
): Promise<LeadListCapabilities> => {
  const [ascending, descending, noMatch, views] = await Promise.all([
    getPage(CAPABILITY_PROBES.ascending),
    getPage(CAPABILITY_PROBES.descending),
    getPage(CAPABILITY_PROBES.noMatch),
    askViews(getPage, viewer),
  ]);
  const otherSource = await getPage(otherSourceProbe(ascending));
  return readLeadListCapabilities({ ascending, descending, noMatch, otherSource, ...views });
};

const probePageSchema = paginatedSchema(leadSchema);

/** Stands in for nobody signed in; callers keep the query off until someone is. */
const NOBODY: LeadListViewer = { username: '', role: null };

/** Asked per user: a rep's "Owned or assigned" probe carries their username. */
export const leadListCapabilitiesQuery = (viewer: LeadListViewer | undefined) =>
  queryOptions({
    queryKey: [QUERY_ROOTS.capabilities, 'lead-list', viewer?.username ?? ''] as const,
    queryFn: ({ signal }) =>
      detectLeadListCapabilities(
        (params) => apiGet(ENDPOINTS.leadList, params, probePageSchema, { signal }),
        viewer ?? NOBODY,
      ),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
