/**
 * One write the server refused: what it was, the server's own message, the rep's input in
 * fields to correct, Retry (sends it again, last in the queue) and Discard.
 */
import { TextField } from '@mui/material';
import { useState } from 'react';
import type { QueuedWrite } from '../../lib/offline/write-queue/queued-write';
import type { WriteHandler } from '../../lib/offline/write-queue/write-handlers';
import { WriteEntryFrame } from './write-entry-frame';

type RefusedWriteEntryProps = {
  write: QueuedWrite;
  handler: WriteHandler;
  onRetry: (input: QueuedWrite['input']) => void;
  onDiscard: () => void;
};

export const RefusedWriteEntry = (props: RefusedWriteEntryProps) => {
  const { write, handler, onRetry, onDiscard } = props;
  const [input, setInput] = useState(write.input);
  return (
    <WriteEntryFrame
      what={handler.describe(write.input)}
      reason={write.refusal}
      severity="error"
      submitLabel="Retry"
      formLabel="Fix and retry"
      onSubmit={() => onRetry(input)}
      onDiscard={onDiscard}
    >
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
    </WriteEntryFrame>
  );
};
