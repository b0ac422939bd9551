/**
 * How each kind of queued write is sent, checked and shown. Features define theirs next to their
 * API calls; the app registers them at start (src/lib never imports a feature).
 */
import type { QueuedWrite, WriteInput } from './queued-write';
import type { ConflictField } from './write-conflict';

export type EditableField = { name: string; label: string; multiline?: boolean };

export type WriteHandler = {
  /** Sends the write as the feature would online; throws the client's ApiError on a refusal. */
  send: (input: WriteInput) => Promise<unknown>;
  /**
   * For a write sent before whose answer was lost: whether the server already has it. Asked
   * before it is sent again, so nothing is sent twice.
   */
  alreadyDone: (write: QueuedWrite) => Promise<boolean>;
  /** One line for the rep: what this write does ("Add a note: “Call back”"). */
  describe: (input: WriteInput) => string;
  /** The inputs the rep may change before Retry, in the form's order. */
  editable: EditableField[];
  /**
   * For a write that can conflict: its input once the rep chose, per conflicting field, their
   * value (`mine`) or the server's (`theirs`).
   */
  resolve?: (
    input: WriteInput,
    conflict: ConflictField[],
    keepMine: ReadonlySet<string>,
  ) => WriteInput;
};

const handlers = new Map<string, WriteHandler>();

export const registerWriteHandler = (kind: string, handler: WriteHandler): void => {
  handlers.set(kind, handler);
};

export const writeHandler = (kind: string): WriteHandler | undefined => handlers.get(kind);
