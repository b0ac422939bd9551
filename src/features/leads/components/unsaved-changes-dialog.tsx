import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useBlocker } from 'react-router';

/**
 * Leaving a form with unsaved changes asks first, as a CRM user expects: a stray click on the
 * navigation must not throw away a half-typed lead.
 */
export const UnsavedChangesDialog = ({ when }: { when: boolean }) => {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  );
  const open = blocker.state === 'blocked';
  return (
    <Dialog open={open} onClose={() => blocker.reset?.()} aria-labelledby="unsaved-title">
      <DialogTitle id="unsaved-title">Discard unsaved changes?</DialogTitle>
      <DialogContent>
        <DialogContentText>The changes you made to this lead will be lost.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()}>Keep editing</Button>
        <Button color="error" onClick={() => blocker.proceed?.()}>
          Discard
        </Button>
      </DialogActions>
    </Dialog>
  );
};
