/**
 * `<hall-shop-directory>` in every state: all streets and one street, both
 * languages, the Japanese ways of typing (hiragana and half-width katakana),
 * "open now" on a public holiday, the filters, no results with "clear filters",
 * no shops at all, loading, error and retry, long names, a narrow container, the
 * dark theme, a shop's detail, 10,000 shops in the virtualised list, hostile data
 * and the order by kind. The fake API (.storybook/fake-client.ts) answers with 31
 * shops on three streets; `now` is fixed to noon on Tuesday 3 November 2026
 * (文化の日, a public holiday), so the stories look the same whatever today is.
 *
 * The virtualised list may make Chromium report "ResizeObserver loop completed with
 * undelivered notifications" on `window` (see docs/elements/shop-directory.md). It
 * is an error event without an `error`, which neither Vitest nor Storybook counts
 * as an unhandled error: the story tests only print it.
 */
import '@promotion-hall/elements/define/hall-shop-directory.js';
import type { HallShopDirectory } from '@promotion-hall/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { NAUGHTY_SHOP_NAMES } from '../.storybook/fake-client.js';
import type { HallStoryArgs } from '../.storybook/preview.js';
import { expectErrorWithRetry, hall, INHERITED_DOCS_ONLY, langOf, nothingRan, present, text, watchAlerts, widget } from './support/play.js';

/** "Now" for every story: Tuesday 3 November 2026 (文化の日, a public holiday in the fake `/calendar`), 12:00 in Japan. */
const NOW = new Date('2026-11-03T12:00:00+09:00');

interface DirectoryArgs extends HallStoryArgs {
  street: string;
  'sync-url': boolean;
  'local-limit': number;
  /** The element's own language; unset, it speaks the provider's (the toolbar's). */
  lang: 'ja' | 'en' | undefined;
  /** "Now", for "open now" and today's row in the detail (a property, not an attribute). */
  now: Date;
  onHallShopSelect: (event: Event) => void;
  onHallSearch: (event: Event) => void;
}

const directory = (args: DirectoryArgs) => html`
  <hall-shop-directory
    theme=${args.theme}
    street=${ifDefined(args.street || undefined)}
    ?sync-url=${args['sync-url']}
    local-limit=${args['local-limit']}
    lang=${ifDefined(args.lang)}
    .now=${args.now}
    @hall-shop-select=${args.onHallShopSelect}
    @hall-search=${args.onHallSearch}
  ></hall-shop-directory>
`;

// ---- helpers for the play functions ---------------------------------------------

const { element, shadow, part, parts } = widget<HallShopDirectory>('hall-shop-directory');

const dialog = (canvas: HTMLElement) => shadow(canvas).querySelector<HTMLDialogElement>('dialog');
const searchBox = (canvas: HTMLElement) => shadow(canvas).querySelector<HTMLInputElement>('#q')!;

/** The count line as the catalogue words it. */
const countText = (lang: 'ja' | 'en', count: number) => (lang === 'ja' ? `${count}件のお店` : `${count} shops`);

/** The kinds' badges in the order of SHOP_CATEGORIES (what "sort by kind" follows). */
const KIND_LABELS = {
  ja: ['飲食店', '食品', '物販', 'サービス', '美容・理容', '医療・健康', '教育・文化', '宿泊', 'その他'],
  en: ['Restaurants', 'Food', 'Retail', 'Services', 'Beauty', 'Health', 'Education and culture', 'Lodging', 'Other'],
} as const;


/** Waits until the shops are loaded (the count is shown) and returns the count's text. */
/** The count once every page has arrived (no "Loading… n of N" left). */
async function loaded(canvas: HTMLElement, timeout = 3000): Promise<string> {
  return text(await present(() => (part(canvas, 'progress') ? null : part(canvas, 'count')), 'the count with every page loaded', timeout));
}

/** The rows the virtualiser has drawn, in list order. */
const rows = (canvas: HTMLElement) =>
  [...shadow(canvas).querySelectorAll<HTMLElement>('[role="listitem"]')].sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')));
