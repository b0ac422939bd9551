/**
 * The heavy parts of the appointment pages, loaded after the page has painted: the booking
 * dialog (its form, react-hook-form and the zod resolver) and FullCalendar (~80 kB gzip). They
 * are still mounted at once; only their code arrives a moment later, into a box that keeps
 * the calendar's place.
 */
import type { ComponentProps } from 'react';
import { onDemandPart } from '../../../components/on-demand-part';
import { PartPlaceholder } from '../../../components/part-placeholder';

export const LazyAppointmentDialog = onDemandPart(
  'The appointment form',
  async () => (await import('./appointment-dialog')).AppointmentDialog,
);
const Calendar = onDemandPart(
  'The calendar',
  async () => (await import('./appointment-calendar')).AppointmentCalendar,
);

export const LazyAppointmentCalendar = (props: ComponentProps<typeof Calendar>) => (
  <Calendar {...props} fallback={<PartPlaceholder label="Loading the calendar" height={640} />} />
);
