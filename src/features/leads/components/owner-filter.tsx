import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { assignableUsersQuery } from '../api/lead-queries';
import { userDisplayName } from './user-display-name';

type OwnerFilterProps = { value: string; onChange: (owner: string) => void };

const showEmptyChoice = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

/**
 * Whose leads by owner (the documented `owner` parameter): a manager narrows the whole team's
 * list to one rep; a rep in "Assigned to me" sees who handed a lead over. Choices come from
 * the same users list as the assignee field; a server without that list gets a username box
 * that applies on Enter or when the box is left (not on every key, which would send a request
 * for every partial username).
 */
export const OwnerFilter = ({ value, onChange }: OwnerFilterProps) => {
  const users = useQuery(assignableUsersQuery());
  if (users.isError) return <OwnerTextFilter value={value} onChange={onChange} />;

  const options = users.data ?? [];
  const unknownCurrent = value && !options.some((user) => user.username === value);
  return (
    <TextField
      select
      size="small"
      label="Owner"
      value={value}
      disabled={users.isPending}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 170 }}
      slotProps={showEmptyChoice}
    >
      <MenuItem value="">Any owner</MenuItem>
      {unknownCurrent && <MenuItem value={value}>{value}</MenuItem>}
      {options.map((user) => (
        <MenuItem key={user.username} value={user.username}>
          {userDisplayName(user)}
        </MenuItem>
      ))}
    </TextField>
  );
};

const OwnerTextFilter = ({ value, onChange }: OwnerFilterProps) => {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The URL changed from elsewhere (Back, "Clear filters"): show what it says.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() !== value) onChange(draft.trim());
  };
  return (
    <TextField
      size="small"
      label="Owner"
      placeholder="Any owner (username)"
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      sx={{ minWidth: 170 }}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};
