/**
 * Deterministic demo data: the demo users, then leads over every status and source, notes, and
 * appointments from six weeks ago to six weeks ahead in working hours, never clashing per owner.
 * Same seed number and same "today" give the same rows. One transaction, prepared statements.
 */
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { timestampNow, todayIso, type Clock } from '../domain/clock';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { generateAppointments } from './generate-appointments';
import { generateLeads, type SeedOwner } from './generate-leads';
import { createRandom } from './prng';

export const DEFAULT_DEMO_LEADS = 300;
/** Large seeds get one more rep per this many leads, so calendars stay realistic. */
const LEADS_PER_EXTRA_REP = 2_000;

export type SeedOptions = { seed: number; leads?: number; clock: Clock };
export type SeedSummary = { users: number; leads: number; notes: number; appointments: number };

export const seedDemoData = (db: Db, options: SeedOptions): SeedSummary => {
  const repos = createRepositories(db);
  const random = createRandom(options.seed);
  const leadCount = options.leads ?? DEFAULT_DEMO_LEADS;
  const createdAt = timestampNow(options.clock);
  const today = todayIso(options.clock);

  return db
    .transaction((): SeedSummary => {
      const owners: SeedOwner[] = [];
      const users = [...DEMO_USERS];
      const extraReps = Math.max(0, Math.ceil(leadCount / LEADS_PER_EXTRA_REP) - 2);
      for (let index = 1; index <= extraReps; index += 1) {
        const number = String(index).padStart(3, '0');
        users.push({
          username: `rep${number}`,
          first_name: 'Rep',
          last_name: number,
          role: 'rep',
          is_active: true,
        });
      }
      // The generated reps share one hash (hashing is slow on purpose); demo users get their own.
      const sharedHash = extraReps > 0 ? hashPassword(DEMO_PASSWORD) : '';
      for (const [index, user] of users.entries()) {
        const existing = repos.users.findByUsername(user.username);
        const id =
          existing?.id ??
          repos.users.create({
            ...user,
            password_hash: index < DEMO_USERS.length ? hashPassword(DEMO_PASSWORD) : sharedHash,
            created_at: createdAt,
          });
        if (user.is_active) owners.push({ id, role: user.role });
      }
      const leads = generateLeads(repos, random, { count: leadCount, owners, today });
      const appointments = generateAppointments(db, random, {
        owners,
        leads: leads.live,
        today,
        now: options.clock,
      });
      return {
        users: users.length,
        leads: leads.created,
        notes: leads.notes,
        appointments,
      };
    })
    .immediate();
};
