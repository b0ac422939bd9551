/** The printed report: plain-text tables of every figure in the JSON results. Pure. */
import type { BrowserResult } from './browser-bench';
import type { BundleResult } from './bundle-bench';
import { PHASES } from './first-rows-phases';
import type { PeakRss } from './memory';
import { formatBytes } from './memory';
import type { QueryPlan } from './query-plans';
import type { ServerRun } from './server-bench';
import { growthRatio, summarize, type Summary } from './stats';
import { FIRST_ROWS_MEDIAN_MS, dragVerdict, serverP99LimitMs, serverVerdict } from './targets';

export type DatasetInfo = {
  leads: number;
  seed: number;
  path: string;
  builtAt: string;
  buildSeconds: number | null;
  users: number;
  notes: number;
  appointments: number;
};

export type BenchResults = {
  meta: {
    startedAt: string;
    seconds: number;
    runs: number;
    capSeconds: number;
    large: boolean;
    machine: {
      cpus: number;
      cpuModel: string;
      memoryBytes: number;
      node: string;
      platform: string;
    };
    /** 1-minute load average at the start and the end: other work on the machine skews times. */
    loadAverage: { start: number; end: number };
    notes: string[];
  };
  datasets: DatasetInfo[];
  server: ServerRun[];
  plans: { leads: number; plans: QueryPlan[] }[];
  bundle: BundleResult | null;
  browser: BrowserResult | null;
  browserNotMeasured: string | null;
  memory: {
    /** The child server's VmHWM at the end of the HTTP run, per database size. */
    serverPeakRss: { leads: number; rss: PeakRss | null }[];
    /** This benchmark process (in-process runs included): process.resourceUsage().maxRSS. */
    benchProcessMaxRssBytes: number;
  };
};

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const leadsName = (leads: number): string =>
  leads >= 1_000_000 ? `${leads / 1_000_000}M` : leads >= 1000 ? `${leads / 1000}k` : String(leads);

/** A left-aligned first column and right-aligned others, padded to the widest cell. */
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
};

const summaryCells = (summary: Summary | null): string[] =>
  summary
    ? [
        String(summary.n),
        ms(summary.p50),
        ms(summary.p95),
        ms(summary.p99),
        ms(summary.min),
        ms(summary.max),
      ]
    : ['0', '-', '-', '-', '-', '-'];

const serverSection = (run: ServerRun): string => {
  const limit = serverP99LimitMs(run.leads);
  const rows = run.results.map((result) => {
    const verdict = serverVerdict(result.hot, run.leads, result.summary);
    return [
      result.label,
      ...summaryCells(result.summary),
      result.cpuMsPerCall === null ? '-' : ms(result.cpuMsPerCall),
      verdict ? `${verdict} (p99 ≤ ${limit} ms)` : '',
      result.errors > 0 ? `${result.errors} errors: ${result.firstError ?? ''}`.slice(0, 90) : '',
    ];
  });
  return [
    `Server, ${run.transport}, ${leadsName(run.leads)} leads (ms per call, request to last byte; cpu/call: the server's CPU time per call; ${run.seconds.toFixed(0)} s)`,
    table(['query', 'n', 'p50', 'p95', 'p99', 'min', 'max', 'cpu/call', 'target', 'errors'], rows),
  ].join('\n');
};

const growthSection = (runs: readonly ServerRun[]): string => {
  const sizes = [...new Set(runs.map((run) => run.leads))].sort((a, b) => a - b);
  const transports = ['in-process', 'http'] as const;
  const find = (leads: number, transport: string, id: string) =>
    runs
      .find((run) => run.leads === leads && run.transport === transport)
      ?.results.find((result) => result.id === id);
  const ids = runs[0]?.results ?? [];
  const steps = sizes.slice(1).map((size, index) => [sizes[index] as number, size] as const);
  const ratio = (earlier: number | null | undefined, later: number | null | undefined) => {
    const value = growthRatio(earlier ?? undefined, later ?? undefined);
    return value === null ? '-' : `${value.toFixed(2)}x`;
  };
  const header = [
    'query',
    ...transports.flatMap((transport) =>
      steps.flatMap(([from, to]) => [
        `${transport} p50 ${leadsName(to)}/${leadsName(from)}`,
        `cpu ${leadsName(to)}/${leadsName(from)}`,
      ]),
    ),
  ];
  const rows = ids.map((result) => [
    result.label,
    ...transports.flatMap((transport) =>
      steps.flatMap(([from, to]) => {
        const earlier = find(from, transport, result.id);
        const later = find(to, transport, result.id);
        return [
          ratio(earlier?.summary?.p50, later?.summary?.p50),
          ratio(earlier?.cpuMsPerCall, later?.cpuMsPerCall),
        ];
      }),
    ),
  ]);
  return [
    'Growth: p50 (wall) and the server CPU time per call at the larger size / at the smaller (10x the leads each step; CPU time is the steadier of the two on a busy machine)',
    table(header, rows),
  ].join('\n');
};

