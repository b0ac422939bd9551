/**
 * Each Playwright worker talks to its own reference server on its own database: worker 0 on
 * E2E_PORT (default 8791) and E2E_DB_DIR (default `.e2e`), worker 1 on the next port and
 * `<dir>-1`, and so on. Both settings let two runs on one machine stay apart.
 */
const BASE_PORT = Number(process.env.E2E_PORT ?? 8791);
const BASE_DB_DIR = process.env.E2E_DB_DIR ?? '.e2e';

export const workerServer = (worker: number) => ({
  port: BASE_PORT + worker,
  dbDir: worker === 0 ? BASE_DB_DIR : `${BASE_DB_DIR}-${worker}`,
});

export const workerBaseURL = (worker: number) => `http://127.0.0.1:${workerServer(worker).port}`;
