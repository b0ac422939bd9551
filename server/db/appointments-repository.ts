/**
 * Appointments. Times are `yyyy-mm-dd HH:MM` wall-clock strings, so every range test is a string
 * comparison. Appointments of deleted leads are hidden from lists and never block a slot.
 */
import type { AppointmentListQuery } from '../../src/contract';
import type { Db } from './connection';
import type { AppointmentRecord, Page } from './records';
import { containsPattern, createStatementCache } from './statement-cache';

const APPOINTMENT_SELECT = `SELECT ap.id, ap.lead_id, ap.owner_id, l.slug AS lead_slug,
    l.first_name AS lead_first_name, l.last_name AS lead_last_name, l.status AS lead_status,
    ap.appointment_date, ap.appointment_to, ap.appointment_note, ap.appointment_status,
    u.username AS owner, ap.created_at
  FROM appointments ap
  JOIN leads l ON l.id = ap.lead_id
  JOIN users u ON u.id = ap.owner_id`;

export type AppointmentWrite = {
  lead_id: number;
  appointment_date: string;
  appointment_to: string;
  appointment_note: string;
  appointment_status: string;
};

export type BookedSlot = { id: number; start: string; end: string; status: string };

/** The end of day `isoDate` as a bound for `appointment_date <= ?`. */
const endOfDay = (isoDate: string): string => `${isoDate} 99:99`;

export const createAppointmentsRepository = (db: Db) => {
  const statement = createStatementCache(db);
  const byId = db.prepare(`${APPOINTMENT_SELECT} WHERE ap.id = ?`);
  const byLead = db.prepare(
    `${APPOINTMENT_SELECT} WHERE ap.lead_id = ? ORDER BY ap.appointment_date, ap.id`,
  );
  const overlapping = db.prepare(
    `SELECT ap.id, ap.appointment_date AS start, ap.appointment_to AS "end",
       ap.appointment_status AS status
     FROM appointments ap JOIN leads l ON l.id = ap.lead_id
     WHERE ap.owner_id = ? AND ap.appointment_status != 'cancelled' AND l.status != 'deleted'
       AND ap.appointment_date < ? AND ap.appointment_to > ?`,
  );
  const insert = db.prepare(
    `INSERT INTO appointments (lead_id, owner_id, appointment_date, appointment_to,
       appointment_note, appointment_status, created_at, updated_at)
     VALUES (@lead_id, @owner_id, @appointment_date, @appointment_to, @appointment_note,
       @appointment_status, @created_at, @created_at)`,
  );
  const update = db.prepare(
    `UPDATE appointments SET lead_id = @lead_id, appointment_date = @appointment_date,
       appointment_to = @appointment_to, appointment_note = @appointment_note,
       appointment_status = @appointment_status, updated_at = @updated_at
     WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM appointments WHERE id = ?');

  /** One owner's appointments, in a start range, ordered by start (the overview's windows). */
  const listForOwner = (
    ownerId: number,
    range: { from?: string; to?: string; limit?: number },
  ): AppointmentRecord[] => {
    const where = ['ap.owner_id = ?', "l.status != 'deleted'"];
    const params: (string | number)[] = [ownerId];
    if (range.from !== undefined) {
      where.push('ap.appointment_to > ?');
      params.push(range.from);
    }
    if (range.to !== undefined) {
      where.push('ap.appointment_date < ?');
      params.push(range.to);
    }
    params.push(range.limit ?? -1);
    return statement(
      `${APPOINTMENT_SELECT} WHERE ${where.join(' AND ')}
       ORDER BY ap.appointment_date, ap.id LIMIT ?`,
    ).all(...params) as AppointmentRecord[];
  };

  const list = (
    scope: { userId: number; isManager: boolean },
    query: AppointmentListQuery,
  ): Page<AppointmentRecord> => {
    const where = ["l.status != 'deleted'"];
    const params: (string | number)[] = [];
    if (!scope.isManager) {
      where.push('ap.owner_id = ?');
      params.push(scope.userId);
    }
    if (query.datesetting !== undefined && query.ondate !== undefined) {
      if (query.datesetting === 'on') {
        where.push('ap.appointment_date >= ? AND ap.appointment_date <= ?');
        params.push(query.ondate, endOfDay(query.ondate));
      } else if (query.datesetting === 'before') {
        where.push('ap.appointment_date < ?');
        params.push(query.ondate);
      } else {
        where.push('ap.appointment_date > ?');
        params.push(endOfDay(query.ondate));
      }
    }
    if (query.date_from !== undefined) {
      where.push('ap.appointment_date >= ?');
      params.push(query.date_from);
    }
    if (query.date_to !== undefined) {
      where.push('ap.appointment_date <= ?');
      params.push(endOfDay(query.date_to));
    }
    if (query.status !== undefined) {
      where.push('ap.appointment_status = ?');
      params.push(query.status);
    }
    if (query.lead !== undefined) {
      where.push("l.first_name LIKE ? ESCAPE '\\'");
      params.push(containsPattern(query.lead));
    }
    if (query.lead_slug !== undefined) {
      where.push('l.slug = ?');
      params.push(query.lead_slug);
    }
    const whereSql = where.join(' AND ');
    const count = Number(
      statement(
        `SELECT COUNT(*) FROM appointments ap JOIN leads l ON l.id = ap.lead_id WHERE ${whereSql}`,
      )
        .pluck()
        .get(...params),
    );
    const rows = statement(
      `${APPOINTMENT_SELECT} WHERE ${whereSql}
       ORDER BY ap.appointment_date, ap.id LIMIT ? OFFSET ?`,
    ).all(...params, query.limit, query.offset) as AppointmentRecord[];
    return { count, rows };
  };

  return {
    findById: (id: number) => byId.get(id) as AppointmentRecord | undefined,
    /** Ordered by start. */
    listForLead: (leadId: number) => byLead.all(leadId) as AppointmentRecord[],
    /** The owner's booked (not cancelled) appointments that overlap [start, end). */
    overlapping: (ownerId: number, start: string, end: string) =>
      overlapping.all(ownerId, end, start) as BookedSlot[],
    create: (appointment: AppointmentWrite & { owner_id: number; created_at: string }): number =>
      Number(insert.run(appointment).lastInsertRowid),
    update: (id: number, appointment: AppointmentWrite & { updated_at: string }) =>
      update.run({ ...appointment, id }),
    delete: (id: number) => remove.run(id),
    list,
    listForOwner,
  };
};
export type AppointmentsRepository = ReturnType<typeof createAppointmentsRepository>;
