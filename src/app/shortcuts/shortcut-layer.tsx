import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { NAV_ITEMS } from '../layout/nav-items';
import type { ShortcutAction } from './shortcut-keys';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { onDemandPart } from '../../components/on-demand-part';

const CommandPalette = onDemandPart(
  'The command palette',
  async () => (await import('./command-palette')).CommandPalette,
);
const ShortcutHelpDialog = onDemandPart(
  'The list of keyboard shortcuts',
  async () => (await import('./shortcut-help-dialog')).ShortcutHelpDialog,
);

const pathOf = (label: string): string => NAV_ITEMS.find((item) => item.label === label)?.to ?? '/';

const DESTINATIONS: Partial<Record<ShortcutAction, string>> = {
  'new-lead': '/leads/new',
  'go-leads': pathOf('Leads'),
  'go-calendar': pathOf('Calendar'),
  'go-overview': pathOf('Overview'),
  'go-appointments': pathOf('Appointments'),
};

/** The search field a page marks as the one `/` focuses. */
const SEARCH_SELECTOR = '[data-shortcut="search"]';

/**
 * The keyboard layer of the signed-in app: shortcuts, the `?` list and the Ctrl/⌘+K palette.
 * Both dialogs load on first use, so they cost the first page nothing.
 */
export const ShortcutLayer = () => {
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'palette' | 'help' | null>(null);

  const run = useCallback(
    (action: ShortcutAction) => {
      const destination = DESTINATIONS[action];
      if (destination) navigate(destination);
      else if (action === 'show-help') setDialog('help');
      else if (action === 'open-palette') setDialog('palette');
      else if (action === 'focus-search') {
        const field = document.querySelector<HTMLInputElement>(SEARCH_SELECTOR);
        // A server that cannot search turns the field off: the palette finds leads by name.
        if (field?.disabled) setDialog('palette');
        else if (field) field.focus();
        else navigate(pathOf('Leads'), { state: { focusSearch: true } });
      }
    },
    [navigate],
  );
  useGlobalShortcuts(run);

  const close = () => setDialog(null);
  return (
    <>
      {dialog === 'palette' && (
        <CommandPalette
          open
          onClose={close}
          onAction={run}
          onOpenLead={(slug) => navigate(`/leads/${encodeURIComponent(slug)}`)}
        />
      )}
      {dialog === 'help' && <ShortcutHelpDialog open onClose={close} />}
    </>
  );
};
