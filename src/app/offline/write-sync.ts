/**
 * What replaying the write queue needs, as one module loaded after the first paint: the queue
 * itself, and every write kind's handler (each feature's send and check code), registered once.
 */
import { registerQueuedWriteHandlers } from './queued-write-handlers';

registerQueuedWriteHandlers();

export {
  onWritesSynced,
  replayQueuedWrites,
} from '../../lib/offline/write-queue/replay-queued-writes';