const planSection = ({ leads, plans }: { leads: number; plans: QueryPlan[] }): string => {
  const lines = [
    `Query plans of the hot queries at ${leadsName(leads)} leads (EXPLAIN QUERY PLAN of the SQL the repositories ran)`,
  ];
  for (const plan of plans) {
    if (plan.error) {
      lines.push(`- ${plan.label}: not explained: ${plan.error}`);
      continue;
    }
    lines.push(`- ${plan.label}`);
    for (const statement of plan.statements.filter((candidate) =>
      /\b(leads|appointments)\b/.test(candidate.sql),
    )) {
      const flags = [
        statement.fullScanOfLeads
          ? 'FULL SCAN of leads (table walk: every row, unless a LIMIT in rowid order stops it early)'
          : '',
        statement.indexWalkOfLeads
          ? 'SCAN of a leads index (whole index unless LIMIT stops it)'
          : '',
        statement.tempBTree ? 'temp b-tree sort' : '',
      ].filter(Boolean);
      lines.push(
        `    ${statement.sql.slice(0, 110)}${statement.sql.length > 110 ? '…' : ''}`,
        `      plan: ${statement.lines.map((line) => line.detail).join(' | ')}`,
        `      ${flags.length > 0 ? `FLAG: ${flags.join('; ')}` : 'ok: index searches only'}`,
      );
    }
  }
  return lines.join('\n');
};

