/**
 * The appointment calendar (FullCalendar, month / week / day / list). Runs in UTC so the API's
 * wall-clock times show as they are, with "now" set to the account's wall clock. Create by
 * selecting free time, move and resize by dragging (optimistic, snapped back with the server's
 * words on refusal, with Undo once saved), click to edit. Clashes and the past are refused before any request; the
 * past is shaded, and while selecting or dragging a status line (`onHint`) says the times it
 * would get, or why not, at once.
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
import { useUndoableAction, type UndoableAction } from '../../../lib/undo/undo-context';
import { accountNow } from '../../../lib/clock';
import { useUpdateAppointment } from '../api/appointment-mutations';
import { eventTimes, leadName, toCalendarEvent } from '../model/appointment-events';
import {
  moveRefusal,
  moveUpdate,
  selectionRefusal,
  selectionTimes,
} from '../model/calendar-interaction';
import { calendarHint, type CalendarHint } from '../model/calendar-hint';
import { wallClockToCalendarDate } from '../model/calendar-time';
import type { Booked, Refusal } from '../model/scheduling';
import { calendarSx } from './calendar-styles';
import { CalendarEventContent } from './calendar-event-content';

export type CalendarUser = { username: string; isManager: boolean };

type Props = {
  user: CalendarUser;
  appointments: Appointment[];
  /** Appointments whose booking or change waits in the write queue: marked "Pending". */
  pending: ReadonlySet<number>;
  booked: Booked[];
  view: string;
  date: string;
  onDatesSet: (arg: DatesSetArg) => void;
  onCreate: (interval: Interval) => void;
  onOpen: (appointment: Appointment) => void;
  onRefused: (message: string) => void;
  /** The status line while selecting or dragging; null clears it. */
  onHint: (hint: CalendarHint | null) => void;
  calendarRef: React.RefObject<FullCalendar | null>;
};

const BUSINESS_HOURS = { daysOfWeek: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '18:00' };

const appointmentOf = (event: EventApi): Appointment =>
  event.extendedProps.appointment as Appointment;

export const AppointmentCalendar = (props: Props) => {
  const { user, appointments, pending, booked, view, date, calendarRef } = props;
  const { onDatesSet, onCreate, onOpen, onRefused, onHint } = props;
  const update = useUpdateAppointment();
  const offerUndo = useUndoableAction();
  /** Why the place last hovered while dragging was refused, shown if the drag ends there. */
  const refusal = useRef<Refusal | null>(null);

  const events = useMemo(
    () => [
      // The past, shaded: everything before the account's now (rendered behind the events).
      {
        id: 'past',
        start: '1970-01-01',
        end: wallClockToCalendarDate(accountNow()),
        display: 'background',
        classNames: ['calendar-past'],
      },
      ...appointments.map((appointment) =>
        toCalendarEvent(
          appointment,
          // A booking not on the server yet has no id to move or open.
          appointment.id > 0 && (user.isManager || appointment.owner === user.username),
          pending.has(appointment.id),
        ),
      ),
    ],
    [appointments, pending, user],
  );

  const allowMove = (span: { start: Date; end: Date }, moving: EventApi | null): boolean => {
    const times = eventTimes(span.start, span.end);
    if (!moving || !times) return false;
    refusal.current = moveRefusal(appointmentOf(moving), times, booked, accountNow());
    onHint(calendarHint('Move to', times, refusal.current));
    return refusal.current === null;
  };

  const forgetRefusal = () => {
    refusal.current = null;
  };

  const stopDragging = () => {
    // A refused place keeps its status line: it says why the drop did nothing.
    if (refusal.current) onRefused(refusal.current.message);
    else onHint(null);
    refusal.current = null;
  };

  const commitMove = (info: EventDropArg | EventResizeDoneArg) => {
    const appointment = appointmentOf(info.event);
    const times = eventTimes(info.event.start, info.event.end);
    const problem = times ? moveRefusal(appointment, times, booked, accountNow()) : null;
    if (!times || problem) {
      info.revert();
      if (problem) onRefused(problem.message);
      return;
    }
    // A refusal puts the cache back (the mutation's rollback), which moves the event back.
    const lead_label = leadName(appointment.lead);
    update.mutate(
      { ...moveUpdate(appointment, times), lead_label },
      {
        onError: (error) => onRefused(error.message),
        onSuccess: () => offerUndo(moveBack(appointment, times)),
      },
    );
  };

  /** Undo of a move or resize: the old times, saved again; the server's answer is shown. */
  const moveBack = (before: Appointment, times: Interval): UndoableAction => ({
    message: times.start === before.appointment_date ? 'Appointment resized' : 'Appointment moved',
    undo: () =>
      update.mutate(
        {
          appointment_id: before.id,
          appointment_date: before.appointment_date,
          appointment_to: before.appointment_to,
        },
        { onError: (error) => onRefused(error.message) },
      ),
  });

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
          if (times === null) return false;
          const why = selectionRefusal(
            { ...times, allDay: span.allDay },
            booked,
            user.username,
            accountNow(),
          );
          onHint(calendarHint('New appointment', times, why));
          return why === null;
        }}
        select={(info: DateSelectArg) => {
          onHint(null);
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
          const appointment = appointmentOf(info.event);
          if (info.event.display !== 'background' && appointment.id > 0) onOpen(appointment);
        }}
      />
    </Box>
  );
};
