import { ConfirmDialog } from '../../../components/confirm-dialog';
import type { Note } from '../../../contract';

type DeleteNoteDialogProps = { note: Note | null; onCancel: () => void; onConfirm: () => void };

/** Notes cannot be restored, so deleting one asks first and quotes its start. */
export const DeleteNoteDialog = ({ note, onCancel, onConfirm }: DeleteNoteDialogProps) => {
  const preview = note && note.note.length > 80 ? `${note.note.slice(0, 80)}…` : note?.note;
  return (
    <ConfirmDialog
      open={note !== null}
      title="Delete this note?"
      confirmLabel="Delete note"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      “{preview}”
    </ConfirmDialog>
  );
};
