import { isTypingTarget } from '../../lib/typing-target';

/** Ctrl+Z (⌘Z on a Mac) outside a text field, where the field's own undo must win. */
export const isUndoKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) &&
  !event.shiftKey &&
  !event.altKey &&
  event.key.toLowerCase() === 'z' &&
  !isTypingTarget(event.target);
