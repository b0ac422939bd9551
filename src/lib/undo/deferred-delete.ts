/**
 * A delete that can be undone: the item leaves every list at once (hidden), and the request is
 * sent only when the Undo window closes. Undo shows it again; nothing was sent. A refused delete
 * shows the item again and the provider says why.
 */
import { hideItem, showItem, type HiddenKind } from '../hidden-items';
import type { UndoableAction } from './undo-context';

type DeferredDelete = {
  kind: HiddenKind;
  id: string | number;
  message: string;
  /** Said before the server's reason when the delete is refused ("The note was not deleted"). */
  failure: string;
  path?: string;
  /** Sends the delete (`keepalive` while the page unloads). Must call fetch synchronously. */
  send: (keepalive: boolean) => Promise<unknown>;
  /** Takes the deleted item out of the cache, before it stops being hidden. */
  forget: () => Promise<unknown> | void;
};

export const deferredDelete = (remove: DeferredDelete): UndoableAction => {
  hideItem(remove.kind, remove.id);
  return {
    message: remove.message,
    failure: remove.failure,
    path: remove.path,
    undo: () => showItem(remove.kind, remove.id),
    commit: async ({ keepalive }) => {
      try {
        await remove.send(keepalive);
        await remove.forget();
      } finally {
        showItem(remove.kind, remove.id);
      }
    },
  };
};
