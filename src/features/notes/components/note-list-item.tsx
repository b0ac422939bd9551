import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { IconButton, ListItem, ListItemText } from '@mui/material';
import type { Note } from '../../../contract';
import { formatDateTime } from '../../../lib/format-date-time';
import { isPendingNote } from '../api/note-mutations';

type NoteListItemProps = {
  note: Note;
  canDelete: boolean;
  onDelete: (note: Note) => void;
  /** In the write queue: shown as "Pending" until it reaches the server. */
  queued?: boolean;
};

export const NoteListItem = ({ note, canDelete, onDelete, queued = false }: NoteListItemProps) => {
  const when = formatDateTime(note.created_at);
  const pending = queued || isPendingNote(note);
  const saving = pending ? 'Saving…' : `${note.created_by || 'Unknown'} · ${when}`;
  return (
    <ListItem
      disableGutters
      divider
      alignItems="flex-start"
      aria-busy={pending}
      secondaryAction={
        canDelete && !pending ? (
          // The browser's own hint: MUI's Tooltip would bring Popper.js onto the lead's page.
          <IconButton
            edge="end"
            title="Delete note"
            aria-label={`Delete note by ${note.created_by || 'unknown'}, ${when}`}
            onClick={() => onDelete(note)}
          >
            <DeleteOutlineIcon />
          </IconButton>
        ) : undefined
      }
    >
      <ListItemText
        primary={note.note}
        secondary={queued ? 'Pending' : saving}
        slotProps={{
          primary: { sx: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } },
        }}
      />
    </ListItem>
  );
};
