/**
 * One write the server refused: what it was, the server's own message, the rep's input in
 * fields to correct, Retry (sends it again, last in the queue) and Discard.
 */
import { Alert, Button, ListItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { QueuedWrite } from '../../lib/offline/write-queue/queued-write';
import type { WriteHandler } from '../../lib/offline/write-queue/write-handlers';

type RefusedWriteEntryProps = {
  write: QueuedWrite;
  handler: WriteHandler;
  onRetry: (input: QueuedWrite['input']) => void;
  onDiscard: () => void;
};

export const RefusedWriteEntry = ({
  write,
  handler,
  onRetry,
  onDiscard,
}: RefusedWriteEntryProps) => {
  const [input, setInput] = useState(write.input);
  const what = handler.describe(write.input);
  return (
    <ListItem divider disableGutters sx={{ display: 'block' }} aria-label={what}>
      <Stack
        component="form"
        spacing={1}
        aria-label={`Fix and retry: ${what}`}
        onSubmit={(event) => {
          event.preventDefault();
          onRetry(input);
        }}
      >
        <Typography sx={{ overflowWrap: 'anywhere' }}>{what}</Typography>
        <Alert severity="error">{write.refusal}</Alert>
        {handler.editable
          .filter((field) => field.name in write.input)
          .map((field) => (
            <TextField
              key={field.name}
              label={field.label}
              size="small"
              multiline={field.multiline}
              value={String(input[field.name] ?? '')}
              onChange={(event) => setInput({ ...input, [field.name]: event.target.value })}
            />
          ))}
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" size="small">
            Retry
          </Button>
          <Button size="small" onClick={onDiscard}>
            Discard
          </Button>
        </Stack>
      </Stack>
    </ListItem>
  );
};
