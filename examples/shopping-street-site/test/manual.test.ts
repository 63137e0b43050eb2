/**
 * The associations' manual (docs/getting-started.md) kept true: its copy-paste snippets are
 * taken from the Markdown as written, pasted into an association's page on another origin
 * (a server of its own on localhost, the hall being on 127.0.0.1) under the Content-Security-Policy the manual
 * recommends, and must work there with 0 CSP violations, 0 errors and 0 axe violations.
 * The manual's screenshots are taken here: every run writes them to test-output/manual/,
 * and `npm run docs:screenshots` (HALL_WRITE_SCREENSHOTS=1) writes them to docs/images/.
 * Readable Japanese in them needs a CJK font on the machine (Debian: fonts-noto-cjk).
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { BookingInput } from '@promotion-hall/sdk/schemas';
import type { TestServer } from '../../../packages/server/test/support/test-server.js';
import { REPO, assertClean, axeViolations, collect, onSiteClock, recordInPage, skipWithoutChromium, startHostSite, startSite, watch, type HostPage, type HostSite, type SiteUnderTest } from './support/site-browser.js';
import { chooseSlotByPointer } from './support/widget-flows.js';
import { ja as SHARED_JA } from '../../../packages/elements/src/i18n/ja.js';

const MANUAL = path.join(REPO, 'docs/getting-started.md');
const IMAGES = 'images/getting-started';
const OUTPUT = path.join(REPO, 'test-output/manual');
const WRITE_TO_DOCS = process.env.HALL_WRITE_SCREENSHOTS === '1';

/** The hall's address as the manual writes it, replaced by the test server's. */
const HALL_IN_MANUAL = 'https://hall.example.jp';

/** The manual's snippets: a fenced block after each `<!-- snippet:name -->` marker. */
export function manualSnippets(markdown: string): Map<string, string> {
  const snippets = new Map<string, string>();
  for (const match of markdown.matchAll(/<!-- snippet:([\w-]+) -->\s*```[\w-]*\n([\s\S]*?)\n```/g)) {
    assert.ok(!snippets.has(match[1]!), `snippet "${match[1]}" appears twice in the manual`);
    snippets.set(match[1]!, match[2]!);
  }
  return snippets;
}

