import { Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { LeadFilterParams } from '../model/lead-list-params';
import type { BulkActionKind, BulkTarget } from '../model/bulk-target';
import type { LeadSelectionControls } from './use-lead-selection';

import { BulkActionFlow } from './bulk-action-flow';

const ACTIONS: readonly { action: BulkActionKind; label: string }[] = [
  { action: 'status', label: 'Change status' },
  { action: 'assign', label: 'Assign to' },
  { action: 'export', label: 'Export' },
  { action: 'delete', label: 'Delete' },
];

type Props = { selection: LeadSelectionControls; filters: LeadFilterParams };

/**
 * Shown while rows are selected: how many, "select all N matching" once the whole page is, and
 * the bulk actions. The running action outlives the selection (which clears when it is written).
 */
export const LeadBulkToolbar = ({ selection, filters }: Props) => {
  /** `run` counts the actions started, so each starts from its own question. */
  const [running, setRunning] = useState<{
    run: number;
    action: BulkActionKind;
    target: BulkTarget;
  } | null>(null);
  const matchingChosen = selection.selection.kind === 'matching';
  const target: BulkTarget = matchingChosen
    ? { kind: 'matching', filters, count: selection.matching }
    : { kind: 'leads', leads: selection.selectedRows };
  const offerMatching =
    !matchingChosen && selection.allOnPage && selection.matching > selection.count;

  return (
    <>
      {selection.count > 0 && (
        <Paper
          component="section"
          aria-label="Bulk actions"
          variant="outlined"
          sx={{ px: 2, py: 1, bgcolor: 'action.selected' }}
        >
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
            useFlexGap
          >
            <Typography role="status" sx={{ fontWeight: 500, mr: 1 }}>
              {selection.count.toLocaleString('en-US')} selected
              {matchingChosen && ' (all that match the filters)'}
            </Typography>
            {offerMatching && (
              <Button size="small" onClick={selection.selectMatching}>
                Select all {selection.matching.toLocaleString('en-US')} matching leads
              </Button>
            )}
            {ACTIONS.map(({ action, label }) => (
              <Button
                key={action}
                size="small"
                variant="outlined"
                color={action === 'delete' ? 'error' : 'primary'}
                onClick={() => setRunning({ run: (running?.run ?? 0) + 1, action, target })}
              >
                {label}
              </Button>
            ))}
            <Button size="small" onClick={selection.clear}>
              Clear selection
            </Button>
          </Stack>
        </Paper>
      )}
      {running && (
        <BulkActionFlow
          key={running.run}
          action={running.action}
          target={running.target}
          onWritten={selection.clear}
          onClose={() => setRunning(null)}
        />
      )}
    </>
  );
};
