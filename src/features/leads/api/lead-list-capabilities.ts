/**
 * What the server's lead list honours, asked once per session and user after the table's first
 * page is on screen, kept until sign-out clears the cache. The asking code loads with the
 * question, so the first rows never carry it.
 */
import { queryOptions } from '@tanstack/react-query';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import type { LeadListViewer } from '../model/lead-list-capabilities';
import { loadCode } from '../../../lib/load-code';

/** Stands in for nobody signed in; callers keep the query off until someone is. */
const NOBODY: LeadListViewer = { username: '', role: null };

/** Asked per user: a rep's "Owned or assigned" probe carries their username. */
export const leadListCapabilitiesQuery = (viewer: LeadListViewer | undefined) =>
  queryOptions({
    queryKey: [QUERY_ROOTS.capabilities, 'lead-list', viewer?.username ?? ''] as const,
    queryFn: async ({ signal }) => {
      const { askLeadListCapabilities } = await loadCode(
        () => import('./detect-lead-list-capabilities'),
      );
      return askLeadListCapabilities(viewer ?? NOBODY, signal);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
