/**
 * Keeps the calendar's view and date in the URL: the calendar starts where the URL says, a
 * change of view or date adds a history entry (so Back returns to the previous week), and Back
 * or Forward move the calendar. FullCalendar reports its first range while it mounts, before
 * the router may navigate, so the URL is written from an effect. Without a view in the URL, a
 * narrow screen opens the list; that choice is then written to the URL like any other.
 */
import type { CalendarApi, DatesSetArg } from '@fullcalendar/core';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useMediaQuery } from '@mui/material';
import { useSearchParams } from 'react-router';
import { toIsoDate } from '../../../contract';
import { NARROW_WIDTH, readCalendarDate, readCalendarView } from '../model/calendar-url';

type Shown = { view: string; date: string };

export const useCalendarUrl = (
  today: string,
  calendar: RefObject<{ getApi: () => CalendarApi } | null>,
) => {
  const [params, setParams] = useSearchParams();
  const narrow = useMediaQuery(`(max-width:${NARROW_WIDTH - 0.05}px)`, { noSsr: true });
  const view = readCalendarView(params.get('view'), narrow);
  const date = readCalendarDate(params.get('date'), today);
  const [shown, setShown] = useState<Shown | null>(null);

  /** URL → calendar (Back, Forward, a link). */
  useEffect(() => {
    const api = calendar.current?.getApi();
    if (!api) return;
    if (api.view.type !== view) api.changeView(view, date);
    else if (toIsoDate(api.getDate()) !== date) api.gotoDate(date);
  }, [calendar, view, date]);

  /** Calendar → URL (its buttons). */
  useEffect(() => {
    if (!shown) return;
    const complete = params.get('view') === view && params.get('date') === date;
    if (complete && shown.view === view && shown.date === date) return;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('view', shown.view);
        next.set('date', shown.date);
        return next;
      },
      { replace: !complete },
    );
    // Only a change of what the calendar shows writes the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  const onDatesSet = useCallback((arg: DatesSetArg) => {
    const next = { view: arg.view.type, date: toIsoDate(arg.view.calendar.getDate()) };
    setShown((previous) =>
      previous?.view === next.view && previous.date === next.date ? previous : next,
    );
  }, []);

  return { view, date, onDatesSet };
};
