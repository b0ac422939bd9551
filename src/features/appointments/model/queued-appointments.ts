/**
 * The calendar as the rep left it: the appointments the server sent, with the writes still in
 * the queue applied (a booking shown, a move or change where it was dropped, a delete gone), and
 * which of them are pending. Refused writes are not applied: they wait under "Couldn't sync".
 */
import type { Appointment } from '../../../contract';
import {
  isPending,
  type QueuedWrite,
  type WriteInput,
} from '../../../lib/offline/write-queue/queued-write';
import {
  APPOINTMENT_CREATE,
  APPOINTMENT_DELETE,
  APPOINTMENT_UPDATE,
} from '../api/appointment-writes';

const text = (value: WriteInput[string] | undefined, fallback: string) =>
  value === undefined ? fallback : String(value);

const changed = (appointment: Appointment, input: WriteInput): Appointment => ({
  ...appointment,
  appointment_date: text(input.appointment_date, appointment.appointment_date),
  appointment_to: text(input.appointment_to, appointment.appointment_to),
  appointment_note: text(input.appointment_note, appointment.appointment_note),
  appointment_status: text(input.appointment_status, appointment.appointment_status),
});

/** A booking not on the server yet; negative ids, as nothing the server sends has one. */
const booking = (input: WriteInput, index: number, owner: string): Appointment => ({
  id: -(index + 1),
  lead: {
    slug: String(input.slug),
    first_name: text(input.lead_label, String(input.slug)),
    last_name: '',
  },
  appointment_date: String(input.appointment_date),
  appointment_to: String(input.appointment_to),
  appointment_note: text(input.appointment_note, ''),
  appointment_status: text(input.appointment_status, 'pending'),
  owner,
  created_at: '',
});

export const withQueuedWrites = (
  appointments: Appointment[],
  writes: readonly QueuedWrite[],
  owner: string,
): { appointments: Appointment[]; pending: ReadonlySet<number> } => {
  const queued = writes.filter(isPending);
  if (queued.length === 0) return { appointments, pending: new Set() };
  const pending = new Set<number>();
  let shown = appointments;
  queued.forEach((write, index) => {
    const id = Number(write.input.appointment_id);
    if (write.kind === APPOINTMENT_DELETE) shown = shown.filter((item) => item.id !== id);
    if (write.kind === APPOINTMENT_UPDATE) {
      shown = shown.map((item) => (item.id === id ? changed(item, write.input) : item));
      pending.add(id);
    }
    if (write.kind === APPOINTMENT_CREATE) {
      const added = booking(write.input, index, owner);
      shown = [...shown, added];
      pending.add(added.id);
    }
  });
  return { appointments: shown, pending };
};
