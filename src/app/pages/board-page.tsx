import ViewListIcon from '@mui/icons-material/ViewList';
import { Button, Stack, Typography } from '@mui/material';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../features/auth/api/use-session';
import {
  readLeadListState,
  toLeadFilterQuery,
  writeLeadListState,
  type LeadListState,
} from '../../features/leads/model/lead-list-params';
import { withinCapabilities } from '../../features/leads/model/lead-list-capabilities';
import { useLeadListCapabilities } from '../../features/leads/api/use-lead-list-capabilities';
import { LeadFilters } from '../../features/leads/components/lead-filters';
import { PipelineBoard } from '../../features/leads/components/pipeline-board';

/**
 * The pipeline board, sharing the table's filters through the URL (`/board?q=…&source=…`): the
 * "Table" button opens the table with the same filters. A status filter shows that one column.
 */
export const BoardPage = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const { session } = useSession();
  const capabilities = useLeadListCapabilities(session?.user);
  const state = withinCapabilities(readLeadListState(searchParams), capabilities);
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
        isManager={session?.user.role === 'manager'}
        searchable={capabilities.search}
        sourceFilterable={capabilities.source}
        ownedOrAssignedListable={capabilities.ownedOrAssigned}
      />
      <PipelineBoard
        filters={{ ...filters, status: undefined }}
        statuses={status ? [status] : undefined}
      />
    </Stack>
  );
};
