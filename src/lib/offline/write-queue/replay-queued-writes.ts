/**
 * Replays the app's write queue: one at a time in this tab (a replay asked for meanwhile runs
 * once it ends), and in one tab at a time (a Web Lock; another tab's replay makes this one's
 * unnecessary).
 */
import { refreshSession } from '../../http-client';
import { writeQueue } from './app-write-queue';
import { replayWrites } from './replay-writes';

const synced = new Set<() => void>();

/** Calls `listener` after a replay that sent, found or lost a write (to refetch what changed). */
export const onWritesSynced = (listener: () => void): (() => void) => {
  synced.add(listener);
  return () => synced.delete(listener);
};

const replayOnce = async () => {
  const settled = await replayWrites(writeQueue, {
    refreshSession,
    online: () => navigator.onLine,
  });
  if (settled > 0) synced.forEach((listener) => listener());
};

let running: Promise<void> | null = null;
let again = false;

export const replayQueuedWrites = (): Promise<void> => {
  if (running) {
    again = true;
    return running;
  }
  const locks = globalThis.navigator?.locks;
  const run = async () => {
    do {
      again = false;
      await (locks
        ? locks.request('crm.write-queue.replay', { ifAvailable: true }, (lock) =>
            lock ? replayOnce() : undefined,
          )
        : replayOnce());
    } while (again);
  };
  running = run()
    .catch(() => undefined)
    .finally(() => {
      running = null;
    });
  return running;
};
