import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { CalendarResource, ShopsResource, StreetsResource, type Shop, type ShoppingStreet } from '@promotion-hall/sdk';
import { isOpenAt } from '@promotion-hall/sdk/opening-hours';
import {
  BARRIER_FREE_FILTERS,
  PAYMENT_FILTERS,
  SHOP_CATEGORIES,
  SHOP_SERVICES,
  type BarrierFreeFilter,
  type PaymentFilter,
  type ShopCategory,
  type ShopService,
} from '@promotion-hall/sdk/schemas';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { errorMessage } from '../../internal/error-message.js';
import { HallElement } from '../../internal/hall-element.js';
import { whenIdle } from '../../internal/when-idle.js';
import type { ClientWith, ResourceSet } from '../../internal/clients.js';
import { directoryMessages } from './messages.js';
import { addDays, japanToday } from '../../internal/japan-dates.js';
import { localized, text } from '../../internal/localized.js';
import { renderShopDetail } from './shop-detail.js';
import {
  activeFilterNames,
  assembleIndex,
  filterShops,
  filtersNeedFolding,
  indexShops,
  NO_FILTERS,
  ShopInterner,
  unfoldedEntries,
  type IndexEntry,
  type DirectoryFilters,
  type IndexedShop,
  type ShopIndex,
} from './shop-index.js';
import { widgetStyles } from '../../styles/widget.js';
import { shopDirectoryStyles } from './styles.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { HallSearchEvent, type HallSearchDetail } from '../../events/hall-search.js';
import { HallShopSelectEvent, type HallShopSelectDetail } from '../../events/hall-shop-select.js';

/** What `hall-shop-select` and `hall-search` tell the host page (src/events/). */
export type { HallSearchDetail, HallShopSelectDetail };

/** Where the directory's shops come from. */
type Data =
  /**
   * Held in the browser. While pages are still arriving, `loaded` < `total`: the shops so far
   * are shown and searched (in the server's order, so the first screen is already right).
   */
  | {
      readonly mode: 'local';
      readonly index: ShopIndex;
      readonly loaded: number;
      readonly total: number;
      /** The last page of a large set, in `index` but not folded yet (`unfoldedEntries`): folded when idle after it is shown. */
      readonly unfolded?: Unfolded;
    }
  /** Too many shops to hold: each search asks the server (`items` so far, `cursor` for more). */
  | { readonly mode: 'remote'; readonly items: readonly Shop[]; readonly cursor: string | null; readonly total: number; readonly loading: boolean };

/** A large set's last page, not folded yet: the earlier pages (folded), its shops, and the load's interner. */
interface Unfolded {
  readonly earlier: readonly IndexEntry[];
  readonly shops: readonly Shop[];
  readonly interner: ShopInterner;
}

type Load = { readonly status: 'loading' } | { readonly status: 'ready'; readonly data: Data } | { readonly status: 'error'; readonly error: unknown };

/** Results announced after typing pauses this long (ms): one announcement, not one per key. */
const ANNOUNCE_DELAY = 700;
/** Remote searches wait for typing to pause this long (ms). */
const REMOTE_DELAY = 250;
const PAGE = 500;

/** What the directory reads: shops, streets, and the days (holidays, for "open now"). */
type DirectoryResources = 'shops' | 'streets' | 'calendar';
type DirectoryClient = ClientWith<DirectoryResources>;
const directoryResources: ResourceSet<DirectoryResources> = { shops: ShopsResource, streets: StreetsResource, calendar: CalendarResource };

