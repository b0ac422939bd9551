/** What an appointment shows on the calendar: time, the lead's name and the note. */
import type { EventContentArg } from '@fullcalendar/core';
import type { Appointment } from '../../../contract';
import { vocabularyLabel } from '../../../contract';

export const CalendarEventContent = ({ arg }: { arg: EventContentArg }) => {
  const appointment = arg.event.extendedProps.appointment as Appointment | undefined;
  if (!appointment) return null; // the shaded past: no text
  const note = appointment.appointment_note;
  const status = vocabularyLabel(appointment.appointment_status);
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
      <span className="visually-hidden"> ({status})</span>
    </div>
  );
};
