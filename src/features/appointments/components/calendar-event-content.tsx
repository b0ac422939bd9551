/**
 * What an appointment shows on the calendar: time, the lead's name, the note, and "Pending sync"
 * while its write waits in the queue (not "Pending": that is a status of appointments).
 */
import type { EventContentArg } from '@fullcalendar/core';
import type { Appointment } from '../../../contract';
import { vocabularyLabel } from '../../../contract';

const SHORT_EVENT_MS = 30 * 60 * 1000;

export const CalendarEventContent = ({ arg }: { arg: EventContentArg }) => {
  const appointment = arg.event.extendedProps.appointment as Appointment | undefined;
  if (!appointment) return null; // the shaded past: no text
  const note = appointment.appointment_note;
  const status = vocabularyLabel(appointment.appointment_status);
  const pending = arg.event.extendedProps.pending === true && (
    <span className="appointment-event-pending"> · Pending sync</span>
  );
  const start = arg.event.start?.getTime() ?? 0;
  const end = arg.event.end?.getTime() ?? start;
  // A half hour in the week or day grid has one line: the lead's name first, then the time.
  const oneLine = arg.view.type.startsWith('timeGrid') && end - start <= SHORT_EVENT_MS;
  if (oneLine) {
    return (
      <div
        className="appointment-event appointment-event-short"
        title={`${arg.event.title} · ${arg.timeText} · ${status}${note ? ` · ${note}` : ''}`}
      >
        <span className="appointment-event-title">{arg.event.title}</span>
        <span className="appointment-event-time">, {arg.timeText}</span>
        {pending}
        <span className="visually-hidden"> ({status})</span>
      </div>
    );
  }
  return (
    <div
      className="appointment-event"
      title={`${arg.event.title} · ${status}${note ? ` · ${note}` : ''}`}
    >
      {arg.timeText && arg.view.type !== 'listWeek' && (
        <span className="appointment-event-time">{arg.timeText} </span>
      )}
      <span className="appointment-event-title">{arg.event.title}</span>
      {note && <span className="appointment-event-note"> · {note}</span>}
      {pending}
      <span className="visually-hidden"> ({status})</span>
    </div>
  );
};
