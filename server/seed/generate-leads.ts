/** Generated leads (sorted by creation time) with their notes. */
import type { LeadSource, LeadStatus } from '../../src/contract';
import type { Repositories } from '../db/repositories';
import { addDays } from '../domain/clock';
import { uniqueSlug } from '../domain/slug';
import type { Random } from './prng';
import {
  AREA_CODES,
  CAMPAIGNS,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  LEAD_MESSAGES,
  LOCATIONS,
  NOTE_TEXTS,
} from './vocabulary';

export type SeedOwner = { id: number; role: 'rep' | 'manager' };
export type LiveLead = { id: number; owner_id: number; assignee_id: number | null };

const STATUS_WEIGHTS: readonly (readonly [LeadStatus | 'deleted', number])[] = [
  ['prospect', 25],
  ['contact', 20],
  ['tentative', 14],
  ['potential', 14],
  ['customer', 12],
  ['closed', 11],
  ['deleted', 4],
];

const SOURCE_WEIGHTS: readonly (readonly [LeadSource, number])[] = [
  ['website', 24],
  ['referral', 16],
  ['social_media', 14],
  ['email_campaign', 12],
  ['cold_call', 10],
  ['event', 9],
  ['advertisement', 8],
  ['other', 7],
];

const pad = (value: number): string => String(value).padStart(2, '0');

const ascii = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const randomTime = (random: Random, fromHour: number, toHour: number): string =>
  `${pad(random.int(fromHour, toHour - 1))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}`;

export const generateLeads = (
  repos: Repositories,
  random: Random,
  options: { count: number; owners: readonly SeedOwner[]; today: string },
): { created: number; notes: number; live: LiveLead[] } => {
  const manager = options.owners.find((owner) => owner.role === 'manager');
  const reps = options.owners.filter((owner) => owner.role === 'rep');
  if (reps.length === 0) throw new Error('The seed needs at least one active rep');
  const spanDays = Math.max(180, Math.ceil(options.count / 150));
  const createdTimes = Array.from(
    { length: options.count },
    () => `${addDays(options.today, -random.int(1, spanDays))} ${randomTime(random, 8, 19)}`,
  ).sort();
  const taken = new Set<string>();
  const live: LiveLead[] = [];
  let notes = 0;

  for (const createdAt of createdTimes) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const owner = manager && random.chance(0.2) ? manager : random.pick(reps);
    const others = reps.filter((rep) => rep.id !== owner.id);
    let assignee: SeedOwner | null = null;
    if (owner.role === 'manager') assignee = random.chance(0.9) ? random.pick(reps) : null;
    else if (others.length > 0 && random.chance(0.45)) assignee = random.pick(others);
    const status = random.weighted(STATUS_WEIGHTS);
    const slug = uniqueSlug(
      firstName,
      lastName,
      (candidate) => taken.has(candidate) || repos.leads.slugExists(candidate),
      () => random.hex(6),
    );
    taken.add(slug);
    const updatedAt = random.chance(0.5)
      ? createdAt
      : `${addDays(createdAt.slice(0, 10), random.int(0, 5))} ${createdAt.slice(11)}`;
    const id = repos.leads.create({
      slug,
      first_name: firstName,
      last_name: lastName,
      email: `${ascii(firstName)}.${ascii(lastName)}${random.chance(0.3) ? random.int(1, 99) : ''}@${random.pick(EMAIL_DOMAINS)}`,
      phone: `+1${random.pick(AREA_CODES)}${String(random.int(2_000_000, 9_999_999))}`,
      status,
      source: random.weighted(SOURCE_WEIGHTS),
      location: random.chance(0.85) ? random.pick(LOCATIONS) : '',
      message: random.pick(LEAD_MESSAGES),
      campaign_slug: random.chance(0.4) ? random.pick(CAMPAIGNS) : null,
      owner_id: owner.id,
      assignee_id: assignee?.id ?? null,
      created_at: createdAt,
      updated_at: updatedAt < createdAt ? createdAt : updatedAt,
    });
    const noteCount = random.weighted([
      [0, 30],
      [1, 35],
      [2, 25],
      [3, 10],
    ] as const);
    for (let index = 0; index < noteCount; index += 1) {
      const author = assignee && random.chance(0.5) ? assignee : owner;
      const day = addDays(createdAt.slice(0, 10), random.int(0, 20));
      const noteDay = day >= options.today ? addDays(options.today, -1) : day;
      repos.notes.create({
        lead_id: id,
        note: random.pick(NOTE_TEXTS),
        created_by_id: author.id,
        created_at: `${noteDay < createdAt.slice(0, 10) ? createdAt.slice(0, 10) : noteDay} ${randomTime(random, 9, 18)}`,
      });
      notes += 1;
    }
    if (status !== 'deleted')
      live.push({ id, owner_id: owner.id, assignee_id: assignee?.id ?? null });
  }
  return { created: options.count, notes, live };
};
