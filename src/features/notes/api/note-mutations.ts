/**
 * Adding and deleting notes. Notes arrive inside a lead's details, whose query belongs to the
 * page's composition: the page hands over that query's key, and these mutations edit its
 * `notes` list in place: a new note shows at the top at once (rolled back if the server
 * refuses); a deleted one leaves at once and can be undone for a few seconds. Offline, or when
 * the network fails, both go into the write queue instead (note-writes.ts).
 */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Note } from '../../../contract';
import { accountNow } from '../../../lib/clock';
import { sendOrQueue } from '../../../lib/offline/write-queue/send-or-queue';
import { deferredDelete } from '../../../lib/undo/deferred-delete';
import { useUndoableAction } from '../../../lib/undo/undo-context';
import { NOTE_CREATE, NOTE_DELETE, sendNoteCreate, sendNoteDelete } from './note-writes';

type WithNotes = { notes: Note[] };

/** Notes not yet confirmed by the server carry negative ids. */
export const isPendingNote = (note: Note): boolean => note.id < 0;

let nextTemporaryId = -1;

const useNotesCache = (detailsKey: QueryKey) => {
  const queryClient = useQueryClient();
  const snapshot = () => queryClient.getQueryData<WithNotes>(detailsKey);
  const edit = (change: (notes: Note[]) => Note[]) =>
    queryClient.setQueryData<WithNotes>(detailsKey, (previous) =>
      previous ? { ...previous, notes: change(previous.notes) } : previous,
    );
  const restore = (previous: WithNotes | undefined) =>
    queryClient.setQueryData(detailsKey, previous);
  return { queryClient, snapshot, edit, restore };
};

export const useCreateNote = ({
  slug,
  author,
  detailsKey,
}: {
  slug: string;
  author: string;
  detailsKey: QueryKey;
}) => {
  const cache = useNotesCache(detailsKey);
  return useMutation({
    // Offline too: the note goes into the write queue rather than waiting in this tab.
    networkMode: 'always',
    mutationFn: (note: string) =>
      sendOrQueue(NOTE_CREATE, { slug, note }, () => sendNoteCreate({ slug, note })),
    onMutate: async (note) => {
      await cache.queryClient.cancelQueries({ queryKey: detailsKey });
      const previous = cache.snapshot();
      const temporary: Note = {
        id: nextTemporaryId--,
        note,
        created_by: author,
        created_at: accountNow(),
      };
      cache.edit((notes) => [temporary, ...notes]);
      return { previous, temporaryId: temporary.id };
    },
    // A queued note is shown from the queue (marked "Pending"), not from the cache.
    onSuccess: (sent, _note, context) =>
      cache.edit((notes) =>
        sent.queued
          ? notes.filter((note) => note.id !== context.temporaryId)
          : notes.map((note) => (note.id === context.temporaryId ? sent.value : note)),
      ),
    onError: (_error, _note, context) => cache.restore(context?.previous),
  });
};

/**
 * Deleting a note: it leaves the list at once, and the delete is sent when the Undo snackbar
 * closes (docs/decisions/0008-undo-by-deferred-delete.md).
 */
export const useDeleteNote = ({ slug, detailsKey }: { slug: string; detailsKey: QueryKey }) => {
  const cache = useNotesCache(detailsKey);
  const offer = useUndoableAction();
  return (chosen: Note) => {
    const noteId = chosen.id;
    const input = { note_id: noteId, slug, note: chosen.note };
    offer(
      deferredDelete({
        kind: 'note',
        id: noteId,
        message: 'Note deleted',
        failure: 'The note was not deleted',
        send: (keepalive) =>
          sendOrQueue(NOTE_DELETE, input, () => sendNoteDelete(input, keepalive)),
        forget: () => {
          cache.edit((notes) => notes.filter((note) => note.id !== noteId));
        },
      }),
    );
  };
};
