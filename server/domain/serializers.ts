/**
 * Repository rows to the API objects of contract section 4 (no internal ids leak out), typed as
 * what the contract's response schemas read, so a field that drifts fails the type check.
 */
import type { z } from 'zod';
import type { appointmentSchema, leadSchema, noteSchema } from '../../src/contract';
import type { AppointmentRecord, LeadRecord, NoteRecord } from '../db/records';

/** What a response schema reads, every field present (the client tolerates gaps; we send none). */
type Wire<Schema extends z.ZodType> = Required<z.input<Schema>>;

export const toLead = (row: LeadRecord): Wire<typeof leadSchema> => ({
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

export const toNote = (row: NoteRecord): Wire<typeof noteSchema> => ({
  id: row.id,
  note: row.note,
  created_by: row.created_by,
  created_at: row.created_at,
});

export const toAppointment = (row: AppointmentRecord): Wire<typeof appointmentSchema> => ({
  id: row.id,
  lead: { slug: row.lead_slug, first_name: row.lead_first_name, last_name: row.lead_last_name },
  appointment_date: row.appointment_date,
  appointment_to: row.appointment_to,
  appointment_note: row.appointment_note,
  appointment_status: row.appointment_status,
  owner: row.owner,
  created_at: row.created_at,
});
