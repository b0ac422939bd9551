import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { pagePolicyDirectives } from './server/http/content-security-policy.ts';
import { pathExpression, ROUTE_PAGES } from './src/app/route-pages.ts';
import { precompressFiles } from './server/http/precompress.ts';

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

/** `chunk` and every chunk it imports statically, by file name. */
const staticClosure = (bundle: Rollup.OutputBundle, chunk: Rollup.OutputChunk): Set<string> => {
  const files = new Set<string>();
  const visit = (name: string) => {
    const next = bundle[name];
    if (files.has(name) || next?.type !== 'chunk') return;
    files.add(name);
    next.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return files;
};

/**
 * Lists, in a `<meta>` tag of the built page, each route's address pattern (route-pages.ts) and
 * the files its page needs beyond the entry's; public/route-preload.js, loaded async from the
 * head, preloads the matching route's files while the entry downloads and evaluates.
 */
const routePreload = (): Plugin => ({
  name: 'route-preload',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, { bundle }) => {
      if (!bundle) return [];
      const chunks = Object.values(bundle).filter(
        (output): output is Rollup.OutputChunk => output.type === 'chunk',
      );
      const entry = chunks.find((chunk) => chunk.isEntry);
      const loaded = entry ? staticClosure(bundle, entry) : new Set<string>();
      /** Files once, by index; routes name their files by index (the tag stays small). */
      const files: string[] = [];
      const indexOf = (file: string) =>
        files.includes(file) ? files.indexOf(file) : files.push(file) - 1;
      const routes = Object.values(ROUTE_PAGES).flatMap(({ path, page }) => {
        const chunk = chunks.find((candidate) =>
          candidate.facadeModuleId?.endsWith(`/src/app/pages/${page}.tsx`),
        );
        if (!chunk) return [];
        const needed = [...staticClosure(bundle, chunk)].filter((file) => !loaded.has(file));
        return [[pathExpression(path), needed.map(indexOf)]];
      });
      const content = JSON.stringify({ files: files.map((file) => `/${file}`), routes });
      return [
        { tag: 'meta', attrs: { name: 'crm-route-chunks', content }, injectTo: 'head' },
        { tag: 'script', attrs: { src: '/route-preload.js', async: true }, injectTo: 'head' },
      ];
    },
  },
});

/**
 * Brotli and gzip copies beside each built text file (server/http/precompress.ts), for the
 * reference server to send as they are. After everything is written, the public files included.
 */
const precompress = (): Plugin => {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: { order: 'post', handler: () => precompressFiles(outDir) },
  };
};

/**
 * React Router's package points every bundler at its development build (warnings on, ~2 kB
 * more; remix-run/react-router#14102): the build takes the production build it ships beside it.
 */
const reactRouterProductionBuild = (): Plugin => ({
  name: 'react-router-production-build',
  apply: 'build',
  config: () => ({
    resolve: {
      alias: [
        {
          find: /^react-router$/,
          replacement: resolve('node_modules/react-router/dist/production/index.mjs'),
        },
      ],
    },
  }),
});

export default defineConfig({
  plugins: [
    react(),
    reactRouterProductionBuild(),
    contentSecurityPolicy(),
    routePreload(),
    precompress(),
  ],
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
      treeshake: {
        /**
         * The contract's modules only build schemas and constants, so one whose exports nothing
         * uses is left out: the request schemas (forms and the server) stay out of the entry,
         * which needs only the answers' schemas. zod-without-eval is the exception: it
         * configures zod, and every contract module imports it for that.
         */
        moduleSideEffects: (id: string) =>
          !/[\\/]src[\\/]contract[\\/](?!zod-without-eval\.ts$)/.test(id),
      },
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
