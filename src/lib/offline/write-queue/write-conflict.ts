/**
 * A queued write that must not be sent as it is: what the rep changed was also changed on the
 * server since they read it. Thrown by a handler's `send`; the replay keeps the fields on the
 * write for the rep to choose, field by field, before it is sent.
 */
export type ConflictField = { name: string; label: string; mine: string; theirs: string };

export const CONFLICT_MESSAGE = 'Changed on the server since you read it: choose what to keep.';

export class WriteConflict extends Error {
  readonly fields: ConflictField[];

  constructor(fields: ConflictField[]) {
    super(CONFLICT_MESSAGE);
    this.name = 'WriteConflict';
    this.fields = fields;
  }
}
