import { TextField } from '@mui/material';
import { useState } from 'react';
import { UserSelect } from './user-select';

type OwnerFilterProps = { value: string; onChange: (owner: string) => void };

/**
 * Whose leads by owner (the documented `owner` parameter): a manager narrows the whole team's
 * list to one rep; a rep in "Assigned to me" sees who handed a lead over. Choices come from
 * the same users list as the assignee field; a server without that list gets a username box
 * that applies on Enter or when the box is left (not on every key, which would send a request
 * for every partial username).
 */
export const OwnerFilter = ({ value, onChange }: OwnerFilterProps) => (
  <UserSelect
    size="small"
    label="Owner"
    value={value}
    onChange={onChange}
    sx={{ minWidth: 170 }}
    emptyChoice="Any owner"
    fallback={<OwnerTextFilter value={value} onChange={onChange} />}
  />
);

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
