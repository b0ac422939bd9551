/**
 * Where each overview count leads: the lead table filtered the same way, so the number clicked
 * is the number shown (contract section 7).
 *
 * The overview counts the leads the caller may see. A manager's table without `list_type`
 * lists every lead, so a manager's links carry only the filter. A rep's counts include leads
 * assigned to them, so a rep's links open the table's "Owned or assigned" view (`view=all`,
 * which asks for our `list_type=all`). An unknown role (a real server may leave it out) is
 * linked as a rep.
 */
import type { UserRole } from '../../../contract';

export type LeadLinkFilter = { status?: string; source?: string };

export const leadTableHref = (role: UserRole | null, filter: LeadLinkFilter = {}): string => {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.source) params.set('source', filter.source);
  if (role !== 'manager') params.set('view', 'all');
  const query = params.toString();
  return query ? `/leads?${query}` : '/leads';
};

export const leadHref = (slug: string): string => `/leads/${encodeURIComponent(slug)}`;
