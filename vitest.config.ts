import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** Three suites: pure units, the reference server over HTTP semantics, and pages in jsdom. */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          test: { name: 'server', include: ['tests/server/**/*.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'component',
            include: ['tests/component/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['tests/component/support/setup.ts'],
            testTimeout: 15_000,
          },
        },
      ],
    },
  }),
);
