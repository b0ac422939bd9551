/**
 * Creating, changing and deleting appointments. A change is painted at once in every cached
 * range and list (optimistic: a drag lands in the same frame as the drop). An update then takes
 * the server's answer into the cache, with no refetch of the range on screen; a refusal puts the
 * snapshot back, once. Creates and deletes refresh appointments, the overview and the leads (a
 * lead's page lists its appointments). A delete is sent only once its Undo window closes.
 * Offline, or when the network fails, each goes into the write queue (appointment-writes.ts).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  type Appointment,
  type AppointmentCreate,
  type AppointmentUpdate,
  type LeadDetails,
  type Paginated,
} from '../../../contract';
import { deferredDelete } from '../../../lib/undo/deferred-delete';
import { useUndoableAction } from '../../../lib/undo/undo-context';
import { writeInput } from '../../../lib/offline/write-queue/queued-write';
import { sendOrQueue } from '../../../lib/offline/write-queue/send-or-queue';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import { leadName } from '../model/appointment-events';
import { appointmentKeys } from './appointment-queries';
import {
  APPOINTMENT_CREATE,
  APPOINTMENT_DELETE,
  APPOINTMENT_UPDATE,
  sendAppointmentCreate,
  sendAppointmentDelete,
  sendAppointmentUpdate,
} from './appointment-writes';

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

/** The server's word for one appointment, wherever it is cached. */
const replaceCached = (queryClient: QueryClient, saved: Appointment) => {
  const change = (list: Appointment[]) => list.map((item) => (item.id === saved.id ? saved : item));
  queryClient.setQueriesData<Appointment[]>({ queryKey: appointmentKeys.ranges() }, (list) =>
    list ? change(list) : list,
  );
  queryClient.setQueriesData<Paginated<Appointment>>(
    { queryKey: appointmentKeys.lists() },
    (page) => (page ? { ...page, results: change(page.results) } : page),
  );
  // A lead's page lists its appointments (the leads feature keys it [leads, 'details', slug]).
  queryClient.setQueriesData<LeadDetails>({ queryKey: [QUERY_ROOTS.leads, 'details'] }, (lead) =>
    lead?.appointments.some((item) => item.id === saved.id)
      ? { ...lead, appointments: change(lead.appointments) }
      : lead,
  );
};

const restore = (queryClient: QueryClient, snapshot: Snapshot | undefined) =>
  snapshot?.forEach(([key, data]) => queryClient.setQueryData(key, data));

/** `lead_label` names the lead in the list of pending writes; it is never sent. */
type Labelled = { lead_label?: string };

export const useCreateAppointment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline too: the booking goes into the write queue rather than waiting in this tab.
    networkMode: 'always',
    mutationFn: (appointment: AppointmentCreate & Labelled) => {
      const input = writeInput(appointment);
      return sendOrQueue(APPOINTMENT_CREATE, input, () => sendAppointmentCreate(input));
    },
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
    networkMode: 'always',
    mutationFn: (update: AppointmentUpdate & Labelled) => {
      const input = writeInput(update);
      return sendOrQueue(APPOINTMENT_UPDATE, input, () => sendAppointmentUpdate(input));
    },
    onMutate: async (update) => ({
      snapshot: await rewriteCached(queryClient, (list) =>
        list.map((item) => (item.id === update.appointment_id ? applyUpdate(item, update) : item)),
      ),
    }),
    // A queued change stays painted where the rep put it (the calendar marks it pending).
    onSuccess: (sent) => {
      if (sent.queued) return;
      replaceCached(queryClient, sent.value);
      // Elsewhere (another window of the list, the overview, a lead's page) the answer may move
      // the appointment in or out: those refetch when next shown, not now.
      return Promise.all(
        [QUERY_ROOTS.appointments, QUERY_ROOTS.overview, QUERY_ROOTS.leads].map((root) =>
          queryClient.invalidateQueries({ queryKey: [root], refetchType: 'none' }),
        ),
      );
    },
    onError: (_error, _update, context) => restore(queryClient, context?.snapshot),
  });
};

/**
 * Deleting an appointment: it leaves the calendar and lists at once, and the delete is sent when
 * the Undo snackbar closes (docs/decisions/0008-undo-by-deferred-delete.md).
 */
export const useDeleteAppointment = () => {
  const queryClient = useQueryClient();
  const offer = useUndoableAction();
  return (appointment: Appointment) => {
    const appointmentId = appointment.id;
    const input = {
      appointment_id: appointmentId,
      appointment_date: appointment.appointment_date,
      lead_label: leadName(appointment.lead),
    };
    offer(
      deferredDelete({
        kind: 'appointment',
        id: appointmentId,
        message: 'Appointment deleted',
        failure: 'The appointment was not deleted',
        send: (keepalive) =>
          sendOrQueue(APPOINTMENT_DELETE, input, () => sendAppointmentDelete(input, keepalive)),
        forget: async () => {
          await rewriteCached(queryClient, (list) =>
            list.filter((item) => item.id !== appointmentId),
          );
          await refreshEverythingShowingAppointments(queryClient);
        },
      }),
    );
  };
};
