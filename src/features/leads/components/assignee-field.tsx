import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { assignableUsersQuery } from '../api/lead-queries';
import { userDisplayName } from './user-display-name';

type AssigneeFieldProps = {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  onBlur: () => void;
  error?: string;
  autoFocus?: boolean;
};

/**
 * Picks the assignee from the team (our `user/list/` extension). A server without that list
 * still works: the field becomes a plain username box. "Unassigned" sends no assignee.
 */
export const AssigneeField = ({
  value,
  onChange,
  onBlur,
  error,
  autoFocus,
}: AssigneeFieldProps) => {
  const users = useQuery(assignableUsersQuery());
  const common = {
    label: 'Assignee',
    value: value ?? '',
    onBlur,
    error: Boolean(error),
    helperText: error ?? 'Who works this lead day to day.',
    fullWidth: true,
    autoFocus,
  };

  if (users.isError) {
    return (
      <TextField
        {...common}
        helperText={error ?? 'Username of the person who works this lead.'}
        onChange={(event) => onChange(event.target.value.trim() || undefined)}
      />
    );
  }

  const options = users.data ?? [];
  const unknownCurrent = value && !options.some((user) => user.username === value);
  return (
    <TextField
      {...common}
      select
      disabled={users.isPending}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <MenuItem value="">
        <em>Unassigned</em>
      </MenuItem>
      {unknownCurrent && <MenuItem value={value}>{value}</MenuItem>}
      {options.map((user) => (
        <MenuItem key={user.username} value={user.username}>
          {userDisplayName(user)}
        </MenuItem>
      ))}
    </TextField>
  );
};
