/** Who may see and change what (contract section 7). */
import type { AuthUser } from '../http/app-env';

type OwnedLead = { owner_id: number; assignee_id: number | null };

const manager = (user: AuthUser) => user.role === 'manager';

/** A rep sees the leads they own or are assigned; a manager sees every lead. */
export const canSeeLead = (user: AuthUser, lead: OwnedLead): boolean =>
  manager(user) || lead.owner_id === user.id || lead.assignee_id === user.id;

export const canUpdateLead = canSeeLead;

export const canDeleteLead = (user: AuthUser, lead: OwnedLead): boolean =>
  manager(user) || lead.owner_id === user.id;

/** Appointments and notes: their creator or a manager. */
export const canChangeOwnItem = (user: AuthUser, creatorId: number): boolean =>
  manager(user) || creatorId === user.id;
