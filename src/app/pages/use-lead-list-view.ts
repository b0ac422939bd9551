import { useSearchParams } from 'react-router';
import { useSession } from '../../features/auth/api/use-session';
import { useLeadListCapabilities } from '../../features/leads/api/use-lead-list-capabilities';
import { withinCapabilities } from '../../features/leads/model/lead-list-capabilities';
import { readLeadListState } from '../../features/leads/model/lead-list-params';

/**
 * A lead list page's view (the table, the board): the address's filters, sort and page, within
 * what the server can do (a sort, search, source or view it ignores is not claimed), and whether
 * the viewer is a manager.
 */
export const useLeadListView = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const { session } = useSession();
  const capabilities = useLeadListCapabilities(session?.user);
  const state = withinCapabilities(readLeadListState(searchParams), capabilities);
  const isManager = session?.user.role === 'manager';
  return { searchParams, setSearchParams, capabilities, state, isManager };
};
