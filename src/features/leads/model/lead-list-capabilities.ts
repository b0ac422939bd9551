/**
 * What the server's lead list honours of our extensions, as the pages need it while they render:
 * the flags, their reasons, and the view narrowed to them. How the flags are learnt is
 * `capability-probes.ts` (rules) and `../api/detect-lead-list-capabilities.ts` (asking), loaded only
 * when the question is asked, after the first rows.
 */
import type { UserRole } from '../../../contract';
import type { LeadListState } from './lead-list-params';

export type LeadListCapabilities = {
  ordering: boolean;
  search: boolean;
  source: boolean;
  /** The rep's "Owned or assigned" view (`list_type=all`). */
  ownedOrAssigned: boolean;
};

/** Before the answers are in, and on a server that honours all of them. */
export const FULL_LEAD_LIST: LeadListCapabilities = {
  ordering: true,
  search: true,
  source: true,
  ownedOrAssigned: true,
};

export const UNSUPPORTED_MESSAGES = {
  ordering: "This server can't sort leads: they are shown in its own order.",
  search: "This server can't search leads.",
  source: "This server can't filter leads by source.",
  ownedOrAssigned: "This server can't list the leads you own and those assigned to you together.",
} as const satisfies Record<keyof LeadListCapabilities, string>;

/** Who asks: a rep's "Owned or assigned" view is probed with their username. */
export type LeadListViewer = { username: string; role: UserRole | null };

/**
 * The view as the server can give it: an order, a search, a source or an "Owned or assigned"
 * view it ignores is not claimed (the view falls back to the leads the caller owns).
 */
export const withinCapabilities = (
  state: LeadListState,
  capabilities: LeadListCapabilities,
): LeadListState => ({
  ...state,
  sort: capabilities.ordering ? state.sort : null,
  search: capabilities.search ? state.search : '',
  source: capabilities.source ? state.source : '',
  view: capabilities.ownedOrAssigned || state.view !== 'all' ? state.view : 'owned',
});
