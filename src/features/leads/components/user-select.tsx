import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { assignableUsersQuery } from '../api/lead-queries';
import { userDisplayName } from '../model/user-display-name';

type UserSelectProps = Omit<TextFieldProps, 'select' | 'value' | 'onChange' | 'children'> & {
  value: string;
  onChange: (username: string) => void;
  /** What the empty choice reads ("Unassigned", "Any owner"); it stays shown in the box. */
  emptyChoice: ReactNode;
  /** Shown instead when the server has no users list (our `user/list/` extension). */
  fallback: ReactNode;
};

/**
 * A select of the team's users by display name, the empty choice first. A username the list
 * does not hold (someone who left the team) stays a choice, so the current value still shows.
 */
export const UserSelect = ({
  value,
  onChange,
  emptyChoice,
  fallback,
  ...field
}: UserSelectProps) => {
  const users = useQuery(assignableUsersQuery());
  if (users.isError) return fallback;

  const options = users.data ?? [];
  const unknownCurrent = value && !options.some((user) => user.username === value);
  return (
    <TextField
      {...field}
      select
      value={value}
      disabled={users.isPending}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      onChange={(event) => onChange(event.target.value)}
    >
      <MenuItem value="">{emptyChoice}</MenuItem>
      {unknownCurrent && <MenuItem value={value}>{value}</MenuItem>}
      {options.map((user) => (
        <MenuItem key={user.username} value={user.username}>
          {userDisplayName(user)}
        </MenuItem>
      ))}
    </TextField>
  );
};
