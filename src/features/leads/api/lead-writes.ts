/**
 * A lead edit as a queued write (src/lib/offline/write-queue): sent as the server's lead now
 * with the rep's changes on top, unless the server changed one of those fields too since the rep
 * read it; then a WriteConflict names the fields for the rep to choose (lead-edit-merge.ts).
 */
import { ENDPOINTS, leadDetailsSchema, leadSchema } from '../../../contract';
import { apiGet, apiPost } from '../../../lib/http-client';
import type { WriteInput } from '../../../lib/offline/write-queue/queued-write';
import { WriteConflict } from '../../../lib/offline/write-queue/write-conflict';
import type { WriteHandler } from '../../../lib/offline/write-queue/write-handlers';
import {
  describeLeadEdit,
  leadEditArrived,
  leadEditBody,
  leadEditConflicts,
  resolveLeadEdit,
} from '../model/lead-edit-merge';
import { leadToFormValues } from '../model/lead-form-values';

export const LEAD_UPDATE = 'lead.update';

const serverLead = async (slug: WriteInput[string] | undefined) =>
  leadToFormValues(await apiGet(ENDPOINTS.leadDetails, { slug }, leadDetailsSchema));

export const leadUpdateWrite: WriteHandler = {
  send: async (input) => {
    const current = await serverLead(input.slug);
    const conflict = leadEditConflicts(current, input);
    if (conflict.length > 0) throw new WriteConflict(conflict);
    return apiPost(ENDPOINTS.leadUpdate, leadEditBody(current, input), leadSchema);
  },
  alreadyDone: async ({ input }) => leadEditArrived(await serverLead(input.slug), input),
  describe: (input) => `Edit ${String(input.lead_label ?? input.slug)}: ${describeLeadEdit(input)}`,
  editable: [],
  resolve: resolveLeadEdit,
};
