/**
 * Picks the lead of an appointment: an autocomplete that searches the caller's leads on the
 * server as they type (debounced), showing name and email so two "Ann"s can be told apart.
 */
import { Autocomplete, CircularProgress, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebounced } from '../../../lib/use-debounced';
import { leadChoicesQuery } from '../api/appointment-queries';

export type LeadChoice = { slug: string; first_name: string; last_name: string; email?: string };

const SEARCH_DELAY_MS = 300;

export const leadChoiceLabel = (lead: LeadChoice): string =>
  `${lead.first_name} ${lead.last_name}`.trim() || lead.slug;

type Props = {
  value: LeadChoice | null;
  onChange: (lead: LeadChoice | null) => void;
  onBlur?: () => void;
  error?: string;
  /** Fixed to the given lead (booking from a lead's page). */
  disabled?: boolean;
  /** Focus it when the dialog opens (the dialog's first field). */
  autoFocus?: boolean;
};

export const LeadPicker = ({ value, onChange, onBlur, error, disabled, autoFocus }: Props) => {
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const typed = value && input === leadChoiceLabel(value) ? '' : input;
  const search = useDebounced(typed.trim(), SEARCH_DELAY_MS);
  const choices = useQuery({ ...leadChoicesQuery(search), enabled: open && !disabled });
  const options: LeadChoice[] = choices.data?.results ?? [];

  return (
    <Autocomplete<LeadChoice>
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={value}
      onChange={(_event, lead) => onChange(lead)}
      inputValue={input}
      onInputChange={(_event, next) => setInput(next)}
      options={value && !options.some((o) => o.slug === value.slug) ? [value, ...options] : options}
      filterOptions={(all) => all}
      isOptionEqualToValue={(option, selected) => option.slug === selected.slug}
      getOptionLabel={leadChoiceLabel}
      getOptionKey={(option) => option.slug}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          {leadChoiceLabel(option)}
          {option.email ? ` · ${option.email}` : ''}
        </li>
      )}
      loading={choices.isFetching}
      noOptionsText={choices.isError ? 'Could not load leads' : 'No leads found'}
      disabled={disabled}
      onBlur={onBlur}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Lead"
          autoFocus={autoFocus}
          required
          error={Boolean(error)}
          helperText={error ?? (disabled ? undefined : 'Type a name to search your leads')}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              endAdornment: (
                <>
                  {choices.isFetching && <CircularProgress color="inherit" size={18} />}
                  {params.slotProps.input.endAdornment}
                </>
              ),
            },
          }}
        />
      )}
    />
  );
};