const cardNames = (canvas: HTMLElement) => rows(canvas).map((row) => row.querySelector('.card-name')?.textContent ?? '');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Scrolls the list into the viewport (a virtualiser draws only the rows a visitor
 * could see) and waits until it has drawn them: three frames without a change.
 */
async function rowsDrawn(canvas: HTMLElement): Promise<HTMLElement[]> {
  const list = await present(() => part(canvas, 'list'), 'the list');
  list.scrollIntoView({ block: 'nearest' });
  let last = -1;
  for (let quiet = 0, i = 0; quiet < 3 && i < 200; i++) {
    await frame();
    const now = rows(canvas).length;
    quiet = now === last && now > 0 ? quiet + 1 : 0;
    last = now;
  }
  const drawn = rows(canvas);
  if (drawn.length === 0) throw new Error('the list drew no rows');
  return drawn;
}

/**
 * Replaces what the search box holds, typing as a visitor would (one key at a time).
 * The box is focused and emptied with Backspace here: `userEvent.clear` and `type`
 * look for the focus in the document, where a shadow root's input never is (the host
 * is), and user-event does not see a selection made inside a shadow root.
 */
async function search(canvas: HTMLElement, value: string): Promise<void> {
  const box = searchBox(canvas);
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
  if (box.value) await userEvent.keyboard('{Backspace}'.repeat(box.value.length));
  if (value) await userEvent.keyboard(value);
  await expect(box.value).toBe(value);
}

/** Opens the filters disclosure. */
async function openFilters(canvas: HTMLElement): Promise<HTMLDetailsElement> {
  const details = part(canvas, 'filter') as HTMLDetailsElement;
  if (!details.open) await userEvent.click(details.querySelector('summary')!);
  await waitFor(() => expect(details.open).toBe(true));
  return details;
}

/** The checkbox of the filter labelled `label`. */
function checkbox(canvas: HTMLElement, label: string): HTMLInputElement {
  const found = [...part(canvas, 'filter')!.querySelectorAll('label')].find((l) => text(l) === label)?.querySelector('input');
  if (!found) throw new Error(`no filter "${label}"`);
  return found;
}

/** The element's box holds everything: no text or control sticks out sideways. */
async function expectNoSidewaysOverflow(canvas: HTMLElement, ...boxes: Array<HTMLElement | null>): Promise<void> {
  for (const box of [element(canvas), part(canvas, 'base'), ...boxes]) {
    if (box) await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
  }
}



/** What searching カフェ finds, however it is typed: the two shops with カフェ in their names. */
const CAFES = { ja: ['カフェ こもれび', 'ブックカフェ 栞'], en: ['Café Komorebi', 'ブックカフェ 栞'] } as const;

async function expectCafes(canvas: HTMLElement, lang: 'ja' | 'en'): Promise<void> {
  await waitFor(() => expect(text(part(canvas, 'count'))).toBe(countText(lang, 2)));
  await rowsDrawn(canvas);
  await expect(cardNames(canvas)).toEqual(CAFES[lang]);
}

// ---- the stories ----------------------------------------------------------------

/**
 * Members the manifest lists that the stories set otherwise: the properties behind the
 * attributes above, `api-base` (the provider gives the client), `era` (the directory
 * shows no years) and the read-only getters. Listed in the docs, without a control.
 */
const docsOnly: Record<string, { control: false }> = {
  ...INHERITED_DOCS_ONLY,
  syncUrl: { control: false },
  localLimit: { control: false },
  era: { control: false },
};

const meta = {
  title: 'Elements/Shop directory',
  component: 'hall-shop-directory',
  render: directory,
  args: {
    street: '',
    'sync-url': false,
    'local-limit': 10_000,
    lang: undefined,
    now: NOW,
    onHallShopSelect: fn(),
    onHallSearch: fn(),
  },
  argTypes: {
    theme: { table: { disable: true } },
    street: { control: 'select', options: ['', 'sakura-dori', 'midorizaka', 'ekimae'] },
    'local-limit': { control: { type: 'number', min: 1, max: 100_000 } },
    now: { control: false },
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
    ...docsOnly,
  },
  parameters: hall('data'),
} satisfies Meta<DirectoryArgs>;
export default meta;
type Story = StoryObj<DirectoryArgs>;

