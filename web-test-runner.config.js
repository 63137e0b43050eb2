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

/**
 * `executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })`: Windows' high
 * contrast modes. web-test-runner's own `emulateMedia` passes `forcedColors` to Playwright only,
 * and Puppeteer's `emulateMediaFeatures` refuses the feature, so this speaks CDP itself. The
 * session stays open while the test page lives: closing it would drop the emulation.
 * @type {Map<string, { send(method: string, params: object): Promise<unknown> }>}
 */
const cdpSessions = new Map();
/** @type {import('@web/test-runner').TestRunnerPlugin} */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const value = /** @type {{ value?: unknown }} */ (payload)?.value;
    if (value !== 'active' && value !== 'none') throw new Error(`emulate-forced-colors: value must be 'active' or 'none', not ${String(value)}`);
    const browser = /** @type {{ type: string; getPage(id: string): { createCDPSession(): Promise<{ send(method: string, params: object): Promise<unknown> }> } }} */ (
      /** @type {unknown} */ (session.browser)
    );
    if (browser.type !== 'puppeteer') throw new Error(`emulate-forced-colors needs the Puppeteer launcher, not ${browser.type}`);
    let cdp = cdpSessions.get(session.id);
    if (!cdp) {
      cdp = await browser.getPage(session.id).createCDPSession();
      cdpSessions.set(session.id, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  // Workspace packages resolve to their TypeScript sources, as in the Node tests.
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), forcedColorsPlugin],
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
