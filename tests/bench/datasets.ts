/**
 * Benchmark databases built by the project's own seed code (server/seed), cached under
 * data/bench/ keyed by lead count, seed number and a fingerprint of the seed and schema code.
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
const FINGERPRINTED = ['server/seed', 'server/db/migrations', 'server/db/migrations.ts'];

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

/** Changes whenever the seed or the schema code changes, so the cache never goes stale. */
export const codeFingerprint = (): string => {
  const hash = createHash('sha256');
  for (const file of FINGERPRINTED.flatMap((path) => filesUnder(resolve(path)))) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 10);
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
  const base = join(CACHE_DIR, `leads-${leads}-seed-${seed}-${codeFingerprint()}`);
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
