/**
 * Everything on the calendar page: the toolbar ("New appointment", the legend), the calendar
 * for the visible range (fetched per range, all pages, with the rep's queued writes applied),
 * loading and error states, the
 * appointment dialog and the snackbar that explains a refused drag.
 */
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, LinearProgress, Snackbar, Stack } from '@mui/material';
import type FullCalendar from '@fullcalendar/react';
import type { DatesSetArg } from '@fullcalendar/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import type { Appointment, Interval } from '../../../contract';
import { accountNow, accountToday } from '../../../lib/clock';
import { useHiddenItems, withoutHidden } from '../../../lib/hidden-items';
import { useQueuedWrites } from '../../../lib/offline/write-queue/use-queued-writes';
import { appointmentRangeQuery, type DateRange } from '../api/appointment-queries';
import { visibleRangeToQuery } from '../model/calendar-time';
import { withQueuedWrites } from '../model/queued-appointments';
import { nextFreeSlot, toBooked } from '../model/scheduling';
import type { CalendarUser } from './appointment-calendar';
import { CalendarHintLine, createHintStore } from './calendar-hint-line';
import { CalendarLegend } from './calendar-legend';
import { CalendarToolbar } from './calendar-toolbar';
import { LazyAppointmentCalendar, LazyAppointmentDialog } from './lazy-appointment-parts';
import { useCalendarUrl } from './use-calendar-url';

/** The dialog keeps its last content while it closes, so it fades out as it was. */
type DialogState = {
  open: boolean;
  mode: 'create' | 'edit';
  appointment?: Appointment;
  start?: string;
  end?: string;
};

export const CalendarPanel = ({ user }: { user: CalendarUser }) => {
  const calendarRef = useRef<FullCalendar | null>(null);
  const today = accountToday();
  const { view, date, onDatesSet } = useCalendarUrl(today, calendarRef);
  const [range, setRange] = useState<DateRange | null>(null);
  const [dialog, setDialog] = useState<DialogState>({ open: false, mode: 'create' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [hints] = useState(createHintStore);
  const [title, setTitle] = useState('');
  const api = () => calendarRef.current?.getApi();
  const appointments = useQuery({
    ...appointmentRangeQuery(range ?? { date_from: today, date_to: today }),
    enabled: range !== null,
  });
  const hidden = useHiddenItems('appointment');
  const writes = useQueuedWrites();
  const { appointments: list, pending } = useMemo(
    () =>
      withQueuedWrites(
        withoutHidden(appointments.data ?? [], hidden, (item) => item.id),
        writes,
        user.username,
      ),
    [appointments.data, hidden, writes, user.username],
  );
  const booked = useMemo(() => list.map(toBooked), [list]);

  const datesSet = (arg: DatesSetArg) => {
    const next = visibleRangeToQuery(arg.start, arg.end);
    setRange((previous) =>
      previous?.date_from === next.date_from && previous.date_to === next.date_to ? previous : next,
    );
    setTitle(arg.view.title);
    onDatesSet(arg);
  };

  const openCreate = (interval: Interval) =>
    setDialog({ open: true, mode: 'create', start: interval.start, end: interval.end });
  const closeDialog = () => setDialog((previous) => ({ ...previous, open: false }));

  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <CalendarLegend />
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => openCreate(nextFreeSlot(accountNow(), booked, user.username))}
        >
          New appointment
        </Button>
      </Stack>
      {appointments.isError && (
        <QueryErrorAlert onRetry={() => appointments.refetch()}>
          Could not load appointments. {appointments.error.message}
        </QueryErrorAlert>
      )}
      <CalendarToolbar
        title={title}
        view={view}
        onPrev={() => api()?.prev()}
        onNext={() => api()?.next()}
        onToday={() => api()?.today()}
        onView={(next) => api()?.changeView(next)}
      />
      <CalendarHintLine store={hints} />
      <Box sx={{ position: 'relative' }}>
        <Box sx={{ height: 4 }}>
          {appointments.isFetching && <LinearProgress aria-label="Loading appointments" />}
        </Box>
        <LazyAppointmentCalendar
          calendarRef={calendarRef}
          user={user}
          appointments={list}
          pending={pending}
          booked={booked}
          view={view}
          date={date}
          onDatesSet={datesSet}
          onCreate={openCreate}
          onOpen={(appointment) => setDialog({ open: true, mode: 'edit', appointment })}
          onRefused={setRefusal}
          onHint={hints.set}
        />
      </Box>
      <LazyAppointmentDialog
        open={dialog.open}
        onClose={closeDialog}
        mode={dialog.mode}
        appointment={dialog.appointment}
        start={dialog.start}
        end={dialog.end}
      />
      <Snackbar
        open={refusal !== null}
        autoHideDuration={6000}
        onClose={() => setRefusal(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="error" variant="filled" onClose={() => setRefusal(null)}>
          {refusal}
        </Alert>
      </Snackbar>
    </Stack>
  );
};
