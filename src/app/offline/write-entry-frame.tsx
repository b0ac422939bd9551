/**
 * The frame of one entry under "Couldn't sync": what the write was, why it was not sent, the
 * rep's controls (fields or choices), the action that sends it again, and Discard.
 */
import { Alert, Button, ListItem, Stack, Typography, type AlertColor } from '@mui/material';
import type { ReactNode } from 'react';

type WriteEntryFrameProps = {
  what: string;
  reason: string | undefined;
  severity: AlertColor;
  /** The submit button's words, and the form's name before `what` ("Retry"). */
  submitLabel: string;
  formLabel: string;
  onSubmit: () => void;
  onDiscard: () => void;
  children: ReactNode;
};

export const WriteEntryFrame = (props: WriteEntryFrameProps) => {
  const { what, reason, severity, submitLabel, formLabel, onSubmit, onDiscard, children } = props;
  return (
    <ListItem divider disableGutters sx={{ display: 'block' }} aria-label={what}>
      <Stack
        component="form"
        spacing={1}
        aria-label={`${formLabel}: ${what}`}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Typography sx={{ overflowWrap: 'anywhere' }}>{what}</Typography>
        <Alert severity={severity}>{reason}</Alert>
        {children}
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" size="small">
            {submitLabel}
          </Button>
          <Button size="small" onClick={onDiscard}>
            Discard
          </Button>
        </Stack>
      </Stack>
    </ListItem>
  );
};
