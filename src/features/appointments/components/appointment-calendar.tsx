/**
 * The appointment calendar (FullCalendar, month / week / day / list). Runs in UTC so the API's
 * wall-clock times show as they are, with "now" set to the account's wall clock. Create by
 * selecting free time, move and resize by dragging (optimistic, snapped back with the server's
 * words on refusal), click to edit. Clashes and the past are refused before any request.
 */
import type {
  DateSelectArg,
  DatesSetArg,
  EventApi,
  EventClickArg,
  EventDropArg,
} from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Box } from '@mui/material';
import { useMemo, useRef } from 'react';
import type { Appointment, Interval } from '../../../contract';
import { accountNow } from '../../../lib/clock';
import { useUpdateAppointment } from '../api/appointment-mutations';
import { eventTimes, toCalendarEvent } from '../model/appointment-events';
import {
  moveRefusal,
  moveUpdate,
  selectionRefusal,
  selectionTimes,
} from '../model/calendar-interaction';
import { wallClockToCalendarDate } from '../model/calendar-time';
import type { Booked } from '../model/scheduling';
import { calendarSx } from './calendar-styles';
import { CalendarEventContent } from './calendar-event-content';

export type CalendarUser = { username: string; isManager: boolean };

type Props = {
  user: CalendarUser;
  appointments: Appointment[];
  booked: Booked[];
  view: string;
  date: string;
  onDatesSet: (arg: DatesSetArg) => void;
  onCreate: (interval: Interval) => void;
  onOpen: (appointment: Appointment) => void;
  onRefused: (message: string) => void;
  calendarRef: React.RefObject<FullCalendar | null>;
};

const BUSINESS_HOURS = { daysOfWeek: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '18:00' };

const appointmentOf = (event: EventApi): Appointment =>
  event.extendedProps.appointment as Appointment;

export const AppointmentCalendar = (props: Props) => {
  const { user, appointments, booked, view, date, calendarRef } = props;
  const { onDatesSet, onCreate, onOpen, onRefused } = props;
  const update = useUpdateAppointment();
  /** Why the place last hovered while dragging was refused, shown if the drag ends there. */
  const refusal = useRef<string | null>(null);

  const events = useMemo(
    () =>
      appointments.map((appointment) =>
        toCalendarEvent(appointment, user.isManager || appointment.owner === user.username),
      ),
    [appointments, user],
  );

  const allowMove = (span: { start: Date; end: Date }, moving: EventApi | null): boolean => {
    const times = eventTimes(span.start, span.end);
    if (!moving || !times) return false;
    refusal.current = moveRefusal(appointmentOf(moving), times, booked, accountNow());
    return refusal.current === null;
  };

  const forgetRefusal = () => {
    refusal.current = null;
  };

  const stopDragging = () => {
    if (refusal.current) onRefused(refusal.current);
    refusal.current = null;
  };

  const commitMove = (info: EventDropArg | EventResizeDoneArg) => {
    const appointment = appointmentOf(info.event);
    const times = eventTimes(info.event.start, info.event.end);
    const problem = times ? moveRefusal(appointment, times, booked, accountNow()) : null;
    if (!times || problem) {
      info.revert();
      if (problem) onRefused(problem);
      return;
    }
    // A refusal puts the cache back (the mutation's rollback), which moves the event back.
    update.mutate(moveUpdate(appointment, times), {
      onError: (error) => onRefused(error.message),
    });
  };

  return (
    <Box sx={calendarSx}>
      <FullCalendar
        ref={calendarRef}
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
        timeZone="UTC"
        now={() => wallClockToCalendarDate(accountNow())}
        initialView={view}
        initialDate={date}
        firstDay={1}
        headerToolbar={false}
        height="78vh"
        scrollTime="08:00:00"
        allDaySlot={false}
        /* Snapping finer than a slot makes FullCalendar shift a sideways drag by one snap, since
           it measures from the middle of the grabbed slot: moves and resizes go by half hours. */
        slotDuration="00:30:00"
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        businessHours={BUSINESS_HOURS}
        nowIndicator
        dayMaxEvents
        /* "+2 more" opens a popover: a button, so its aria-expanded is valid ARIA. */
        moreLinkDidMount={(arg) => arg.el.setAttribute('role', 'button')}
        eventDisplay="block"
        events={events}
        eventContent={(arg) => <CalendarEventContent arg={arg} />}
        datesSet={onDatesSet}
        selectable
        selectMirror
        unselectAuto
        selectAllow={(span) => {
          const times = eventTimes(span.start, span.end);
          return (
            times !== null &&
            selectionRefusal(
              { ...times, allDay: span.allDay },
              booked,
              user.username,
              accountNow(),
            ) === null
          );
        }}
        select={(info: DateSelectArg) => {
          const start = eventTimes(info.start, info.end);
          info.view.calendar.unselect();
          if (!start) return;
          onCreate(selectionTimes({ ...start, allDay: info.allDay }, accountNow()));
        }}
        eventAllow={allowMove}
        eventDragStart={forgetRefusal}
        eventResizeStart={forgetRefusal}
        eventDragStop={stopDragging}
        eventResizeStop={stopDragging}
        eventDrop={commitMove}
        eventResize={commitMove}
        eventClick={(info: EventClickArg) => {
          info.jsEvent.preventDefault();
          onOpen(appointmentOf(info.event));
        }}
      />
    </Box>
  );
};
