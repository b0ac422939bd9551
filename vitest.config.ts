import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** Three suites: pure units, the reference server over HTTP semantics, and pages in jsdom. */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      // One test file per core. Left to itself, Vitest ran one file at a time on the 2-core CI
      // machine (measured: no two files ever overlapped); two at a time took the run from
      // 158 s to 98 s there, every test passing.
      maxWorkers: availableParallelism(),
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'server',
            include: ['tests/server/**/*.test.ts'],
            environment: 'node',
            // Real HTTP on real SQLite files: a loaded 2-core CI machine can take seconds where an
            // idle one takes milliseconds. Generous, and still no timeout above 20 s.
            testTimeout: 20_000,
            hookTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            include: ['tests/component/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['tests/component/support/setup.ts'],
            // Files share a worker's modules: MUI, React and the server load once per worker,
            // not once per file (about a quarter of the suite's CPU). setup.ts resets what a
            // file may change: the DOM, the session, storage, handlers and the clock.
            isolate: false,
            testTimeout: 20_000,
            hookTimeout: 20_000,
          },
        },
      ],
    },
  }),
);
