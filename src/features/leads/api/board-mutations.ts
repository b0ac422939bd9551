/**
 * Moving a lead to another status from the board. The update endpoint replaces the whole lead,
 * so the lead is read fresh first and only its status changes: a field someone else edited
 * since the board loaded is never overwritten with the board's older copy. The board moves the
 * card at once and puts it back, with the server's message, if the server refuses.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ENDPOINTS, leadDetailsSchema, type Lead, type LeadStatus } from '../../../contract';
import { apiGet } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import {
  addToColumn,
  removeFromColumn,
  replaceInColumn,
  type BoardColumnData,
} from '../model/board-columns';
import { boardKeys } from './board-queries';
import { updateLeadField } from './bulk-lead-writes';
import { leadKeys } from './lead-queries';

export type LeadMove = { lead: Lead; to: LeadStatus };

const isColumnOf = (status: string) => (query: { queryKey: readonly unknown[] }) =>
  query.queryKey[3] === status;

export const useMoveLead = () => {
  const queryClient = useQueryClient();
  const columns = () => queryClient.getQueriesData<BoardColumnData>({ queryKey: boardKeys.all() });

  return useMutation({
    mutationFn: async ({ lead, to }: LeadMove) => {
      const fresh = await apiGet(ENDPOINTS.leadDetails, { slug: lead.slug }, leadDetailsSchema);
      return updateLeadField(fresh, { field: 'status', value: to });
    },
    onMutate: async ({ lead, to }) => {
      await queryClient.cancelQueries({ queryKey: boardKeys.all() });
      const snapshot = columns();
      const moved = { ...lead, status: to };
      for (const [key, column] of snapshot) {
        if (!column) continue;
        const without = removeFromColumn(column, lead.slug);
        queryClient.setQueryData(
          key,
          isColumnOf(to)({ queryKey: key }) ? addToColumn(without, moved) : without,
        );
      }
      return { snapshot };
    },
    onError: (_error, _move, context) => {
      context?.snapshot.forEach(([key, column]) => queryClient.setQueryData(key, column));
    },
    onSuccess: (saved) => {
      for (const [key, column] of columns()) {
        if (column) queryClient.setQueryData(key, replaceInColumn(column, saved));
      }
      // Other views show this lead's status: the table, its page and the overview's counts.
      void queryClient.invalidateQueries({ queryKey: leadKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: leadKeys.details(saved.slug) });
      void queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.overview] });
    },
  });
};
