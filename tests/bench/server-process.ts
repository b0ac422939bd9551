/**
 * The reference server as a child process (`node --import tsx server/main.ts`, the same program
 * `npm run api` / `npm start` run, without the npx wrapper so the pid is the server itself):
 * on 127.0.0.1, port 0 (the OS picks a free one), stopped by SIGTERM from this script only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { readCpuMs, readPeakRss, type PeakRss } from './memory';

export type ServerProcess = {
  origin: string;
  pid: number;
  /** VmHWM / VmRSS of the server process now. */
  memory: () => PeakRss | null;
  /** CPU time (user + system, ms) the server has used so far, from /proc/<pid>/stat. */
  cpuMs: () => number | null;
  stop: () => Promise<void>;
};

const MAIN = resolve('server/main.ts');
const READY = /reference API: (http:\/\/127\.0\.0\.1:\d+)\//;

export const startServerProcess = (options: {
  dbPath: string;
  serveSpa?: boolean;
  /** main.ts serves `dist/` from its working directory. */
  cwd?: string;
  timeoutMs?: number;
}): Promise<ServerProcess> =>
  new Promise((resolvePromise, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', MAIN, ...(options.serveSpa ? ['--serve-spa'] : [])],
      {
        cwd: options.cwd ?? process.cwd(),
        env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DB_PATH: options.dbPath },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let settled = false;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      void stop();
      reject(new Error(`server did not start in time:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match && !settled && child.pid !== undefined) {
        settled = true;
        clearTimeout(timer);
        const pid = child.pid;
        resolvePromise({
          origin: match[1] as string,
          pid,
          memory: () => readPeakRss(pid),
          cpuMs: () => readCpuMs(pid),
          stop,
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
