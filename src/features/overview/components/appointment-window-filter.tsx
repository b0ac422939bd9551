import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { OVERVIEW_APPOINTMENT_FILTERS, type OverviewAppointmentFilter } from '../../../contract';
import { APPOINTMENT_WINDOW_LABELS } from '../model/appointment-window';

type Props = {
  value: OverviewAppointmentFilter;
  onChange: (value: OverviewAppointmentFilter) => void;
};

/** Upcoming / today / this week / this month: one is always chosen. */
export const AppointmentWindowFilter = ({ value, onChange }: Props) => (
  <ToggleButtonGroup
    exclusive
    size="small"
    color="primary"
    value={value}
    aria-label="Appointments to show"
    onChange={(_event, next: OverviewAppointmentFilter | null) => {
      if (next) onChange(next);
    }}
    sx={{ width: { xs: '100%', sm: 'auto' } }}
  >
    {OVERVIEW_APPOINTMENT_FILTERS.map((filter) => (
      <ToggleButton
        key={filter}
        value={filter}
        sx={{ px: { xs: 0.5, sm: 1.5 }, flex: { xs: 1, sm: 'none' }, textTransform: 'none' }}
      >
        {APPOINTMENT_WINDOW_LABELS[filter]}
      </ToggleButton>
    ))}
  </ToggleButtonGroup>
);
