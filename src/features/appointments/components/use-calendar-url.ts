/**
 * Keeps the calendar's view and date in the URL: the calendar starts where the URL says, a
 * change of view or date adds a history entry (so Back returns to the previous week), and Back
 * or Forward move the calendar.
 */
import type { CalendarApi, DatesSetArg } from '@fullcalendar/core';
import { useCallback, useEffect, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { toIsoDate } from '../../../contract';
import { readCalendarDate, readCalendarView, type CalendarView } from '../model/calendar-url';

export const useCalendarUrl = (
  today: string,
  calendar: RefObject<{ getApi: () => CalendarApi } | null>,
) => {
  const [params, setParams] = useSearchParams();
  const view = readCalendarView(params.get('view'));
  const date = readCalendarDate(params.get('date'), today);
  const complete = params.get('view') === view && params.get('date') === date;

  useEffect(() => {
    const api = calendar.current?.getApi();
    if (!api) return;
    if (api.view.type !== view) api.changeView(view, date);
    else if (toIsoDate(api.getDate()) !== date) api.gotoDate(date);
  }, [calendar, view, date]);

  const onDatesSet = useCallback(
    (arg: DatesSetArg) => {
      const nextView = arg.view.type as CalendarView;
      const nextDate = toIsoDate(arg.view.calendar.getDate());
      if (nextView === view && nextDate === date && complete) return;
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('view', nextView);
          next.set('date', nextDate);
          return next;
        },
        { replace: !complete },
      );
    },
    [view, date, complete, setParams],
  );

  return { view, date, onDatesSet };
};
