import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { choiceOptions } from './choice-options';
import { readableReason } from './readable-reason';

type AnyChoiceSelectProps<Value extends string> = {
  label: string;
  /** The empty choice, e.g. "Any status": it shows in the box, so no filter reads as a choice. */
  anyLabel: string;
  value: Value | '';
  /** A vocabulary of the API, labelled for people. */
  choices: readonly Value[];
  onChange: (value: Value | '') => void;
  minWidth: number;
  size?: TextFieldProps['size'];
  /** Why this filter is off (the server ignores it): the select is disabled and says so. */
  unavailable?: string;
};

/** A filter's select over one vocabulary, with "Any …" for no filter. */
export const AnyChoiceSelect = <Value extends string>({
  label,
  anyLabel,
  value,
  choices,
  onChange,
  minWidth,
  size,
  unavailable,
}: AnyChoiceSelectProps<Value>) => (
  <TextField
    select
    size={size}
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value as Value | '')}
    disabled={unavailable !== undefined}
    helperText={unavailable}
    sx={{ minWidth }}
    slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, ...readableReason }}
  >
    <MenuItem value="">{anyLabel}</MenuItem>
    {choiceOptions(choices)}
  </TextField>
);
