import { defineConfig } from '@playwright/test';
import { DEVELOPMENT_API_KEY } from './server/config';
import { REFERENCE_BASE_PATH } from './src/contract';
import { E2E_NOW } from './tests/e2e/support/clock';
import { workerServer } from './tests/e2e/support/worker-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

/**
 * Browser tests: the built app (`npm run build`) served by the real reference server on a fresh
 * database, in Debian's Chromium (never a downloaded browser), all on one clock starting at
 * E2E_NOW (tests/e2e/support/clock.ts).
 *
 * Each worker has its own server and database (tests/e2e/support/worker-server.ts), so spec
 * files can run side by side and a count one spec checks is never changed by another at once.
 * One worker by default: on the 2-core CI machine two workers finish the suite about a quarter
 * sooner but make each test about twice as slow, and the heaviest (accessibility scans) then
 * brush the 20 s limit. E2E_WORKERS=2 for a faster run on a bigger machine.
 */
const WORKERS = Number(process.env.E2E_WORKERS ?? 1);

/** The reference server for one worker, on a fresh database. */
const referenceServer = (port: number, dbDir: string, strict: boolean) => ({
  command: `rm -rf ${dbDir} && mkdir -p ${dbDir} && npx tsx server/main.ts --serve-spa`,
  env: {
    HOST: '127.0.0.1',
    PORT: String(port),
    DB_PATH: `${dbDir}/crm.sqlite`,
    // The server's clock starts where every browser context's does (tests/e2e/support/test.ts).
    CLOCK_START: E2E_NOW,
    // Strict: the server answers like an Epixel deployment without our extensions.
    ...(strict && { EPIXEL_STRICT: '1' }),
  },
  url: `http://127.0.0.1:${port}/login`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

/**
 * E2E_UPSTREAM=1: the browser talks to `npm start` in upstream mode (no database, the apikey
 * added on the server side), which proxies a second reference server in strict mode standing
 * in for a real Epixel account. The upstream listens UPSTREAM_PORT_OFFSET ports above.
 */
const UPSTREAM_PORT_OFFSET = 100;

const upstreamFront = (port: number) => ({
  command: 'npx tsx server/main.ts --serve-spa',
  env: {
    HOST: '127.0.0.1',
    PORT: String(port),
    EPIXEL_UPSTREAM: `http://127.0.0.1:${port + UPSTREAM_PORT_OFFSET}${REFERENCE_BASE_PATH}`,
    EPIXEL_API_KEY: DEVELOPMENT_API_KEY,
  },
  url: `http://127.0.0.1:${port}/login`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

const serversFor = (worker: number) => {
  const { port, dbDir } = workerServer(worker);
  if (process.env.E2E_UPSTREAM === '1') {
    return [referenceServer(port + UPSTREAM_PORT_OFFSET, dbDir, true), upstreamFront(port)];
  }
  return [referenceServer(port, dbDir, process.env.E2E_STRICT === '1')];
};

export default defineConfig({
  testDir: 'tests/e2e',
  // The tests drive the last build: a build older than the code stops the run (npm test builds).
  globalSetup: './tests/e2e/support/fresh-build.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  timeout: 20_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    // Recording a trace costs every test time; E2E_TRACE=1 keeps one for each failing test.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // Tests run as a user who asked the system for reduced motion: dialogs, menus and snackbars
    // appear at once (src/app/theme.ts) instead of each click waiting out a 225 ms animation.
    // undo.spec.ts and one shell test keep the animated path.
    reducedMotion: 'reduce',
    // The app's service worker (public/sw.js) caches every file of the build in the background:
    // work only the offline tests need, so they alone allow it (offline-cache.spec.ts).
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: Array.from({ length: WORKERS }, (_, worker) => serversFor(worker)).flat(),
});
