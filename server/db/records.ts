/** Row shapes the repositories return (internal ids included; routes shape the API objects). */
import type { UserRole } from '../../src/contract';

export type UserRecord = {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  role: UserRole;
  password_hash: string;
  is_active: number;
};

export type LeadRecord = {
  id: number;
  slug: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  status: string;
  source: string;
  location: string;
  message: string;
  campaign_slug: string | null;
  owner_id: number;
  assignee_id: number | null;
  owner: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
};

export type NoteRecord = {
  id: number;
  lead_id: number;
  note: string;
  created_by_id: number;
  created_by: string;
  created_at: string;
};

export type AppointmentRecord = {
  id: number;
  lead_id: number;
  owner_id: number;
  lead_slug: string;
  lead_first_name: string;
  lead_last_name: string;
  lead_status: string;
  appointment_date: string;
  appointment_to: string;
  appointment_note: string;
  appointment_status: string;
  owner: string;
  created_at: string;
};

export type Page<T> = { count: number; rows: T[] };
