/** Lead notes: the request bodies. */
import { z } from './zod-without-eval';
import { idField, requiredText } from './fields';
import { MESSAGES } from './messages';

export const NOTE_MAX = 499;

/** POST leads/create/leadnote/ */
export const noteCreateSchema = z.object({
  slug: requiredText(),
  note: requiredText({ max: NOTE_MAX }),
});
export type NoteCreateInput = z.input<typeof noteCreateSchema>;

/** POST leads/delete/leadnote/ */
export const noteDeleteSchema = z.object({
  note_id: idField({ invalid: MESSAGES.invalidNoteId, blank: MESSAGES.blank }),
});
