/**
 * The calendar's own toolbar in MUI (previous, next, today, the title, the views): named
 * buttons for screen readers and the app's look in light and dark, instead of FullCalendar's
 * icon-font buttons.
 */
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Button,
  IconButton,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import type { CalendarView } from '../model/calendar-url';

const VIEW_LABELS: Record<CalendarView, string> = {
  dayGridMonth: 'Month',
  timeGridWeek: 'Week',
  timeGridDay: 'Day',
  listWeek: 'List',
};

const UNIT: Record<CalendarView, string> = {
  dayGridMonth: 'month',
  timeGridWeek: 'week',
  timeGridDay: 'day',
  listWeek: 'week',
};

type Props = {
  title: string;
  view: CalendarView;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
};

export const CalendarToolbar = ({ title, view, onPrev, onNext, onToday, onView }: Props) => (
  <Stack
    direction={{ xs: 'column', md: 'row' }}
    spacing={1}
    sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}
  >
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <IconButton aria-label={`Previous ${UNIT[view]}`} onClick={onPrev}>
        <ChevronLeftIcon />
      </IconButton>
      <IconButton aria-label={`Next ${UNIT[view]}`} onClick={onNext}>
        <ChevronRightIcon />
      </IconButton>
      <Button variant="outlined" onClick={onToday}>
        Today
      </Button>
      <Typography variant="h6" component="h2" aria-live="polite" sx={{ pl: 1 }}>
        {title}
      </Typography>
    </Stack>
    <ToggleButtonGroup
      exclusive
      size="small"
      value={view}
      aria-label="Calendar view"
      onChange={(_event, next: CalendarView | null) => next && onView(next)}
    >
      {(Object.keys(VIEW_LABELS) as CalendarView[]).map((option) => (
        <ToggleButton key={option} value={option} sx={{ px: 2, color: 'text.primary' }}>
          {VIEW_LABELS[option]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  </Stack>
);
