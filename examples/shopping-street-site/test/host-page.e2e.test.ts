/**
 * The three widgets on association pages whose CSS was never written with them in mind, from
 * the real server on a loopback port, in Chromium. Two kinds of page:
 *
 * - A theme's page: the root font size of 62.5 % (the "62.5 % technique" of many Japanese
 *   WordPress themes, body text at 1.6rem), `* { box-sizing: content-box }`, and a content
 *   block whose text is centred, pre-wrapped (site builders' embed blocks), indented and
 *   upper-cased. Every element inside each widget must have the same font size and box as on
 *   a plain page: nothing of the page's CSS reaches in except the font size the host inherits.
 * - Layouts that size a box by its content (shrink-to-fit): a centring flex column, a flex
 *   row beside an aside, an inline-block, a table cell beside text, `fit-content`, a grid's
 *   `auto` column, a grid's `1fr` column narrower than a phone. A widget there takes its
 *   preferred width (60em) or what there is: never 0, never wider than its column or the page.
 *
 * Needs `npm run build` (npm test runs it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { assertClean, collect, onSiteClock, recordInPage, skipWithoutChromium, startHostSite, startSite, watch, type HostSite, type PageRecord, type SiteUnderTest } from './support/site-browser.js';

const WIDGETS = ['hall-event-calendar', 'hall-shop-directory', 'hall-consultation-booking'] as const;

/** A theme's CSS, as found on association sites. */
const THEME_CSS = `
html { font-size: 62.5%; }
body { font-size: 1.6rem; line-height: 2; }
*, *::before, *::after { box-sizing: content-box; }
.entry-content { text-align: center; white-space: pre-wrap; text-indent: 2em; text-transform: uppercase; }
`;

/** Shrink-to-fit containers, each around one widget (a style attribute each: the host page allows inline styles). */
const SHRINK_TO_FIT: Record<string, { outer: string; inner?: string; beside?: string }> = {
  'a centring flex column': { outer: 'display:flex; flex-direction:column; align-items:center' },
  'a flex row beside an aside': { outer: 'display:flex; gap:16px', beside: '<aside>お知らせ：年末年始は休館します。</aside>' },
  'an inline-block': { outer: 'display:inline-block' },
  'a table cell beside text': { outer: 'display:table; inline-size:100%', inner: 'display:table-cell', beside: '<div style="display:table-cell">商店街からのお知らせ。年末年始の営業時間は各店舗にお問い合わせください。</div>' },
  'a fit-content box, centred': { outer: 'inline-size:fit-content; margin-inline:auto' },
  "a grid's auto column": { outer: 'display:grid; grid-template-columns:auto 1fr', beside: '<aside>お知らせ</aside>' },
  "a grid's 1fr column of 300 px": { outer: 'display:grid; grid-template-columns:1fr; inline-size:300px' },
  'a flex: 1 sidebar beside flex: 3 content': { outer: 'display:flex; inline-size:600px', inner: 'flex:1', beside: '<div style="flex:3">本文</div>' },
};

function widgetMarkup(tag: string): string {
  return tag === 'hall-consultation-booking' ? `<${tag} source="hikari"></${tag}>` : `<${tag}></${tag}>`;
}

/** An association's page with the three widgets under one provider; `body` places them. */
function pageHtml(apiBase: string, body: string, css = ''): string {
  return [
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>栄町銀座商店会</title>',
    `<script type="module" src="${apiBase.replace(/\/api\/v1$/, '')}/widgets/hall-elements.js"></script>`,
    css ? `<style>${css}</style>` : '',
    `</head><body><hall-provider api-base="${apiBase}" lang="ja">${body}</hall-provider></body></html>`,
  ].join('\n');
}

/** Waits until each widget shows its first data: the calendar's month, the directory's count, the booking form's services. */
async function widgetsReady(page: Page): Promise<void> {
  await page.locator('hall-event-calendar [part~="grid"][aria-busy="false"], hall-event-calendar [part~="list"]:not([aria-busy])').first().waitFor();
  await page.locator('hall-shop-directory [part~="count"]').first().waitFor();
  await page.locator('hall-consultation-booking [part~="service"]').first().waitFor();
}

/**
 * Every element in each widget's shadow root: its font size and its box, relative to its host
 * (to 0.1 px), keyed by its place in the tree. Hidden elements (a closed dialog) have a font
 * size and an empty box.
 */
async function widgetLayout(page: Page): Promise<Record<string, string>> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate((tags) => {
    const out: Record<string, string> = {};
    for (const tag of tags) {
      const host = document.querySelector(tag)!;
      const origin = host.getBoundingClientRect();
      out[tag] = `host ${Math.round(origin.width * 10) / 10}×${Math.round(origin.height * 10) / 10}`;
      const stack: Array<[Element | ShadowRoot, string]> = [[host.shadowRoot!, tag]];
      while (stack.length > 0) {
        const [node, key] = stack.pop()!;
        [...node.children].forEach((child, index) => {
          const name = `${key}/${child.localName}${child.getAttribute('part') ? `[${child.getAttribute('part')}]` : ''}:${index}`;
          const box = child.getBoundingClientRect();
          const at = [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => Math.round(n * 10) / 10);
          out[name] = `${getComputedStyle(child).fontSize} ${at[0]},${at[1]} ${at[2]}×${at[3]}`;
          stack.push([child, name]);
        });
      }
    }
    return out;
  }, [...WIDGETS]);
}

