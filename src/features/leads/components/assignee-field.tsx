import { TextField } from '@mui/material';
import { UserSelect } from './user-select';

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
  const common = {
    label: 'Assignee',
    onBlur,
    error: Boolean(error),
    fullWidth: true,
    autoFocus,
  };
  return (
    <UserSelect
      {...common}
      value={value ?? ''}
      onChange={(username) => onChange(username || undefined)}
      helperText={error ?? 'Who works this lead day to day.'}
      emptyChoice={<em>Unassigned</em>}
      fallback={
        <TextField
          {...common}
          value={value ?? ''}
          helperText={error ?? 'Username of the person who works this lead.'}
          onChange={(event) => onChange(event.target.value.trim() || undefined)}
        />
      }
    />
  );
};
