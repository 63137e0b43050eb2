/**
 * The embed pages in a real browser, framed the way a site builder that strips <script>
 * frames them: a host page on another origin (http://localhost:<port>) with no script at
 * all and a strict policy of its own, holding only an <iframe> of
 * http://127.0.0.1:<port>/embed/…. The widget must render inside the frame with 0 CSP
 * violations and 0 errors. Needs `npm run build` (npm test runs it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { TestServer } from '../../../packages/server/test/support/test-server.js';
import { assertClean, skipWithoutChromium, startSite, watch, type PageRecord, type SiteUnderTest } from './support/site-browser.js';

/** Serves a host page holding only `<iframe src=embedUrl>` on the server's other loopback name. */
async function openHostPage(context: BrowserContext, server: TestServer, embedPath: string, title: string): Promise<{ page: Page; record: PageRecord; frame: Frame }> {
  const embedOrigin = server.url; // http://127.0.0.1:<port>
  const hostUrl = `${embedOrigin.replace('127.0.0.1', 'localhost')}/association/${embedPath.split('?')[0]!.split('/').pop()}.html`;
  assert.notEqual(new URL(hostUrl).origin, embedOrigin, 'the host page is on another origin');
  const page = await context.newPage();
  const record = watch(page);
  await page.route(hostUrl, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `default-src 'none'; frame-src ${embedOrigin}` },
      // Width and height as attributes: the host's policy allows no style at all.
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>Our street</h1><iframe src="${embedOrigin}${embedPath}" title="${title}" width="900" height="700"></iframe></body></html>`,
    }),
  );
  await page.goto(hostUrl, { waitUntil: 'load' });
  const frame = page.frames().find((f) => f.url().startsWith(`${embedOrigin}/embed/`));
  assert.ok(frame, `no frame of ${embedOrigin}${embedPath}: ${page.frames().map((f) => f.url()).join(', ')} ${JSON.stringify(record)}`);
  return { page, record, frame };
}

/** What the page recorder saw in the frame itself, with what the page-level listeners saw. */
async function collectFrame(frame: Frame, record: PageRecord): Promise<PageRecord> {
  const inFrame = await frame.evaluate(() => (Reflect.get(window, '__hallE2e') as { violations: string[] }).violations);
  return { ...record, cspViolations: [...record.cspViolations, ...inFrame.map((v) => `frame: ${v}`)] };
}

describe('embed pages framed by a site without scripts', { skip: skipWithoutChromium }, () => {
  let site: SiteUnderTest;

  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  it('renders the calendar in the frame, in English, with 0 CSP violations and 0 errors', async () => {
    const { page, record, frame } = await openHostPage(site.context, site.server, '/embed/calendar?lang=en', 'Events at the hall');
    // The host page itself ran nothing, and framing it was allowed (frame-ancestors *).
    assert.equal(await page.locator('script').count(), 0);
    const embed = page.frameLocator('iframe');
    const grid = embed.locator('hall-event-calendar [part~="grid"][aria-busy="false"]');
    await grid.waitFor({ timeout: 15_000 });
    assert.equal(await grid.getAttribute('role'), 'grid');
    assert.ok((await embed.locator('hall-event-calendar [part~="day"]').count()) >= 28, 'a month of days');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
    assert.match((await embed.locator('hall-event-calendar [part~="heading"]').textContent()) ?? '', /[A-Z][a-z]+ \d{4}/);
    assertClean(await collectFrame(frame, record));
    await page.close();
  });

  it('shows the booking form’s first step in the frame', async () => {
    const { page, record, frame } = await openHostPage(site.context, site.server, '/embed/booking?lang=en', 'Book a consultation');
    const booking = page.frameLocator('iframe').locator('hall-consultation-booking');
    await booking.locator('[part~="service"]').first().waitFor({ timeout: 15_000 });
    assert.ok((await booking.locator('[part~="service"]').count()) > 0, 'the consultation menus');
    assert.match((await booking.locator('#step-heading').textContent()) ?? '', /Consultation/);
    assertClean(await collectFrame(frame, record));
    await page.close();
  });
});
