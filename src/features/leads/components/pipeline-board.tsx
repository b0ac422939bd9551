/**
 * The pipeline: one column per status, under the same filters as the table. A move shows at
 * once; a refusal puts the card back and says the server's words.
 */
import { Alert, Snackbar, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { vocabularyLabel, LEAD_STATUSES, type Lead, type LeadStatus } from '../../../contract';
import { useMoveLead } from '../api/board-mutations';
import { boardKeys } from '../api/board-queries';
import type { LeadFilterParams } from '../model/lead-list-params';
import type { BoardColumnData } from '../model/board-columns';
import { BoardColumn } from './board-column';

type Props = { filters: LeadFilterParams; statuses?: readonly LeadStatus[] };

type Outcome = { severity: 'success' | 'error'; message: string };

export const PipelineBoard = ({ filters, statuses = LEAD_STATUSES }: Props) => {
  const queryClient = useQueryClient();
  const move = useMoveLead();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const moveLead = (lead: Lead, to: LeadStatus) => {
    if (lead.status === to) return;
    const name = `${lead.first_name} ${lead.last_name}`.trim();
    move.mutate(
      { lead, to },
      {
        onSuccess: () =>
          setOutcome({ severity: 'success', message: `${name} moved to ${vocabularyLabel(to)}` }),
        onError: (error) =>
          setOutcome({ severity: 'error', message: `${name} was not moved: ${error.message}` }),
      },
    );
  };

  const findLead = (slug: string): Lead | undefined =>
    queryClient
      .getQueriesData<BoardColumnData>({ queryKey: boardKeys.all() })
      .flatMap(([, column]) => column?.pages.flatMap((page) => page.results) ?? [])
      .find((lead) => lead.slug === slug);

  return (
    <>
      <Stack
        direction="row"
        spacing={2}
        sx={{ overflowX: 'auto', pb: 2, alignItems: 'flex-start' }}
      >
        {statuses.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            filters={filters}
            onMove={moveLead}
            onDropSlug={(slug, to) => {
              const lead = findLead(slug);
              if (lead) moveLead(lead, to);
            }}
          />
        ))}
      </Stack>
      <Snackbar open={Boolean(outcome)} autoHideDuration={6_000} onClose={() => setOutcome(null)}>
        {outcome ? (
          <Alert severity={outcome.severity} onClose={() => setOutcome(null)} variant="filled">
            {outcome.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
};
