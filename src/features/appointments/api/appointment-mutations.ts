/**
 * Creating, changing and deleting appointments. A change is painted at once in every cached
 * range and list (optimistic: a drag lands in the same frame as the drop) and rolled back if the
 * server refuses; once settled, appointments, the overview and the leads (a lead's page lists
 * its appointments) are refreshed.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  appointmentSchema,
  ENDPOINTS,
  type Appointment,
  type AppointmentCreate,
  type AppointmentUpdate,
  type Paginated,
} from '../../../contract';
import { apiPost, type FormBody } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import { appointmentKeys } from './appointment-queries';

const refreshEverythingShowingAppointments = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.appointments] }),
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.overview] }),
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.leads] }),
  ]);

type Snapshot = Array<[readonly unknown[], unknown]>;

/** Applies `change` to every cached range and list page; returns what was there before. */
const rewriteCached = async (
  queryClient: QueryClient,
  change: (list: Appointment[]) => Appointment[],
): Promise<Snapshot> => {
  await queryClient.cancelQueries({ queryKey: appointmentKeys.all });
  const snapshot: Snapshot = [
    ...queryClient.getQueriesData({ queryKey: appointmentKeys.ranges() }),
    ...queryClient.getQueriesData({ queryKey: appointmentKeys.lists() }),
  ];
  queryClient.setQueriesData<Appointment[]>({ queryKey: appointmentKeys.ranges() }, (list) =>
    list ? change(list) : list,
  );
  queryClient.setQueriesData<Paginated<Appointment>>(
    { queryKey: appointmentKeys.lists() },
    (page) => (page ? { ...page, results: change(page.results) } : page),
  );
  return snapshot;
};

const restore = (queryClient: QueryClient, snapshot: Snapshot | undefined) =>
  snapshot?.forEach(([key, data]) => queryClient.setQueryData(key, data));

export const useCreateAppointment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (appointment: AppointmentCreate) =>
      apiPost(ENDPOINTS.appointmentCreate, appointment, appointmentSchema),
    onSettled: () => refreshEverythingShowingAppointments(queryClient),
  });
};

const applyUpdate = (appointment: Appointment, update: AppointmentUpdate): Appointment => ({
  ...appointment,
  appointment_date: update.appointment_date ?? appointment.appointment_date,
  appointment_to: update.appointment_to ?? appointment.appointment_to,
  appointment_note: update.appointment_note ?? appointment.appointment_note,
  appointment_status: update.appointment_status ?? appointment.appointment_status,
});

export const useUpdateAppointment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: AppointmentUpdate) =>
      apiPost(ENDPOINTS.appointmentUpdate, update as FormBody, appointmentSchema),
    onMutate: async (update) => ({
      snapshot: await rewriteCached(queryClient, (list) =>
        list.map((item) => (item.id === update.appointment_id ? applyUpdate(item, update) : item)),
      ),
    }),
    onError: (_error, _update, context) => restore(queryClient, context?.snapshot),
    onSettled: () => refreshEverythingShowingAppointments(queryClient),
  });
};

export const useDeleteAppointment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (appointmentId: number) =>
      apiPost(ENDPOINTS.appointmentDelete, { appointment_id: appointmentId }, z.unknown()),
    onMutate: async (appointmentId) => ({
      snapshot: await rewriteCached(queryClient, (list) =>
        list.filter((item) => item.id !== appointmentId),
      ),
    }),
    onError: (_error, _id, context) => restore(queryClient, context?.snapshot),
    onSettled: () => refreshEverythingShowingAppointments(queryClient),
  });
};