/**
 * The shops of the shopping streets, searchable the Japanese way: full/half width,
 * hiragana/katakana, long-vowel and hyphen variants all match (ｶﾌｪ, かふぇ and カフェー
 * find カフェ). Filters by street, kind, payment, services, barrier-free facts and
 * "open now" (Japan time, with public holidays and dated exceptions). The list is
 * virtualised: 10,000 shops render only the rows on screen.
 *
 * ```html
 * <script type="module" src="https://hall.example.jp/widgets/hall-shop-directory.js"></script>
 * <hall-shop-directory api-base="https://hall.example.jp/api/v1" street="sakaecho-ginza"></hall-shop-directory>
 * ```
 *
 * Up to `local-limit` shops (default 10,000) are loaded once and searched in the
 * browser with a pre-folded index; a larger set is searched by the server.
 *
 * @summary A searchable, filterable directory of the shopping streets' shops.
 * @fires {HallShopSelectEvent} hall-shop-select - The visitor opened a shop. `detail`: `{ id }`.
 * @fires {HallLoadErrorEvent} hall-load-error - The shops (or a search on the server) could not be loaded (the element says so, with a retry). `detail`: `{ kind, status }`: the SDK's kind of error and the HTTP status, if any.
 * @fires {HallSearchEvent} hall-search - The visitor changed the search. `detail`: `{ queryLength, filters, resultCount }` (never the text typed).
 * @csspart loading - The loading state (`aria-busy="true"`).
 * @csspart skeleton - The grey placeholder lines while loading.
 * @csspart progress - "Loading… 2,500 of 10,000 shops", while a large set is still arriving (the shops so far are shown and searched).
 * @csspart search - The search box and its label.
 * @csspart filter - The filters (a disclosure with fieldsets).
 * @csspart count - The number of shops found.
 * @csspart clear-button - "Clear filters".
 * @csspart list - The result list.
 * @csspart shop-card - One shop in the list (a button opening its detail).
 * @csspart badge - Badges (kind, open now).
 * @csspart detail - The shop's detail dialog.
 * @csspart map-link - In the detail: the shop on a map (a new window).
 * @csspart phone-link - In the detail: the shop's phone number, to call (`tel:`).
 * @csspart website-link - In the detail: the shop's web site (a new window).
 * @cssprop [--hall-directory-list-height=36em] - The result list's height before it scrolls.
 */
export class HallShopDirectory extends HallElement<DirectoryResources> {
  static override styles = [...[HallElement.styles].flat(), widgetStyles, shopDirectoryStyles];
  static override messages = directoryMessages;
  /** @internal */
  static override resources = directoryResources;

  /** Only the shops of this shopping street (its id); the street filter is then hidden. */
  @property()
  street: string | undefined;

  /** Keep the search in the page's address (`?shops-q=…`), so it can be shared and the back button works. */
  @property({ attribute: 'sync-url', type: Boolean })
  syncUrl = false;

  /** Above this many shops, searches go to the server instead of the browser. */
  @property({ attribute: 'local-limit', type: Number })
  localLimit = 10_000;

  /** The current instant, for "open now" (tests and previews fix it; default: the real time). */
  @property({ attribute: false })
  now: Date | undefined;

  @state() private filters: DirectoryFilters = NO_FILTERS;
  @state() private load: Load | undefined;
  @state() private streets: ReadonlyMap<string, ShoppingStreet> = new Map();
  @state() private holidays: ReadonlySet<string> = new Set();
  @state() private selected: Shop | undefined;
  @state() private announcement = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;

