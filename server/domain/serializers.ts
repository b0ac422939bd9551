/** Repository rows to the API objects of contract section 4 (no internal ids leak out). */
import type { AppointmentRecord, LeadRecord, NoteRecord } from '../db/records';

export const toLead = (row: LeadRecord) => ({
  id: row.id,
  slug: row.slug,
  first_name: row.first_name,
  last_name: row.last_name,
  email: row.email,
  phone: row.phone,
  status: row.status,
  source: row.source,
  location: row.location,
  message: row.message,
  owner: row.owner,
  assignee: row.assignee,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const toNote = (row: NoteRecord) => ({
  id: row.id,
  note: row.note,
  created_by: row.created_by,
  created_at: row.created_at,
});

export const toAppointment = (row: AppointmentRecord) => ({
  id: row.id,
  lead: { slug: row.lead_slug, first_name: row.lead_first_name, last_name: row.lead_last_name },
  appointment_date: row.appointment_date,
  appointment_to: row.appointment_to,
  appointment_note: row.appointment_note,
  appointment_status: row.appointment_status,
  owner: row.owner,
  created_at: row.created_at,
});
