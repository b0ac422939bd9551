/**
 * What the signed-in user may do with a lead (contract section 7), so the page offers only
 * actions that can succeed. The server still decides; its refusal is shown if it differs.
 * When the role is unknown (a server whose tokens carry no role), actions are offered.
 */
import type { Lead } from '../../../contract';

export type Viewer = { username: string; role: 'rep' | 'manager' | null };

export const canEditLead = (lead: Lead, viewer: Viewer): boolean =>
  viewer.role !== 'rep' || lead.owner === viewer.username || lead.assignee === viewer.username;

export const canDeleteLead = (lead: Lead, viewer: Viewer): boolean =>
  viewer.role !== 'rep' || lead.owner === viewer.username;