/** The images the manual shows, by file name. */
function manualImages(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
}

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the associations' manual (docs/getting-started.md): its snippets work as pasted", { skip: skipWithoutChromium }, () => {
  const markdown = readFileSync(MANUAL, 'utf8');
  const snippets = manualSnippets(markdown);
  const taken = new Set<string>();
  let site: SiteUnderTest;
  let host: HostSite;
  let server: TestServer;
  let context: BrowserContext;

  const snippet = (name: string) => {
    const text = snippets.get(name);
    assert.ok(text, `the manual has no snippet "${name}" (a fenced block after <!-- snippet:${name} -->)`);
    return text.replaceAll(HALL_IN_MANUAL, server.url);
  };

  /** The policy line of the manual, for the association's page. */
  const policy = () => {
    const line = snippet('csp');
    assert.match(line, /^Content-Security-Policy: /);
    const value = line.slice('Content-Security-Policy: '.length);
    assert.doesNotMatch(value, /unsafe-inline|unsafe-eval/);
    return value;
  };

  /** Opens the association's page at `pathname`, serving it (and `more` files) under the manual's policy. */
  async function hostPage(pathname: string, html: string, more: Record<string, HostPage> = {}): Promise<Page> {
    const headers = { 'content-security-policy': policy() };
    host.serve(pathname, { type: 'text/html; charset=utf-8', headers, body: html });
    for (const [file, page] of Object.entries(more)) host.serve(file, { ...page, headers });
    const page = await context.newPage();
    return page;
  }

  /** A screenshot of `target` (its top `maxHeight` pixels at most) for the manual. */
  async function shoot(name: string, target: Locator, maxHeight = 800): Promise<void> {
    const file = path.join(OUTPUT, `${name}.png`);
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    assert.ok(box, `${name}: the element is not visible`);
    // The box is in the viewport's coordinates; a full-page clip takes the document's.
    const scrollY = await target.page().evaluate(() => window.scrollY);
    await target.page().screenshot({ path: file, animations: 'disabled', fullPage: true, clip: { ...box, y: box.y + scrollY, height: Math.min(box.height, maxHeight) } });
    const { width, height } = pngSize(file);
    assert.ok(width >= 300 && height >= 150, `${name}.png is ${width}×${height}: the element did not render at its size`);
    taken.add(`${IMAGES}/${name}.png`);
    if (WRITE_TO_DOCS) copyFileSync(file, path.join(REPO, 'docs', IMAGES, `${name}.png`));
  }

  before(async () => {
    host = await startHostSite();
    // An empty icon of the site's own, so the browser's request for one does not fail.
    host.serve('/favicon.ico', { type: 'image/x-icon', body: '' });
    site = await startSite({ hostOrigins: [host.origin] });
    server = site.server;
    // A narrower window than the site's tests, so the pictures read well in the manual.
    context = await onSiteClock(await site.browser.newContext({ viewport: { width: 960, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' }));
    await context.addInitScript(recordInPage);
    mkdirSync(OUTPUT, { recursive: true });
    if (WRITE_TO_DOCS) mkdirSync(path.join(REPO, 'docs', IMAGES), { recursive: true });
  });

  after(async () => {
    await site?.close();
    await host?.close();
  });

  it('has every snippet a reader needs', () => {
    assert.deepEqual([...snippets.keys()].sort(), ['booking', 'calendar', 'csp', 'directory', 'iframe', 'script', 'theme']);
  });

  it('the script line and the three elements, on another origin under the recommended policy: each widget works, 0 CSP violations, 0 errors, 0 axe violations', async (t) => {
    const page = await hostPage(
      '/index.html',
      [
          '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>栄町銀座商店会</title>',
          snippet('script'),
          '</head><body><main><h1>栄町銀座商店会</h1>',
          `<section><h2>イベント</h2>${snippet('calendar')}</section>`,
          `<section><h2>お店さがし</h2>${snippet('directory')}</section>`,
          `<section><h2>経営相談</h2>${snippet('booking')}</section>`,
          '</main></body></html>',
      ].join('\n'),
    );
    const record = watch(page);
    await page.goto(`${host.origin}/index.html`, { waitUntil: 'networkidle' });

    const calendar = page.locator('hall-event-calendar');
    await calendar.locator('[part~="grid"][aria-busy="false"]').waitFor();
    const days = await calendar.locator('[role="gridcell"]').count();
    assert.ok(days >= 28, `the month grid has ${days} days`);
    await shoot('calendar', calendar);

    const directory = page.locator('hall-shop-directory');
    await directory.locator('[part~="count"]').waitFor();
    await directory.locator('#q').fill('かふぇ');
    await page.waitForTimeout(100);
    const cafes = Number(/(\d+)/.exec((await directory.locator('[part~="count"]').textContent()) ?? '')?.[1]);
    const street = /street="([^"]+)"/.exec(snippet('directory'))?.[1];
    assert.ok(street, 'the directory snippet names a street');
    const api = (await (await fetch(`${server.url}/api/v1/shops?q=${encodeURIComponent('かふぇ')}&streetId=${street}&limit=1`)).json()) as { total: number };
    assert.ok(cafes > 0, 'the street has cafés to show');
    assert.equal(cafes, api.total, `"かふぇ" on ${street}: as many as the API finds`);
    await shoot('directory', directory);

    const booking = page.locator('hall-consultation-booking');
    await booking.locator('[part~="service"]').first().waitFor();
    await shoot('booking', booking, 520);
    // Cross-origin and allowed: on to the free times.
    await booking.locator('[part~="service"] input').first().check();
    await booking.locator('[part~="next-button"]').click();
    await booking.locator('[part~="day-grid"][aria-busy="false"]').waitFor();

    assert.deepEqual(await axeViolations(page), [], 'axe on the association page');
    const seen = await collect(page, record);
    t.diagnostic(`${days} days in the calendar, ${cafes} cafés on ${street}, the booking form at its slot step; CSP ${seen.cspViolations.length}, errors ${seen.consoleErrors.length + seen.pageErrors.length}`);
    assertClean(seen);
    await page.close();
  });

  it('on a site the hall has not registered, the booking form says so before anything is typed (as the manual says)', async () => {
    const stranger = await startHostSite();
    try {
      stranger.serve('/favicon.ico', { type: 'image/x-icon', body: '' });
      stranger.serve('/', {
        type: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': policy() },
        body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>未登録のサイト</title>${snippet('script')}</head><body><main><h1>経営相談</h1>${snippet('booking')}</main></body></html>`,
      });
      const page = await context.newPage();
      await page.goto(`${stranger.origin}/`, { waitUntil: 'networkidle' });
      await chooseSlotByPointer(page);
      const booking = page.locator('hall-consultation-booking');
      const notice = booking.locator('[part~="not-allowed"]');
      await notice.waitFor();
      const said = (await notice.textContent()) ?? '';
      const quoted = /「(このページからは[^」]+)」/.exec(markdown)?.[1];
      assert.ok(quoted, 'the manual quotes the message');
      assert.ok(said.includes(quoted), `the form says "${said}", the manual quotes "${quoted}"`);
      assert.equal(await booking.locator('#name').inputValue(), '', 'nothing typed yet');
      await page.close();
    } finally {
      await stranger.close();
    }
  });

  it('the theme snippet recolours the widgets, and the themed calendar passes axe (contrast included)', async () => {
    const css = snippet('theme');
    const accent = /--hall-color-accent:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    assert.ok(accent, 'the theme snippet sets --hall-color-accent');
    const page = await hostPage(
      '/theme.html',
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>ひかり通り商店会</title><link rel="stylesheet" href="/site.css">${snippet('script')}</head><body><main><h1>イベント</h1>${snippet('calendar')}</main></body></html>`,
      { '/site.css': { type: 'text/css; charset=utf-8', body: css } },
    );
    const record = watch(page);
    await page.goto(`${host.origin}/theme.html`, { waitUntil: 'networkidle' });
    const calendar = page.locator('hall-event-calendar');
    await calendar.locator('[part~="grid"][aria-busy="false"]').waitFor();
    // Some part of the calendar is painted in the association's colour.
    const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16)).join(', ')})`;
    const painted = await page.evaluate((rgb) => {
      const root = document.querySelector('hall-event-calendar')!.shadowRoot!;
      return [...root.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return [style.color, style.backgroundColor, style.borderTopColor].includes(rgb);
      }).length;
    }, rgb);
    assert.ok(painted > 0, `no part of the calendar uses ${accent}`);
    await shoot('theme', calendar);
    assert.deepEqual(await axeViolations(page), [], 'axe on the themed page');
    assertClean(await collect(page, record));
    await page.close();
  });

  it('the iframe snippet shows the calendar on a page that has no script at all, under the manual’s policy with its frame-src', async () => {
    // What a site builder's page can be: no script of its own. Its policy is section 5's, plus
    // the frame-src that section 7 asks for (without it the frame stays empty).
    const frameSrc = /`(frame-src https:\/\/hall\.example\.jp)`/.exec(markdown)?.[1];
    assert.ok(frameSrc, 'the manual asks for frame-src with the hall’s server');
    host.serve('/frame.html', {
      type: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': `${policy()}; ${frameSrc.replace(HALL_IN_MANUAL, server.url)}` },
      body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>商店会</title></head><body><main><h1>イベント</h1>${snippet('iframe')}</main></body></html>`,
    });
    const page = await context.newPage();
    const record = watch(page);
    await page.goto(`${host.origin}/frame.html`, { waitUntil: 'networkidle' });
    const frame = page.frameLocator('iframe');
    await frame.locator('hall-event-calendar [part~="grid"][aria-busy="false"]').waitFor();
    assert.ok((await frame.locator('hall-event-calendar [role="gridcell"]').count()) >= 28);
    assert.equal(await page.locator('script').count(), 0, 'the host page has no script');
    assertClean(await collect(page, record));
    await page.close();
  });

  it('shows only screenshots this test takes, and each is in docs/images', () => {
    const shown = manualImages(markdown);
    assert.deepEqual([...shown].sort(), [...taken].sort(), 'the manual\'s images and the screenshots taken here');
    for (const image of shown) {
      const file = path.join(REPO, 'docs', image);
      assert.ok(existsSync(file), `${image} is missing: run npm run docs:screenshots`);
      const { width, height } = pngSize(file);
      assert.ok(width >= 300 && height >= 150, `${image} is ${width}×${height}`);
    }
  });
});

