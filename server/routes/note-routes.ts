/** Lead notes: create and delete. */
import { DELETED_STATUS, MESSAGES, noteCreateSchema, noteDeleteSchema } from '../../src/contract';
import type { NoteRecord } from '../db/records';
import { timestampNow } from '../domain/clock';
import { canChangeOwnItem, canSeeLead } from '../domain/permissions';
import { toNote } from '../domain/serializers';
import { fieldError, ruleFailed } from '../http/api-error';
import { readBody } from '../http/body';
import type { Define } from '../http/endpoint';
import { ok } from '../http/respond';
import { parseOr400 } from '../http/validate';
import type { RouteDeps } from './deps';

export const registerNoteRoutes = (define: Define, { repos, clock }: RouteDeps): void => {
  define('POST', 'noteCreate', 'user', async (c) => {
    const { slug, note } = parseOr400(noteCreateSchema, await readBody(c));
    const user = c.get('user');
    const lead = repos.leads.findBySlug(slug);
    if (!lead) throw fieldError('slug', MESSAGES.leadNotFound);
    if (lead.status === DELETED_STATUS) throw fieldError('slug', MESSAGES.leadAlreadyDeleted);
    if (!canSeeLead(user, lead)) throw ruleFailed(MESSAGES.cannotAddNote);
    const id = repos.notes.create({
      lead_id: lead.id,
      note,
      created_by_id: user.id,
      created_at: timestampNow(clock),
    });
    return ok(c, toNote(repos.notes.findById(id) as NoteRecord));
  });

  define('POST', 'noteDelete', 'user', async (c) => {
    const { note_id: noteId } = parseOr400(noteDeleteSchema, await readBody(c));
    const note = repos.notes.findById(noteId);
    if (!note) throw fieldError('note_id', MESSAGES.noteNotFound);
    if (!canChangeOwnItem(c.get('user'), note.created_by_id)) {
      throw ruleFailed(MESSAGES.cannotDeleteNote);
    }
    repos.notes.delete(note.id);
    return ok(c, {});
  });
};
