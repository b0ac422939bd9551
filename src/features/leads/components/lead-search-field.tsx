import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment, TextField } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { readableReason } from '../../../components/readable-reason';

const SEARCH_DELAY_MS = 350;

type LeadSearchFieldProps = {
  value: string;
  onSearch: (value: string) => void;
  /** Why searching is off (the server cannot search); the field is then disabled and says so. */
  unavailable?: string;
};

/** Searches as the user pauses typing (or at once on Enter), not on every key. */
export const LeadSearchField = ({ value, onSearch, unavailable }: LeadSearchFieldProps) => {
  const [draft, setDraft] = useState(value);
  /** Arrived by the `/` shortcut from another page: the search field takes the keyboard. */
  const focusOnArrival = Boolean(
    (useLocation().state as { focusSearch?: boolean } | null)?.focusSearch,
  );
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnArrival) field.current?.focus();
  }, [focusOnArrival]);
  const [committed, setCommitted] = useState(value);
  /** Searches this field sent that the URL has not said yet: their arrival changes no text. */
  const [inFlight, setInFlight] = useState<string[]>([]);
  if (value !== committed) {
    setCommitted(value);
    const ours = inFlight.indexOf(value);
    if (ours >= 0) {
      // Our own search arrived, perhaps after more keys were typed: they stay.
      setInFlight(inFlight.slice(ours + 1));
    } else {
      // The URL changed from elsewhere (back button, "Clear filters"): show what it says.
      setInFlight([]);
      setDraft(value);
    }
  }
  const search = useCallback(
    (text: string) => {
      setInFlight((sent) => [...sent, text]);
      onSearch(text);
    },
    [onSearch],
  );

  useEffect(() => {
    if (draft.trim() === value) return undefined;
    const timer = setTimeout(() => search(draft.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value, search]);

  return (
    <TextField
      type="search"
      size="small"
      label="Search leads"
      placeholder="Name, email, phone…"
      inputRef={field}
      disabled={unavailable !== undefined}
      helperText={unavailable}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search(draft.trim());
      }}
      sx={{ minWidth: { sm: 260 }, flexGrow: { xs: 1, sm: 0 } }}
      slotProps={{
        htmlInput: { 'data-shortcut': 'search' },
        ...readableReason,
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
};
