/**
 * Adding and deleting a note as queued writes (src/lib/offline/write-queue): how each is sent,
 * how the server is asked whether a write whose answer was lost already arrived, and how the
 * rep sees it in the pending list. The app registers them at start.
 */
import { z } from 'zod';
import { ENDPOINTS, leadDetailsSchema, noteSchema, wallClockNow } from '../../../contract';
import { config } from '../../../lib/config';
import { apiGet, apiPost } from '../../../lib/http-client';
import type { WriteInput } from '../../../lib/offline/write-queue/queued-write';
import type { WriteHandler } from '../../../lib/offline/write-queue/write-handlers';
import { sessionStore } from '../../../lib/session';

export const NOTE_CREATE = 'note.create';
export const NOTE_DELETE = 'note.delete';

/**
 * A lost answer's note counts as arrived when the lead has a note with the same text by the same
 * user created at or after this long before it was queued (the server's clock and the browser's
 * may differ by a little).
 */
export const CLOCK_SLACK_MS = 5 * 60 * 1000;

export const sendNoteCreate = (input: WriteInput) =>
  apiPost(ENDPOINTS.noteCreate, { slug: input.slug, note: input.note }, noteSchema);

export const sendNoteDelete = (input: WriteInput, keepalive = false) =>
  apiPost(ENDPOINTS.noteDelete, { note_id: input.note_id }, z.unknown(), { keepalive });

const notesOf = async (slug: WriteInput[string] | undefined) =>
  (await apiGet(ENDPOINTS.leadDetails, { slug }, leadDetailsSchema)).notes;

export const noteCreateWrite: WriteHandler = {
  send: sendNoteCreate,
  alreadyDone: async ({ input, queuedAt }) => {
    const since = wallClockNow(config.accountTimeZone, new Date(queuedAt - CLOCK_SLACK_MS));
    const author = sessionStore.get().session?.user.username;
    return (await notesOf(input.slug)).some(
      (note) => note.note === input.note && note.created_by === author && note.created_at >= since,
    );
  },
  describe: (input) => `Add a note: “${input.note}”`,
  editable: [{ name: 'note', label: 'Note', multiline: true }],
};

export const noteDeleteWrite: WriteHandler = {
  send: sendNoteDelete,
  alreadyDone: async ({ input }) =>
    !(await notesOf(input.slug)).some((note) => note.id === Number(input.note_id)),
  describe: (input) => `Delete the note “${input.note}”`,
  editable: [],
};
