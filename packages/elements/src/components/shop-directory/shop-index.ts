/**
 * The directory's in-browser search: every shop folded once into searchable text
 * with the SDK's normalisation (the server's own, so both find the same shops),
 * two pre-sorted orders, and a filter that runs once per keystroke over plain
 * strings and flags — about a quarter of a millisecond for 10,000 shops.
 */
import type { Shop } from '@promotion-hall/sdk';
import { matchesWords, readingSortKey, searchWords, shopSearchText } from '@promotion-hall/sdk/normalize';
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

export type ShopSort = 'reading' | 'category';

/** What the visitor has chosen. Lists are "all must hold", except categories ("any of"). */
export interface DirectoryFilters {
  readonly q: string;
  readonly street: string;
  readonly categories: readonly ShopCategory[];
  readonly payments: readonly PaymentFilter[];
  readonly services: readonly ShopService[];
  readonly barrierFree: readonly BarrierFreeFilter[];
  readonly openNow: boolean;
  readonly sort: ShopSort;
}

export const NO_FILTERS: DirectoryFilters = Object.freeze({
  q: '',
  street: '',
  categories: [],
  payments: [],
  services: [],
  barrierFree: [],
  openNow: false,
  sort: 'reading',
});

/**
 * Each yes/no fact a filter can ask about is one bit, so a shop's facts are one small
 * number and a filter is one AND (10,000 Sets would cost time to build and memory to keep).
 */
const FACT_BITS: ReadonlyMap<string, number> = new Map(
  [
    ...PAYMENT_FILTERS.map((p) => `payment:${p}`),
    ...SHOP_SERVICES.map((s) => `service:${s}`),
    ...BARRIER_FREE_FILTERS.map((b) => `barrier:${b}`),
  ].map((fact, i) => [fact, 2 ** i]),
);
const bit = (fact: string): number => FACT_BITS.get(fact) ?? 0;

/** One shop as the index holds it: the shop, its folded text, and its facts as bits. */
export interface IndexedShop {
  readonly shop: Shop;
  readonly text: string;
  readonly facts: number;
}

export interface ShopIndex {
  readonly byReading: readonly IndexedShop[];
  /** Made on first use: most visitors never sort by category, and the sort is inside the first frame otherwise. */
  readonly byCategory: readonly IndexedShop[];
}

const CASHLESS = ['credit_card', 'e_money', 'qr_code'] as const;

function factsOf(shop: Shop): number {
  let facts = 0;
  for (const payment of shop.payments) facts |= bit(`payment:${payment}`);
  if (shop.payments.some((p) => (CASHLESS as readonly string[]).includes(p))) facts |= bit('payment:cashless');
  for (const service of shop.services) facts |= bit(`service:${service}`);
  const bf = shop.barrierFree;
  if (bf.stepFreeEntrance) facts |= bit('barrier:step_free_entrance');
  if (bf.groundFloorOrLift) facts |= bit('barrier:ground_floor_or_lift');
  if (bf.accessibleToilet) facts |= bit('barrier:accessible_toilet');
  if (bf.accessibleParking) facts |= bit('barrier:accessible_parking');
  return facts;
}

/** A shop folded for the index, with its 五十音 key; made page by page as pages arrive. */
export interface IndexEntry extends IndexedShop {
  readonly key: string;
}

/**
 * Shares the parts shops have in common, so 10,000 shops do not hold 10,000 copies of the
 * same opening hours, kind, payment list or barrier-free facts (in the benchmark's data this
 * takes the shops from ≈ 23 MB to ≈ 8 MB of heap). One per load: what it remembers is
 * dropped with it. A shared part is the same value as the shop's own, never changed: the
 * element treats data as read-only.
 */
export class ShopInterner {
  readonly #parts = new Map<string, unknown>();

