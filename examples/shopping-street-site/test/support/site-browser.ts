/**
 * What the example site's browser tests share: the real server serving the site and the
 * built CDN bundles, Debian's Chromium driven by playwright-core, the recorders of what a
 * host page's owner would see go wrong (CSP violations, console and page errors, failed
 * requests), axe run through CDP, and the English edition of the page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SITE_CSP } from '../../../../packages/server/src/routes/static.js';
import { CHROMIUM_ARGS, findChromium } from '../../../../scripts/chromium.mjs';
import { startTestServer, type TestServer } from '../../../../packages/server/test/support/test-server.js';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const SITE_DIR = path.join(REPO, 'examples/shopping-street-site');
export const WIDGETS_DIR = path.join(REPO, 'packages/elements/dist/cdn');
const AXE_SOURCE = readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.x A and AA, up to 2.2 (targets.md, "Accessibility"). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const executablePath = findChromium();

/** `false` when Chromium is here, else the reason the browser tests are skipped (and how to fix it). */
export const skipWithoutChromium: false | string = executablePath
  ? false
  : 'no Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH';

/** Runs in the page before any of its scripts (through CDP, so the page's CSP does not apply). */
export function recordInPage(): void {
  const record = { violations: [] as string[], initialGlobals: [] as string[] };
  Object.defineProperty(window, '__hallE2e', { value: record });
  record.initialGlobals = Object.getOwnPropertyNames(window);
  document.addEventListener('securitypolicyviolation', (e) => {
    record.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

export interface PageRecord {
  cspViolations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  failedResponses: string[];
}

/** Listens to everything a host page's owner would see go wrong. */
export function watch(page: Page): PageRecord {
  const record: PageRecord = { cspViolations: [], consoleErrors: [], pageErrors: [], failedResponses: [] };
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) record.cspViolations.push(`console: ${text}`);
    else if (message.type() === 'error') record.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) record.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  return record;
}

/** The CSP violations the page itself saw, added to the record. */
export async function collect(page: Page, record: PageRecord): Promise<PageRecord> {
  const inPage = await page.evaluate(() => (Reflect.get(window, '__hallE2e') as { violations: string[] }).violations);
  return { ...record, cspViolations: [...record.cspViolations, ...inPage.map((v) => `event: ${v}`)] };
}

export function assertClean(record: PageRecord): void {
  assert.deepEqual(record.cspViolations, [], 'Content-Security-Policy violations');
  assert.deepEqual(record.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(record.consoleErrors, [], 'console errors');
  assert.deepEqual(record.failedResponses, [], 'failed requests');
}

/**
 * axe's violations (WCAG A/AA up to 2.2) in the page, or inside the first element matching
 * `selector`, one line each. axe goes in through CDP (Playwright's evaluate), which the
 * page's CSP does not govern; a <script> tag would be inline or cross-origin and blocked.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, selector }) => {
      const axe = Reflect.get(window, 'axe') as { run(context: Element | Document, options: object): Promise<AxeResults> };
      const results = await axe.run(selector ? document.querySelector(selector)! : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: AXE_TAGS, selector },
  );
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The instant the site's tests run at. `HALL_E2E_NOW` (an ISO 8601 instant, e.g.
 * `2026-12-28T17:30:00+09:00`) moves the server's clock and every browser context's (Playwright's
 * clock, which also drives the pages' timers) to it, with time flowing from there; the dates
 * the tests compute come from it too. That is how the flows are checked at the instants where
 * dates go wrong (the year-end closure, midnight in Japan, a month's last evening) whenever CI
 * happens to run: `npm run test:e2e-dates`.
 */
const NOW_OVERRIDE = process.env.HALL_E2E_NOW;
const FAKE_START = NOW_OVERRIDE === undefined ? undefined : Date.parse(NOW_OVERRIDE);
assert.ok(FAKE_START === undefined || Number.isFinite(FAKE_START), `HALL_E2E_NOW is not an ISO 8601 instant: ${NOW_OVERRIDE}`);
const REAL_START = Date.now();

/** Now, for the site under test: the real clock, or `HALL_E2E_NOW` plus the time since the tests started. */
export function siteNow(): number {
  return FAKE_START === undefined ? Date.now() : FAKE_START + (Date.now() - REAL_START);
}

/** A browser context on the site's clock (a no-op without `HALL_E2E_NOW`). */
export async function onSiteClock(context: BrowserContext): Promise<BrowserContext> {
  if (FAKE_START !== undefined) await context.clock.install({ time: siteNow() });
  return context;
}

export interface SiteUnderTest {
  server: TestServer;
  browser: Browser;
  /** A visitor in Japan (ja-JP, Asia/Tokyo, 1280×900) with the page recorder installed. */
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * The real server on a loopback port serving the site and the built bundles, and Chromium.
 * `hostOrigins`: other sites (pages served through `page.route`) allowed to book, besides the site's own.
 */
export async function startSite(options: { hostOrigins?: readonly string[] } = {}): Promise<SiteUnderTest> {
  assert.ok(existsSync(path.join(WIDGETS_DIR, 'hall-elements.js')), `${WIDGETS_DIR}/hall-elements.js is missing: run \`npm run build\` first (npm test does).`);
  const [server, browser] = await Promise.all([
    // A known port, so the site's own origin can be allowed to book (as `npm start` allows its own).
    freePort().then((port) =>
      startTestServer({
        config: { siteDir: SITE_DIR, widgetsDir: WIDGETS_DIR, accessLog: false, port, allowedOrigins: [`http://127.0.0.1:${port}`, ...(options.hostOrigins ?? [])] },
        ...(FAKE_START === undefined ? {} : { now: siteNow }),
      }),
    ),
    chromium.launch({ executablePath: executablePath as string, headless: true, args: CHROMIUM_ARGS }),
  ]);
  const context = await onSiteClock(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' }));
  await context.addInitScript(recordInPage);
  return {
    server,
    browser,
    context,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Serves the association's page as an English edition would, at `/en.html` on the same
 * origin and under the same policy: only the languages change (`<html lang>` and the
 * provider's). Returns the edition's URL.
 */
export async function routeEnglishEdition(page: Page, server: TestServer): Promise<string> {
  const url = `${server.url}/en.html`;
  await page.route(url, async (route) => {
    const original = await (await fetch(`${server.url}/`)).text();
    const english = original.replace('<html lang="ja">', '<html lang="en">').replace('<hall-provider api-base="/api/v1" lang="ja">', '<hall-provider api-base="/api/v1" lang="en">');
    assert.notEqual(english, original, 'the page still has <html lang="ja"> and a provider with lang="ja"');
    await route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': SITE_CSP }, body: english });
  });
  return url;
}

export interface HostPage {
  type: string;
  body: string;
  /** More response headers, e.g. the page's own Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface HostSite {
  /** `http://localhost:<port>`: another origin than the hall's `http://127.0.0.1:<port>`. */
  origin: string;
  /** Serves `body` at `pathname` from now on. */
  serve(pathname: string, page: HostPage): void;
  close(): Promise<void>;
}

/**
 * An association's own site: a real server on another origin. Not `page.route`: Chromium's
 * local network access checks block requests to (and frames of) a loopback address from a
 * page that came from no address at all.
 */
export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, HostPage>();
  const server = createHttpServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': page.type, ...page.headers }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    serve: (pathname, page) => void pages.set(pathname, page),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
