import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import type { Note } from '../../../contract';

type DeleteNoteDialogProps = { note: Note | null; onCancel: () => void; onConfirm: () => void };

/** Notes cannot be restored, so deleting one asks first and quotes its start. */
export const DeleteNoteDialog = ({ note, onCancel, onConfirm }: DeleteNoteDialogProps) => {
  const preview = note && note.note.length > 80 ? `${note.note.slice(0, 80)}…` : note?.note;
  return (
    <Dialog open={note !== null} onClose={onCancel} aria-labelledby="delete-note-title">
      <DialogTitle id="delete-note-title">Delete this note?</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ whiteSpace: 'pre-wrap' }}>“{preview}”</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button color="error" variant="contained" onClick={onConfirm}>
          Delete note
        </Button>
      </DialogActions>
    </Dialog>
  );
};