/** Every street's shops in 五十音 order, each with its kind, streets and whether it is open now. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await expect(await loaded(canvasElement)).toBe(countText(lang, 31));
    const drawn = await rowsDrawn(canvasElement);
    await expect(drawn[0]).toHaveAttribute('aria-setsize', '31');
    await expect(cardNames(canvasElement)[0]).toBe(lang === 'ja' ? 'カフェ こもれび' : 'Café Komorebi');
    await expect(text(drawn[0])).toContain(lang === 'ja' ? 'さくら通り商店街' : 'Sakura-dori');
    await expect(text(drawn[0])).toContain(lang === 'ja' ? '営業中' : 'Open now');
    // Without `street`, the filters offer the three streets (and "all").
    const select = await present(() => part(canvasElement, 'filter')!.querySelector('select option[value="sakura-dori"]')?.closest('select'), 'the street filter');
    await expect(select.options).toHaveLength(4);
    await expect(part(canvasElement, 'clear-button')).toBeNull();
  },
};

/** `street="midorizaka"`: only that street's shops (`streetId` in the request); no street filter. */
export const OneStreet: Story = {
  args: { street: 'midorizaka' },
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await expect(await loaded(canvasElement)).toBe(countText(lang, 11));
    for (const row of await rowsDrawn(canvasElement)) await expect(text(row)).toContain(lang === 'ja' ? 'みどり坂商店会' : 'Midorizaka');
    await openFilters(canvasElement);
    await expect(part(canvasElement, 'filter')!.querySelector('option[value="midorizaka"]')).toBeNull();
    // The street given by the page is no filter of the visitor's: nothing to clear.
    await expect(part(canvasElement, 'clear-button')).toBeNull();
  },
};

/** `lang="en"` on the element wins over the page; a name without English stays Japanese, marked `lang="ja"`. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await expect(await loaded(canvasElement)).toBe('31 shops');
    await expect(part(canvasElement, 'base')).toHaveAttribute('lang', 'en');
    await expect(text(shadow(canvasElement).querySelector('.search-label'))).toBe('Search by name, reading or kind of shop');
    await rowsDrawn(canvasElement);
    await expect(cardNames(canvasElement).slice(0, 3)).toEqual(['Café Komorebi', 'Shoe & Key Repair', 'クリーニング しらゆき']);
    const japaneseOnly = rows(canvasElement)[2]!.querySelector('.card-name');
    await expect(japaneseOnly).toHaveAttribute('lang', 'ja');
    await expect(rows(canvasElement)[0]!.querySelector('.card-name')).toHaveAttribute('lang', 'en');
  },
};

/** Hiragana finds katakana: `かふぇ` finds the two カフェ shops; `hall-search` says how long the query was, never what it was. */
export const SearchKana: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const lang = langOf(globals);
    await loaded(canvasElement);
    await search(canvasElement, 'かふぇ');
    await expectCafes(canvasElement, lang);
    await expect(part(canvasElement, 'clear-button')).toBeTruthy();
    await waitFor(() => expect(args.onHallSearch).toHaveBeenLastCalledWith(expect.objectContaining({ detail: { queryLength: 3, filters: [], resultCount: 2 } })), {
      timeout: 3000,
    });
    // Said to screen readers once typing pauses.
    await waitFor(() => expect(text(shadow(canvasElement).querySelector('[role="status"]'))).toBe(countText(lang, 2)), { timeout: 3000 });
  },
};

/** Half-width katakana finds full width: `ｶﾌｪ` finds the same two shops. */
export const HalfWidth: Story = {
  play: async ({ canvasElement, globals }) => {
    await loaded(canvasElement);
    await search(canvasElement, 'ｶﾌｪ');
    await expectCafes(canvasElement, langOf(globals));
  },
};

/**
 * "Open now" at noon on 文化の日: shops resting on Tuesdays and shops closed on public
 * holidays drop out (the bakery), the bar (18:00–25:30) stays in: it opens for a holiday lunch.
 */
