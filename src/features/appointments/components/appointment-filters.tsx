/**
 * The list's filters: upcoming / past / all, a date rule (on / before / after a date), status and
 * lead first name.
 */
import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useEffect, useState } from 'react';
import { APPOINTMENT_STATUSES, DATE_SETTINGS } from '../../../contract';
import type { AppointmentListFilters, ListWindow } from '../model/appointment-list-url';
import { choiceOptions } from '../../../components/choice-options';

const LEAD_DELAY_MS = 400;

type Props = {
  filters: AppointmentListFilters;
  onChange: (next: Partial<AppointmentListFilters>) => void;
};

export const AppointmentFilters = ({ filters, onChange }: Props) => {
  const [lead, setLead] = useState(filters.lead);
  const [syncedLead, setSyncedLead] = useState(filters.lead);
  if (filters.lead !== syncedLead) {
    setSyncedLead(filters.lead);
    setLead(filters.lead);
  }
  useEffect(() => {
    if (lead === filters.lead) return;
    const timer = setTimeout(() => onChange({ lead }), LEAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [lead, filters.lead, onChange]);

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <ToggleButtonGroup
        exclusive
        color="primary"
        aria-label="When"
        value={filters.when}
        onChange={(_event, when: ListWindow | null) => {
          if (when) onChange({ when });
        }}
        sx={{ alignSelf: { md: 'flex-start' } }}
      >
        <ToggleButton value="upcoming">Upcoming</ToggleButton>
        <ToggleButton value="past">Past</ToggleButton>
        <ToggleButton value="all">All</ToggleButton>
      </ToggleButtonGroup>
      <TextField
        select
        label="Date filter"
        value={filters.datesetting}
        onChange={(event) =>
          onChange({ datesetting: event.target.value as AppointmentListFilters['datesetting'] })
        }
        sx={{ minWidth: 140 }}
      >
        <MenuItem value="">Any date</MenuItem>
        {choiceOptions(DATE_SETTINGS)}
      </TextField>
      <TextField
        type="date"
        label="Date"
        value={filters.ondate}
        onChange={(event) => onChange({ ondate: event.target.value })}
        helperText={filters.datesetting && !filters.ondate ? 'Pick a date' : ' '}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        select
        label="Status"
        value={filters.status}
        onChange={(event) =>
          onChange({ status: event.target.value as AppointmentListFilters['status'] })
        }
        sx={{ minWidth: 160 }}
      >
        <MenuItem value="">Any status</MenuItem>
        {choiceOptions(APPOINTMENT_STATUSES)}
      </TextField>
      <TextField
        label="Lead first name"
        value={lead}
        onChange={(event) => setLead(event.target.value)}
        type="search"
      />
    </Stack>
  );
};
