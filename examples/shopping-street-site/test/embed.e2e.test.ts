/**
 * The embed pages in a real browser, framed the way a site builder that strips <script>
 * frames them: a host page on another origin (http://localhost:<its port>) with no script at
 * all and a strict policy of its own, holding only an <iframe> of
 * http://127.0.0.1:<port>/embed/…. The widget must render inside the frame with 0 CSP
 * violations and 0 errors. Needs `npm run build` (npm test runs it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { escapeHtml } from '../../../packages/server/src/docs-page.js';
import { assertClean, skipWithoutChromium, startHostSite, startSite, watch, type HostSite, type PageRecord, type SiteUnderTest } from './support/site-browser.js';

/** Opens a page of the host site holding only an <iframe> of `embedPath` of the hall. */
async function openHostPage(context: BrowserContext, host: HostSite, embedOrigin: string, embedPath: string, title: string): Promise<{ page: Page; record: PageRecord; frame: Frame }> {
  const pathname = `/${title.replace(/\W+/g, '-').toLowerCase()}.html`;
  host.serve(pathname, {
    type: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': `default-src 'none'; frame-src ${embedOrigin}` },
    // Width and height as attributes: the host's policy allows no style at all.
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our street</title></head><body><h1>Our street</h1>` +
      `<iframe src="${escapeHtml(embedOrigin + embedPath)}" title="${escapeHtml(title)}" width="900" height="700"></iframe></body></html>`,
  });
  const page = await context.newPage();
  const record = watch(page);
  await page.goto(`${host.origin}${pathname}`, { waitUntil: 'load' });
  const frame = page.frames().find((f) => f.url() === `${embedOrigin}${embedPath}`);
  assert.ok(frame, `no frame of ${embedOrigin}${embedPath}: ${page.frames().map((f) => f.url()).join(', ')}`);
  return { page, record, frame };
}

/** What the page recorder saw in the frame itself, with what the page-level listeners saw. */
async function collectFrame(frame: Frame, record: PageRecord): Promise<PageRecord> {
  const inFrame = await frame.evaluate(() => (Reflect.get(window, '__hallE2e') as { violations: string[] }).violations);
  return { ...record, cspViolations: [...record.cspViolations, ...inFrame.map((v) => `frame: ${v}`)] };
}

describe('embed pages framed by a site without scripts', { skip: skipWithoutChromium }, () => {
  let site: SiteUnderTest;
  let host: HostSite;

  before(async () => {
    site = await startSite();
    host = await startHostSite();
    assert.notEqual(host.origin, site.server.url, 'the host page is on another origin');
  });
  after(async () => {
    await host?.close();
    await site?.close();
  });

  it('renders the calendar in the frame, in English, with 0 CSP violations and 0 errors', async () => {
    const { page, record, frame } = await openHostPage(site.context, host, site.server.url, '/embed/calendar?lang=en', 'Events at the hall');
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

  it('opened on its own (a preview, a link), the page asks for nothing that is missing: no /favicon.ico 404', async () => {
    const page = await site.context.newPage();
    const record = watch(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}/embed/calendar`, { waitUntil: 'networkidle' });
    await page.locator('hall-event-calendar [part~="grid"][aria-busy="false"]').waitFor({ timeout: 15_000 });
    assert.ok(!requested.includes('/favicon.ico'), `requests: ${requested.join(', ')}`);
    assertClean(record);
    await page.close();
  });

  it('shows the booking form’s first step in the frame', async () => {
    const { page, record, frame } = await openHostPage(site.context, host, site.server.url, '/embed/booking?lang=en', 'Book a consultation');
    const booking = page.frameLocator('iframe').locator('hall-consultation-booking');
    await booking.locator('[part~="service"]').first().waitFor({ timeout: 15_000 });
    assert.ok((await booking.locator('[part~="service"]').count()) > 0, 'the consultation menus');
    assert.match((await booking.locator('#step-heading').textContent()) ?? '', /Consultation/);
    assertClean(await collectFrame(frame, record));
    await page.close();
  });
});
