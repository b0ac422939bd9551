/**
 * Where each overview count leads: the lead table filtered the same way. The table reads
 * `status` and `source` from its URL; nothing else is added.
 *
 * Who sees what (contract section 7): a manager's overview counts every lead and a manager's
 * table without `list_type` lists every lead, so the numbers match. A rep's overview counts the
 * leads they own OR are assigned, while the table opens on the leads they own (its "assigned
 * to me" view shows the rest); there is no single table view of the union. We link a rep's
 * counts the same way, with no extra parameter, and say so on the page (`REP_COUNTS_NOTE`)
 * rather than pretend the numbers will match.
 */
import type { UserRole } from '../../contract';

export const allLeadsHref = '/leads';

export const leadsByStatusHref = (status: string): string =>
  `/leads?${new URLSearchParams({ status }).toString()}`;

export const leadsBySourceHref = (source: string): string =>
  `/leads?${new URLSearchParams({ source }).toString()}`;

export const leadHref = (slug: string): string => `/leads/${encodeURIComponent(slug)}`;

export const REP_COUNTS_NOTE =
  'These counts include leads you own and leads assigned to you. The lead table opens on the leads you own; its “Assigned to me” view lists the others.';

/** The note applies to reps (and to an unknown role, which a real server may leave out). */
export const countsNeedNote = (role: UserRole | null): boolean => role !== 'manager';