  #share<T>(kind: string, key: string, value: T): T {
    const id = `${kind}\u0000${key}`;
    const known = this.#parts.get(id);
    if (known !== undefined) return known as T;
    this.#parts.set(id, value);
    return value;
  }

  intern(shop: Shop): Shop {
    const hoursId = `hours\u0000${JSON.stringify(shop.hours)}`;
    let hours = this.#parts.get(hoursId) as Shop['hours'] | undefined;
    if (!hours) {
      // Hours of their own still share their periods (most shops open at a few familiar times).
      hours = { ...shop.hours, weekly: shop.hours.weekly.map((p) => this.#share('period', `${p.day} ${p.opens} ${p.closes}`, p)) };
      this.#parts.set(hoursId, hours);
    }
    return {
      ...shop,
      hours,
      subcategory: this.#share('subcategory', JSON.stringify(shop.subcategory), shop.subcategory),
      barrierFree: this.#share('barrierFree', JSON.stringify(shop.barrierFree), shop.barrierFree),
      payments: this.#share('payments', shop.payments.join(' '), shop.payments),
      services: this.#share('services', shop.services.join(' '), shop.services),
      streetIds: this.#share('streets', shop.streetIds.join(' '), shop.streetIds),
    };
  }
}

/**
 * Folds shops for the index (the costly part: run it on each page as it arrives, not on all
 * at the end). With an interner, the index holds the shops with their common parts shared.
 */
export function indexShops(shops: readonly Shop[], interner?: ShopInterner): IndexEntry[] {
  return shops.map((original) => {
    const shop = interner ? interner.intern(original) : original;
    return { shop, text: shopSearchText(shop), facts: factsOf(shop), key: readingSortKey(shop.name.kana) };
  });
}

/**
 * Shops placed in the index before they are folded: each with its reading key (all the list's
 * order needs) but no search text and no facts yet, so a search must not use them until they
 * are folded (`filtersNeedFolding`). The directory shows the last page of a large set this way
 * and folds it once the browser is idle after that frame: folding and interning 500 shops is
 * the largest part of the element's own work between the last page and the frame with all
 * the shops.
 */
export function unfoldedEntries(shops: readonly Shop[]): IndexEntry[] {
  return shops.map((shop) => ({ shop, text: '', facts: 0, key: readingSortKey(shop.name.kana) }));
}

/** Whether `filterShops` reads the folded text or facts for these filters (order, category, street and "open now" read only the shop). */
export function filtersNeedFolding(filters: DirectoryFilters): boolean {
  return searchWords(filters.q).length > 0 || filters.payments.length > 0 || filters.services.length > 0 || filters.barrierFree.length > 0;
}

/**
 * The server's order: by reading (五十音), ties by id; "by category" keeps that order
 * within each category. The API already sends shops in this order, so the sort is
 * skipped when the input is sorted (checked, not assumed).
 */
export function assembleIndex(folded: readonly IndexEntry[]): ShopIndex {
  const before = (a: IndexEntry, b: IndexEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.shop.id < b.shop.id ? -1 : a.shop.id > b.shop.id ? 1 : 0);
  let sorted = true;
  for (let i = 1; i < folded.length && sorted; i++) sorted = before(folded[i - 1]!, folded[i]!) <= 0;
  // The entries themselves (their extra `key` is harmless): no second object per shop.
  const byReading: readonly IndexedShop[] = sorted ? folded : [...folded].sort(before);
  let byCategory: readonly IndexedShop[] | undefined;
  return {
    byReading,
    get byCategory() {
      if (!byCategory) {
        const rank = new Map<string, number>(SHOP_CATEGORIES.map((c, i) => [c, i]));
        const rankOf = (entry: IndexedShop) => rank.get(entry.shop.category) ?? SHOP_CATEGORIES.length;
        // Array.prototype.sort is stable: within a category the reading order stays.
        byCategory = [...byReading].sort((a, b) => rankOf(a) - rankOf(b));
      }
      return byCategory;
    },
  };
}

/** The whole index at once (tests and small sets). */
export function buildShopIndex(shops: readonly Shop[]): ShopIndex {
  return assembleIndex(indexShops(shops));
}

/**
 * The shops matching the filters, in the chosen order. `isOpen` is asked only when
 * "open now" is on (it is the costly test), and only for shops every other filter kept.
 */
export function filterShops(index: ShopIndex, filters: DirectoryFilters, isOpen: (shop: Shop) => boolean): IndexedShop[] {
  const words = searchWords(filters.q);
  let required = 0;
  for (const p of filters.payments) required |= bit(`payment:${p}`);
  for (const s of filters.services) required |= bit(`service:${s}`);
  for (const b of filters.barrierFree) required |= bit(`barrier:${b}`);
  const street = filters.street;
  const categories = filters.categories.length > 0 ? new Set<string>(filters.categories) : undefined;
  const source = filters.sort === 'category' ? index.byCategory : index.byReading;
  const result: IndexedShop[] = [];
  for (const entry of source) {
    if (categories && !categories.has(entry.shop.category)) continue;
    if ((entry.facts & required) !== required) continue;
    if (street && !entry.shop.streetIds.includes(street)) continue;
    if (words.length > 0 && !matchesWords(entry.text, words)) continue;
    if (filters.openNow && !isOpen(entry.shop)) continue;
    result.push(entry);
  }
  return result;
}

/** The names of the filters in use (never their free text): what `hall-search` reports. */
export function activeFilterNames(filters: DirectoryFilters): string[] {
  const names: string[] = [];
  if (filters.street) names.push('street');
  if (filters.categories.length) names.push('category');
  if (filters.payments.length) names.push('payment');
  if (filters.services.length) names.push('service');
  if (filters.barrierFree.length) names.push('barrierFree');
  if (filters.openNow) names.push('openNow');
  return names;
}
