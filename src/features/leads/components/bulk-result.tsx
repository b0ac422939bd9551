import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Snackbar,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import type { BulkOutcome } from '../model/bulk-run';
import { leadName } from '../model/lead-name';

/** "38 updated, 2 failed" (and how many a stop left untried). */
export const bulkSummary = (outcome: BulkOutcome<unknown>, verb: string): string =>
  [
    `${outcome.succeeded.length} ${verb}`,
    outcome.failed.length > 0 && `${outcome.failed.length} failed`,
    outcome.notTried > 0 && `${outcome.notTried} not tried (stopped)`,
  ]
    .filter(Boolean)
    .join(', ');

type Props = {
  outcome: BulkOutcome<unknown>;
  verb: string;
  /** Writes the previous values back; absent where the action cannot be undone. */
  onUndo?: () => void;
  onClose: () => void;
};

/**
 * After a bulk action: all went well, a snackbar (with Undo where there is one); anything
 * failed or was stopped, a dialog naming each lead that failed with the server's own message.
 */
export const BulkResult = ({ outcome, verb, onUndo, onClose }: Props) => {
  const titleId = useId();
  const summary = bulkSummary(outcome, verb);
  const undo = onUndo && outcome.succeeded.length > 0 && (
    <Button color="inherit" onClick={onUndo}>
      Undo
    </Button>
  );
  if (outcome.failed.length === 0 && outcome.notTried === 0) {
    return (
      <Snackbar
        open
        autoHideDuration={10_000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') onClose();
        }}
        message={summary}
        action={undo}
      />
    );
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{summary}</DialogTitle>
      <DialogContent>
        {outcome.failed.length > 0 && (
          <>
            <Typography variant="subtitle2">These were not changed:</Typography>
            <ul aria-label="Failed leads">
              {outcome.failed.map(({ lead, message }) => (
                <li key={lead.slug}>
                  <strong>{leadName(lead)}</strong>: {message}
                </li>
              ))}
            </ul>
          </>
        )}
      </DialogContent>
      <DialogActions>
        {undo}
        <Button onClick={onClose} autoFocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
};
