/**
 * Ctrl/⌘+K: one field that finds leads by name, email or phone (the server's search; by first
 * and last name on a server that cannot search, which the field then says) and runs the
 * shortcut actions by name. Arrow keys choose, Enter runs, Escape closes.
 */
import { Autocomplete, Box, Dialog, TextField, type PopperProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ENDPOINTS, leadSchema, paginatedSchema, type Lead } from '../../contract';
import { apiGet } from '../../lib/http-client';
import { QUERY_ROOTS } from '../../lib/query-roots';
import { useSession } from '../../features/auth/api/use-session';
import { FULL_LEAD_LIST } from '../../features/leads/model/lead-list-capabilities';
import { leadListCapabilitiesQuery } from '../../features/leads/api/lead-list-capabilities';
import { matchesTypedName, paletteLeadParams } from './palette-lead-query';
import { useDebounced } from '../../lib/use-debounced';
import { matchPaletteActions, type PaletteAction } from './palette-items';
import type { ShortcutAction } from './shortcut-keys';

/** The choices sit in the dialog, under the field, rather than floating in a popper over it. */
const InlinePopper = ({ children, className }: PopperProps) => (
  <Box className={className}>{children as ReactNode}</Box>
);

type LeadItem = { kind: 'lead'; lead: Lead };
type PaletteItem = PaletteAction | LeadItem;

const LEADS_SHOWN = 8;
const NAME_ONLY_HINT =
  "This server can't search leads: type a lead's first name, then their last name.";
const SEARCH_DELAY_MS = 250;
const leadPageSchema = paginatedSchema(leadSchema);

const itemLabel = (item: PaletteItem): string =>
  item.kind === 'action'
    ? item.label
    : `${item.lead.first_name} ${item.lead.last_name}`.trim() || item.lead.slug;

type Props = {
  open: boolean;
  onClose: () => void;
  onAction: (action: ShortcutAction) => void;
  onOpenLead: (slug: string) => void;
};

export const CommandPalette = ({ open, onClose, onAction, onOpenLead }: Props) => {
  const [input, setInput] = useState('');
  /** The field takes the keyboard as soon as it exists (the dialog mounts it on opening). */
  const focusOnMount = useCallback((node: HTMLInputElement | null) => node?.focus(), []);
  const search = useDebounced(input.trim(), SEARCH_DELAY_MS);
  /** Leads are asked for once it is known whether the server searches (a failed probe: it does). */
  const viewer = useSession().session?.user;
  const capabilities = useQuery({
    ...leadListCapabilitiesQuery(viewer),
    enabled: open && viewer !== undefined,
  });
  const searchable = (capabilities.isError ? FULL_LEAD_LIST : capabilities.data)?.search;
  const leads = useQuery({
    queryKey: [QUERY_ROOTS.leads, 'palette', search, searchable],
    queryFn: ({ signal }) =>
      apiGet(
        ENDPOINTS.leadList,
        { ...paletteLeadParams(search, searchable !== false), limit: LEADS_SHOWN },
        leadPageSchema,
        { signal },
      ),
    enabled: open && search.length > 0 && searchable !== undefined,
    staleTime: 30_000,
  });
  const found = (leads.data?.results ?? []).filter(
    (lead) => searchable !== false || matchesTypedName(lead, search),
  );
  const options: PaletteItem[] = [
    ...matchPaletteActions(input),
    ...(search ? found.map((lead): LeadItem => ({ kind: 'lead', lead })) : []),
  ];

  const close = () => {
    setInput('');
    onClose();
  };
  const run = (item: PaletteItem) => {
    close();
    if (item.kind === 'action') onAction(item.action);
    else onOpenLead(item.lead.slug);
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      disableAutoFocus
      slotProps={{
        paper: { 'aria-label': 'Command palette', sx: { alignSelf: 'flex-start', mt: 10 } },
      }}
    >
      <Autocomplete<PaletteItem, false, false, false>
        open
        // Its list is always open, so the field takes Escape to close the list: close the palette.
        onClose={(_event, reason) => reason === 'escape' && close()}
        disablePortal
        autoHighlight
        options={options}
        inputValue={input}
        onInputChange={(_event, value, reason) => {
          if (reason !== 'reset') setInput(value);
        }}
        value={null}
        onChange={(_event, item) => item && run(item)}
        filterOptions={(all) => all}
        groupBy={(item) => (item.kind === 'action' ? 'Actions' : 'Leads')}
        getOptionLabel={itemLabel}
        getOptionKey={(item) => (item.kind === 'action' ? item.action : item.lead.slug)}
        renderOption={({ key, ...props }, item) => (
          <li key={key} {...props}>
            {itemLabel(item)}
            {item.kind === 'lead' && item.lead.email ? ` · ${item.lead.email}` : ''}
          </li>
        )}
        loading={leads.isFetching || (search.length > 0 && searchable === undefined)}
        noOptionsText={search ? 'No lead or action matches' : 'Type a lead’s name or an action'}
        slots={{ popper: InlinePopper }}
        slotProps={{ listbox: { sx: { maxHeight: '50vh' } } }}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={focusOnMount}
            label="Find a lead or run an action"
            helperText={searchable === false ? NAME_ONLY_HINT : undefined}
          />
        )}
        sx={{ p: 2 }}
      />
    </Dialog>
  );
};
