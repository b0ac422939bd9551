/**
 * Benchmark databases built by the project's own seed code (server/seed), cached under
 * data/bench/ keyed by lead count, seed number and a fingerprint of the seed code and of the
 * schema the migrations produce (so moving or adding a migration rebuilds; stale files go).
 * A cache older than a week is rebuilt: the seed places appointments around the day it ran.
 * Every benchmark works on a copy, so the cached file stays pristine.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { processTimeZone } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { applyMigrations } from '../../server/db/migrations';
import { seedDemoData, type SeedSummary } from '../../server/seed/seed-demo';

export const CACHE_DIR = resolve('data/bench');
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const SEED_CODE = 'server/seed';

export type Dataset = {
  leads: number;
  seed: number;
  /** The cached, pristine database. Never open it for writing: use `copyDataset`. */
  path: string;
  summary: SeedSummary;
  builtAt: string;
  /** Seconds spent building it in this run, or null when the cache was used. */
  buildSeconds: number | null;
};

type Meta = { summary: SeedSummary; builtAt: string };

const filesUnder = (path: string): string[] => {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
};

/** The schema the migrations build, as SQLite prints it. */
const schemaText = (): string => {
  const db = openDatabase(':memory:');
  try {
    applyMigrations(db);
    const rows = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { type: string; name: string; sql: string | null }[];
    return rows.map((row) => `${row.type} ${row.name} ${row.sql ?? ''}`).join('\n');
  } finally {
    db.close();
  }
};

/** Changes whenever the seed code or the schema changes, so the cache never goes stale. */
export const codeFingerprint = (): string => {
  const hash = createHash('sha256').update(schemaText());
  for (const file of filesUnder(resolve(SEED_CODE))) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 10);
};

/** Removes cached builds of the same size and seed made from other code. */
const removeStale = (leads: number, seed: number, keep: string): void => {
  const prefix = `leads-${leads}-seed-${seed}-`;
  for (const name of readdirSync(CACHE_DIR)) {
    if (name.startsWith(prefix) && !name.startsWith(keep) && /\.(sqlite|json)$/.test(name)) {
      rmSync(join(CACHE_DIR, name), { force: true });
    }
  }
};

const readMeta = (path: string): Meta | null => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Meta;
  } catch {
    return null;
  }
};

const removeDatabase = (path: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};

export const ensureDataset = (
  leads: number,
  seed: number,
  log: (line: string) => void,
): Dataset => {
  mkdirSync(CACHE_DIR, { recursive: true });
  const name = `leads-${leads}-seed-${seed}-${codeFingerprint()}`;
  const base = join(CACHE_DIR, name);
  const path = `${base}.sqlite`;
  const metaPath = `${base}.json`;
  const meta = readMeta(metaPath);
  if (meta && existsSync(path) && Date.now() - Date.parse(meta.builtAt) < MAX_AGE_MS) {
    log(`dataset ${leads} leads: cached ${path} (built ${meta.builtAt})`);
    return { leads, seed, path, ...meta, buildSeconds: null };
  }
  log(`dataset ${leads} leads: building with server/seed (seed ${seed}) ...`);
  const started = performance.now();
  const building = `${base}.building.sqlite`;
  removeDatabase(building);
  const db = openDatabase(building);
  applyMigrations(db);
  const summary = seedDemoData(db, {
    seed,
    leads,
    clock: { now: () => new Date(), timeZone: processTimeZone() },
  });
  db.pragma('optimize');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  removeDatabase(path);
  renameSync(building, path);
  removeDatabase(building);
  const builtAt = new Date().toISOString();
  writeFileSync(metaPath, JSON.stringify({ summary, builtAt } satisfies Meta, null, 2));
  removeStale(leads, seed, `${name}.`);
  const buildSeconds = (performance.now() - started) / 1000;
  log(`dataset ${leads} leads: built in ${buildSeconds.toFixed(1)} s`);
  return { leads, seed, path, summary, builtAt, buildSeconds };
};

/** A private, writable copy of the dataset in `dir`. */
export const copyDataset = (dataset: Dataset, dir: string, name: string): string => {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${name}.sqlite`);
  removeDatabase(target);
  copyFileSync(dataset.path, target);
  return target;
};
