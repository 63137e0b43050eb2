/**
 * examples/react end to end: the app bundled with esbuild (React's production build, the
 * workspace packages from source), served with its index.html by the real reference server
 * (strict Content-Security-Policy, demo data), driven in Debian's Chromium. The React-rendered
 * tags upgrade, the calendar shows the month from the real API, and opening an event calls
 * the React `onHallEventSelect` handler with `{ id, occurrenceId, category }`.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { HallEventSelectDetail } from '@promotion-hall/react';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { startTestServer, type TestServer } from '../../../packages/server/test/support/test-server.js';
import { bundle } from '../build.js';

const EXAMPLE = fileURLToPath(new URL('../', import.meta.url));

/** Next month in Japan, `YYYY-MM`: the demo data (relative to today) always has events then. */
function nextJapanMonth(): string {
  const japan = new Date(Date.now() + 9 * 3_600_000);
  return new Date(Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
}

interface PageRecord {
  consoleErrors: string[];
  pageErrors: string[];
  failedResponses: string[];
}

function watch(page: Page): PageRecord {
  const record: PageRecord = { consoleErrors: [], pageErrors: [], failedResponses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) record.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  return record;
}

const executablePath = findChromium();
const skip = executablePath
  ? false
  : 'no Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH';

describe('examples/react: @promotion-hall/react in a React 19 app', { skip }, () => {
  let siteDir: string;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    // The page as the example ships it, with the test's entry (the same <App>) as its script.
    siteDir = mkdtempSync(path.join(tmpdir(), 'hall-react-'));
    copyFileSync(path.join(EXAMPLE, 'index.html'), path.join(siteDir, 'index.html'));
    await bundle(path.join(EXAMPLE, 'test/fixture.tsx'), path.join(siteDir, 'dist/app.js'));
    [server, browser] = await Promise.all([
      startTestServer({ config: { siteDir, accessLog: false } }),
      chromium.launch({ executablePath: executablePath as string, headless: true, args: CHROMIUM_ARGS }),
    ]);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  });

  it('renders upgraded elements, the month from the real API, and calls onHallEventSelect with the event', async (t) => {
    const month = nextJapanMonth();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const record = watch(page);
    const response = await page.goto(`${server.url}/?month=${month}`, { waitUntil: 'networkidle' });
    assert.ok(response?.ok(), `GET / answered ${response?.status()}`);

    // React rendered the tags; the wrappers' imports registered them, so they upgraded.
    const upgraded = await page.evaluate(() =>
      ['hall-provider', 'hall-event-calendar', 'hall-shop-directory'].map((tag) => {
        const element = document.querySelector(tag);
        return [tag, element !== null && element.constructor === customElements.get(tag)] as const;
      }),
    );
    assert.deepEqual(upgraded, [['hall-provider', true], ['hall-event-calendar', true], ['hall-shop-directory', true]]);
    // Props reached the elements as properties (the provider's api-base, the calendar's month).
    assert.deepEqual(
      await page.evaluate(() => [document.querySelector('hall-provider')!.apiBase, document.querySelector('hall-event-calendar')!.month]),
      ['/api/v1', month],
    );

    // The month on screen, with the API's events for it.
    const calendar = page.locator('hall-event-calendar');
    await calendar.locator('[part~="grid"][aria-busy="false"]').waitFor();
    const dates = await calendar.locator('[role="gridcell"]').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.date!));
    assert.ok(dates.some((d) => d.startsWith(month)), `the grid shows ${month}`);
    const api = (await (await fetch(`${server.api}/events?from=${month}-01&to=${month}-28&limit=500`)).json()) as {
      items: Array<{ id: string; occurrenceId: string; category: string }>;
    };
    assert.ok(api.items.length > 0, `the demo data has events in ${month}`);
    const shown = await calendar.locator('[part~="event"]').count();
    assert.ok(shown > 0, 'the grid shows events');
    t.diagnostic(`${month}: ${api.items.length} occurrences from the API up to the 28th, ${shown} event parts in the grid`);

    // Opening an event: the element fires hall-event-select, React's handler gets the detail.
    await calendar.locator(`[role="gridcell"][data-date^="${month}"] [part~="event"]`).first().click();
    await page.waitForFunction(() => (Reflect.get(window, '__hallReact') as { selected: unknown[] }).selected.length > 0);
    const selected = await page.evaluate(() => (Reflect.get(window, '__hallReact') as { selected: HallEventSelectDetail[] }).selected);
    assert.equal(selected.length, 1, 'the handler ran once (StrictMode adds no second listener)');
    const detail = selected[0]!;
    assert.deepEqual(Object.keys(detail).sort(), ['category', 'id', 'occurrenceId']);
    const all = (await (await fetch(`${server.api}/events?from=${dates[0]}&to=${dates[dates.length - 1]}&limit=500`)).json()) as {
      items: Array<{ id: string; occurrenceId: string; category: string }>;
    };
    const match = all.items.find((e) => e.occurrenceId === detail.occurrenceId);
    assert.ok(match, `the selected occurrence ${detail.occurrenceId} is one the API returned`);
    assert.deepEqual(detail, { id: match.id, occurrenceId: match.occurrenceId, category: match.category });
    // React re-rendered from the handler's state.
    assert.match((await page.getByTestId('selected-event').textContent())!, new RegExp(`選んだ催し: ${detail.id}`));
    t.diagnostic(`onHallEventSelect: ${JSON.stringify(detail)}`);

    assert.deepEqual(record.pageErrors, [], 'uncaught errors in the page');
    assert.deepEqual(record.consoleErrors, [], 'console errors');
    assert.deepEqual(record.failedResponses, [], 'failed requests');
    await context.close();
  });
});
