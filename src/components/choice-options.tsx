import { MenuItem } from '@mui/material';
import { vocabularyLabel } from '../contract';

/** A select's options for a vocabulary of the API, labelled for people ("cold_call" → "Cold call"). */
export const choiceOptions = (values: readonly string[]) =>
  values.map((value) => (
    <MenuItem key={value} value={value}>
      {vocabularyLabel(value)}
    </MenuItem>
  ));
