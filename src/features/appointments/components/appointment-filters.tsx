/**
 * The list's filters: upcoming / past / all, a date rule (on / before / after a date), status and
 * lead first name.
 */
import { Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useEffect, useState } from 'react';
import { APPOINTMENT_STATUSES, DATE_SETTINGS } from '../../../contract';
import type { AppointmentListFilters, ListWindow } from '../model/appointment-list-url';
import { AnyChoiceSelect } from '../../../components/any-choice-select';

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
      <AnyChoiceSelect
        label="Date filter"
        anyLabel="Any date"
        value={filters.datesetting}
        choices={DATE_SETTINGS}
        onChange={(datesetting) => onChange({ datesetting })}
        minWidth={140}
      />
      <TextField
        type="date"
        label="Date"
        value={filters.ondate}
        onChange={(event) => onChange({ ondate: event.target.value })}
        helperText={filters.datesetting && !filters.ondate ? 'Pick a date' : ' '}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <AnyChoiceSelect
        label="Status"
        anyLabel="Any status"
        value={filters.status}
        choices={APPOINTMENT_STATUSES}
        onChange={(status) => onChange({ status })}
        minWidth={160}
      />
      <TextField
        label="Lead first name"
        value={lead}
        onChange={(event) => setLead(event.target.value)}
        type="search"
      />
    </Stack>
  );
};
