/**
 * What the write queue means for one lead's notes: the notes waiting to be added (shown at the
 * top, marked "Pending", newest first) and the ids of notes waiting to be deleted (not shown).
 * A refused write is in the "Couldn't sync" list instead: its note is neither.
 */
import type { Note } from '../../../contract';
import { isPending, type QueuedWrite } from '../../../lib/offline/write-queue/queued-write';
import { NOTE_CREATE, NOTE_DELETE } from './note-writes';

export type QueuedNote = { key: string; note: string };

export const queuedNotes = (writes: readonly QueuedWrite[], slug: string) => {
  const mine = writes.filter((write) => isPending(write) && write.input.slug === slug);
  return {
    adding: mine
      .filter((write) => write.kind === NOTE_CREATE)
      .map((write): QueuedNote => ({ key: write.id, note: String(write.input.note) }))
      .reverse(),
    deleting: new Set(
      mine
        .filter((write) => write.kind === NOTE_DELETE)
        .map((write) => Number(write.input.note_id)),
    ),
  };
};

export const withoutDeleting = (notes: Note[], deleting: ReadonlySet<number>): Note[] =>
  deleting.size === 0 ? notes : notes.filter((note) => !deleting.has(note.id));
