import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteLead } from '../api/lead-mutations';

type DeleteLeadDialogProps = { slug: string; name: string; open: boolean; onClose: () => void };

/**
 * Deleting asks once, names the lead, and returns to the list, where the lead is gone and a
 * snackbar offers Undo for a few seconds before the delete is sent.
 */
export const DeleteLeadDialog = ({ slug, name, open, onClose }: DeleteLeadDialogProps) => {
  const navigate = useNavigate();
  const remove = useDeleteLead();
  return (
    <ConfirmDialog
      open={open}
      title={`Delete ${name}?`}
      confirmLabel="Delete lead"
      onCancel={onClose}
      onConfirm={() => {
        remove({ slug, name });
        void navigate('/leads', { replace: true });
      }}
    >
      The lead will leave every list and count, and its page will no longer open.
    </ConfirmDialog>
  );
};
