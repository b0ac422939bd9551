/**
 * A write kept for later: made offline, or sent when the network failed. Its input is the form
 * the API takes (the rep's own input, kept for Retry); the feature that made it names its `kind`
 * and registers how to send it (write-handlers.ts).
 */
import type { ConflictField } from './write-conflict';

export type WriteInput = Record<string, string | number>;

export type QueuedWrite = {
  /** Unique in this browser; the order of the queue is the order of its list, not of ids. */
  id: string;
  kind: string;
  input: WriteInput;
  /** The instant it was queued (the injected clock). */
  queuedAt: number;
  /** Sent at least once without an answer: the server is asked before it is sent again. */
  attempted: boolean;
  /** The server refused it: "Couldn't sync", with the server's own message. */
  refusal?: string;
  /** Refused by the queue itself: fields changed on the server too, for the rep to choose. */
  conflict?: ConflictField[];
};

/** A form's values as a queued input: the fields left empty (undefined, null) are not kept. */
export const writeInput = (values: object): WriteInput =>
  Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null),
  ) as WriteInput;

export const isPending = (write: QueuedWrite): boolean => write.refusal === undefined;
