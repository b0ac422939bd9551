/**
 * The writes of the bulk actions. The update endpoint replaces the whole lead, so each lead is
 * sent as it was last read (the list's answer, or the page fetched for "all matching") with
 * only the chosen field changed.
 */
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ENDPOINTS, leadSchema, type Lead, type LeadStatus } from '../../../contract';
import { apiPost } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import { leadToFormValues } from '../model/lead-form-values';
import { leadKeys } from './lead-queries';

export type BulkChange =
  { field: 'status'; value: LeadStatus } | { field: 'assignee'; value: string | undefined };

/** The lead as read, with one field changed: what the board's move and the bulk actions send. */
export const updateLeadField = (lead: Lead, change: BulkChange): Promise<Lead> =>
  apiPost(
    ENDPOINTS.leadUpdate,
    { slug: lead.slug, ...leadToFormValues(lead), [change.field]: change.value },
    leadSchema,
  );

export const deleteLead = (lead: Lead): Promise<unknown> =>
  apiPost(ENDPOINTS.leadDelete, { slug: lead.slug }, z.unknown());

/** What `lead` had before `change`: writing it back undoes the change. */
export const previousValue = (lead: Lead, change: BulkChange): BulkChange =>
  change.field === 'status'
    ? { field: 'status', value: lead.status as LeadStatus }
    : { field: 'assignee', value: lead.assignee ?? undefined };

/** Tables, the board, lead pages, counts and appointment lists all show leads. */
export const refreshAfterBulk = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: leadKeys.all }),
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.overview] }),
    queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.appointments] }),
  ]);
