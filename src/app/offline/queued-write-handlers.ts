/**
 * Every kind of write the queue can hold, registered once at start: a write queued before a
 * reload is sent by these, whichever page the rep opens first.
 */
import {
  APPOINTMENT_CREATE,
  APPOINTMENT_DELETE,
  APPOINTMENT_UPDATE,
  appointmentCreateWrite,
  appointmentDeleteWrite,
  appointmentUpdateWrite,
} from '../../features/appointments/api/appointment-writes';
import { LEAD_UPDATE, leadUpdateWrite } from '../../features/leads/api/lead-writes';
import {
  NOTE_CREATE,
  NOTE_DELETE,
  noteCreateWrite,
  noteDeleteWrite,
} from '../../features/notes/api/note-writes';
import { registerWriteHandler } from '../../lib/offline/write-queue/write-handlers';

export const registerQueuedWriteHandlers = (): void => {
  registerWriteHandler(NOTE_CREATE, noteCreateWrite);
  registerWriteHandler(NOTE_DELETE, noteDeleteWrite);
  registerWriteHandler(APPOINTMENT_CREATE, appointmentCreateWrite);
  registerWriteHandler(APPOINTMENT_UPDATE, appointmentUpdateWrite);
  registerWriteHandler(APPOINTMENT_DELETE, appointmentDeleteWrite);
  registerWriteHandler(LEAD_UPDATE, leadUpdateWrite);
};
