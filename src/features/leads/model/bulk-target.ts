/** What a bulk action acts on, and how its dialogs count it. */
import type { Lead } from '../../../contract';
import type { LeadFilterParams } from './lead-list-params';

export type BulkActionKind = 'status' | 'assign' | 'export' | 'delete';

/** Rows picked on the page (as the list answered them), or every lead the filters match. */
export type BulkTarget =
  | { kind: 'leads'; leads: readonly Lead[] }
  | { kind: 'matching'; filters: LeadFilterParams; count: number };

export const targetCount = (target: BulkTarget): number =>
  target.kind === 'leads' ? target.leads.length : target.count;

export const leadCount = (count: number): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? 'lead' : 'leads'}`;
