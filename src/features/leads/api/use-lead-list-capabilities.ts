import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FULL_LEAD_LIST, leadListCapabilitiesQuery } from './lead-list-capabilities';
import { leadKeys } from './lead-queries';

/**
 * The lead list's capabilities: everything on until the server's answers say otherwise. Asked
 * only once leads (a table page, a board column) are in the cache, so the first rows never wait
 * for it.
 */
export const useLeadListCapabilities = () => {
  const queryClient = useQueryClient();
  const learnt = useQuery({
    ...leadListCapabilitiesQuery(),
    enabled: () =>
      queryClient
        .getQueriesData({ queryKey: leadKeys.all })
        .some(([, leads]) => leads !== undefined),
  });
  return learnt.data ?? FULL_LEAD_LIST;
};
