import { defineConfig } from '@playwright/test';
import { E2E_NOW } from './tests/e2e/support/clock';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

/**
 * Browser tests: the built app (`npm run build`) served by the real reference server on a fresh
 * database, in Debian's Chromium (never a downloaded browser), all on one clock starting at
 * E2E_NOW (tests/e2e/support/clock.ts).
 */
const PORT = Number(process.env.E2E_PORT ?? 8791);
/** Settable so two runs on one machine don't share (and wipe) one database. */
const DB_DIR = process.env.E2E_DB_DIR ?? '.e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `rm -rf ${DB_DIR} && mkdir -p ${DB_DIR} && npx tsx server/main.ts --serve-spa`,
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DB_PATH: `${DB_DIR}/crm.sqlite`,
      // The server's clock starts where every browser context's does (tests/e2e/support/test.ts).
      CLOCK_START: E2E_NOW,
    },
    url: `http://127.0.0.1:${PORT}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