/** Dotted paths of a zod object's fields, down to `depth` levels (optional wrappers looked through). */
function fieldPaths(schema: unknown, prefix: string, depth: number): string[] {
  let def = (schema as { _zod: { def: { type: string; innerType?: unknown; shape?: Record<string, unknown> } } })._zod.def;
  while (def.type === 'optional' && def.innerType) def = (def.innerType as { _zod: { def: typeof def } })._zod.def;
  if (def.type !== 'object' || !def.shape || depth === 0) return [prefix];
  return Object.entries(def.shape).flatMap(([key, field]) => fieldPaths(field, prefix ? `${prefix}.${key}` : key, depth - 1));
}

describe('the FAQ (docs/faq.md) on what a widget shows when the hall cannot be reached or is not set', () => {
  it('quotes the widgets\' own words: the messages (their beginnings, before "…") and the retry button', () => {
    const faq = readFileSync(path.join(REPO, 'docs/faq.md'), 'utf8');
    const paragraph = /会館のサーバーが止まっているとき[^\n]*\n[^\n]*/.exec(faq)?.[0];
    assert.ok(paragraph, 'the FAQ says what shows when the server is down');
    const setup = /`api-base` を書き忘れると、[^\n]*\n[^\n]*/.exec(faq)?.[0];
    assert.ok(setup, 'the FAQ says what shows without an api-base');
    const quotes = [...`${paragraph}${setup}`.matchAll(/「([^」]+)」/g)].map((m) => m[1]!);
    assert.ok(quotes.length >= 4, `quotes: ${quotes.join(' / ')}`);
    const messages = Object.values(SHARED_JA);
    for (const quote of quotes) {
      const exact = !quote.endsWith('…');
      const said = quote.replace(/…$/, '');
      assert.ok(messages.some((m) => (exact ? m === said : m.startsWith(said))), `「${quote}」 is not what the widgets say`);
    }
  });
});

