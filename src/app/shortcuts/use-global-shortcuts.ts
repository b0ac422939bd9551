import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../lib/typing-target';
import { resolveKeyPress, type PendingPrefix, type ShortcutAction } from './shortcut-keys';

/** True while a dialog (a form's confirmation, the palette itself) holds the keyboard. */
const insideDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]') !== null;

/**
 * Listens for the shortcuts on the whole page and runs `onAction`. Keys typed in a field, or
 * pressed while a dialog is open, stay with the field or the dialog (Ctrl/⌘+K excepted outside
 * dialogs, as in every app with a palette).
 */
export const useGlobalShortcuts = (onAction: (action: ShortcutAction) => void) => {
  const pending = useRef<PendingPrefix>(null);
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  }, [onAction]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || insideDialog(event.target)) return;
      const outcome = resolveKeyPress(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          typing: isTypingTarget(event.target),
          at: event.timeStamp,
        },
        pending.current,
      );
      pending.current = outcome.pending;
      if (!outcome.action) return;
      event.preventDefault();
      latest.current(outcome.action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
};
