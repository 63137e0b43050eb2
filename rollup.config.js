// @ts-check
/**
 * Every published build from one factory: the SDK's, the elements' and the React
 * wrappers' entry points for npm (ESM; zod, ky, lit and react external), the server's
 * CLI (dependencies external: it runs from node_modules), and the elements' CDN bundles
 * (self-contained and minified: one per element and `hall-elements.js` with all).
 * Type declarations come from each package's `tsconfig.build.json` (tsc).
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Bare imports (packages) stay imports; our own relative modules are bundled. */
const external = (/** @type {string} */ id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/**
 * Our TypeScript imports its siblings as `./client.js` (the file is `client.ts`). Node-resolve
 * does not map `.js` to `.ts`, and left to the esbuild plugin such a module loses what
 * node-resolve tells rollup from the package's `sideEffects`: rollup then keeps every
 * module-level statement, such as every schema in every widget (≈ 3 KB gzip in the calendar's
 * bundle). So a relative `.js` import is handed to node-resolve as `.ts` when that file exists.
 * @type {import('rollup').Plugin}
 */
const typescriptSiblings = {
  name: 'typescript-siblings',
  async resolveId(source, importer, options) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const typescript = path.resolve(path.dirname(importer), `${source.slice(0, -3)}.ts`);
    return existsSync(typescript) ? this.resolve(typescript, importer, { ...options, skipSelf: true }) : null;
  },
};

/** @param {import('rollup').RollupLog} warning @param {(w: import('rollup').RollupLog) => void} warn */
function onwarn(warning, warn) {
  // zod 4 ships annotations rollup cannot place and harmless internal cycles.
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}

/**
 * @param {{ input: Record<string, string>, dir: string, banner?: string, selfContained?: boolean, hoistTransitiveImports?: boolean }} options
 *   `selfContained`: bundle every dependency (workspace packages from their TypeScript
 *   sources) and minify, for a browser loading one file from a CDN; otherwise packages
 *   stay imports, as npm consumers resolve them. `hoistTransitiveImports`: rollup's
 *   option (default true).
 * @returns {import('rollup').RollupOptions}
 */
function moduleBuild({ input, dir, banner, selfContained = false, hoistTransitiveImports = true }) {
  return {
    input,
    ...(selfContained ? {} : { external }),
    onwarn,
    output: {
      dir,
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
      // A CDN bundle is one file: lazily imported modules (the virtualizer's layout) go inside it.
      ...(selfContained ? { inlineDynamicImports: true } : {}),
      ...(banner ? { banner } : {}),
      ...(hoistTransitiveImports ? {} : { hoistTransitiveImports }),
    },
    plugins: [
      typescriptSiblings,
      nodeResolve({
        extensions: ['.ts', '.js'],
        // `source` first: @promotion-hall/sdk resolves to its TypeScript, as in the tests; then lit's production build.
        ...(selfContained ? { browser: true, exportConditions: ['source', 'browser', 'import', 'default'] } : {}),
      }),
      // The CDN bundles: the markup and CSS in our html`` and css`` templates minified too (≈ 1 KB gzip a widget).
      ...(selfContained
        ? [
            minifyHTMLLiterals({
              include: ['packages/elements/src/**/*.ts'],
              failOnError: true,
              // Whitespace between inline elements is text the visitor sees ("NPO (区内に…)"): keep one
              // space instead of removing it; and keep empty attributes (alt="" means something).
              options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
            }),
          ]
        : []),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      // Production bundles print nothing on the host's console.
      ...(selfContained ? [terser({ compress: { drop_console: true }, format: { comments: false } })] : []),
    ],
  };
}

/**
 * The CDN bundles, served at `/widgets/<name>.js`. Each is built alone so that each
 * is one self-contained file (no shared chunks). A new element adds one line here
 * (and its `define/` entry to src/cdn/hall-elements.ts).
 */
const cdnBundles = {
  'hall-elements': 'packages/elements/src/cdn/hall-elements.ts',
  'hall-event-calendar': 'packages/elements/src/define/hall-event-calendar.ts',
  'hall-shop-directory': 'packages/elements/src/define/hall-shop-directory.ts',
  'hall-consultation-booking': 'packages/elements/src/define/hall-consultation-booking.ts',
  // The provider ships only in hall-elements.js: it is not used on its own.
};

export default [
  moduleBuild({
    input: { index: 'packages/sdk/src/index.ts', node: 'packages/sdk/src/node.ts', schemas: 'packages/sdk/src/schemas/index.ts', normalize: 'packages/sdk/src/normalize.ts', 'opening-hours': 'packages/sdk/src/opening-hours.ts', 'japan-time': 'packages/sdk/src/japan-time.ts' },
    dir: 'packages/sdk/dist',
  }),
  moduleBuild({
    input: { index: 'packages/elements/src/index.ts', 'define/hall-provider': 'packages/elements/src/define/hall-provider.ts', 'define/hall-event-calendar': 'packages/elements/src/define/hall-event-calendar.ts', 'define/hall-shop-directory': 'packages/elements/src/define/hall-shop-directory.ts', 'define/hall-consultation-booking': 'packages/elements/src/define/hall-consultation-booking.ts' },
    dir: 'packages/elements/dist',
  }),
  // One module per wrapper (the package has `sideEffects: false`): a page using only the
  // calendar registers only the calendar, as its wrapper alone imports its `define/` entry
  // (so index.js must not hoist the wrappers' imports of every `define/` entry).
  moduleBuild({
    input: { index: 'packages/react/src/index.ts', provider: 'packages/react/src/provider.ts', 'event-calendar': 'packages/react/src/event-calendar.ts', 'shop-directory': 'packages/react/src/shop-directory.ts', 'consultation-booking': 'packages/react/src/consultation-booking.ts' },
    dir: 'packages/react/dist',
    hoistTransitiveImports: false,
  }),
  ...Object.entries(cdnBundles).map(([name, entry]) =>
    moduleBuild({ input: { [name]: entry }, dir: 'packages/elements/dist/cdn', selfContained: true }),
  ),
  moduleBuild({
    input: { cli: 'packages/server/src/cli.ts' },
    dir: 'packages/server/dist',
    banner: '#!/usr/bin/env node',
  }),
];
