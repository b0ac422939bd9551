/**
 * FullCalendar themed from the MUI palette (so dark mode follows), plus the status looks:
 * cancelled is greyed and struck through, fullfilled is green.
 */
import type { SxProps, Theme } from '@mui/material/styles';
import { APPOINTMENT_STATUSES } from '../../../contract';
import { STATUS_LOOKS } from '../../../components/appointment-status-look';

/** Colours come with each event (see toCalendarEvent); cancelled is also struck through. */
const statusRules = Object.fromEntries(
  APPOINTMENT_STATUSES.filter((status) => STATUS_LOOKS[status].strike).map((status) => [
    `& .appointment-status-${status} .appointment-event-title`,
    { textDecoration: 'line-through' },
  ]),
);

export const calendarSx: SxProps<Theme> = (theme) => ({
  '--fc-border-color': theme.vars?.palette.divider ?? theme.palette.divider,
  '--fc-page-bg-color': theme.vars?.palette.background.paper ?? theme.palette.background.paper,
  '--fc-neutral-bg-color': theme.vars?.palette.action.hover ?? theme.palette.action.hover,
  '--fc-list-event-hover-bg-color': theme.vars?.palette.action.hover ?? theme.palette.action.hover,
  '--fc-today-bg-color': theme.vars?.palette.action.selected ?? theme.palette.action.selected,
  '--fc-non-business-color': theme.vars?.palette.action.hover ?? theme.palette.action.hover,
  '--fc-now-indicator-color': theme.vars?.palette.error.main ?? theme.palette.error.main,
  '--fc-button-bg-color': theme.vars?.palette.primary.main ?? theme.palette.primary.main,
  '--fc-button-border-color': theme.vars?.palette.primary.main ?? theme.palette.primary.main,
  '--fc-button-text-color':
    theme.vars?.palette.primary.contrastText ?? theme.palette.primary.contrastText,
  '--fc-button-active-bg-color': theme.vars?.palette.primary.dark ?? theme.palette.primary.dark,
  '--fc-button-active-border-color': theme.vars?.palette.primary.dark ?? theme.palette.primary.dark,
  '--fc-button-hover-bg-color': theme.vars?.palette.primary.dark ?? theme.palette.primary.dark,
  '--fc-button-hover-border-color': theme.vars?.palette.primary.dark ?? theme.palette.primary.dark,
  color: 'text.primary',
  '& .fc .fc-toolbar-title': { fontSize: '1.25rem', fontWeight: 500 },
  '& .fc .fc-button': { textTransform: 'capitalize' },
  '& .fc .fc-col-header-cell-cushion, & .fc .fc-daygrid-day-number, & .fc .fc-list-day-cushion a': {
    color: 'inherit',
    textDecoration: 'none',
  },
  '& .fc-event': { cursor: 'pointer' },
  // Not on the server yet (the write queue): a dashed outline beside the word "Pending".
  '& .fc-event.appointment-pending': { borderStyle: 'dashed' },
  '& .appointment-event-pending': { fontWeight: 600 },
  /* The past: hatched grey behind the events, so it reads as closed in both themes. */
  '& .fc .fc-bg-event.calendar-past': {
    opacity: 1,
    cursor: 'not-allowed',
    background: `repeating-linear-gradient(135deg, transparent 0 6px, ${
      theme.vars?.palette.action.disabledBackground ?? theme.palette.action.disabledBackground
    } 6px 12px)`,
  },
  /* FullCalendar fades other months' day numbers below readable contrast. */
  '& .fc .fc-day-other .fc-daygrid-day-top': { opacity: 1, color: 'text.secondary' },
  '& .fc-timegrid-event .fc-event-main': { overflow: 'hidden' },
  '& .appointment-event': {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'normal',
    fontSize: '0.8rem',
    lineHeight: 1.3,
    px: 0.25,
  },
  '& .appointment-event-title': { fontWeight: 600 },
  '& .appointment-event-short': { whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  '& .visually-hidden': {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  ...statusRules,
});