  #loadedFor: string | undefined;
  #abort: AbortController | undefined;
  #remoteAbort: AbortController | undefined;
  #remoteTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #results: { key: unknown[]; value: IndexedShop[] } | undefined;
  #opener: HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      this.#applyUrl();
      window.addEventListener('popstate', this.#onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#abort?.abort();
    this.#remoteAbort?.abort();
    for (const timer of [this.#remoteTimer, this.#announceTimer, this.#searchTimer]) clearTimeout(timer);
    this.#loadedFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && this.isConnected) {
      window.removeEventListener('popstate', this.#onPopState);
      window.addEventListener('popstate', this.#onPopState);
    }
    this.#startLoadIfNeeded();
  }

  // ---- time and "open now" --------------------------------------------------

  get #nowMs(): number {
    return (this.now ?? new Date()).getTime();
  }

  readonly #isHoliday = (date: string): boolean => this.holidays.has(date);

  #isOpen(shop: Shop): boolean {
    return isOpenAt(shop.hours, this.#nowMs, this.#isHoliday);
  }

  // ---- loading ----------------------------------------------------------------

  #startLoadIfNeeded(): void {
    const client = this.client;
    // Not on the page (removed in the task it was added in: Lit still renders it once): nothing is asked.
    if (!client || !this.isConnected) return;
    const street = this.street?.trim() || undefined;
    const key = JSON.stringify([street ?? null, this.localLimit, client.baseUrl]);
    if (this.#loadedFor === key && client === this.#loadedClient) return;
    this.#loadedFor = key;
    this.#loadedClient = client;
    this.#abort?.abort();
    // A search sent to the hall for the set being replaced: its answer (or failure) is not this set's.
    this.#remoteAbort?.abort();
    clearTimeout(this.#remoteTimer);
    const controller = new AbortController();
    this.#abort = controller;
    this.load = { status: 'loading' };
    const progress = (data: Data) => {
      if (!controller.signal.aborted) this.load = { status: 'ready', data };
    };
    this.#loadAll(client, street, controller.signal, progress).then(
      (data) => {
        if (controller.signal.aborted) return;
        this.load = { status: 'ready', data };
        if (data.mode === 'local' && data.unfolded) this.#foldWhenIdle(data);
        // A large set loaded again (after "retry", or another street) while the box or the filters
        // hold a search: the hall is asked for that search, not left showing the first page unfiltered.
        if (data.mode === 'remote' && this.#filtered) this.#scheduleRemoteSearch();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.load = { status: 'error', error };
        this.reportLoadError(error);
      },
    );
  }

  #loadedClient: DirectoryClient | undefined;

  /** Every page of shops; `progress` is given the shops so far after each page but the last. */
  async #loadAll(client: DirectoryClient, street: string | undefined, signal: AbortSignal, progress: (data: Data) => void): Promise<Data> {
    const today = japanToday(this.now);
    // Holidays of yesterday and today: a shop open past midnight follows yesterday's rules.
    const holidays = client.calendar
      .days({ from: addDays(today, -1), to: addDays(today, 7) }, { signal })
      .then((days) => (this.holidays = new Set(days.filter((d) => d.holiday !== null).map((d) => d.date))))
      .catch(() => undefined);
    const streets = client.streets
      .list({ signal })
      .then((list) => (this.streets = new Map(list.map((s) => [s.id, s]))))
      .catch(() => undefined);
    const base = street ? { streetId: street } : {};
    // Not kept by the client for revalidation: the element holds the shops itself, with their
    // common parts shared (ShopInterner), and a kept copy of every page would double the heap.
    const options = { signal, keep: false };
    const first = await client.shops.list({ ...base, limit: PAGE }, options);
    await Promise.all([holidays, streets]);
    if (first.total !== undefined && first.total > this.localLimit) {
      return { mode: 'remote', items: first.items, cursor: first.nextCursor, total: first.total, loading: false };
    }
    // Each page is folded while the next one is on its way, so little is left to do after the
    // last; and shown, so a visitor on a slow line sees shops after the first page, not the last.
    const folded: IndexEntry[] = [];
    const interner = new ShopInterner();
    const total = first.total ?? first.items.length;
    let page = first;
    for (;;) {
      const next = page.nextCursor ? client.shops.list({ ...base, limit: PAGE, cursor: page.nextCursor }, options) : undefined;
      if (!next && page !== first) {
        // The last page of a large set: shown at once, folded once the browser is idle after that frame (foldWhenIdle).
        const index = assembleIndex([...folded, ...unfoldedEntries(page.items)]);
        const loaded = folded.length + page.items.length;
        return { mode: 'local', index, loaded, total: loaded, unfolded: { earlier: folded, shops: page.items, interner } };
      }
      folded.push(...indexShops(page.items, interner));
      if (!next) break;
      // A copy: the index must not grow under a render that is using it.
      progress({ mode: 'local', index: assembleIndex(folded.slice()), loaded: folded.length, total: Math.max(total, folded.length + 1) });
      page = await next;
    }
    return { mode: 'local', index: assembleIndex(folded), loaded: folded.length, total: folded.length };
  }

  /** A server search for the current filters (large sets only), after typing pauses. */
  #scheduleRemoteSearch(more = false): void {
    clearTimeout(this.#remoteTimer);
    this.#remoteTimer = setTimeout(() => void this.#remoteSearch(more), more ? 0 : REMOTE_DELAY);
  }

  async #remoteSearch(more: boolean): Promise<void> {
    const client = this.client;
    const load = this.load;
    if (!client || load?.status !== 'ready' || load.data.mode !== 'remote') return;
    const previous = load.data;
    this.#remoteAbort?.abort();
    const controller = new AbortController();
    this.#remoteAbort = controller;
    const f = this.filters;
    const street = this.street?.trim() || f.street || undefined;
    this.load = { status: 'ready', data: { ...previous, loading: true } };
    try {
      const page = await client.shops.list(
        {
          limit: PAGE,
          sort: f.sort,
          ...(f.q.trim() ? { q: f.q.trim().slice(0, 100) } : {}),
          ...(street ? { streetId: street } : {}),
          ...(f.categories.length ? { category: [...f.categories] } : {}),
          ...(f.payments.length ? { payment: [...f.payments] } : {}),
          ...(f.services.length ? { service: [...f.services] } : {}),
          ...(f.barrierFree.length ? { barrierFree: [...f.barrierFree] } : {}),
          ...(f.openNow ? { openAt: new Date(this.#nowMs).toISOString() } : {}),
          ...(more && previous.cursor ? { cursor: previous.cursor } : {}),
        },
        // Not kept by the client: one kept answer per search typed would fill its 200 with pages
        // of up to 500 shops each on a kiosk (a search typed again is asked afresh instead of 304).
        { signal: controller.signal, keep: false },
      );
      if (controller.signal.aborted) return;
      this.load = {
        status: 'ready',
        data: { mode: 'remote', items: more ? [...previous.items, ...page.items] : page.items, cursor: page.nextCursor, total: page.total ?? page.items.length, loading: false },
      };
      this.#announceSoon();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.load = { status: 'error', error };
      this.reportLoadError(error);
    }
  }

  #reload = (): void => {
    this.#loadedFor = undefined;
    this.requestUpdate();
    // The retry button goes away with the error: the visitor continues in the search box, not on <body>.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#q')?.focus());
  };

  // ---- the visitor's search -----------------------------------------------------

  /** The shops to show now. Local: filtered in the browser (memoised per change). Remote: the server's answer. */
  #visibleShops(data: Data): readonly Shop[] | readonly IndexedShop[] {
    if (data.mode === 'remote') return data.items;
    // A search for words or facts cannot wait for the last page to be folded after its frame: fold it now.
    const index = data.unfolded && filtersNeedFolding(this.filters) ? this.#foldedIndex(data) : data.index;
    const key = [index, this.filters, this.street, this.holidays, this.filters.openNow ? Math.floor(this.#nowMs / 60_000) : 0];
    if (!this.#results || this.#results.key.some((value, i) => value !== key[i])) {
      const street = this.street?.trim();
      const filters = street ? { ...this.filters, street } : this.filters;
      this.#results = { key, value: filterShops(index, filters, (shop) => this.#isOpen(shop)) };
    }
    return this.#results.value;
  }

  #folded: { readonly data: Data; readonly index: ShopIndex } | undefined;

  /** `data`'s index with its unfolded last page folded and interned (made once per data). */
  #foldedIndex(data: Extract<Data, { mode: 'local' }>): ShopIndex {
    const unfolded = data.unfolded;
    if (!unfolded) return data.index;
    if (this.#folded?.data !== data) {
      this.#folded = { data, index: assembleIndex([...unfolded.earlier, ...indexShops(unfolded.shops, unfolded.interner)]) };
    }
    return this.#folded.index;
  }

  /**
   * After the frame that shows a large set's last page, once the browser is idle, that page is
   * folded, so the index is whole before anyone types (a search that needs it sooner folds it at
   * once: filtersNeedFolding). Idle, not the task right after the frame: folding 500 shops takes
   * ≈ 10 ms, and a task queued then holds up whatever comes next, a keystroke included (a trace
   * of the benchmark showed it running before the page's own next task).
   */
  #foldWhenIdle(data: Extract<Data, { mode: 'local' }>): void {
    requestAnimationFrame(() =>
      whenIdle(() => {
        if (this.load?.status === 'ready' && this.load.data === data) {
          const { unfolded: _, ...whole } = data;
          this.load = { status: 'ready', data: { ...whole, index: this.#foldedIndex(data) } };
        }
        if (this.#folded?.data === data) this.#folded = undefined;
      }, 1_000),
    );
  }

  #resultCount(data: Data): number {
    return data.mode === 'remote' ? data.total : this.#visibleShops(data).length;
  }

  #setFilters(next: Partial<DirectoryFilters>, options: { typing?: boolean } = {}): void {
    this.filters = { ...this.filters, ...next };
    if (this.load?.status === 'ready' && this.load.data.mode === 'remote') this.#scheduleRemoteSearch();
    else this.#announceSoon();
    this.#reportSearch(options.typing === true);
    if (this.syncUrl) this.#writeUrl(options.typing === true ? 'replace' : 'push');
  }

  #toggle<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
    return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
  }

  #clearFilters = (): void => {
    this.#setFilters({ ...NO_FILTERS, sort: this.filters.sort });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };

  /** The result count, said once typing or ticking has settled. */
  #announceSoon(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const load = this.load;
      if (load?.status !== 'ready') return;
      const count = this.#resultCount(load.data);
      this.announcement = count === 0 ? this.t('directory.noResults') : this.t('directory.count', { count });
    }, ANNOUNCE_DELAY);
  }

  /** `hall-search`, at most once per pause in typing; the words typed never leave the element. */
  #reportSearch(typing: boolean): void {
    clearTimeout(this.#searchTimer);
    const fire = () => {
      const load = this.load;
      const resultCount = load?.status === 'ready' ? this.#resultCount(load.data) : 0;
      const detail: HallSearchDetail = { queryLength: [...this.filters.q.trim()].length, filters: activeFilterNames(this.filters), resultCount };
      this.dispatchEvent(new HallSearchEvent(detail));
    };
    if (typing) this.#searchTimer = setTimeout(fire, ANNOUNCE_DELAY);
    else fire();
  }

  // ---- URL state --------------------------------------------------------------------

  #applyUrl(): void {
    const state = readUrlState(window.location.search);
    this.filters = state.filters;
    this.#pendingShop = state.shop;
  }

  /** A shop named in the address, opened once the data is there. */
  #pendingShop: string | undefined;

  #writeUrl(how: 'push' | 'replace'): void {
    const search = writeUrlState(window.location.search, { filters: this.filters, shop: this.selected?.id });
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (how === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  #onPopState = (): void => {
    this.#applyUrl();
    if (!this.#pendingShop && this.dialog?.open) this.dialog.close();
    if (this.load?.status === 'ready' && this.load.data.mode === 'remote') this.#scheduleRemoteSearch();
  };

  /**
   * @lit-labs/virtualizer 2.1.1 watches every row it draws with a ResizeObserver and never stops
   * (lit/lit#5363, open). A ResizeObserver holds its targets, so each row a search or a scroll
   * took out of the list stayed in memory for the list's life: 506 rows after 30 searches, and a
   * kiosk's directory grew all day. The rows the list loses are unwatched here. `_childrenRO` is
   * the virtualiser's own field; once a release fixes this, it is gone or empty and this does nothing.
   */
  readonly #rowsLeaving = new MutationObserver((records) => {
    const list = this.#watchedList as (Element & { [virtualizerRef]?: { _childrenRO?: ResizeObserver | null } }) | undefined;
    const watcher = list?.[virtualizerRef]?._childrenRO;
    if (!watcher) return;
    for (const record of records) for (const row of record.removedNodes) if (row instanceof Element && !row.isConnected) watcher.unobserve(row);
  });
  #watchedList: Element | undefined;

  #watchListRows(): void {
    const list = this.renderRoot.querySelector('[part~="list"]') ?? undefined;
    if (list === this.#watchedList) return;
    this.#rowsLeaving.disconnect();
    if (list) this.#rowsLeaving.observe(list, { childList: true });
    this.#watchedList = list;
  }

  protected override updated(): void {
    this.#watchListRows();
    if (this.#pendingShop && this.load?.status === 'ready') {
      const id = this.#pendingShop;
      this.#pendingShop = undefined;
      const data = this.load.data;
      const shop = data.mode === 'local' ? data.index.byReading.find((e) => e.shop.id === id)?.shop : data.items.find((s) => s.id === id);
      if (shop) void this.openShop(shop, undefined, { fromUrl: true });
    }
  }

  // ---- detail -------------------------------------------------------------------------

  /** TypeScript-private, not `#`: the hostile-text test opens shops the virtual list has not drawn. */
  private async openShop(shop: Shop, opener: HTMLElement | undefined, options: { fromUrl?: boolean } = {}): Promise<void> {
    this.#opener = opener;
    this.selected = shop;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.dialog-title')?.focus();
    this.dispatchEvent(new HallShopSelectEvent({ id: shop.id }));
    if (this.syncUrl && !options.fromUrl) this.#writeUrl('push');
  }

  #onDialogClose = (): void => {
    const hadShop = this.selected !== undefined;
    this.selected = undefined;
    if (this.#opener?.isConnected) this.#opener.focus();
    this.#opener = undefined;
    if (this.syncUrl && hadShop) this.#writeUrl('replace');
  };

  // ---- rendering ------------------------------------------------------------------------

  protected override renderContent(): unknown {
    const load = this.load;
    return html`
      <section class="directory" aria-label=${this.t('directory.label')}>
        ${this.#renderSearch()} ${this.#renderFilters()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${!load || load.status === 'loading'
          ? html`<div part="loading" class="state state-loading" aria-busy="true">
              <div part="skeleton" class="skeleton cards" aria-hidden="true">
                ${[1, 2, 3, 4].map(() => html`<span class="skeleton-line card-skeleton"></span>`)}
              </div>
              <span class="visually-hidden">${this.t('state.loading')}</span>
            </div>`
          : load.status === 'error'
            ? html`<div part="error" class="state state-error">
                <p class="state-error-message" role="alert">${errorMessage(this.language, load.error)}</p>
                <button part="retry-button" class="button" type="button" @click=${this.#reload}>${this.t('action.retry')}</button>
              </div>`
            : this.#renderResults(load.data)}
      </section>
      <dialog part="detail" class="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
        ${this.selected ? this.#renderDetail(this.selected) : nothing}
      </dialog>
    `;
  }

  #renderSearch(): TemplateResult {
    return html`<div part="search" class="search">
      <label for="q" class="search-label">${this.t('directory.search')}</label>
      <input
        id="q"
        class="search-input"
        type="search"
        autocomplete="off"
        maxlength="100"
        aria-describedby="q-hint"
        .value=${this.filters.q}
        @input=${(e: InputEvent) => this.#setFilters({ q: (e.target as HTMLInputElement).value }, { typing: true })}
      />
      <p id="q-hint" class="hint">${this.t('directory.searchHint')}</p>
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const f = this.filters;
    const count = activeFilterNames(f).filter((name) => name !== 'street' || !this.street).length;
    const checkboxes = <T extends string>(legend: string, values: readonly T[], chosen: readonly T[], label: (v: T) => string, apply: (list: T[]) => void) =>
      html`<fieldset class="filter-group">
        <legend>${legend}</legend>
        ${values.map(
          (value) => html`<label class="filter-option">
            <input type="checkbox" .checked=${chosen.includes(value)} @change=${(e: Event) => apply(this.#toggle(chosen, value, (e.target as HTMLInputElement).checked))} />
            ${label(value)}
          </label>`,
        )}
      </fieldset>`;
    const streets = [...this.streets.values()];
    return html`<details part="filter" class="filters">
      <summary>${count > 0 ? this.t('directory.filtersActive', { count }) : this.t('directory.filters')}</summary>
      <div class="filter-body">
        <div class="filter-row">
          ${this.street || streets.length === 0
            ? nothing
            : html`<label class="select-label"
                >${this.t('directory.street')}
                <select @change=${(e: Event) => this.#setFilters({ street: (e.target as HTMLSelectElement).value })}>
                  <option value="" ?selected=${f.street === ''}>${this.t('directory.allStreets')}</option>
                  ${streets.map((s) => html`<option value=${s.id} ?selected=${f.street === s.id}>${localized(s.name, this.language).text}</option>`)}
                </select>
              </label>`}
          <label class="select-label"
            >${this.t('directory.sort')}
            <select @change=${(e: Event) => this.#setFilters({ sort: (e.target as HTMLSelectElement).value === 'category' ? 'category' : 'reading' })}>
              <option value="reading" ?selected=${f.sort === 'reading'}>${this.t('directory.sortReading')}</option>
              <option value="category" ?selected=${f.sort === 'category'}>${this.t('directory.sortCategory')}</option>
            </select>
          </label>
          <label class="filter-option open-now">
            <input type="checkbox" .checked=${f.openNow} @change=${(e: Event) => this.#setFilters({ openNow: (e.target as HTMLInputElement).checked })} />
            ${this.t('directory.openNow')}
          </label>
        </div>
        ${checkboxes<ShopCategory>(this.t('directory.category'), SHOP_CATEGORIES, f.categories, (v) => this.t(`shopCategory.${v}`), (categories) => this.#setFilters({ categories }))}
        ${checkboxes<PaymentFilter>(this.t('directory.payment'), PAYMENT_FILTERS, f.payments, (v) => this.t(`payment.${v}`), (payments) => this.#setFilters({ payments }))}
        ${checkboxes<ShopService>(this.t('directory.service'), SHOP_SERVICES, f.services, (v) => this.t(`shopService.${v}`), (services) => this.#setFilters({ services }))}
        ${checkboxes<BarrierFreeFilter>(this.t('directory.barrierFree'), BARRIER_FREE_FILTERS, f.barrierFree, (v) => this.t(`barrier.${v}`), (barrierFree) =>
          this.#setFilters({ barrierFree }),
        )}
      </div>
    </details>`;
  }

  /** Whether the visitor is searching: words in the box, or a filter on. */
  get #filtered(): boolean {
    return this.filters.q.trim() !== '' || activeFilterNames(this.filters).length > 0;
  }

  #renderResults(data: Data): TemplateResult {
    const shops = this.#visibleShops(data);
    const count = this.#resultCount(data);
    const filtered = this.#filtered;
    // Pages still arriving (local), or a server search running (remote).
    const arriving = data.mode === 'local' && data.loaded < data.total ? data : undefined;
    const busy = arriving !== undefined || (data.mode === 'remote' && data.loading);
    return html`
      <div class="result-bar">
        <p part="count" class="count">${this.t('directory.count', { count })}</p>
        ${arriving ? html`<p part="progress" class="progress">${this.t('directory.loadingProgress', { loaded: arriving.loaded, total: arriving.total })}</p>` : nothing}
        ${filtered ? html`<button part="clear-button" class="text-button" type="button" @click=${this.#clearFilters}>${this.t('directory.clear')}</button>` : nothing}
      </div>
      ${count === 0
        ? html`<div part="empty" class="state state-empty">
            <p>${filtered ? this.t('directory.noResults') : this.t('state.empty')}</p>
            ${filtered ? html`<button class="button" type="button" @click=${this.#clearFilters}>${this.t('directory.clear')}</button>` : nothing}
          </div>`
        : html`<div
            part="list"
            class="list"
            role="list"
            tabindex="0"
            aria-label=${this.t('directory.label')}
            aria-busy=${busy ? 'true' : 'false'}>
            ${virtualize({
              // The list scrolls inside the element: 10,000 shops never make the page 10,000 rows long.
              scroller: true,
              items: shops as Array<Shop | IndexedShop>,
              // No item: the virtualiser drew its last range over a list that had just become
              // shorter (a search narrowed it before its next frame). Nothing is drawn for it;
              // reading it threw on the host page and left rows behind.
              keyFunction: (item: Shop | IndexedShop | undefined, index: number) => (item === undefined ? index : 'shop' in item ? item.shop.id : item.id),
              renderItem: (item: Shop | IndexedShop | undefined, index: number) => (item === undefined ? html`` : this.#renderCard('shop' in item ? item.shop : item, index, count)),
            })}
          </div>`}
      ${data.mode === 'remote' && data.cursor
        ? html`<button class="button more" type="button" ?disabled=${data.loading} @click=${() => this.#scheduleRemoteSearch(true)}>${this.t('directory.more')}</button>`
        : nothing}
    `;
  }

  #renderCard(shop: Shop, index: number, total: number): TemplateResult {
    const name = localized(shop.name, this.language);
    const open = this.#isOpen(shop);
    const streetNames = shop.streetIds
      .map((id) => this.streets.get(id))
      .filter((s): s is ShoppingStreet => s !== undefined)
      .map((s) => localized(s.name, this.language).text)
      .join(this.t('list.separator'));
    return html`<div class="result-row" role="listitem" aria-setsize=${total} aria-posinset=${index + 1}>
      <button part="shop-card" class="card" type="button" @click=${(e: MouseEvent) => void this.openShop(shop, e.currentTarget as HTMLElement)}>
        <span class="card-name" lang=${name.lang}>${name.text}</span>
        <span class="card-reading" lang="ja">${shop.name.kana}</span>
        <span class="card-meta">
          <span part="badge" class="badge">${this.t(`shopCategory.${shop.category}`)}</span>
          ${text(localized(shop.subcategory, this.language), this.language)}${streetNames ? html` · <bdi>${streetNames}</bdi>` : nothing}
        </span>
        <span part="badge" class="badge ${open ? 'open' : 'closed'}">${this.t(open ? 'directory.openBadge' : 'directory.closedBadge')}</span>
      </button>
    </div>`;
  }

  #renderDetail(shop: Shop): TemplateResult {
    return html`
      <div class="dialog-header">
        <h2 id="dialog-title" class="dialog-title" tabindex="-1">${text(localized(shop.name, this.language), this.language)}</h2>
        <button class="close-button" type="button" aria-label=${this.t('action.close')} @click=${() => this.dialog?.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${renderShopDetail(shop, {
        lang: this.language,
        fmt: this.fmt,
        t: (key, ...params) => this.t(key, ...params),
        streets: this.streets,
        today: japanToday(this.now),
        isHoliday: this.#isHoliday,
      })}
    `;
  }
}
