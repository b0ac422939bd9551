/**
 * The server benchmark for one database: in-process (`app.request` on `createApp`) and over
 * loopback HTTP (the server as a child process on 127.0.0.1:0). Every call is sequential and
 * timed from the request to the last byte of the body; each read is warmed up first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { DEVELOPMENT_API_KEY } from '../../server/config';
import { httpClient, inProcessClient, type ApiClient, type TransportName } from './api-client';
import { copyDataset, type Dataset } from './datasets';
import type { PeakRss } from './memory';
import { explainHotQueries, type QueryPlan } from './query-plans';
import { buildScenarios, type QueryGroup, type QuerySpec, type Role } from './server-scenarios';
import { startServerProcess } from './server-process';
import { summarize, type Summary } from './stats';

export type QueryResult = {
  id: string;
  group: QueryGroup;
  label: string;
  role: Role;
  hot: boolean;
  /** Null when no call succeeded. */
  summary: Summary | null;
  warmup: number;
  errors: number;
  firstError: string | null;
  /**
   * CPU time the server spent per timed call (ms), from its CPU clock: wall times include waiting
   * for the CPU when the machine is busy; this does not. In-process it includes the client's side.
   */
  cpuMsPerCall: number | null;
};

export type ServerRun = {
  leads: number;
  transport: TransportName;
  results: QueryResult[];
  seconds: number;
  /** HTTP runs: the child server's peak RSS (VmHWM from /proc) at the end of the run. */
  serverMemory: PeakRss | null;
  plans: QueryPlan[];
};

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Keeps the whole benchmark inside its time box when a query is far off its target: a read
 * stops after `capSeconds` of timed calls once it has at least MIN_CALLS samples (n in the
 * table then shows fewer than `runs`). Writes always run `runs` times (their chains need it).
 */
export type Budget = { runs: number; capSeconds: number };
export const MIN_CALLS = 10;
const WARMUP_SECONDS = 0.5;

/** Milliseconds of CPU (user + system) a process has used so far. */
type CpuClock = () => number | null;
const ownCpu: CpuClock = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const measure = async (spec: QuerySpec, budget: Budget, cpu: CpuClock): Promise<QueryResult> => {
  const { runs, capSeconds } = budget;
  const capped = spec.kind === 'read' && capSeconds > 0;
  let warmup = 0;
  const warmupLimit = spec.kind === 'read' ? Math.min(20, Math.ceil(runs / 10)) : 0;
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let index = 0;
  const warmupStarted = performance.now();
  while (warmup < warmupLimit && performance.now() - warmupStarted < WARMUP_SECONDS * 1000) {
    try {
      await spec.call(index);
    } catch {
      // Counted below, where the call is timed.
    }
    warmup += 1;
    index += 1;
  }
  const started = performance.now();
  const cpuStarted = cpu();
  while (samples.length + errors < runs) {
    if (capped && samples.length >= MIN_CALLS && performance.now() - started > capSeconds * 1000) {
      break;
    }
    const callStarted = performance.now();
    try {
      await spec.call(index);
      samples.push(performance.now() - callStarted);
    } catch (error) {
      errors += 1;
      firstError ??= message(error);
      if (samples.length === 0 && errors >= MIN_CALLS) break;
    }
    index += 1;
  }
  const cpuEnded = cpu();
  const calls = samples.length + errors;
  return {
    id: spec.id,
    group: spec.group,
    label: spec.label,
    role: spec.role,
    hot: spec.hot,
    summary: samples.length > 0 ? summarize(samples) : null,
    warmup,
    errors,
    firstError,
    cpuMsPerCall:
      cpuStarted === null || cpuEnded === null || calls === 0
        ? null
        : (cpuEnded - cpuStarted) / calls,
  };
};

const runSpecs = async (
  client: ApiClient,
  budget: Budget,
  cpu: CpuClock,
  log: (line: string) => void,
): Promise<{ results: QueryResult[]; specs: QuerySpec[] }> => {
  const specs = await buildScenarios(client);
  const results: QueryResult[] = [];
  for (const spec of specs) {
    const result = await measure(spec, budget, cpu);
    results.push(result);
    const p = result.summary;
    log(
      `  ${client.transport} ${spec.label}: ${p ? `n ${p.n}, p50 ${p.p50.toFixed(2)} ms, p99 ${p.p99.toFixed(2)} ms, cpu ${result.cpuMsPerCall?.toFixed(2) ?? '-'} ms/call` : 'no successful call'}${result.errors ? ` (${result.errors} errors: ${result.firstError})` : ''}`,
    );
  }
  return { results, specs };
};

export const benchInProcess = async (
  dataset: Dataset,
  budget: Budget,
  withPlans: boolean,
  log: (line: string) => void,
): Promise<ServerRun> => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  const started = performance.now();
  const created = createApp({
    dbPath: copyDataset(dataset, dir, 'in-process'),
    apiKey: DEVELOPMENT_API_KEY,
  });
  try {
    const client = inProcessClient(created);
    const { results, specs } = await runSpecs(client, budget, ownCpu, log);
    const plans = withPlans ? await explainHotQueries(created.db, specs) : [];
    return {
      leads: dataset.leads,
      transport: 'in-process',
      results,
      seconds: (performance.now() - started) / 1000,
      serverMemory: null,
      plans,
    };
  } finally {
    created.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

export const benchHttp = async (
  dataset: Dataset,
  budget: Budget,
  log: (line: string) => void,
): Promise<ServerRun> => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  const started = performance.now();
  const server = await startServerProcess({ dbPath: copyDataset(dataset, dir, 'http') });
  try {
    log(`  http server pid ${server.pid} at ${server.origin}`);
    const { results } = await runSpecs(httpClient(server.origin), budget, server.cpuMs, log);
    return {
      leads: dataset.leads,
      transport: 'http',
      results,
      seconds: (performance.now() - started) / 1000,
      serverMemory: server.memory(),
      plans: [],
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
};
