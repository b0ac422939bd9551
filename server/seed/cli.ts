/**
 * `npm run seed -- --leads N [--db path] [--seed n] [--reset]`: builds a database with the demo
 * users and N generated leads, their notes and appointments, in one transaction.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connection';
import { applyMigrations } from '../db/migrations';
import { createRepositories } from '../db/repositories';
import { DEFAULT_DEMO_LEADS, seedDemoData } from './seed-demo';

const { values } = parseArgs({
  options: {
    leads: { type: 'string' },
    db: { type: 'string' },
    seed: { type: 'string' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run seed -- --leads N [--db path] [--seed n] [--reset]');
  process.exit(0);
}

const config = loadConfig({ ...process.env, ...(values.db ? { DB_PATH: values.db } : {}) });
const leads = values.leads === undefined ? DEFAULT_DEMO_LEADS : Number(values.leads);
const seed = values.seed === undefined ? config.seed : Number(values.seed);
if (!Number.isInteger(leads) || leads < 0 || !Number.isInteger(seed)) {
  console.error('--leads and --seed take whole numbers');
  process.exit(2);
}

const dbPath = resolve(config.dbPath);
if (values.reset) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
}
const db = openDatabase(dbPath);
db.pragma('cache_size = -262144'); // a 256 MiB cache for the one big transaction
applyMigrations(db);
if (createRepositories(db).users.count() > 0) {
  console.error(`${dbPath} already has data; pass --reset to rebuild it.`);
  db.close();
  process.exit(1);
}
const started = performance.now();
const summary = seedDemoData(db, {
  seed,
  leads,
  clock: { now: () => new Date(), timeZone: config.timeZone },
});
db.exec('ANALYZE');
db.close();
console.log(
  `${existsSync(dbPath) ? 'Built' : 'Wrote'} ${dbPath} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${summary.users} users, ${summary.leads} leads, ${summary.notes} notes, ${summary.appointments} appointments (seed ${seed}).`,
);
