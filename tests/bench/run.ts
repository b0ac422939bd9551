/**
 * `npm run bench [-- --out file.json] [--large] [--runs N] [--max-seconds-per-query S]
 *   [--browser-runs N] [--only server,bundle,browser] [--seed n]`
 * Measures the reference server (in-process and over loopback HTTP, on seeded databases of
 * 10k and 100k leads, 1M with --large), the bundle per route and the app in Chromium; prints
 * the tables and writes the same figures as JSON (default bench-results.json).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBrowser } from './browser-bench';
import { benchBundle } from './bundle-bench';
import { CACHE_DIR, copyDataset, ensureDataset, type Dataset } from './datasets';
import { renderReport, type BenchResults } from './report';
import { MIN_CALLS, benchHttp, benchInProcess, type Budget, type ServerRun } from './server-bench';
import { startServerProcess } from './server-process';

const PARTS = ['server', 'bundle', 'browser'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench-results.json' },
    large: { type: 'boolean', default: false },
    runs: { type: 'string', default: '200' },
    'max-seconds-per-query': { type: 'string', default: '1.5' },
    'browser-runs': { type: 'string', default: '5' },
    only: { type: 'string' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run bench [-- --out file.json] [--large] [--runs N] [--max-seconds-per-query S (0: no cap)] [--browser-runs N] [--only server,bundle,browser] [--seed n]',
  );
  process.exit(0);
}

const wholeNumber = (text: string, name: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number ≥ 1, got "${text}"`);
    process.exit(2);
  }
  return value;
};
const runs = wholeNumber(values.runs, 'runs');
const capSeconds = Number(values['max-seconds-per-query']);
if (!(capSeconds >= 0)) {
  console.error('--max-seconds-per-query takes a number of seconds ≥ 0 (0: no cap)');
  process.exit(2);
}
const budget: Budget = { runs, capSeconds };
const browserRuns = wholeNumber(values['browser-runs'], 'browser-runs');
const seed = wholeNumber(values.seed, 'seed');
const only = new Set<Part>(
  values.only ? (values.only.split(',').map((part) => part.trim()) as Part[]) : PARTS,
);
const sizes = values.large ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
const BROWSER_LEADS = 100_000;

const started = performance.now();
const log = (line: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const notes: string[] = [];
if (runs < 200) notes.push(`--runs ${runs}: fewer than the issue's 200 calls per query`);
if (capSeconds > 0) {
  notes.push(
    `time cap: a read query stops after ${capSeconds} s of calls once it has ${MIN_CALLS} samples, so a query far off its target shows n < ${runs} (--max-seconds-per-query 0 lifts the cap)`,
  );
}
const loadStart = loadavg()[0] ?? 0;

const datasets: Dataset[] = [];
if (only.has('server') || only.has('browser')) {
  for (const leads of only.has('server') ? sizes : [BROWSER_LEADS]) {
    datasets.push(ensureDataset(leads, seed, log));
  }
}

const server: ServerRun[] = [];
const plans: BenchResults['plans'] = [];
if (only.has('server')) {
  for (const dataset of datasets) {
    log(`server, in-process, ${dataset.leads} leads`);
    const inProcess = await benchInProcess(dataset, budget, dataset.leads >= 100_000, log);
    server.push(inProcess);
    if (inProcess.plans.length > 0) plans.push({ leads: dataset.leads, plans: inProcess.plans });
    log(`server, http, ${dataset.leads} leads`);
    server.push(await benchHttp(dataset, budget, log));
  }
}

let bundle: BenchResults['bundle'] = null;
const siteDir = join(CACHE_DIR, 'site');
if (only.has('bundle') || only.has('browser')) {
  bundle = benchBundle(join(siteDir, 'dist'), log);
  if (!only.has('bundle')) notes.push('bundle built for the browser run only');
}

let browser: BenchResults['browser'] = null;
let browserNotMeasured: string | null = only.has('browser') ? null : 'skipped (--only)';
if (only.has('browser')) {
  const dataset = datasets.find((candidate) => candidate.leads === BROWSER_LEADS);
  if (!bundle?.built) browserNotMeasured = `the app did not build: ${bundle?.error ?? ''}`;
  else if (!dataset) browserNotMeasured = 'no 100k database';
  else {
    const dir = mkdtempSync(join(tmpdir(), 'crm-bench-browser-'));
    try {
      const app = await startServerProcess({
        dbPath: copyDataset(dataset, dir, 'browser'),
        serveSpa: true,
        cwd: dirname(join(siteDir, 'dist')),
      });
      try {
        log(`browser: app at ${app.origin} (server pid ${app.pid}), ${browserRuns} runs`);
        browser = await benchBrowser(app.origin, browserRuns, log);
      } finally {
        await app.stop();
      }
    } catch (error) {
      browserNotMeasured = error instanceof Error ? error.message : String(error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const cpu = cpus();
const results: BenchResults = {
  meta: {
    startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
    seconds: (performance.now() - started) / 1000,
    runs,
    capSeconds,
    large: values.large,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.versions.node,
      platform: `${process.platform} ${process.arch}`,
    },
    loadAverage: { start: loadStart, end: loadavg()[0] ?? 0 },
    notes,
  },
  datasets: datasets.map((dataset) => ({
    leads: dataset.leads,
    seed: dataset.seed,
    path: dataset.path,
    builtAt: dataset.builtAt,
    buildSeconds: dataset.buildSeconds,
    users: dataset.summary.users,
    notes: dataset.summary.notes,
    appointments: dataset.summary.appointments,
  })),
  server,
  plans,
  bundle,
  browser,
  browserNotMeasured,
  memory: {
    serverPeakRss: server
      .filter((run) => run.transport === 'http')
      .map((run) => ({ leads: run.leads, rss: run.serverMemory })),
    benchProcessMaxRssBytes: process.resourceUsage().maxRSS * 1024,
  },
};

const out = resolve(values.out);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(renderReport(results));
console.log(`\nJSON: ${out}`);
