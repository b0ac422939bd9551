import { Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { LEAD_SOURCES, LEAD_STATUSES } from '../../../contract';
import {
  clearedLeadFilters,
  hasLeadFilters,
  type LeadListState,
  type LeadListView,
} from '../model/lead-list-params';
import { UNSUPPORTED_MESSAGES, type LeadListCapabilities } from '../model/lead-list-capabilities';
import { LeadSearchField } from './lead-search-field';
import { OwnerFilter } from './owner-filter';
import { AnyChoiceSelect } from '../../../components/any-choice-select';

type LeadFiltersProps = {
  state: LeadListState;
  onStateChange: (next: LeadListState) => void;
  /**
   * Managers see every lead by default; reps see the leads they own, and may widen to owned or
   * assigned (what their overview counts). A manager's "all" is their default view.
   */
  isManager: boolean;
  /** What the server honours: a search, source or view it ignores is off and says why. */
  capabilities: LeadListCapabilities;
};

const VIEW_OFF_ID = 'lead-view-unavailable';

/** The unselected choice in readable contrast (the default grey is too faint on the page). */
const toggleText = { color: 'text.secondary' } as const;

/** Search, status, source, owner and whose leads; every change goes back to the first page. */
export const LeadFilters = ({
  state,
  onStateChange,
  isManager,
  capabilities,
}: LeadFiltersProps) => {
  const { search: searchable, source: sourceFilterable } = capabilities;
  const ownedOrAssignedListable = capabilities.ownedOrAssigned;
  const change = (patch: Partial<LeadListState>) => onStateChange({ ...state, ...patch, page: 0 });
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      useFlexGap
    >
      <Stack spacing={0.5}>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          aria-label="Whose leads"
          value={isManager && state.view === 'all' ? 'owned' : state.view}
          onChange={(_event, view: LeadListView | null) => {
            if (view) change({ view });
          }}
        >
          <ToggleButton value="owned" sx={toggleText}>
            {isManager ? 'All leads' : 'My leads'}
          </ToggleButton>
          <ToggleButton value="assigned" sx={toggleText}>
            Assigned to me
          </ToggleButton>
          {!isManager && (
            <ToggleButton
              value="all"
              sx={toggleText}
              disabled={!ownedOrAssignedListable}
              aria-describedby={ownedOrAssignedListable ? undefined : VIEW_OFF_ID}
            >
              Owned or assigned
            </ToggleButton>
          )}
        </ToggleButtonGroup>
        {!isManager && !ownedOrAssignedListable && (
          <Typography id={VIEW_OFF_ID} variant="caption" color="text.secondary">
            {UNSUPPORTED_MESSAGES.ownedOrAssigned}
          </Typography>
        )}
      </Stack>
      <LeadSearchField
        value={state.search}
        onSearch={(search) => change({ search })}
        unavailable={searchable ? undefined : UNSUPPORTED_MESSAGES.search}
      />
      <AnyChoiceSelect
        size="small"
        label="Status"
        anyLabel="Any status"
        value={state.status}
        choices={LEAD_STATUSES}
        onChange={(status) => change({ status })}
        minWidth={150}
      />
      <AnyChoiceSelect
        size="small"
        label="Source"
        anyLabel="Any source"
        value={state.source}
        choices={LEAD_SOURCES}
        onChange={(source) => change({ source })}
        minWidth={170}
        unavailable={sourceFilterable ? undefined : UNSUPPORTED_MESSAGES.source}
      />
      <OwnerFilter value={state.owner} onChange={(owner) => change({ owner })} />
      {hasLeadFilters(state) && (
        <Button onClick={() => onStateChange(clearedLeadFilters(state))}>Clear filters</Button>
      )}
    </Stack>
  );
};
