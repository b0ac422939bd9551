/**
 * The keyboard shortcuts, as data: what each key does and how a key press becomes an action.
 * Pure, so the rules (no shortcut while typing, `g` then a letter within a moment) are tested
 * without a browser.
 */
export type ShortcutAction =
  | 'focus-search'
  | 'new-lead'
  | 'go-leads'
  | 'go-calendar'
  | 'go-overview'
  | 'go-appointments'
  | 'show-help'
  | 'open-palette';

export type Shortcut = { keys: readonly string[]; label: string; action: ShortcutAction };

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['/'], label: 'Search leads', action: 'focus-search' },
  { keys: ['n'], label: 'New lead', action: 'new-lead' },
  { keys: ['g', 'l'], label: 'Go to leads', action: 'go-leads' },
  { keys: ['g', 'c'], label: 'Go to calendar', action: 'go-calendar' },
  { keys: ['g', 'o'], label: 'Go to overview', action: 'go-overview' },
  { keys: ['g', 'a'], label: 'Go to appointments', action: 'go-appointments' },
  { keys: ['?'], label: 'Show keyboard shortcuts', action: 'show-help' },
  { keys: ['Ctrl/⌘', 'K'], label: 'Open the command palette', action: 'open-palette' },
];

/** How long after `g` the second key still counts. */
export const SEQUENCE_WINDOW_MS = 1_200;

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The press landed in a text field, a select or an editable element. */
  typing: boolean;
  at: number;
};

/** A `g` waiting for its second key, and when it was pressed. */
export type PendingPrefix = { at: number } | null;

export type KeyOutcome = { action: ShortcutAction | null; pending: PendingPrefix };

const SINGLE_KEYS: Readonly<Record<string, ShortcutAction>> = {
  '/': 'focus-search',
  n: 'new-lead',
  '?': 'show-help',
};
const AFTER_G: Readonly<Record<string, ShortcutAction>> = {
  l: 'go-leads',
  c: 'go-calendar',
  o: 'go-overview',
  a: 'go-appointments',
};

/** What a key press does, given a `g` that may be waiting. */
export const resolveKeyPress = (press: KeyPress, pending: PendingPrefix): KeyOutcome => {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if ((press.ctrlKey || press.metaKey) && !press.altKey && key === 'k') {
    return { action: 'open-palette', pending: null };
  }
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey) {
    return { action: null, pending: null };
  }
  if (pending && press.at - pending.at <= SEQUENCE_WINDOW_MS && AFTER_G[key]) {
    return { action: AFTER_G[key], pending: null };
  }
  if (key === 'g') return { action: null, pending: { at: press.at } };
  return { action: SINGLE_KEYS[press.key] ?? null, pending: null };
};
