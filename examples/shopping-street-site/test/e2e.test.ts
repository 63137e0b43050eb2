/**
 * The example site end to end: the real server (strict Content-Security-Policy at `/`,
 * the built CDN bundles at `/widgets/`) and Debian's Chromium driven by playwright-core.
 * A host page must load the widgets with 0 CSP violations, 0 console errors, 0 page
 * errors and 0 axe violations; a page loading the bundles twice must throw nothing.
 * Each widget issue adds its own user flow here. Needs `npm run build` (npm test runs it).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SITE_CSP } from '../../../packages/server/src/routes/static.js';
import type { TestServer } from '../../../packages/server/test/support/test-server.js';
import {
  AXE_TAGS,
  REPO,
  assertClean,
  axeViolations,
  collect,
  onSiteClock,
  recordInPage,
  routeEnglishEdition,
  siteNow,
  skipWithoutChromium,
  startSite,
  watch,
  type PageRecord,
  type SiteUnderTest,
} from './support/site-browser.js';
import { apiShopTotal, flat, bookingFlow, calendarFlow, chooseSlotByPointer, chooseSlotWithKeyboard, directoryFlow, fillDetailsWithKeyboard, shownShopCount } from './support/widget-flows.js';

const SCREENSHOT = path.join(REPO, 'test-output/shopping-street-site.png');

/**
 * Globals the bundled libraries set on purpose; anything else new on `window` fails the
 * test (targets.md: "no globals beyond one namespace", which we leave unused).
 * Lit's copies register their versions (so two copies on one page can be detected) and
 * its decorators' metadata; zod 4 keeps its configuration and schema registry where every
 * copy shares them (so our `jitless` setting also applies to a host page's own zod 4).
 */
const LIBRARY_GLOBALS = new Set([
  'litPropertyMetadata',
  'reactiveElementVersions',
  'litHtmlVersions',
  'litElementVersions',
  '__zod_globalConfig',
  '__zod_globalRegistry',
]);

