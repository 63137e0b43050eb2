// @ts-check
/**
 * Browser tests of the elements, in Debian's Chromium (never a downloaded browser).
 * Run through scripts/browser-tests.mjs, which finds the browser (CHROME_PATH, then
 * `chromium` on the PATH) and explains how to install it when it is missing.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

const executablePath = process.env.CHROME_PATH;
if (!executablePath) throw new Error('CHROME_PATH is not set: run the browser tests with `node scripts/browser-tests.mjs`.');

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  // Workspace packages resolve to their TypeScript sources, as in the Node tests.
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        // Far from Tokyo, on purpose: the elements must show Japan dates and times whatever
        // the visitor's zone (the calendar's tests check that the zone really is this one).
        env: { ...process.env, TZ: 'America/Los_Angeles' },
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
};
