/**
 * The colour per lead status, so a status wears the same colour in the table, on a lead's page
 * and in the overview's chart: the API's own (`LeadsData.status[].Color`) when an overview answer
 * is already in the cache, else the contract's palette (what the reference server sends). Never
 * a request of its own: the leads page does not fetch the overview for six colours.
 */
import { useQueryClient } from '@tanstack/react-query';
import { LEAD_STATUS_PALETTE, type Overview } from '../../../contract';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type StatusPalette = Readonly<Record<string, string>>;

const CONTRACT_PALETTE: StatusPalette = Object.fromEntries(
  Object.entries(LEAD_STATUS_PALETTE).map(([status, { Color }]) => [status, Color]),
);

export const useStatusPalette = (): StatusPalette => {
  const cached = useQueryClient()
    .getQueriesData<Overview>({ queryKey: [QUERY_ROOTS.overview, 'summary'] })
    .find(([, overview]) => overview !== undefined)?.[1];
  if (!cached) return CONTRACT_PALETTE;
  return {
    ...CONTRACT_PALETTE,
    ...Object.fromEntries(cached.LeadsData.status.map((entry) => [entry.status, entry.Color])),
  };
};