describe('the FAQ (docs/faq.md) on what the booking form collects', () => {
  it('names every field of a booking that comes from the visitor or their page', () => {
    const faq = readFileSync(path.join(REPO, 'docs/faq.md'), 'utf8');
    // The booking's own mechanics are not data about anyone: the slot and channel chosen,
    // the honeypot (always empty) and the form token.
    const mechanics = new Set(['slotId', 'channel', 'website', 'formToken']);
    const collected = [
      ...fieldPaths(BookingInput.shape.applicant, 'applicant', 2),
      ...fieldPaths(BookingInput.shape.topic, 'topic', 1),
      ...fieldPaths(BookingInput.shape.consents, 'consents', 1),
      ...fieldPaths(BookingInput.shape.source, 'source', 1),
    ];
    const others = Object.keys(BookingInput.shape).filter((key) => !mechanics.has(key) && !['applicant', 'topic', 'consents', 'source'].includes(key));
    assert.deepEqual(others, [], 'a new kind of booking field: add it to the FAQ and to this test');
    assert.ok(collected.length >= 13, `only ${collected.length} fields found: ${collected.join(', ')}`);
    const missing = collected.filter((field) => !faq.includes(`\`${field}\``));
    assert.deepEqual(missing, [], 'fields the FAQ does not name');
  });
});
