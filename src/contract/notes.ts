/** Lead notes: request bodies and the note object. */
import { z } from 'zod';
import { idField, looseText, requiredText } from './fields';
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

export const noteSchema = z.object({
  id: z.number(),
  note: z.string(),
  created_by: looseText,
  created_at: looseText,
});
export type Note = z.output<typeof noteSchema>;
