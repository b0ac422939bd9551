import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { pagePolicyDirectives } from './server/http/content-security-policy.ts';

/** Where `npm run dev` forwards API calls: the reference server of `npm run api`. */
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:8787';

/**
 * The built page carries its Content-Security-Policy in a `<meta>` tag, so any static host
 * serves it with the policy (the reference server also sends it as a header). One build serves
 * any account and reads the API's location at run time (config.json), so the tag leaves
 * `connect-src` to the host's header: the reference server's names the API's origin. Not in
 * `npm run dev`: Vite's dev client runs inline scripts.
 */
const contentSecurityPolicy = (): Plugin => {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: pagePolicyDirectives()
            .filter((directive) => !directive.startsWith('connect-src'))
            .join('; '),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: {
    host: '127.0.0.1',
    port: 5183,
    strictPort: true,
    proxy: { '/api/': apiTarget },
  },
  build: {
    outDir: 'dist',
    // Built for the bundle benchmark, never referenced from the bundle nor served.
    sourcemap: 'hidden',
    // The boot chunk below is one file of ~650 kB raw (~205 kB gzip) by design.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        /**
         * Everything the entry needs before any page, in one file. Left to itself the bundler
         * cut it into ~20 small files shared with the pages; each costs a request and gzip
         * compresses them apart, so every route downloaded ~10 kB more (issue 15).
         */
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'] },
            /**
             * MUI's overlay plumbing (Modal, Portal, focus trap, backdrop, transitions) left the
             * boot file with the phone drawer; one file for it, where the bundler cut it into a
             * dozen tiny files that each route paid for in requests and separate compression.
             */
            {
              name: 'mui-overlay',
              test: /node_modules[\\/]@mui[\\/]material[\\/](esm[\\/])?(Modal|Portal|Backdrop|Fade|Grow|Unstable_TrapFocus|utils[\\/]mergeSlotProps|utils[\\/]useSlot)[\\/.]/,
            },
          ],
        },
      },
    },
  },
});
