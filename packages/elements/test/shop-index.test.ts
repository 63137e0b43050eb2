import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Shop } from '@promotion-hall/sdk';
import type { ShopCategory } from '@promotion-hall/sdk/schemas';
import { SHOP_CATEGORIES } from '@promotion-hall/sdk/schemas';
import { buildShopIndex, filterShops, indexShops, NO_FILTERS, ShopInterner } from '../src/components/shop-directory/shop-index.js';

/** The fields the index reads; the rest of a Shop does not matter here. */
function shop(id: string, kana: string, category: ShopCategory, ja = kana): Shop {
  return {
    id,
    name: { ja, kana },
    category,
    subcategory: { ja: '店' },
    payments: [],
    services: [],
    barrierFree: {},
    streetIds: [],
  } as unknown as Shop;
}

const ids = (list: ReadonlyArray<{ shop: Shop }>) => list.map((e) => e.shop.id);

describe('the shop index', () => {
  it('keeps the server’s 五十音 order, and sorts input that is not in it (ties by id)', () => {
    const sorted = [shop('a', 'アオバ', 'food'), shop('b', 'カエデ', 'retail'), shop('c', 'サクラ', 'food')];
    assert.deepEqual(ids(buildShopIndex(sorted).byReading), ['a', 'b', 'c']);
    const shuffled = [sorted[2]!, shop('b2', 'カエデ', 'food'), sorted[0]!, sorted[1]!];
    assert.deepEqual(ids(buildShopIndex(shuffled).byReading), ['a', 'b', 'b2', 'c']);
  });

  it('orders by category on demand, keeping the reading order within each category', () => {
    const index = buildShopIndex([shop('a', 'アオバ', 'retail'), shop('b', 'カエデ', 'food'), shop('c', 'サクラ', 'retail'), shop('d', 'タケ', 'food')]);
    const byCategory = ids(index.byCategory);
    assert.equal(index.byCategory, index.byCategory, 'made once');
    // Categories in SHOP_CATEGORIES' order (food before retail), each in reading order.
    assert.ok(SHOP_CATEGORIES.indexOf('food') < SHOP_CATEGORIES.indexOf('retail'));
    assert.deepEqual(byCategory, ['b', 'd', 'a', 'c']);
    assert.deepEqual(ids(filterShops(index, { ...NO_FILTERS, sort: 'category' }, () => true)), byCategory);
    assert.deepEqual(ids(filterShops(index, { ...NO_FILTERS, q: 'さくら' }, () => true)), ['c']);
  });
});

describe('ShopInterner', () => {
  const hours = (closes: string) => ({
    weekly: [
      { day: 'mon', opens: '10:00', closes },
      { day: 'tue', opens: '10:00', closes: '19:00' },
    ],
    closedOnPublicHolidays: false,
    exceptions: [],
    regularHoliday: { ja: '日曜', en: 'Sundays' },
  });
  const withParts = (id: string, closes: string): Shop =>
    ({ ...shop(id, id, 'food'), hours: hours(closes), payments: ['cash', 'qr_code'], services: ['takeout'], streetIds: ['hikari'], barrierFree: { stepFreeEntrance: true } }) as unknown as Shop;

  it('gives back each shop unchanged in value, with the parts shops have in common shared', () => {
    const shops = [withParts('a', '19:00'), withParts('b', '19:00'), withParts('c', '20:00')];
    const interner = new ShopInterner();
    const [a, b, c] = indexShops(shops, interner).map((e) => e.shop);
    assert.deepEqual([a, b, c], shops, 'the same values');
    assert.equal(a!.hours, b!.hours, 'the same hours: one object');
    assert.notEqual(a!.hours, c!.hours, 'other hours: another object');
    assert.equal(a!.hours.weekly[1], c!.hours.weekly[1], 'but their common period is one object');
    assert.equal(a!.payments, c!.payments);
    assert.equal(a!.barrierFree, c!.barrierFree);
    assert.equal(a!.subcategory, c!.subcategory);
    assert.notEqual(a, shops[0], 'a new shop object; the original is left as it was');
  });
});
