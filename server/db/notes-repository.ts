/** Lead notes. */
import type { Db } from './connection';
import type { NoteRecord } from './records';

const NOTE_SELECT = `SELECT n.*, u.username AS created_by
  FROM notes n JOIN users u ON u.id = n.created_by_id`;

export type NewNote = { lead_id: number; note: string; created_by_id: number; created_at: string };

export const createNotesRepository = (db: Db) => {
  const byId = db.prepare(`${NOTE_SELECT} WHERE n.id = ?`);
  const byLead = db.prepare(
    `${NOTE_SELECT} WHERE n.lead_id = ? ORDER BY n.created_at DESC, n.id DESC`,
  );
  const insert = db.prepare(
    `INSERT INTO notes (lead_id, note, created_by_id, created_at)
     VALUES (@lead_id, @note, @created_by_id, @created_at)`,
  );
  const remove = db.prepare('DELETE FROM notes WHERE id = ?');
  return {
    findById: (id: number) => byId.get(id) as NoteRecord | undefined,
    /** Newest first. */
    listForLead: (leadId: number) => byLead.all(leadId) as NoteRecord[],
    create: (note: NewNote): number => Number(insert.run(note).lastInsertRowid),
    delete: (id: number) => remove.run(id),
  };
};
export type NotesRepository = ReturnType<typeof createNotesRepository>;
