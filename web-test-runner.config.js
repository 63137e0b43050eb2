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
 * One CDP session per test page, kept while the page lives (closing it would drop an emulation).
 * @type {Map<string, { send(method: string, params: object): Promise<any> }>}
 */
const cdpSessions = new Map();
/** @param {any} session @param {string} command */
async function cdpFor(session, command) {
  const browser = /** @type {{ type: string; getPage(id: string): { createCDPSession(): Promise<{ send(method: string, params: object): Promise<any> }> } }} */ (
    /** @type {unknown} */ (session.browser)
  );
  if (browser.type !== 'puppeteer') throw new Error(`${command} needs the Puppeteer launcher, not ${browser.type}`);
  let cdp = cdpSessions.get(session.id);
  if (!cdp) {
    cdp = await browser.getPage(session.id).createCDPSession();
    cdpSessions.set(session.id, cdp);
  }
  return cdp;
}

/**
 * `executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })`: Windows' high
 * contrast modes. web-test-runner's own `emulateMedia` passes `forcedColors` to Playwright only,
 * and Puppeteer's `emulateMediaFeatures` refuses the feature, so this speaks CDP itself.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const value = /** @type {{ value?: unknown }} */ (payload)?.value;
    if (value !== 'active' && value !== 'none') throw new Error(`emulate-forced-colors: value must be 'active' or 'none', not ${String(value)}`);
    const cdp = await cdpFor(session, command);
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

/**
 * `executeServerCommand('accessible-names', { roles: ['heading', 'button'] })`: the role and name
 * of every node of those roles in the page, as Chromium's accessibility tree computes them for
 * screen readers (CDP), in tree order: what axe cannot judge, such as text run together.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const accessibleNamesPlugin = {
  name: 'accessible-names',
  async executeCommand({ command, payload, session }) {
    if (command !== 'accessible-names') return undefined;
    const roles = /** @type {{ roles?: unknown }} */ (payload)?.roles;
    if (!Array.isArray(roles) || roles.length === 0) throw new Error('accessible-names: roles must be a list of roles');
    const cdp = await cdpFor(session, command);
    const { nodes } = /** @type {{ nodes: Array<{ ignored?: boolean; role?: { value?: string }; name?: { value?: string } }> }} */ (await cdp.send('Accessibility.getFullAXTree', {}));
    return nodes.filter((n) => !n.ignored && roles.includes(n.role?.value)).map((n) => ({ role: n.role?.value, name: n.name?.value ?? '' }));
  },
};

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  // Workspace packages resolve to their TypeScript sources, as in the Node tests.
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), forcedColorsPlugin, accessibleNamesPlugin],
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
