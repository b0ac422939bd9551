/**
 * One write under "Couldn't sync", with what the rep can do: choose per field when the server
 * changed the same fields (a conflict), or correct the input and retry; or discard it. A retried
 * write goes to the end of the queue and is replayed at once; a discarded one is dropped and the
 * pages refetch (a refused delete's item comes back).
 */
import { useQueryClient } from '@tanstack/react-query';
import { writeQueue } from '../../lib/offline/write-queue/app-write-queue';
import { replayQueuedWrites } from '../../lib/offline/write-queue/replay-queued-writes';
import type { QueuedWrite, WriteInput } from '../../lib/offline/write-queue/queued-write';
import { writeHandler } from '../../lib/offline/write-queue/write-handlers';
import { ConflictWriteEntry } from './conflict-write-entry';
import { RefusedWriteEntry } from './refused-write-entry';

export const RefusedWrite = ({ write }: { write: QueuedWrite }) => {
  const queryClient = useQueryClient();
  const handler = writeHandler(write.kind);
  if (!handler) return null;
  const retry = (input: WriteInput) =>
    void writeQueue.requeue(write.id, input).then(replayQueuedWrites);
  const discard = () =>
    void writeQueue.change(write.id, () => null).then(() => queryClient.invalidateQueries());
  const { conflict } = write;
  const { resolve } = handler;
  if (conflict && resolve) {
    return (
      <ConflictWriteEntry
        what={handler.describe(write.input)}
        write={write}
        conflict={conflict}
        onSend={(keepMine) => retry(resolve(write.input, conflict, keepMine))}
        onDiscard={discard}
      />
    );
  }
  return <RefusedWriteEntry write={write} handler={handler} onRetry={retry} onDiscard={discard} />;
};