export const OpenNow: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await expect(await loaded(canvasElement)).toBe(countText(lang, 31));
    await openFilters(canvasElement);
    await userEvent.click(checkbox(canvasElement, lang === 'ja' ? '今営業中のお店だけ' : 'Open now only'));
    await waitFor(() => expect(text(part(canvasElement, 'count'))).toBe(countText(lang, 21)));
    await expect(text(part(canvasElement, 'filter')!.querySelector('summary'))).toBe(lang === 'ja' ? '絞り込み(1)' : 'Filters (1)');
    for (const row of await rowsDrawn(canvasElement)) await expect(row.querySelector('.badge.open')).toBeTruthy();
    // The bakery closes on public holidays; the bar's dated exception opens it at 11:30 today.
    await search(canvasElement, 'こむぎ');
    await present(() => part(canvasElement, 'empty'), 'the empty state');
    await search(canvasElement, 'よあけ');
    await present(() => part(canvasElement, 'list'), 'the list');
    await rowsDrawn(canvasElement);
    await expect(cardNames(canvasElement)).toEqual([lang === 'ja' ? '酒場 よあけ' : 'Sakaba Yoake']);
    await search(canvasElement, '');
    await waitFor(() => expect(text(part(canvasElement, 'count'))).toBe(countText(lang, 21)));
  },
};

/** The filters disclosure open: street and order, "open now", and the four fieldsets (the accessibility check sees them all). */
export const FiltersOpen: Story = {
  play: async ({ canvasElement, globals }) => {
    await loaded(canvasElement);
    const details = await openFilters(canvasElement);
    const legends = [...details.querySelectorAll('fieldset legend')].map(text);
    await expect(legends).toEqual(langOf(globals) === 'ja' ? ['業種', '支払い方法', 'サービス', 'バリアフリー'] : ['Kind of shop', 'Payment', 'Services', 'Barrier-free']);
    await expect(details.querySelectorAll('input[type="checkbox"]')).toHaveLength(1 + 9 + 5 + 5 + 4);
    await expect(details.querySelectorAll('select')).toHaveLength(2);
  },
};

/** A search that finds nothing: the message and "clear filters", which brings every shop back and the focus to the search box. */
export const NoResults: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await loaded(canvasElement);
    await search(canvasElement, 'すきやき');
    const empty = await present(() => part(canvasElement, 'empty'), 'the empty state');
    await expect(text(part(canvasElement, 'count'))).toBe(countText(lang, 0));
    await expect(text(empty)).toContain(lang === 'ja' ? '条件に合うお店はありません。' : 'No shops match.');
    await expect(part(canvasElement, 'list')).toBeNull();
    const clear = empty.querySelector('button')!;
    await expect(text(clear)).toBe(lang === 'ja' ? '条件をクリア' : 'Clear filters');
    await userEvent.click(clear);
    await waitFor(() => expect(text(part(canvasElement, 'count'))).toBe(countText(lang, 31)));
    await expect(searchBox(canvasElement).value).toBe('');
    await expect(shadow(canvasElement).activeElement).toBe(searchBox(canvasElement));
    await rowsDrawn(canvasElement);
  },
};

/** No shops at all: the message, and no "clear filters" (the visitor has filtered nothing). */
export const NoShops: Story = {
  parameters: hall('shops-empty'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await expect(await loaded(canvasElement)).toBe(countText(lang, 0));
    const empty = await present(() => part(canvasElement, 'empty'), 'the empty state');
    // Nothing is filtered: "nothing to show", not "no shops match".
    await expect(text(empty)).toBe(lang === 'ja' ? '該当するものはありません。' : 'Nothing to show.');
    await expect(empty.querySelector('button')).toBeNull();
    await expect(part(canvasElement, 'clear-button')).toBeNull();
  },
};

/** The API never answers: the skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  parameters: hall('loading'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'loading')).toHaveAttribute('aria-busy', 'true'));
    await expect(part(canvasElement, 'skeleton')).toBeTruthy();
    await expect(part(canvasElement, 'count')).toBeNull();
    await expect(parts(canvasElement, 'shop-card')).toHaveLength(0);
  },
};

/** Every request fails: a message (`role="alert"`) and a retry button. */
export const Failed: Story = {
  name: 'Error',
  parameters: hall('error'),
  play: async ({ canvasElement }) => expectErrorWithRetry(canvasElement, shadow, ['list', 'count']),
};

