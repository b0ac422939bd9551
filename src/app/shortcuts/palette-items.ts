/** What the command palette offers besides leads: the shortcut actions, found by their words. */
import { SHORTCUTS, type ShortcutAction } from './shortcut-keys';

export type PaletteAction = { kind: 'action'; label: string; action: ShortcutAction };

/** The palette runs every shortcut except the ones that open the palette or focus search. */
const PALETTE_ACTIONS: readonly PaletteAction[] = SHORTCUTS.filter(
  (shortcut) => shortcut.action !== 'open-palette' && shortcut.action !== 'focus-search',
).map((shortcut) => ({ kind: 'action', label: shortcut.label, action: shortcut.action }));

/** Actions whose label holds every word typed, in any order and case. */
export const matchPaletteActions = (query: string): PaletteAction[] => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return PALETTE_ACTIONS.filter((item) =>
    words.every((word) => item.label.toLowerCase().includes(word)),
  );
};
