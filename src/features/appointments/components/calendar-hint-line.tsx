/**
 * The calendar's status line. Its text changes on every pointer move of a drag, so it lives in
 * a small store of its own: only this line re-renders, never the calendar under the pointer.
 */
import { Typography } from '@mui/material';
import { useSyncExternalStore } from 'react';
import type { CalendarHint } from '../model/calendar-hint';

const IDLE_TEXT = 'Drag across free time to book; drag an appointment to move it.';

export type HintStore = {
  set: (hint: CalendarHint | null) => void;
  get: () => CalendarHint | null;
  subscribe: (listener: () => void) => () => void;
};

export const createHintStore = (): HintStore => {
  let current: CalendarHint | null = null;
  const listeners = new Set<() => void>();
  return {
    set: (hint) => {
      if (hint?.text === current?.text && hint?.refused === current?.refused) return;
      current = hint;
      listeners.forEach((listener) => listener());
    },
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export const CalendarHintLine = ({ store }: { store: HintStore }) => {
  const hint = useSyncExternalStore(store.subscribe, store.get);
  return (
    <Typography
      role="status"
      variant="body2"
      sx={{ minHeight: '1.5em', color: hint?.refused ? 'error.main' : 'text.secondary' }}
    >
      {hint?.text ?? IDLE_TEXT}
    </Typography>
  );
};
