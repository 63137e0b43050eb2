// @ts-check
/**
 * Every published build from one factory: the SDK's and the elements' entry
 * points (ESM; zod, ky and lit external) and the server's CLI (dependencies
 * external: it runs from node_modules). The CDN bundles come with the widgets.
 * Type declarations come from `tsc -p packages/sdk/tsconfig.build.json`.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/** Bare imports (packages) stay imports; our own relative modules are bundled. */
const external = (/** @type {string} */ id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** @param {import('rollup').RollupLog} warning @param {(w: import('rollup').RollupLog) => void} warn */
function onwarn(warning, warn) {
  // zod 4 ships annotations rollup cannot place and harmless internal cycles.
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}

/**
 * @param {{ input: Record<string, string>, dir: string, banner?: string }} options
 * @returns {import('rollup').RollupOptions}
 */
function nodeModuleBuild({ input, dir, banner }) {
  return {
    input,
    external,
    onwarn,
    output: { dir, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js', ...(banner ? { banner } : {}) },
    plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  };
}

export default [
  nodeModuleBuild({
    input: { index: 'packages/sdk/src/index.ts', schemas: 'packages/sdk/src/schemas/index.ts', normalize: 'packages/sdk/src/normalize.ts' },
    dir: 'packages/sdk/dist',
  }),
  nodeModuleBuild({
    input: { index: 'packages/elements/src/index.ts', 'define/hall-provider': 'packages/elements/src/define/hall-provider.ts' },
    dir: 'packages/elements/dist',
  }),
  nodeModuleBuild({
    input: { cli: 'packages/server/src/cli.ts' },
    dir: 'packages/server/dist',
    banner: '#!/usr/bin/env node',
  }),
];
