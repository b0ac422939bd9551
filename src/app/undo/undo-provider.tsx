/**
 * The one Undo snackbar of the app. It offers the latest undoable action for six seconds; Undo
 * (the button, or Ctrl/⌘+Z outside a text field) takes it back. Otherwise the action is made
 * final (`commit`) when the snackbar closes, when another action replaces it, when the user
 * leaves its page, or when the page unloads (with `keepalive`, so the request outlives the tab).
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { UndoContext, type UndoableAction } from '../../lib/undo/undo-context';
import { isUndoKey } from './undo-key';
import { preloadWhileOnline } from '../../lib/offline/preload-while-online';
import { loadCode } from '../../lib/load-code';

const loadSnackbar = () => loadCode(() => import('./undo-snackbar'));
const UndoSnackbar = lazy(async () => ({ default: (await loadSnackbar()).UndoSnackbar }));

type Offer = { action: UndoableAction; path: string; key: number };

let nextKey = 0;

export const UndoProvider = ({ children }: { children: ReactNode }) => {
  const { pathname } = useLocation();
  const [offer, setOffer] = useState<Offer | null>(null);
  /** The message stays while the snackbar fades out. */
  const [shown, setShown] = useState<Offer | null>(null);
  const current = useRef<Offer | null>(null);
  /** The page on screen, as of the last render's effects (what an event handler sees). */
  const page = useRef(pathname);

  /** Why the last commit failed, shown until dismissed. */
  const [failure, setFailure] = useState<string | null>(null);

  const finish = useCallback((outcome: 'undo' | 'commit', keepalive = false) => {
    const ending = current.current;
    if (!ending) return;
    current.current = null;
    setOffer(null);
    if (outcome === 'undo') {
      ending.action.undo();
      return;
    }
    Promise.resolve(ending.action.commit?.({ keepalive })).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      setFailure(`${ending.action.failure ?? 'That did not work'}: ${reason}`);
    });
  }, []);

  const offerAction = useCallback(
    (action: UndoableAction) => {
      finish('commit');
      const next = { action, path: action.path ?? page.current, key: ++nextKey };
      current.current = next;
      setOffer(next);
      setShown(next);
    },
    [finish],
  );

  // An action taken offline (a queued move) offers Undo too: the snackbar must load then.
  useEffect(() => preloadWhileOnline(loadSnackbar), []);

  useEffect(() => {
    page.current = pathname;
    if (current.current && current.current.path !== pathname) finish('commit');
  }, [pathname, finish]);

  useEffect(() => {
    const onUnload = () => finish('commit', true);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
      finish('commit');
    };
  }, [finish]);

  useEffect(() => {
    if (!offer) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isUndoKey(event)) return;
      event.preventDefault();
      finish('undo');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [offer, finish]);

  return (
    <UndoContext value={offerAction}>
      {children}
      {(shown || failure) && (
        <Suspense fallback={null}>
          <UndoSnackbar
            key={shown?.key}
            open={offer !== null}
            message={shown?.action.message ?? ''}
            onUndo={() => finish('undo')}
            onDone={() => finish('commit')}
            failure={failure}
            onFailureClose={() => setFailure(null)}
          />
        </Suspense>
      )}
    </UndoContext>
  );
};
