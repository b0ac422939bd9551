/**
 * The app's one write queue, kept in IndexedDB (in memory where there is none: jsdom). Its
 * replay is `replay-queued-writes.ts`, which the page loads after its first paint.
 */
import { instantNow } from '../../clock';
import { createIndexedDbStore } from '../indexed-db-store';
import { createMemoryStore } from '../key-value-store';
import { signedInOwner } from '../signed-in-owner';
import type { QueuedWrite } from './queued-write';
import { createWriteQueue } from './write-queue';

export const WRITE_QUEUE_DATABASE = 'crm-write-queue';
export const WRITE_QUEUE_STORE = 'writes';

export const writeQueue = createWriteQueue(
  typeof indexedDB === 'undefined'
    ? createMemoryStore<QueuedWrite[]>()
    : createIndexedDbStore<QueuedWrite[]>(WRITE_QUEUE_DATABASE, WRITE_QUEUE_STORE),
  signedInOwner,
  instantNow,
);
