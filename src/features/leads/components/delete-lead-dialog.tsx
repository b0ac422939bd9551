import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteLead } from '../api/lead-mutations';

type DeleteLeadDialogProps = { slug: string; name: string; open: boolean; onClose: () => void };

/** Deleting asks once, names the lead, and returns to the list with a confirmation. */
export const DeleteLeadDialog = ({ slug, name, open, onClose }: DeleteLeadDialogProps) => {
  const navigate = useNavigate();
  const remove = useDeleteLead();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      title={`Delete ${name}?`}
      confirmLabel="Delete lead"
      busy={remove.isPending}
      error={remove.isError ? remove.error.message : null}
      onCancel={close}
      onConfirm={() =>
        // The promise (unlike mutate's callbacks) settles even if this dialog unmounts.
        remove.mutateAsync(slug).then(
          () => navigate('/leads', { replace: true, state: { notice: `${name} was deleted` } }),
          () => undefined, // shown as the dialog's error
        )
      }
    >
      The lead will leave every list and count, and its page will no longer open.
    </ConfirmDialog>
  );
};
