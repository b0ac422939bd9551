/** Appointments as FullCalendar events, and an event's new times back as API strings. */
import type { EventInput } from '@fullcalendar/core';
import type { Appointment, ApiDateTime } from '../../../contract';
import { apiToCalendarIso, calendarDateToApi } from './calendar-time';
import { statusLook } from '../../../components/appointment-status-look';

export const leadName = (lead: Appointment['lead']): string =>
  `${lead.first_name} ${lead.last_name}`.trim() || lead.slug;

/**
 * One event per appointment; the appointment rides along for clicks, drags and rendering, and
 * `pending` (its write waits in the queue) for the "Pending sync" mark.
 */
export const toCalendarEvent = (
  appointment: Appointment,
  editable: boolean,
  pending = false,
): EventInput => {
  const look = statusLook(appointment.appointment_status);
  return {
    id: String(appointment.id),
    title: leadName(appointment.lead),
    start: apiToCalendarIso(appointment.appointment_date),
    end: apiToCalendarIso(appointment.appointment_to),
    allDay: false,
    editable,
    classNames: [
      `appointment-status-${appointment.appointment_status}`,
      ...(pending ? ['appointment-pending'] : []),
    ],
    backgroundColor: look.background,
    borderColor: look.border,
    textColor: look.text,
    extendedProps: { appointment, pending },
  };
};

/** Where an event now sits, in API terms. A timed event always has an end here. */
export const eventTimes = (
  start: Date | null,
  end: Date | null,
): { start: ApiDateTime; end: ApiDateTime } | null =>
  start && end ? { start: calendarDateToApi(start), end: calendarDateToApi(end) } : null;
