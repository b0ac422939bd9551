/** The Undo snackbar itself, loaded on the first undoable action (it is not on the first paint). */
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Button, IconButton, Snackbar, type SnackbarCloseReason } from '@mui/material';

export const UNDO_SECONDS = 6;

type UndoSnackbarProps = {
  open: boolean;
  message: string;
  onUndo: () => void;
  /** The snackbar timed out or was dismissed: the action becomes final. */
  onDone: () => void;
  /** Why an action could not be made final (a refused delete), or null. */
  failure: string | null;
  onFailureClose: () => void;
};

export const UndoSnackbar = (props: UndoSnackbarProps) => {
  const { open, message, onUndo, onDone, failure, onFailureClose } = props;
  /** A click elsewhere does not close it: the user may go on working while it shows. */
  const onClose = (_event: unknown, reason?: SnackbarCloseReason) => {
    if (reason !== 'clickaway') onDone();
  };
  return (
    <>
      <Snackbar
        open={open}
        autoHideDuration={UNDO_SECONDS * 1000}
        onClose={onClose}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        message={message}
        action={
          <>
            <Button color="inherit" size="small" onClick={onUndo}>
              Undo
            </Button>
            <IconButton color="inherit" size="small" aria-label="Dismiss" onClick={onDone}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </>
        }
      />
      <Snackbar
        open={failure !== null}
        onClose={(_event, reason) => reason !== 'clickaway' && onFailureClose()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="error" variant="filled" onClose={onFailureClose}>
          {failure}
        </Alert>
      </Snackbar>
    </>
  );
};
