/** The signed-in user's queued writes (pending and refused), for the page; re-renders on change. */
import { useSyncExternalStore } from 'react';
import { writeQueue } from './app-write-queue';
import type { QueuedWrite } from './queued-write';

export const useQueuedWrites = (): readonly QueuedWrite[] =>
  useSyncExternalStore(writeQueue.subscribe, writeQueue.list);
