import ViewListIcon from '@mui/icons-material/ViewList';
import { Button, Stack, Typography } from '@mui/material';
import { useCallback } from 'react';
import { Link } from 'react-router';
import {
  toLeadFilterQuery,
  writeLeadListState,
  type LeadListState,
} from '../../features/leads/model/lead-list-params';
import { LeadFilters } from '../../features/leads/components/lead-filters';
import { PipelineBoard } from '../../features/leads/components/pipeline-board';
import { useLeadListView } from './use-lead-list-view';

/**
 * The pipeline board, sharing the table's filters through the URL (`/board?q=…&source=…`): the
 * "Table" button opens the table with the same filters. A status filter shows that one column.
 */
export const BoardPage = () => {
  const { searchParams, setSearchParams, capabilities, state, isManager } = useLeadListView();
  const onStateChange = useCallback(
    (next: LeadListState) => setSearchParams(writeLeadListState({ ...next, page: 0 })),
    [setSearchParams],
  );
  const { status, ...filters } = toLeadFilterQuery(state);

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h4" component="h1">
          Pipeline
        </Typography>
        <Button
          component={Link}
          to={`/leads?${searchParams.toString()}`}
          startIcon={<ViewListIcon />}
        >
          Table
        </Button>
      </Stack>
      <LeadFilters
        state={state}
        onStateChange={onStateChange}
        isManager={isManager}
        capabilities={capabilities}
      />
      <PipelineBoard
        filters={{ ...filters, status: undefined }}
        statuses={status ? [status] : undefined}
      />
    </Stack>
  );
};
