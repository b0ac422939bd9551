import { List, Paper, Typography } from '@mui/material';
import type { QueryKey } from '@tanstack/react-query';
import type { Note } from '../../../contract';
import { useHiddenItems, withoutHidden } from '../../../lib/hidden-items';
import { useCreateNote, useDeleteNote } from '../api/note-mutations';
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
 * once and with Undo for a few seconds (no "are you sure?" first).
 */
export const LeadNotes = ({ slug, notes, detailsKey, viewer }: LeadNotesProps) => {
  const create = useCreateNote({ slug, author: viewer.username, detailsKey });
  const remove = useDeleteNote({ detailsKey });
  const shown = withoutHidden(notes, useHiddenItems('note'), (note) => note.id);
  const canDelete = (note: Note) => viewer.role !== 'rep' || note.created_by === viewer.username;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="lead-notes-title" sx={{ p: 3 }}>
      <Typography id="lead-notes-title" variant="h6" component="h2" sx={{ mb: 2 }}>
        Notes
      </Typography>
      <LazyNoteComposer slug={slug} onAdd={(note) => create.mutateAsync(note)} />
      {shown.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          No notes yet. Record calls, emails and next steps here.
        </Typography>
      ) : (
        <List aria-label="Notes" sx={{ mt: 1 }}>
          {shown.map((note) => (
            <NoteListItem
              key={note.id}
              note={note}
              canDelete={canDelete(note)}
              onDelete={(chosen) => remove(chosen.id)}
            />
          ))}
        </List>
      )}
    </Paper>
  );
};
