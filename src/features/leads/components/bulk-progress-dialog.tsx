import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import type { BulkProgress } from './use-bulk-run';

const count = (value: number): string => value.toLocaleString('en-US');

/** "12 of 40" while a bulk action runs, and a way to stop it. */
export const BulkProgressDialog = ({
  title,
  progress,
  onStop,
}: {
  title: string;
  progress: BulkProgress | null;
  onStop: () => void;
}) => {
  const titleId = useId();
  const total = progress?.total ?? null;
  const done = progress?.done ?? 0;
  const text =
    total === null
      ? 'Starting…'
      : `${progress?.stage === 'reading' ? 'Reading leads: ' : ''}${count(done)} of ${count(total)}`;
  return (
    <Dialog open aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <LinearProgress
          aria-label="Bulk action progress"
          variant={total ? 'determinate' : 'indeterminate'}
          value={total ? (100 * done) / total : 0}
        />
        <Typography variant="body2" role="status" sx={{ mt: 1 }}>
          {text}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onStop} autoFocus>
          Stop
        </Button>
      </DialogActions>
    </Dialog>
  );
};
