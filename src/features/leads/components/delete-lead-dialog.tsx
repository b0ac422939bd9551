import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useNavigate } from 'react-router';
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
    <Dialog open={open} onClose={close} aria-labelledby="delete-lead-title">
      <DialogTitle id="delete-lead-title">Delete {name}?</DialogTitle>
      <DialogContent>
        {remove.isError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {remove.error.message}
          </Alert>
        )}
        <DialogContentText>
          The lead will leave every list and count, and its page will no longer open.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          color="error"
          variant="contained"
          loading={remove.isPending}
          onClick={() =>
            // The promise (unlike mutate's callbacks) settles even if this dialog unmounts.
            remove.mutateAsync(slug).then(
              () => navigate('/leads', { replace: true, state: { notice: `${name} was deleted` } }),
              () => undefined, // shown by remove.isError above
            )
          }
        >
          Delete lead
        </Button>
      </DialogActions>
    </Dialog>
  );
};
