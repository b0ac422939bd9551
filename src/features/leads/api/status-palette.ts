/**
 * The API's own colour per lead status (the overview's `LeadsData.status[].Color`), so a status
 * wears the same colour in the table, on a lead's page and in the overview's chart. Read once
 * and kept: the palette is configuration, not data that moves while the user works.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ENDPOINTS, overviewSchema } from '../../../contract';
import { apiGet } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type StatusPalette = Readonly<Record<string, string>>;

export const statusPaletteQuery = () =>
  queryOptions({
    queryKey: [QUERY_ROOTS.overview, 'status-palette'] as const,
    queryFn: ({ signal }) => apiGet(ENDPOINTS.overview, {}, overviewSchema, { signal }),
    select: (overview): StatusPalette =>
      Object.fromEntries(overview.LeadsData.status.map((entry) => [entry.status, entry.Color])),
    staleTime: Infinity,
  });

/** The palette, or an empty one while it loads or when the server has none to give. */
export const useStatusPalette = (): StatusPalette => useQuery(statusPaletteQuery()).data ?? {};
