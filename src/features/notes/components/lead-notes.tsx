import { List, Paper, Typography } from '@mui/material';
import type { QueryKey } from '@tanstack/react-query';
import type { Note } from '../../../contract';
import { useHiddenItems, withoutHidden } from '../../../lib/hidden-items';
import { useQueuedWrites } from '../../../lib/offline/write-queue/use-queued-writes';
import { useCreateNote, useDeleteNote } from '../api/note-mutations';
import { queuedNotes, withoutDeleting } from '../api/queued-notes';
import { LazyNoteComposer } from './lazy-note-composer';
import { NoteListItem } from './note-list-item';

type LeadNotesProps = {
  slug: string;
  notes: Note[];
  /** The key of the query the notes came from (the lead's details), kept in step by edits. */
  detailsKey: QueryKey;
  viewer: { username: string; role: 'rep' | 'manager' | null };
};

/**
 * The lead's notes, newest first, with a box to add one; authors and managers may delete, at
 * once and with Undo for a few seconds (no "are you sure?" first). Notes waiting in the write
 * queue come first, marked "Pending"; notes whose delete waits there are not shown.
 */
export const LeadNotes = ({ slug, notes, detailsKey, viewer }: LeadNotesProps) => {
  const create = useCreateNote({ slug, author: viewer.username, detailsKey });
  const remove = useDeleteNote({ slug, detailsKey });
  const queued = queuedNotes(useQueuedWrites(), slug);
  const shown = withoutDeleting(
    withoutHidden(notes, useHiddenItems('note'), (note) => note.id),
    queued.deleting,
  );
  const canDelete = (note: Note) => viewer.role !== 'rep' || note.created_by === viewer.username;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="lead-notes-title" sx={{ p: 3 }}>
      <Typography id="lead-notes-title" variant="h6" component="h2" sx={{ mb: 2 }}>
        Notes
      </Typography>
      <LazyNoteComposer slug={slug} onAdd={(note) => create.mutateAsync(note)} />
      {shown.length + queued.adding.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          No notes yet. Record calls, emails and next steps here.
        </Typography>
      ) : (
        <List aria-label="Notes" sx={{ mt: 1 }}>
          {queued.adding.map(({ key, note }) => (
            <NoteListItem
              key={key}
              note={{ id: 0, note, created_by: viewer.username, created_at: '' }}
              canDelete={false}
              onDelete={() => undefined}
              queued
            />
          ))}
          {shown.map((note) => (
            <NoteListItem key={note.id} note={note} canDelete={canDelete(note)} onDelete={remove} />
          ))}
        </List>
      )}
    </Paper>
  );
};