describe('example site: ひかり通り商店会 (shopping-street-site)', { skip: skipWithoutChromium }, () => {
  let site: SiteUnderTest;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    site = await startSite();
    ({ server, browser, context } = site);
  });

  after(async () => {
    await site?.close();
  });

  it('loads under the strict CSP with 0 violations, 0 errors and 0 axe violations', async (t) => {
    const page = await context.newPage();
    const record = watch(page);
    const response = await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    assert.ok(response, 'GET / got no response');
    assert.ok(response.ok(), `GET / answered ${response.status()}`);
    // The page runs on the site's clock (HALL_E2E_NOW when scripts/e2e-dates.mjs sets it).
    const pageNow = await page.evaluate(() => Date.now());
    assert.ok(Math.abs(pageNow - siteNow()) < 60_000, `the page's clock says ${new Date(pageNow).toISOString()}, the site's ${new Date(siteNow()).toISOString()}`);

    // The page is served with the strict policy host pages are promised to be able to use.
    const csp = response.headers()['content-security-policy'] ?? '';
    assert.equal(csp, SITE_CSP);
    assert.match(csp, /(?:^|;)\s*script-src 'self'\s*(?:;|$)/);
    assert.match(csp, /(?:^|;)\s*style-src 'self'\s*(?:;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);

    // The one script tag defined the elements, and the provider in the page was upgraded.
    const upgraded = await page.evaluate(async () => {
      await customElements.whenDefined('hall-provider');
      const provider = document.querySelector('hall-provider');
      return { defined: customElements.get('hall-provider') !== undefined, upgraded: provider?.constructor === customElements.get('hall-provider') };
    });
    assert.deepEqual(upgraded, { defined: true, upgraded: true });

    const newGlobals = await page.evaluate(() => {
      const before = new Set((Reflect.get(window, '__hallE2e') as { initialGlobals: string[] }).initialGlobals);
      return Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    });
    const unexpected = newGlobals.filter((name) => !LIBRARY_GLOBALS.has(name));
    t.diagnostic(`globals added by the bundle: ${newGlobals.join(', ') || 'none'}`);
    assert.deepEqual(unexpected, [], 'globals on window besides the libraries’ own');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const loaded = await collect(page, record);
    t.diagnostic(
      `CSP violations ${loaded.cspViolations.length}, console errors ${loaded.consoleErrors.length}, page errors ${loaded.pageErrors.length}, failed requests ${loaded.failedResponses.length}; screenshot ${path.relative(REPO, SCREENSHOT)}`,
    );
    assertClean(loaded);

    // Same context and page: the page keeps its real policy, and the recorders keep listening.
    const axe = await axeViolations(page);
    t.diagnostic(`axe (${AXE_TAGS.join(', ')}): ${axe.length} violations`);
    assert.deepEqual(axe, [], 'axe violations');
    assertClean(await collect(page, record));
    await page.close();
  });

  it('throws nothing when the bundles are loaded twice in one page', async () => {
    // A host page that includes the all-in-one bundle three times (three URLs, so three
    // copies run). Only this document is made up; it carries the
    // site's policy, and the bundles come from the real server.
    const twice = `${server.url}/twice.html`;
    const page = await context.newPage();
    await page.route(twice, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': SITE_CSP },
        body: [
          '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>二重読み込み</title><link rel="icon" href="data:,">',
          '<script type="module" src="/widgets/hall-elements.js"></script>',
          '<script type="module" src="/widgets/hall-elements.js?copy=2"></script>',
          '<script type="module" src="/widgets/hall-elements.js?copy=3"></script>',
          '</head><body><hall-provider api-base="/api/v1" lang="ja"><p>二重読み込み</p></hall-provider></body></html>',
        ].join(''),
      }),
    );
    const record = watch(page);
    const response = await page.goto(twice, { waitUntil: 'networkidle' });
    assert.ok(response?.ok());

    const state = await page.evaluate(() => ({
      defined: customElements.get('hall-provider') !== undefined,
      upgraded: document.querySelector('hall-provider')?.constructor === customElements.get('hall-provider'),
      // Each copy of Lit that runs adds its version here: proof that all three copies ran.
      litCopies: (Reflect.get(window, 'litElementVersions') as unknown[] | undefined)?.length ?? 0,
    }));
    assert.deepEqual(state, { defined: true, upgraded: true, litCopies: 3 });
    assertClean(await collect(page, record));
    await page.close();
  });

  it('works on a Trusted Types page (require-trusted-types-for \'script\'): all three widgets used, 0 violations', async (t) => {
    // The site's policy plus Trusted Types enforcement. Lit creates one policy named
    // "lit-html" per copy (several single-widget bundles on a page are several copies),
    // which is all the widgets need: no other sink takes a string.
    const policy = `${SITE_CSP}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
    const page = await context.newPage();
    const record = watch(page);
    await page.route(`${server.url}/trusted-types.html`, async (route) => {
      const original = await (await fetch(`${server.url}/`)).text();
      await route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }, body: original });
    });
    const response = await page.goto(`${server.url}/trusted-types.html`, { waitUntil: 'networkidle' });
    assert.equal(response?.headers()['content-security-policy'], policy);
    assert.equal(await page.evaluate(() => typeof (window as { trustedTypes?: unknown }).trustedTypes), 'object', 'the browser enforces Trusted Types');

    // Each widget renders and re-renders: a day opened, a search typed, the booking's details step.
    const calendar = page.locator('hall-event-calendar');
    await calendar.locator('[part~="grid"][aria-busy="false"]').waitFor();
    await calendar.locator('[part~="event"]').first().click();
    await calendar.locator('dialog[open] .detail').waitFor();
    await page.keyboard.press('Escape');
    const directory = page.locator('hall-shop-directory');
    await directory.locator('#q').fill('かふぇ');
    // The list is virtualised: its rows exist once it is on screen.
    await directory.locator('[part~="list"]').scrollIntoViewIfNeeded();
    await directory.locator('[part~="shop-card"]').first().click();
    await directory.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await chooseSlotByPointer(page);
    await page.locator('hall-consultation-booking #name').waitFor();

    const seen = await collect(page, record);
    t.diagnostic(`policy: ${policy.split('; ').slice(-2).join('; ')}; CSP/TT violations ${seen.cspViolations.length}, errors ${seen.pageErrors.length + seen.consoleErrors.length}`);
    assertClean(seen);
    await page.close();
  });

  it('calendar: this month from the real API on the right Japan days, a day opened with the keyboard, an event shown (browser in Los Angeles)', async (t) => {
    // A visitor abroad: Japan dates and times must not follow the browser's zone.
    const abroad = await onSiteClock(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'America/Los_Angeles' }));
    await abroad.addInitScript(recordInPage);
    const page = await abroad.newPage();
    const record = watch(page);
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), 'America/Los_Angeles');
    t.diagnostic(await calendarFlow(page, server, 'ja'));
    assertClean(await collect(page, record));
    await abroad.close();
  });

  it('shop directory: the browser finds what the server finds, a katakana name typed in hiragana, "open now", a shop opened with the keyboard', async (t) => {
    const page = await context.newPage();
    const record = watch(page);
    await page.goto(`${server.url}/#shops`, { waitUntil: 'networkidle' });
    const input = page.locator('hall-shop-directory #q');
    await page.locator('hall-shop-directory [part~="count"]').waitFor();
    // The same folding on both paths: the widget (in the browser) and the API (in Node) find as many shops.
    for (const q of ['ｶﾌｪ', 'かふぇ', 'カフェー', 'ぱん', 'ﾊﾟﾝ', 'ＣＡＦＥ', 'さかな や']) {
      await input.fill(q);
      await page.waitForTimeout(50);
      assert.equal(await shownShopCount(page), await apiShopTotal(server, `q=${encodeURIComponent(q)}`), `"${q}"`);
    }
    t.diagnostic(await directoryFlow(page, server, 'ja'));
    assertClean(await collect(page, record));
    await page.close();
  });

  it('in English (lang="en"): the three flows on one page — a day and an event opened, a shop found and opened, a consultation booked and cancelled — with 0 axe violations', async (t) => {
    const page = await context.newPage();
    const record = watch(page);
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.goto(await routeEnglishEdition(page, server), { waitUntil: 'networkidle' });
    const calendarHeading = flat(await page.locator('hall-event-calendar [part~="heading"]').textContent());
    assert.match(calendarHeading, /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    assert.match(flat(await page.locator('hall-shop-directory [part~="count"]').textContent()), /^\d[\d,]* shops?$/);
    assert.equal(flat(await page.locator('hall-consultation-booking #step-heading [aria-hidden="true"]').textContent()), 'Consultation');
    assert.deepEqual(await axeViolations(page), [], 'axe on the page as loaded');

    t.diagnostic(await calendarFlow(page, server, 'en'));
    t.diagnostic(await directoryFlow(page, server, 'en'));
    const person = { name: 'Kana Canary', furigana: 'かなりあ かな', email: 'canary-en-7731@example.jp', phone: '090-7731-2046' };
    const reference = await bookingFlow(page, server, 'en', person);
    t.diagnostic(`booking: ${reference} booked and cancelled in English`);
    assert.deepEqual(await axeViolations(page), [], 'axe after the three flows');
    const everything = [...seen, ...server.logs, page.url()].join('\n');
    for (const value of Object.values(person)) assert.ok(!everything.includes(value), `"${value}" leaked to URLs or logs`);
    assertClean(await collect(page, record));
    await page.close();
  });

  describe('consultation booking', () => {
    const CANARY = { name: '鈴木カナリア', furigana: 'すずき かなりあ', email: 'canary-e2e-5521@example.jp', phone: '090-5521-7730' };

    /** Everything the host page could see: the booking events' details, console lines, URLs requested. */
    async function hostPage(): Promise<{ page: Page; record: PageRecord; seen: string[] }> {
      const page = await context.newPage();
      const record = watch(page);
      const seen: string[] = [];
      page.on('console', (message) => seen.push(`console ${message.text()}`));
      page.on('request', (request) => seen.push(`url ${request.url()}`));
      await page.exposeFunction('__hallE2eEvent', (line: string) => seen.push(`event ${line}`));
      await page.addInitScript(() => {
        for (const type of ['hall-booking-submit', 'hall-booking-complete', 'hall-load-error']) {
          document.addEventListener(type, (e) => (window as unknown as { __hallE2eEvent(l: string): void }).__hallE2eEvent(`${type} ${JSON.stringify((e as CustomEvent).detail)}`));
        }
      });
      await page.goto(`${server.url}/#consult`, { waitUntil: 'networkidle' });
      return { page, record, seen };
    }

    it('books with the keyboard alone, then cancels from the manage link; no personal data reaches the host page, URLs or logs', async (t) => {
      const { page, record, seen } = await hostPage();
      t.diagnostic(`booked and cancelled ${await bookingFlow(page, server, 'ja', CANARY)}`);

      const everything = [...seen, ...server.logs, page.url()].join('\n');
      for (const value of Object.values(CANARY)) assert.ok(!everything.includes(value), `"${value}" leaked to events, console, URLs or logs`);
      assert.ok(seen.some((line) => line.startsWith('event hall-booking-complete')), 'the complete event was seen');
      // Against the real server nothing failed to load, and the page heard of no failure.
      assert.deepEqual(seen.filter((line) => line.startsWith('event hall-load-error')), []);
      assertClean(await collect(page, record));
      await page.close();
    });

    it('hostile text in the free fields is sent, stored and shown back verbatim, and runs nothing', async () => {
      const { page, record } = await hostPage();
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      const hostile = {
        name: '<img src=x onerror=alert(1)>"\'\u202E',
        business: '</textarea><script>alert(2)</script>',
        topic: '${alert(3)} {{constructor.constructor("alert(4)")()}} <svg onload=alert(5)>',
      };
      await chooseSlotWithKeyboard(page);
      const booking = page.locator('hall-consultation-booking');
      await booking.locator('#name').fill(hostile.name);
      await booking.locator('#furigana').fill('あいう');
      await booking.locator('#email').fill('hostile@example.jp');
      await booking.locator('#phone').fill('03-1234-5678');
      await booking.locator('#applicantType').selectOption({ index: 1 });
      await booking.locator('#businessName').fill(hostile.business);
      await booking.locator('#topicCategory').selectOption({ index: 1 });
      await booking.locator('#topicText').fill(hostile.topic);
      await booking.locator('#consentPurpose').check();
      await booking.locator('#consentPrivacy').check();
      await booking.locator('[part~="next-button"]').click();
      const review = (await booking.locator('.booking').textContent())!;
      for (const value of Object.values(hostile)) assert.ok(review.includes(value), `the review shows ${JSON.stringify(value)} verbatim`);
      await booking.locator('[part~="next-button"]').click();
      await booking.locator('[part~="confirmation"]').waitFor();
      const reference = (await booking.locator('.reference').first().textContent())!.trim();
      const token = (await booking.locator('.token').textContent())!.trim();
      const stored = (await (await fetch(`${server.url}/api/v1/consultations/bookings/${reference}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        applicant: { name: string; business?: { name?: string } };
        topic: { text: string };
      };
      assert.deepEqual([stored.applicant.name, stored.applicant.business?.name, stored.topic.text], [hostile.name, hostile.business, hostile.topic]);
      assert.equal(dialogs, 0, 'no alert() ran');
      assert.equal(await page.evaluate(() => document.querySelector('hall-consultation-booking')!.shadowRoot!.querySelectorAll('img, script, svg:not(.icon)').length), 0);
      assertClean(await collect(page, record));
      await page.close();
    });

    it('two pages racing for the last place: one confirmation, one clear "taken" with the details kept', async () => {
      const [a, b] = await Promise.all([hostPage(), hostPage()]);
      for (const { page } of [a, b]) {
        await chooseSlotWithKeyboard(page);
        await fillDetailsWithKeyboard(page, { ...CANARY, email: `racer-${Math.random().toString(36).slice(2, 8)}@example.jp` }, 'ja');
      }
      await Promise.all([a, b].map(({ page }) => page.locator('hall-consultation-booking [part~="next-button"]').click()));
      const outcome = async (page: Page) =>
        Promise.race([
          page.locator('hall-consultation-booking [part~="confirmation"]').waitFor().then(() => 'booked'),
          page.locator('hall-consultation-booking .send-problem', { hasText: '埋まりました' }).waitFor().then(() => 'taken'),
        ]);
      const [first, second] = await Promise.all([outcome(a.page), outcome(b.page)]);
      assert.deepEqual([first, second].sort(), ['booked', 'taken']);
      const lost = first === 'taken' ? a : b;
      // The loser is back at the times, fresh from the server: the time just taken shows as full.
      // That may have been its day's last free time, so another is chosen from the first day that
      // still has one; after that, the details are as typed.
      const booking = lost.page.locator('hall-consultation-booking');
      await booking.locator('[part~="day-grid"][aria-busy="false"]').waitFor();
      assert.ok((await booking.locator('[part~="day-selected"]').count()) === 1, 'the chosen day stays selected');
      assert.ok((await booking.locator('.slot.full input[disabled]').count()) >= 1, 'the taken time shows as full');
      await booking.locator('[part~="day-available"]').first().click();
      await booking.locator('[part~="slot"] input:not([disabled])').first().check();
      const channels = booking.locator('input[name="channel"]');
      if ((await channels.count()) > 0) await channels.first().check();
      await booking.locator('[part~="next-button"]').click();
      assert.equal(await booking.locator('#name').inputValue(), CANARY.name);
      assert.match(await booking.locator('#email').inputValue(), /^racer-/);
      for (const { page } of [a, b]) await page.close();
    });

    it('a lost answer, then "send again": the same booking, never a second one', async () => {
      const { page, record } = await hostPage();
      await chooseSlotWithKeyboard(page);
      await fillDetailsWithKeyboard(page, { ...CANARY, email: 'lost-answer@example.jp' }, 'ja');
      let firstReference: string | undefined;
      const keys: string[] = [];
      let cutting = true;
      await page.route('**/api/v1/consultations/bookings', async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (!cutting) return route.continue();
        // The server books it (then replays it to the SDK's own retries); no answer reaches the browser.
        const response = await route.fetch();
        firstReference ??= ((await response.json()) as { reference: string }).reference;
        await route.abort('connectionreset');
      });
      const booking = page.locator('hall-consultation-booking');
      await booking.locator('[part~="next-button"]').click();
      await booking.locator('.send-problem').waitFor();
      assert.match((await booking.locator('.send-problem').textContent())!, /二重になることはありません/);
      cutting = false;
      await booking.locator('[part~="next-button"]', { hasText: 'もう一度送信する' }).click();
      await booking.locator('[part~="confirmation"]').waitFor();
      const reference = (await booking.locator('.reference').first().textContent())!.trim();
      assert.ok(firstReference, 'the server answered the first request');
      assert.equal(reference, firstReference, 'the retry was answered with the first booking');
      // The SDK's own retries and the visitor's "send again": one key for them all.
      assert.ok(keys.length >= 2);
      assert.equal(new Set(keys).size, 1, `keys: ${keys.join(', ')}`);
      // Failed requests here are the one we cut on purpose.
      const { failedResponses, pageErrors, cspViolations } = await collect(page, record);
      assert.deepEqual([failedResponses, pageErrors, cspViolations], [[], [], []]);
      await page.close();
    });
  });
});
