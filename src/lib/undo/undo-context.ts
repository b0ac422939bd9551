/**
 * An action the user can take back for a few seconds: a delete not sent yet, or a move already
 * saved that can be moved back. The app shell's UndoProvider shows one at a time.
 */
import { createContext, useContext } from 'react';

export type UndoableAction = {
  /** What happened, for the snackbar ("Note deleted"). */
  message: string;
  /** Takes the action back. */
  undo: () => void;
  /**
   * Makes it final, once: when the snackbar closes without Undo, another action replaces it,
   * the user leaves `path`, or the page unloads (then `keepalive` is true).
   */
  commit?: (options: { keepalive: boolean }) => Promise<void> | void;
  /** Shown before the error's message if `commit` fails ("The note was not deleted"). */
  failure?: string;
  /** The page the action belongs to; leaving it commits. The current page unless given. */
  path?: string;
};

export const UndoContext = createContext<((action: UndoableAction) => void) | null>(null);

/** Offers an action for undo; the previous one, if still offered, is committed first. */
export const useUndoableAction = (): ((action: UndoableAction) => void) => {
  const offer = useContext(UndoContext);
  if (!offer) throw new Error('useUndoableAction needs an UndoProvider above it.');
  return offer;
};