/** The first load fails; "retry" loads again and the thirty-one shops appear. */
export const ErrorThenRetry: Story = {
  parameters: hall('error-once'),
  play: async ({ canvasElement, globals }) => {
    const retry = await present(() => part(canvasElement, 'retry-button'), 'the retry button');
    await userEvent.click(retry);
    await expect(await loaded(canvasElement)).toBe(countText(langOf(globals), 31));
    await expect(part(canvasElement, 'error')).toBeNull();
    await rowsDrawn(canvasElement);
  },
};

/** Names and readings far longer than a row: they wrap, nothing sticks out, in the list or the detail. */
export const LongNames: Story = {
  parameters: hall('long-titles'),
  play: async ({ canvasElement, globals }) => {
    await expect(await loaded(canvasElement)).toBe(countText(langOf(globals), 5));
    const drawn = await rowsDrawn(canvasElement);
    await expect(drawn).toHaveLength(5);
    await expectNoSidewaysOverflow(canvasElement, part(canvasElement, 'list'), ...parts(canvasElement, 'shop-card'));
    await userEvent.click(parts(canvasElement, 'shop-card')[0]!);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    await expectNoSidewaysOverflow(canvasElement, dialog(canvasElement));
  },
};

/** In a 360 px column: the rows, the filters and the detail fit. */
export const NarrowContainer: Story = {
  render: (args) => html`<div class="hall-story-360">${directory(args)}</div>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await rowsDrawn(canvasElement);
    await openFilters(canvasElement);
    await expectNoSidewaysOverflow(canvasElement, part(canvasElement, 'filter'), part(canvasElement, 'list'), ...parts(canvasElement, 'shop-card'));
  },
};

/** `theme="dark"` (the toolbar's theme, fixed to dark here). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(element(canvasElement)).toHaveAttribute('theme', 'dark');
    await expect(getComputedStyle(element(canvasElement)).colorScheme).toBe('dark');
    await rowsDrawn(canvasElement);
  },
};

/** A click on a shop opens its detail: the week from today (marked), payments, links; the page hears `hall-shop-select`. */
export const ShopDetail: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const lang = langOf(globals);
    await loaded(canvasElement);
    await rowsDrawn(canvasElement);
    await userEvent.click(parts(canvasElement, 'shop-card')[0]!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('dialog[open]')).toBeTruthy());
    const box = dialog(canvasElement)!;
    await expect(text(box.querySelector('#dialog-title'))).toBe(lang === 'ja' ? 'カフェ こもれび' : 'Café Komorebi');
    const today = box.querySelectorAll('.hours tr[aria-current="date"]');
    await expect(today).toHaveLength(1);
    await expect(text(today[0])).toMatch(lang === 'ja' ? /^今日 11\/3 \(火\) 08:00–18:00$/ : /^Today 11\/3 \(Tue\) 08:00–18:00$/);
    await expect(box.querySelectorAll('.hours tr')).toHaveLength(7);
    await expect(box.querySelectorAll('svg.icon')).toHaveLength(3);
    await expect(box.querySelector('[part~="phone-link"]')?.getAttribute('href')).toMatch(/^tel:0\d{9}$/);
    await expect(box.querySelector('[part~="map-link"]')?.getAttribute('href')).toMatch(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
    await expect(box.querySelector('[part~="website-link"]')).toHaveAttribute('href', 'https://komorebi.example.jp/');
    // The New Year closure, ahead of today, under "special days".
    await expect(text(box)).toContain(lang === 'ja' ? '年末年始休業' : 'New Year holidays');
    await waitFor(() => expect(shadow(canvasElement).activeElement?.id).toBe('dialog-title'));
    await expect(args.onHallShopSelect).toHaveBeenCalledWith(expect.objectContaining({ detail: { id: 'cafe-komorebi' } }));
  },
};

/** A large set still arriving: the first page is shown and searchable at once, with how far the loading has got. */
export const PagesArriving: Story = {
  parameters: hall('shops-arriving'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    const progress = await present(() => part(canvasElement, 'progress'), 'the progress');
    await expect(text(progress)).toBe(lang === 'ja' ? '読み込み中… 31件中 20件' : 'Loading… 20 of 31 shops');
    await expect(text(part(canvasElement, 'count'))).toBe(countText(lang, 20));
    await expect(part(canvasElement, 'list')).toHaveAttribute('aria-busy', 'true');
    await expect((await rowsDrawn(canvasElement)).length).toBeGreaterThan(0);
  },
};

/** 10,000 shops: all counted and searchable, fewer than a hundred rows drawn. */
export const TenThousandShops: Story = {
  parameters: hall('shops-many'),
  play: async ({ canvasElement }) => {
    await expect(await loaded(canvasElement, 15_000)).toMatch(/10,?000/);
    const drawn = await rowsDrawn(canvasElement);
    await expect(drawn.length).toBeGreaterThan(3);
    await expect(drawn.length).toBeLessThan(100);
    await expect(drawn[0]).toHaveAttribute('aria-setsize', '10000');
    await search(canvasElement, '薬局 ふじ 41');
    await waitFor(() => expect(cardNames(canvasElement)).toEqual(['薬局 ふじ 41号店']));
    await expect(rows(canvasElement)[0]).toHaveAttribute('aria-setsize', '1');
  },
};

/**
 * Hostile data: markup, script, right-to-left overrides (one never closed), zalgo and
 * emoji in names, readings, kinds, descriptions and 定休日 show as text; a web site
 * with `user@host` is left out; nothing runs.
 */
export const NaughtyStrings: Story = {
  parameters: hall('shops-naughty'),
  beforeEach: watchAlerts,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await rowsDrawn(canvasElement);
    const names = cardNames(canvasElement);
    await expect(names[0]).toBe('<script>alert(1)</script>');
    for (const name of names) await expect(NAUGHTY_SHOP_NAMES).toContain(name);
    await userEvent.click(parts(canvasElement, 'shop-card')[0]!);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    const box = dialog(canvasElement)!;
    await expect(box.querySelector('#dialog-title')?.textContent).toBe('<script>alert(1)</script>');
    await expect(box.querySelector('.description')?.textContent).toMatch(/^<script>alert\(1\)<\/script>\njavascript:alert\(1\)\n<a href="javascript:alert\(1\)">/);
    await expect(box.querySelector('[part~="website-link"]')).toBeNull();
    const root = shadow(canvasElement);
    await expect(root.querySelector('script, img, iframe, object, embed, style, b, svg:not(.icon), a[href^="javascript:"]')).toBeNull();
    await nothingRan();
  },
};

/** Sorted by kind (restaurants first, "other" last), 五十音 within each kind. */
export const SortedByKind: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await loaded(canvasElement);
    await openFilters(canvasElement);
    const sort = await present(() => part(canvasElement, 'filter')!.querySelector<HTMLSelectElement>('select:has(option[value="category"])'), 'the sort select');
    await userEvent.selectOptions(sort, 'category');
    const kinds = () => rows(canvasElement).map((row) => KIND_LABELS[lang].indexOf(text(row.querySelector('.card-meta [part~="badge"]')) as never));
    await waitFor(() => expect(cardNames(canvasElement)[0]).toBe(lang === 'ja' ? 'カフェ こもれび' : 'Café Komorebi'));
    await rowsDrawn(canvasElement);
    await expect(kinds().every((kind, i, all) => kind >= 0 && (i === 0 || kind >= all[i - 1]!))).toBe(true);
    await expect(kinds()[0]).toBe(0);
    // The last shop, once scrolled to: the information centre, the one of kind "other".
    const list = part(canvasElement, 'list')!;
    list.scrollTop = list.scrollHeight;
    await waitFor(() => expect(rows(canvasElement).at(-1)).toHaveAttribute('aria-posinset', '31'));
    await expect(kinds().at(-1)).toBe(KIND_LABELS.ja.length - 1);
  },
};
