/**
 * Asks the server what its lead list honours (the rules are in
 * `../model/capability-probes.ts`): one-lead requests, all but one in parallel.
 */
import { ENDPOINTS, leadSchema, paginatedSchema } from '../../../contract';
import { apiGet, type QueryParams } from '../../../lib/http-client';
import {
  asksForViews,
  CAPABILITY_PROBES,
  otherSourceProbe,
  readLeadListCapabilities,
  viewProbes,
  type ProbePage,
} from '../model/capability-probes';
import type { LeadListCapabilities, LeadListViewer } from '../model/lead-list-capabilities';

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

/** The capabilities as `viewer` sees them, asked of this server. */
export const askLeadListCapabilities = (viewer: LeadListViewer, signal: AbortSignal) =>
  detectLeadListCapabilities(
    (params) => apiGet(ENDPOINTS.leadList, params, probePageSchema, { signal }),
    viewer,
  );
