/** Creating, changing and deleting leads, with the cache kept in step with what the user sees. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ENDPOINTS,
  leadSchema,
  type Lead,
  type LeadDetails,
  type LeadFormOutput,
} from '../../../contract';
import { deferredDelete } from '../../../lib/undo/deferred-delete';
import { useUndoableAction } from '../../../lib/undo/undo-context';
import { apiPost } from '../../../lib/http-client';
import { sendOrQueue } from '../../../lib/offline/write-queue/send-or-queue';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import { leadEditInput } from '../model/lead-edit-merge';
import type { LeadFormValues } from '../model/lead-form-values';
import { leadKeys } from './lead-queries';
import { LEAD_UPDATE } from './lead-writes';

/** Lists, counts and appointment lists show lead names and statuses: refresh them all. */
const refreshEverythingShowingLeads = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: leadKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.overview] }),
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.appointments] }),
  ]);

/** The saved lead on its details page at once, keeping the notes and appointments it had. */
const putDetails = (queryClient: QueryClient, lead: Lead) =>
  queryClient.setQueryData<LeadDetails>(leadKeys.details(lead.slug), (previous) => ({
    notes: [],
    appointments: [],
    ...previous,
    ...lead,
  }));

export const useCreateLead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lead: LeadFormOutput) => apiPost(ENDPOINTS.leadCreate, lead, leadSchema),
    onSuccess: async (lead) => {
      putDetails(queryClient, lead);
      await refreshEverythingShowingLeads(queryClient);
    },
  });
};

/**
 * Saving an edited lead. Offline (or on a failed network) the edit goes into the write queue
 * with the values the rep started from, so the replay can tell a conflict (lead-writes.ts).
 */
/** The form's values, the values the rep started from, and the lead's name for the pending list. */
type LeadEdit = {
  lead: LeadFormOutput & { slug: string };
  before: LeadFormValues;
  label: string;
};

export const useUpdateLead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: ({ lead, before, label }: LeadEdit) => {
      const input = { ...leadEditInput(lead.slug, before, lead), lead_label: label };
      return sendOrQueue(LEAD_UPDATE, input, () => apiPost(ENDPOINTS.leadUpdate, lead, leadSchema));
    },
    onSuccess: async (sent) => {
      if (sent.queued) return;
      putDetails(queryClient, sent.value);
      await refreshEverythingShowingLeads(queryClient);
    },
  });
};

/**
 * Deleting a lead: it leaves the lists at once and the user is taken to them; the delete is sent
 * when the Undo snackbar closes (docs/decisions/0008-undo-by-deferred-delete.md).
 */
export const useDeleteLead = () => {
  const queryClient = useQueryClient();
  const offer = useUndoableAction();
  return ({ slug, name }: { slug: string; name: string }) =>
    offer(
      deferredDelete({
        kind: 'lead',
        id: slug,
        message: `${name} was deleted`,
        failure: `${name} was not deleted`,
        path: '/leads',
        send: (keepalive) => apiPost(ENDPOINTS.leadDelete, { slug }, z.unknown(), { keepalive }),
        forget: async () => {
          queryClient.removeQueries({ queryKey: leadKeys.details(slug) });
          await refreshEverythingShowingLeads(queryClient);
        },
      }),
    );
};
