/**
 * Appointments for every active owner on working days from six weeks ago to six weeks ahead,
 * 09:00–17:00 in 30/60/90-minute slots. Each day is filled left to right, so an owner's
 * appointments never overlap, cancelled ones included.
 */
import type { AppointmentStatus } from '../../src/contract';
import type { Db } from '../db/connection';
import { addDays, isoWeekday, minuteNow, type Clock } from '../domain/clock';
import type { LiveLead, SeedOwner } from './generate-leads';
import type { Random } from './prng';
import { APPOINTMENT_NOTES } from './vocabulary';

export const APPOINTMENT_DAYS_BACK = 42;
export const APPOINTMENT_DAYS_AHEAD = 42;
const DAY_START = 9 * 60;
const DAY_END = 17 * 60;

const PAST_STATUSES: readonly (readonly [AppointmentStatus, number])[] = [
  ['fullfilled', 60],
  ['cancelled', 15],
  ['confirmed', 15],
  ['rescheduled', 10],
];
const FUTURE_STATUSES: readonly (readonly [AppointmentStatus, number])[] = [
  ['pending', 45],
  ['confirmed', 35],
  ['rescheduled', 10],
  ['cancelled', 10],
];

const clockText = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const generateAppointments = (
  db: Db,
  random: Random,
  options: { owners: readonly SeedOwner[]; leads: readonly LiveLead[]; today: string; now: Clock },
): number => {
  const insert = db.prepare(
    `INSERT INTO appointments (lead_id, owner_id, appointment_date, appointment_to,
       appointment_note, appointment_status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = minuteNow(options.now);
  let created = 0;
  for (const owner of options.owners) {
    const leads = options.leads.filter(
      (lead) => lead.owner_id === owner.id || lead.assignee_id === owner.id,
    );
    if (leads.length === 0) continue;
    for (let offset = -APPOINTMENT_DAYS_BACK; offset <= APPOINTMENT_DAYS_AHEAD; offset += 1) {
      const day = addDays(options.today, offset);
      if (isoWeekday(day) > 5) continue;
      const perDay = random.weighted([
        [0, 25],
        [1, 40],
        [2, 25],
        [3, 10],
      ] as const);
      let cursor = DAY_START;
      for (let index = 0; index < perDay; index += 1) {
        cursor += random.pick([0, 30, 60] as const);
        const duration = random.pick([30, 60, 90] as const);
        if (cursor + duration > DAY_END) break;
        const start = `${day} ${clockText(cursor)}`;
        const end = `${day} ${clockText(cursor + duration)}`;
        cursor += duration;
        const status = random.weighted(end <= now ? PAST_STATUSES : FUTURE_STATUSES);
        const createdDay = addDays(day < options.today ? day : options.today, -random.int(1, 14));
        const createdAt = `${createdDay} ${clockText(random.int(DAY_START, DAY_END - 1))}:00`;
        insert.run(
          random.pick(leads).id,
          owner.id,
          start,
          end,
          random.pick(APPOINTMENT_NOTES),
          status,
          createdAt,
          createdAt,
        );
        created += 1;
      }
    }
  }
  return created;
};
