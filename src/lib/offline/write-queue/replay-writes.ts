/**
 * Replays the queue in order, one write at a time, after a session refresh. A write sent before
 * without an answer is first checked against the server (its handler's `alreadyDone`), and is
 * marked as sent before each send, so a tab closed mid-request is checked too. The server's
 * refusal (a 4xx answer with a message) moves it to "Couldn't sync" with that message; anything
 * else (no network, a 5xx, the session gone) stops the replay with the write still pending. A
 * handler that finds the server changed what the rep changed throws a WriteConflict: the write
 * leaves the pending list with the fields to choose from.
 */
import { isApiError } from '../../api-error';
import { isPending } from './queued-write';
import { WriteConflict } from './write-conflict';
import { writeHandler } from './write-handlers';
import type { WriteQueue } from './write-queue';

export type ReplayDeps = {
  /** A fresh access token first; false when there is no usable session (nothing is sent). */
  refreshSession: () => Promise<boolean>;
  online: () => boolean;
};

const isRefusal = (error: unknown) =>
  isApiError(error) && (error.kind === 'validation' || error.kind === 'rule');

/** Returns how many writes left the pending list (sent, found done, or refused). */
export const replayWrites = async (queue: WriteQueue, deps: ReplayDeps): Promise<number> => {
  if (!deps.online() || !(await queue.reload()).some(isPending)) return 0;
  if (!(await deps.refreshSession())) return 0;
  let settled = 0;
  const skipped = new Set<string>();
  for (;;) {
    const write = queue.list().find((each) => isPending(each) && !skipped.has(each.id));
    if (!write || !deps.online()) return settled;
    const handler = writeHandler(write.kind);
    if (!handler) {
      skipped.add(write.id);
      continue;
    }
    try {
      if (!(write.attempted && (await handler.alreadyDone(write)))) {
        await queue.change(write.id, (kept) => ({ ...kept, attempted: true }));
        await handler.send(write.input);
      }
      await queue.change(write.id, () => null);
    } catch (error) {
      if (error instanceof WriteConflict) {
        const { message, fields } = error;
        await queue.change(write.id, (kept) => ({ ...kept, refusal: message, conflict: fields }));
        settled++;
        continue;
      }
      if (!isRefusal(error)) return settled;
      const refusal = error instanceof Error ? error.message : String(error);
      await queue.change(write.id, (kept) => ({ ...kept, refusal }));
    }
    settled++;
  }
};