const bundleSection = (bundle: BundleResult): string => {
  if (!bundle.built) return `Bundle: not measured: ${bundle.error ?? 'build failed'}`;
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const rows = bundle.routes.map((route) => [
    `${route.route} (${route.path})`,
    ...(route.error
      ? ['-', '-', '-', '-', '-', '-', `not measured: ${route.error}`]
      : [
          kb(route.js.raw),
          kb(route.js.gzip),
          kb(route.css.raw),
          kb(route.css.gzip),
          kb(route.total.gzip),
          String(route.files.length),
          route.budget
            ? `${route.budget.met ? 'met' : 'MISSED'} (≤ ${kb(route.budget.limitGzip)} kB gzip)`
            : '',
        ]),
  ]);
  const chunks = bundle.routes.flatMap((route) => [
    `  ${route.route}: ${route.files
      .map((file) => `${file.file.replace(/^assets\//, '')} ${kb(file.gzip)}`)
      .join(', ')}`,
  ]);
  const heavy = [
    ...new Map(
      bundle.routes.flatMap((route) => route.files.map((file) => [file.file, file])),
    ).values(),
  ]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 6)
    .map(
      (file) =>
        `  ${file.file.replace(/^assets\//, '')} ${kb(file.gzip)} kB gzip: ${file.packages.join(', ')}`,
    );
  return [
    `Bundle: what each route loads before it can paint (entry + its static imports + the lazy page and its static imports; kB = 1000 bytes; build ${bundle.buildSeconds.toFixed(0)} s)`,
    table(
      ['route', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'total gzip', 'chunks', 'budget'],
      rows,
    ),
    'Chunks per route (gzip kB):',
    ...chunks,
    'Heaviest chunks and the packages in them (from their source maps):',
    ...heavy,
  ].join('\n');
};

/** The phases of the first lead rows, median over the runs, and the refresh seen on the path. */
const firstRowsSection = (firstRows: BrowserResult['firstRows']): string[] => {
  if (firstRows.length === 0) return [];
  const median = (values: number[]) => summarize(values).p50;
  const rows = PHASES.map((phase) => [
    phase,
    ms(median(firstRows.map((run) => run.phases[phase]))),
    firstRows.map((run) => run.phases[phase].toFixed(0)).join(', '),
  ]);
  const refreshed = firstRows.filter((run) => run.timeline.refreshEnd !== null);
  const listSent = firstRows.flatMap((run) =>
    run.timeline.listStart === null ? [] : [run.timeline.listStart],
  );
  return [
    'First lead rows, phase by phase (ms; each the part of the critical path it alone holds up):',
    table(['phase', 'p50', 'runs'], rows),
    `  token refresh on the path in ${refreshed.length} of ${firstRows.length} loads${
      refreshed.length > 0
        ? `, median ${ms(median(refreshed.map((run) => run.timeline.refreshStart ?? 0)))} → ${ms(median(refreshed.map((run) => run.timeline.refreshEnd ?? 0)))} ms`
        : ''
    }; list request sent at median ${listSent.length > 0 ? ms(median(listSent)) : '-'} ms`,
  ];
};

const browserSection = (browser: BrowserResult | null, notMeasured: string | null): string => {
  if (!browser) return `Browser: not measured: ${notMeasured ?? 'skipped'}`;
  const rows = browser.metrics.map((metric) => {
    let target = '';
    if (metric.id === 'leads-first-rows' && metric.summary) {
      target = `${metric.summary.p50 <= FIRST_ROWS_MEDIAN_MS ? 'met' : 'MISSED'} (median ≤ ${FIRST_ROWS_MEDIAN_MS} ms)`;
    }
    if (metric.id === 'drag-painted') {
      const verdict = dragVerdict(browser.dragFrames);
      if (verdict)
        target = `${verdict} (first frame after drop; frames ${browser.dragFrames.join(',')})`;
    }
    return metric.summary
      ? [metric.label, ...summaryCells(metric.summary), target]
      : [
          metric.label,
          '0',
          '-',
          '-',
          '-',
          '-',
          '-',
          `not measured: ${metric.notMeasured ?? ''}`.slice(0, 140),
        ];
  });
  const heap = browser.heap
    ? `Browser JS heap after visiting every page in one session (CDP Performance.getMetrics): used ${formatBytes(browser.heap.usedBytes)} of ${formatBytes(browser.heap.totalBytes)}; after a forced GC ${formatBytes(browser.heap.afterGcUsedBytes)}`
    : `Browser JS heap: not measured: ${browser.heapNotMeasured ?? 'unknown'}`;
  const notes = browser.metrics.flatMap((metric) =>
    metric.notes.map((text) => `  ${metric.id}: ${text}`),
  );
  return [
    `Browser (Chromium, ${browser.runs} runs, fresh browser per run, fresh context per measurement; ms)`,
    table(['measure', 'n', 'p50', 'p95', 'p99', 'min', 'max', 'target'], rows),
    ...firstRowsSection(browser.firstRows ?? []),
    heap,
    ...(notes.length > 0 ? ['Notes:', ...notes] : []),
  ].join('\n');
};

const memorySection = (memory: BenchResults['memory']): string =>
  [
    'Memory',
    ...memory.serverPeakRss.map(
      ({ leads, rss }) =>
        `  server peak RSS during the ${leadsName(leads)} HTTP run (child process, /proc VmHWM): ${rss ? formatBytes(rss.peakRssBytes) : 'not measured'}`,
    ),
    `  benchmark process maxRSS (in-process runs, process.resourceUsage): ${formatBytes(memory.benchProcessMaxRssBytes)}`,
  ].join('\n');

export const renderReport = (results: BenchResults): string => {
  const { meta } = results;
  const header = [
    `npm run bench: ${meta.startedAt}, ${meta.seconds.toFixed(0)} s; ${meta.machine.cpus} × ${meta.machine.cpuModel}, ${formatBytes(meta.machine.memoryBytes)}, Node ${meta.machine.node}`,
    `runs per server query: ${meta.runs}; load average at start ${meta.loadAverage.start.toFixed(2)}, at end ${meta.loadAverage.end.toFixed(2)}`,
    ...meta.notes.map((note) => `note: ${note}`),
    `datasets (server/seed): ${results.datasets
      .map(
        (dataset) =>
          `${leadsName(dataset.leads)} = ${dataset.users} users, ${dataset.notes} notes, ${dataset.appointments} appointments (${dataset.buildSeconds === null ? 'cached' : `built in ${dataset.buildSeconds.toFixed(0)} s`})`,
      )
      .join('; ')}`,
  ].join('\n');
  return [
    header,
    ...results.server.map(serverSection),
    results.server.length > 2 ? growthSection(results.server) : '',
    ...results.plans.map(planSection),
    results.bundle ? bundleSection(results.bundle) : 'Bundle: not measured: skipped',
    browserSection(results.browser, results.browserNotMeasured),
    memorySection(results.memory),
  ]
    .filter(Boolean)
    .join('\n\n');
};
