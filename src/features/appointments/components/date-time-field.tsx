/**
 * A wall-clock date and time as two native inputs (date, time): keyboard-usable, read by
 * screen readers, and free of any time-zone conversion. The value is the API's
 * `yyyy-mm-dd HH:MM`; while a part is missing it is kept as typed (e.g. `2026-12-01 `), and
 * the contract's rules report it.
 */
import { FormHelperText, Stack, TextField } from '@mui/material';
import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  disabled?: boolean;
  /** Focus the date when the dialog opens (the dialog's first field). */
  autoFocus?: boolean;
};

export const splitDateTime = (value: string): { date: string; time: string } => {
  const [date = '', time = ''] = value.split(' ');
  return { date, time };
};

export const DateTimeField = ({
  label,
  value,
  onChange,
  onBlur,
  error,
  disabled,
  autoFocus,
}: Props) => {
  const errorId = useId();
  const { date, time } = splitDateTime(value);
  const described = error ? { 'aria-describedby': errorId } : {};
  return (
    <div>
      <Stack direction="row" spacing={1}>
        <TextField
          type="date"
          label={`${label} date`}
          value={date}
          onChange={(event) => onChange(`${event.target.value} ${time}`)}
          onBlur={onBlur}
          error={Boolean(error)}
          disabled={disabled}
          autoFocus={autoFocus}
          fullWidth
          slotProps={{ inputLabel: { shrink: true }, htmlInput: described }}
        />
        <TextField
          type="time"
          label={`${label} time`}
          value={time}
          onChange={(event) => onChange(`${date} ${event.target.value}`)}
          onBlur={onBlur}
          error={Boolean(error)}
          disabled={disabled}
          sx={{ minWidth: 140 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300, ...described } }}
        />
      </Stack>
      {error && (
        <FormHelperText id={errorId} error>
          {error}
        </FormHelperText>
      )}
    </div>
  );
};
