import AddIcon from '@mui/icons-material/Add';
import { Button, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { AfterContent } from '../../components/after-content';
import { QueryErrorAlert } from '../../components/query-error-alert';
import {
  hasLeadFilters,
  readLeadListState,
  toLeadFilterQuery,
  toLeadListQuery,
  writeLeadListState,
  type LeadListState,
} from '../../features/leads/model/lead-list-params';
import { leadListQuery } from '../../features/leads/api/lead-queries';
import { LeadBulkActions } from '../../features/leads/components/lead-bulk-actions';
import { LeadExportControl } from '../../features/leads/components/lead-export-control';
import { LeadFilters } from '../../features/leads/components/lead-filters';
import { LeadTable } from '../../features/leads/components/lead-table';
import { RouteNotice } from '../../features/leads/components/route-notice';
import { useLeadSelection } from '../../features/leads/components/use-lead-selection';
import { UNAVAILABLE_MESSAGE } from '../../lib/api-error';
import { useHiddenItems, withoutHidden } from '../../lib/hidden-items';
import { useLeadListView } from './use-lead-list-view';

export const LeadsPage = () => {
  const { searchParams, setSearchParams, capabilities, state, isManager } = useLeadListView();
  /** A sort or search the server ignores is dropped, not claimed over unsorted rows. */
  const listQuery = toLeadListQuery(state);
  /** Arriving, the loader made the request (router.tsx): a failure is not asked again at once. */
  const leads = useQuery({ ...leadListQuery(listQuery), retryOnMount: false });
  /** A lead deleted a moment ago (Undo still on screen) is left out. */
  const hiddenLeads = useHiddenItems('lead');
  const rows = withoutHidden(leads.data?.results ?? [], hiddenLeads, (lead) => lead.slug);
  const selection = useLeadSelection(JSON.stringify(listQuery), rows, leads.data?.count ?? 0);

  /** Each real change is one history entry, so Back undoes the last filter or page turn. */
  const onStateChange = useCallback(
    (next: LeadListState) => {
      const params = writeLeadListState(next);
      if (params.toString() !== writeLeadListState(readLeadListState(searchParams)).toString())
        setSearchParams(params);
    },
    [searchParams, setSearchParams],
  );

  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
        useFlexGap
      >
        <Typography variant="h4" component="h1">
          Leads
        </Typography>
        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          useFlexGap
        >
          <LeadExportControl filters={toLeadFilterQuery(state)} />
          <Button component={Link} to="/leads/new" variant="contained" startIcon={<AddIcon />}>
            New lead
          </Button>
        </Stack>
      </Stack>
      <AfterContent rememberHeightAs="lead-filters">
        <LeadFilters
          state={state}
          onStateChange={onStateChange}
          isManager={isManager}
          capabilities={capabilities}
        />
      </AfterContent>
      <LeadBulkActions selection={selection} filters={toLeadFilterQuery(state)} />
      {leads.isError && (
        <QueryErrorAlert onRetry={() => leads.refetch()}>
          {leads.error.message || UNAVAILABLE_MESSAGE}
        </QueryErrorAlert>
      )}
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <LeadTable
          state={state}
          onStateChange={onStateChange}
          rows={rows}
          rowCount={leads.data?.count ?? 0}
          loading={leads.isFetching}
          filtered={hasLeadFilters(state)}
          selection={selection}
          sortable={capabilities.ordering}
        />
      </Paper>
      <RouteNotice />
    </Stack>
  );
};