/** What differs between two layouts, at most `limit` lines. */
function differences(plain: Record<string, string>, themed: Record<string, string>, limit = 12): string[] {
  const keys = new Set([...Object.keys(plain), ...Object.keys(themed)]);
  const lines = [...keys].filter((key) => plain[key] !== themed[key]).map((key) => `${key}: ${plain[key] ?? '(none)'} → ${themed[key] ?? '(none)'}`);
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`] : lines;
}

describe('the widgets on association pages with their own CSS', { skip: skipWithoutChromium }, () => {
  let site: SiteUnderTest;
  let host: HostSite;
  let context: BrowserContext;
  let apiBase: string;

  before(async () => {
    host = await startHostSite();
    // An empty icon of the site's own, so the browser's request for one is not a failed request.
    host.serve('/favicon.ico', { type: 'image/x-icon', body: '' });
    site = await startSite({ hostOrigins: [host.origin] });
    apiBase = `${site.server.url}/api/v1`;
    context = await onSiteClock(await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' }));
    await context.addInitScript(recordInPage);
  });
  after(async () => {
    await site?.close();
    await host?.close();
  });

  /** Opens the page, listening from the start for what would go wrong on it (errors, failed requests). */
  async function open(pathname: string, html: string): Promise<{ page: Page; record: PageRecord }> {
    host.serve(pathname, { type: 'text/html; charset=utf-8', body: html });
    const page = await context.newPage();
    const record = watch(page);
    await page.goto(`${host.origin}${pathname}`, { waitUntil: 'networkidle' });
    await widgetsReady(page);
    return { page, record };
  }

  it("looks the same on a theme's page (root font 62.5 %, content-box, centred pre-wrapped text) as on a plain page", async (t) => {
    const body = `<main style="inline-size:900px"><div class="entry-content">${WIDGETS.map((tag) => `<section>${widgetMarkup(tag)}</section>`).join('')}</div></main>`;
    const layouts: Array<Record<string, string>> = [];
    for (const [name, css] of [['plain', ''], ['theme', THEME_CSS]] as const) {
      const { page, record } = await open(`/${name}.html`, pageHtml(apiBase, body, css));
      // An event's detail too: the dialog and its facts, read once the rooms' names have arrived
      // (the detail asks for them when it opens), so both pages show the same words.
      const rooms = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/venues'), { timeout: 10_000 });
      await page.locator('hall-event-calendar [part~="event"]').first().click();
      await page.locator('hall-event-calendar dialog[open]').waitFor();
      await rooms;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      layouts.push(await widgetLayout(page));
      assertClean(await collect(page, record));
      await page.close();
    }
    const [plain, themed] = layouts as [Record<string, string>, Record<string, string>];
    t.diagnostic(`${Object.keys(plain).length} elements compared; calendar ${plain['hall-event-calendar']}, directory ${plain['hall-shop-directory']}, booking form ${plain['hall-consultation-booking']}`);
    assert.ok(Object.keys(plain).length > 300, `only ${Object.keys(plain).length} elements: the widgets did not render`);
    assert.deepEqual(differences(plain, themed), []);
  });

  for (const [viewport, expected] of [
    [{ width: 1280, height: 900 }, (available: number, em: number) => Math.min(60 * em, available)],
    [{ width: 360, height: 800 }, (available: number) => available],
  ] as const) {
    it(`takes its preferred width or what there is in shrink-to-fit layouts, ${viewport.width} px wide`, async (t) => {
      const body = Object.entries(SHRINK_TO_FIT)
        .flatMap(([name, layout]) =>
          WIDGETS.map((tag) => {
            const widget = layout.inner ? `<div style="${layout.inner}">${widgetMarkup(tag)}</div>` : widgetMarkup(tag);
            return `<div class="case" data-case="${name}" style="${layout.outer}">${widget}${layout.beside ?? ''}</div>`;
          }),
        )
        .join('\n');
      const { page, record } = await open(`/shrink-${viewport.width}.html`, pageHtml(apiBase, `<main>${body}</main>`, 'body { margin: 8px }'));
      await page.setViewportSize(viewport);
      const widths = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.case')].map((box) => {
          const widget = box.querySelector('hall-event-calendar, hall-shop-directory, hall-consultation-booking')!;
          // What the widget's column gives it: the case's box, or the cell or sidebar around the widget.
          const column = widget.parentElement === box ? box : widget.parentElement!;
          return {
            name: `${box.dataset.case}: ${widget.localName}`,
            width: widget.getBoundingClientRect().width,
            column: Math.min(column.getBoundingClientRect().width, document.body.clientWidth),
            available: document.body.clientWidth,
            em: parseFloat(getComputedStyle(widget).fontSize),
          };
        }),
      );
      t.diagnostic(widths.map((w) => `${w.name} ${Math.round(w.width)} px`).join('; '));
      const wrong = widths.filter((w) => {
        // A column of its own (300 px, a sidebar): exactly its width, not a pixel wider.
        if (/1fr column|sidebar/.test(w.name)) return Math.abs(w.width - w.column) > 0.5;
        const want = expected(w.available, w.em);
        // Beside an aside or text, the widget shares the row: some of it (never 0), at most what it wants.
        if (/beside|auto column/.test(w.name)) return w.width < 5 * w.em - 0.5 || w.width > want + 0.5;
        return Math.abs(w.width - want) > 0.5;
      });
      assert.deepEqual(wrong.map((w) => `${w.name}: ${Math.round(w.width)} px of ${w.available}`), []);
      assertClean(await collect(page, record));
      await page.close();
    });
  }
});
