import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { leadListCapabilitiesQuery } from './lead-list-capabilities';
import { leadKeys } from './lead-queries';
import { FULL_LEAD_LIST, type LeadListViewer } from '../model/lead-list-capabilities';

/**
 * The lead list's capabilities: everything on until the server's answers say otherwise. Asked
 * only once leads (a table page, a board column) are in the cache, so the first rows never wait
 * for it, or at once when `askNow` (a page whose own data is already shown, like the overview).
 */
export const useLeadListCapabilities = (viewer: LeadListViewer | undefined, askNow = false) => {
  const queryClient = useQueryClient();
  // Renders again as lead requests start and end, so the first leads' arrival is seen here.
  useIsFetching({ queryKey: leadKeys.all });
  const leadsShown = queryClient
    .getQueriesData({ queryKey: leadKeys.all })
    .some(([, leads]) => leads !== undefined);
  const learnt = useQuery({
    ...leadListCapabilitiesQuery(viewer),
    enabled: viewer !== undefined && (askNow || leadsShown),
  });
  return learnt.data ?? FULL_LEAD_LIST;
};
