/**
 * Looks for leads with a given email or phone through the documented `leads/list/` filters, in
 * both lists a caller may see (owned, and assigned to them; a manager's owned list is every
 * lead), so it works on an un-extended Epixel server too.
 */
import { useQueries } from '@tanstack/react-query';
import { ENDPOINTS, leadSchema, paginatedSchema, type Lead } from '../../../contract';
import { apiGet } from '../../../lib/http-client';
import { QUERY_ROOTS } from '../../../lib/query-roots';
import { duplicateProbe, type DuplicateField, type TypedContact } from '../model/duplicates';

const CANDIDATES_PER_LIST = 10;
const LIST_TYPES = [undefined, 'assigned'] as const;
const leadPageSchema = paginatedSchema(leadSchema);

const candidateQuery = (
  field: DuplicateField,
  probe: string,
  listType: (typeof LIST_TYPES)[number],
) => ({
  queryKey: [QUERY_ROOTS.leads, 'duplicates', field, probe, listType ?? 'owned'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    apiGet(
      ENDPOINTS.leadList,
      { [field]: probe, list_type: listType, limit: CANDIDATES_PER_LIST },
      leadPageSchema,
      { signal },
    ),
  staleTime: 30_000,
});

/** Every lead the server returns for the typed contact (to be narrowed by findDuplicates). */
export const useDuplicateCandidates = (typed: TypedContact): Lead[] => {
  const probes = (['email', 'phone'] as const).flatMap((field) => {
    const probe = duplicateProbe(field, typed[field]);
    return probe === null
      ? []
      : LIST_TYPES.map((listType) => candidateQuery(field, probe, listType));
  });
  return useQueries({
    queries: probes,
    combine: (results) => results.flatMap((result) => result.data?.results ?? []),
  });
};
