/**
 * The directory benchmark: `<hall-shop-directory>` with 10,000 shops in headless Chromium
 * (Debian's, never a download) at 1280×900, each figure compared IN THE SAME RUN with a
 * baseline.
 *
 *   node --conditions=source --import tsx bench/directory.ts     (prints the section)
 *   node --conditions=source --import tsx bench/run.ts directory (the same; `--write` also puts it in docs/benchmarks.md)
 *   npm run bench:directory                                      (the same as `run.ts directory`)
 *   npm run bench                                                (every section, docs/benchmarks.md rewritten)
 *
 *   BENCH_DIR_RUNS   runs of every measurement, medians reported (default 7)
 *   BENCH_DIR_DEBUG  1: print every measurement as it is taken (and save a screenshot of a failed page)
 *   BENCH_DIR_PROFILE  a directory: save a CPU profile (.cpuprofile, for Chrome DevTools) of every
 *                    measured page of (1) and (3) there; the page then loads an unminified bundle, for the names
 *   BENCH_DIR_TRACE  a directory: save a Chrome trace (.json, for DevTools' Performance panel) of every
 *                    measured page of (1) and (3) there, JavaScript samples included, with the marks
 *                    bench:last-page and bench:first-frame around the timed span of (1)
 *                    (BENCH_TRACE_CATEGORIES: more trace categories, comma-separated, e.g. fonts,blink)
 *
 * Data: 10,000 schema-valid `Shop`s (checked in Node before the run) from a deterministic
 * generator: Japanese names in kanji, hiragana and katakana with their readings (in
 * katakana, a quarter in hiragana), English names for some, 45 kinds of shop over nine
 * categories, ten shopping streets, weekly hours with year-end closures, payments, services
 * and barrier-free facts. Sorted by reading, as the server sends them.
 *
 * Measured, every run in a fresh page (a new browser context: no heap, cache or storage
 * shared with an earlier page), the order of the pages alternating between runs:
 *
 * 1. First frame after the data arrives. `<hall-provider>` whose `client` is the real SDK
 *    client with a fake `fetch` (zero latency, pre-serialised shops) holding
 *    `<hall-shop-directory>`, attached at the top of the page. The element reads
 *    `GET /shops?limit=500` page by page (`nextCursor`, `total`), `GET /streets` and
 *    `GET /calendar`. The clock runs from the moment the fake `fetch` hands the SDK the last
 *    `/shops` page to the first frame painted with the list's first row
 *    (`[part~="shop-card"]`, positioned by the virtualizer); the SDK still reads and
 *    validates that last page (500 shops) under it, and the element places it in its index
 *    (its reading keys; the search text and facts are folded when the browser is idle after
 *    that frame, or at once for a search that needs them). The shops of the earlier pages are
 *    on screen by then: the element shows them as they arrive, so this is the update of a list
 *    already drawn.
 *    Also reported: from attaching the element to that frame. Baseline: a naive Lit element
 *    (written here) rendering the same 10,000 shops, already parsed, as plain rows, from
 *    setting its data to the first frame after its render.
 * 2. Filter per keystroke, the pure function: `buildShopIndex` once, then `filterShops` for
 *    typed prefixes; baseline: folding every record per keystroke (`shopSearchText`, i.e.
 *    `normalizeForSearch` on each shop's name, reading, English name and kind, then
 *    `includes`). Both in the same page, interleaved.
 * 3. Keystroke to frame, in the element of (1): the search box's value set and an `input`
 *    event dispatched, to the first frame painted once the count (`[part~="count"]`) has
 *    changed and the list shows the new first shop.
 * 4. JS heap: CDP `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage` (Chromium
 *    started with `--js-flags=--expose-gc` for this bench), before mounting and once the
 *    directory shows its 10,000 shops; against the same for a page with only the provider,
 *    and for the 10,000 shops parsed into plain objects; the raw JSON size for scale.
 *
 * Ours is bundled here with esbuild (minified, ESM) from its TypeScript sources (condition
 * `source`), so the benchmark measures the working tree without `npm run build`. Timings are
 * reported, never asserted (docs/conventions: benchmarks are not timed tests).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Shop, ShopCategory, ShoppingStreet, ShopService, PaymentMethod, Weekday } from '@promotion-hall/sdk/schemas';
import { Shop as ShopSchema, ShoppingStreet as ShoppingStreetSchema } from '@promotion-hall/sdk/schemas';
import { readingSortKey } from '@promotion-hall/sdk/normalize';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildShopIndex, filterShops, NO_FILTERS } from '../packages/elements/src/components/shop-directory/shop-index.js';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../scripts/chromium.mjs';
import { bundleForBrowser, japaneseFontsNote, judgeableFonts, NO_JAPANESE_FONT, quietNote, serveFromMemory, startCpuProfile, startTrace, startWhenQuiet, type MemoryFiles, type QuietWait, type Served } from './browser-bench.js';
import { PAGE_TIMING } from './page-timing.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_DIR_RUNS ?? 7) || 7);
const DEBUG = process.env.BENCH_DIR_DEBUG === '1';
const PROFILE_DIR = process.env.BENCH_DIR_PROFILE || undefined;
const TRACE_DIR = process.env.BENCH_DIR_TRACE || undefined;
const VIEWPORT = { width: 1280, height: 900 };
/** How long one measurement may wait for its condition before it is reported as failed. */
const WAIT_MS = 20_000;
const SHOP_COUNT = 10_000;
/** The element asks for pages of 500; the fake answers any `limit` from 1 to 500. */
const PAGE_LIMIT = 500;

const DIRECTORY_DEFINE = path.join(ROOT, 'packages/elements/src/define/hall-shop-directory.ts');
const PROVIDER_DEFINE = path.join(ROOT, 'packages/elements/src/define/hall-provider.ts');
const SHOP_INDEX = path.join(ROOT, 'packages/elements/src/components/shop-directory/shop-index.ts');
const CDN_DIRECTORY = path.join(ROOT, 'packages/elements/dist/cdn/hall-shop-directory.js');

/** Targets from /work/shared/targets.md, "Directory (10,000 shops)". */
const TARGET = { firstFrame: 60, filter: 1, keystroke: 16, heapMB: 10, entryKB: 30 };
/** What targets.md measured on this machine kind, for comparison with this run's figures. */
const REFERENCE = { naive: 657, virtualizer: 56, indexed: 0.23, folded: 4.6 };

/** Typed prefixes: "k", "ka", "kaf" in kana, the same word in half-width katakana, "pan", "mise". */
const QUERIES = ['か', 'かふ', 'かふぇ', 'ｶﾌｪ', 'ぱん', 'みせ'];

// ---------------------------------------------------------------------------
// Data: deterministic, schema-valid shops.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** [written, reading in katakana (words separated by spaces), English] */
type Word = readonly [string, string, string];
type Style = 'prefix' | 'suffix';
type Pool = 'family' | 'fancy';
type HoursKind = 'shop' | 'market' | 'cafe' | 'lunchDinner' | 'night' | 'salon' | 'clinic' | 'school' | 'always';

interface Kind {
  category: ShopCategory;
  sub: Word;
  /** Labels joined with a brand: `prefix` gives 「カフェ ひだまり」, `suffix` 「山田青果店」. */
  labels: ReadonlyArray<readonly [string, string, string, Style]>;
  pool: Pool;
  hours: HoursKind;
  services: Partial<Record<ShopService, number>>;
  weight: number;
}

const k = (category: ShopCategory, sub: Word, labels: Kind['labels'], pool: Pool, hours: HoursKind, services: Kind['services'], weight: number): Kind => ({
  category,
  sub,
  labels,
  pool,
  hours,
  services,
  weight,
});

// prettier-ignore
const KINDS: Kind[] = [
  // 飲食
  k('restaurant', ['カフェ', 'カフェ', 'Café'], [['カフェ', 'カフェ', 'Café', 'prefix'], ['珈琲店', 'コーヒーテン', 'Coffee', 'suffix'], ['コーヒー', 'コーヒー', 'Coffee', 'suffix']], 'fancy', 'cafe', { takeout: 0.6, reservation: 0.2, english_ok: 0.2 }, 7),
  k('restaurant', ['喫茶店', 'キッサテン', 'Coffee house'], [['喫茶', 'キッサ', 'Kissa', 'prefix'], ['純喫茶', 'ジュンキッサ', 'Kissa', 'prefix']], 'fancy', 'cafe', { takeout: 0.2 }, 3),
  k('restaurant', ['ラーメン', 'ラーメン', 'Ramen'], [['らーめん', 'ラーメン', 'Ramen', 'prefix'], ['中華そば', 'チュウカソバ', 'Chuka soba', 'prefix'], ['ラーメン', 'ラーメン', 'Ramen', 'suffix']], 'fancy', 'lunchDinner', { takeout: 0.3 }, 4),
  k('restaurant', ['そば・うどん', 'ソバ ウドン', 'Soba & udon'], [['庵', 'アン', '-an', 'suffix'], ['そば', 'ソバ', 'Soba', 'suffix'], ['手打ちうどん', 'テウチウドン', 'Udon', 'prefix']], 'fancy', 'lunchDinner', { takeout: 0.3, delivery: 0.3 }, 3),
  k('restaurant', ['寿司', 'スシ', 'Sushi'], [['寿司', 'スシ', 'Sushi', 'suffix'], ['鮨', 'スシ', 'Sushi', 'prefix']], 'family', 'lunchDinner', { takeout: 0.5, reservation: 0.7 }, 2),
  k('restaurant', ['居酒屋', 'イザカヤ', 'Izakaya'], [['居酒屋', 'イザカヤ', 'Izakaya', 'prefix'], ['酒場', 'サカバ', 'Sakaba', 'suffix']], 'fancy', 'night', { reservation: 0.7, english_ok: 0.15 }, 5),
  k('restaurant', ['焼き鳥', 'ヤキトリ', 'Yakitori'], [['やきとり', 'ヤキトリ', 'Yakitori', 'prefix'], ['焼鳥', 'ヤキトリ', 'Yakitori', 'suffix']], 'fancy', 'night', { takeout: 0.6, reservation: 0.4 }, 3),
  k('restaurant', ['中華料理', 'チュウカリョウリ', 'Chinese'], [['飯店', 'ハンテン', 'Hanten', 'suffix'], ['菜館', 'サイカン', 'Saikan', 'suffix']], 'fancy', 'lunchDinner', { takeout: 0.5, delivery: 0.4 }, 3),
  k('restaurant', ['定食', 'テイショク', 'Set meals'], [['食堂', 'ショクドウ', 'Shokudo', 'suffix'], ['めし処', 'メシドコロ', 'Meshidokoro', 'prefix']], 'family', 'lunchDinner', { takeout: 0.4 }, 2),
  k('restaurant', ['イタリアン', 'イタリアン', 'Italian'], [['トラットリア', 'トラットリア', 'Trattoria', 'prefix'], ['ピッツェリア', 'ピッツェリア', 'Pizzeria', 'prefix']], 'fancy', 'lunchDinner', { reservation: 0.8, english_ok: 0.3 }, 2),
  k('restaurant', ['おでん', 'オデン', 'Oden'], [['おでん', 'オデン', 'Oden', 'prefix']], 'fancy', 'night', { takeout: 0.5 }, 1),
  k('restaurant', ['カレー', 'カレー', 'Curry'], [['カレー', 'カレー', 'Curry', 'prefix'], ['カリー', 'カリー', 'Curry', 'suffix']], 'fancy', 'lunchDinner', { takeout: 0.7 }, 2),
  k('restaurant', ['バー', 'バー', 'Bar'], [['バー', 'バー', 'Bar', 'prefix']], 'fancy', 'night', { english_ok: 0.3 }, 2),
  // 食品
  k('food', ['パン屋', 'パンヤ', 'Bakery'], [['ベーカリー', 'ベーカリー', 'Bakery', 'prefix'], ['ぱん工房', 'パンコウボウ', 'Bakery', 'prefix'], ['パン', 'パン', 'Bread', 'suffix']], 'fancy', 'shop', { takeout: 1 }, 4),
  k('food', ['青果店', 'セイカテン', 'Greengrocer'], [['青果店', 'セイカテン', 'Greengrocer', 'suffix'], ['八百屋', 'ヤオヤ', 'Greengrocer', 'suffix']], 'family', 'market', { delivery: 0.2 }, 4),
  k('food', ['精肉店', 'セイニクテン', 'Butcher'], [['精肉店', 'セイニクテン', 'Butcher', 'suffix'], ['肉店', 'ニクテン', 'Meat', 'suffix']], 'family', 'market', { takeout: 0.6 }, 3),
  k('food', ['鮮魚店', 'センギョテン', 'Fishmonger'], [['鮮魚店', 'センギョテン', 'Fish', 'suffix'], ['魚店', 'サカナテン', 'Fish', 'suffix']], 'family', 'market', { delivery: 0.2 }, 2),
  k('food', ['和菓子', 'ワガシ', 'Japanese sweets'], [['堂', 'ドウ', '-do', 'suffix'], ['菓子店', 'カシテン', 'Sweets', 'suffix']], 'fancy', 'shop', { takeout: 1, tax_free: 0.1 }, 2),
  k('food', ['洋菓子', 'ヨウガシ', 'Patisserie'], [['パティスリー', 'パティスリー', 'Pâtisserie', 'prefix'], ['ケーキの店', 'ケーキノミセ', 'Cakes', 'prefix']], 'fancy', 'cafe', { takeout: 1, reservation: 0.3 }, 2),
  k('food', ['豆腐店', 'トウフテン', 'Tofu'], [['手づくり豆腐の店', 'テヅクリトウフノミセ', 'Tofu', 'prefix'], ['豆腐店', 'トウフテン', 'Tofu', 'suffix']], 'family', 'market', {}, 1),
  k('food', ['酒店', 'サケテン', 'Liquor'], [['酒店', 'サケテン', 'Liquor', 'suffix'], ['酒の店', 'サケノミセ', 'Liquor', 'suffix']], 'family', 'shop', { delivery: 0.5, tax_free: 0.2 }, 2),
  k('food', ['日本茶', 'ニホンチャ', 'Japanese tea'], [['お茶の', 'オチャノ', 'Tea', 'prefix'], ['園', 'エン', '-en', 'suffix']], 'fancy', 'shop', { tax_free: 0.2 }, 1),
  k('food', ['惣菜', 'ソウザイ', 'Deli'], [['おかずの店', 'オカズノミセ', 'Deli', 'prefix'], ['惣菜', 'ソウザイ', 'Deli', 'prefix']], 'fancy', 'market', { takeout: 1 }, 2),
  // 物販
  k('retail', ['書店', 'ショテン', 'Bookshop'], [['書店', 'ショテン', 'Books', 'suffix'], ['古書', 'コショ', 'Old books', 'prefix']], 'family', 'shop', {}, 2),
  k('retail', ['生花店', 'セイカテン', 'Florist'], [['花店', 'ハナテン', 'Flowers', 'suffix'], ['フラワーショップ', 'フラワーショップ', 'Flower Shop', 'prefix']], 'fancy', 'shop', { delivery: 0.4 }, 2),
  k('retail', ['衣料品', 'イリョウヒン', 'Clothing'], [['洋品店', 'ヨウヒンテン', 'Clothing', 'suffix'], ['ブティック', 'ブティック', 'Boutique', 'prefix']], 'family', 'shop', { tax_free: 0.2 }, 2),
  k('retail', ['雑貨', 'ザッカ', 'Homeware'], [['雑貨店', 'ザッカテン', 'Zakka', 'suffix'], ['くらしの道具', 'クラシノドウグ', 'Homeware', 'prefix']], 'fancy', 'shop', { tax_free: 0.3, english_ok: 0.2 }, 2),
  k('retail', ['電器店', 'デンキテン', 'Electrical goods'], [['電器', 'デンキ', 'Denki', 'suffix']], 'family', 'shop', { delivery: 0.5 }, 1),
  k('retail', ['金物店', 'カナモノテン', 'Hardware'], [['金物店', 'カナモノテン', 'Hardware', 'suffix']], 'family', 'shop', {}, 1),
  k('retail', ['自転車店', 'ジテンシャテン', 'Bicycles'], [['サイクル', 'サイクル', 'Cycle', 'suffix'], ['自転車店', 'ジテンシャテン', 'Cycles', 'suffix']], 'family', 'shop', {}, 1),
  k('retail', ['文具店', 'ブングテン', 'Stationery'], [['文具店', 'ブングテン', 'Stationery', 'suffix'], ['文房具の店', 'ブンボウグノミセ', 'Stationery', 'suffix']], 'family', 'shop', {}, 1),
  // サービス
  k('service', ['クリーニング', 'クリーニング', 'Dry cleaning'], [['クリーニング', 'クリーニング', 'Cleaning', 'suffix']], 'family', 'shop', { delivery: 0.3 }, 2),
  k('service', ['不動産', 'フドウサン', 'Real estate'], [['不動産', 'フドウサン', 'Real Estate', 'suffix']], 'family', 'shop', { english_ok: 0.2, reservation: 0.5 }, 2),
  k('service', ['写真館', 'シャシンカン', 'Photo studio'], [['写真館', 'シャシンカン', 'Photo Studio', 'suffix']], 'family', 'shop', { reservation: 0.9 }, 1),
  k('service', ['靴・鍵修理', 'クツ カギ シュウリ', 'Shoe & key repair'], [['リペアショップ', 'リペアショップ', 'Repair Shop', 'prefix']], 'fancy', 'shop', {}, 1),
  // 美容・理容
  k('beauty', ['美容室', 'ビヨウシツ', 'Hair salon'], [['ヘアサロン', 'ヘアサロン', 'Hair Salon', 'prefix'], ['美容室', 'ビヨウシツ', 'Hair', 'suffix']], 'fancy', 'salon', { reservation: 0.95 }, 4),
  k('beauty', ['理容室', 'リヨウシツ', 'Barber'], [['理容', 'リヨウ', 'Barber', 'suffix'], ['バーバー', 'バーバー', 'Barber', 'prefix']], 'family', 'salon', { reservation: 0.3 }, 2),
  k('beauty', ['ネイルサロン', 'ネイルサロン', 'Nail salon'], [['ネイル', 'ネイル', 'Nails', 'prefix']], 'fancy', 'salon', { reservation: 1 }, 1),
  // 医療・健康
  k('health', ['薬局', 'ヤッキョク', 'Pharmacy'], [['薬局', 'ヤッキョク', 'Pharmacy', 'suffix'], ['くすりの', 'クスリノ', 'Pharmacy', 'prefix']], 'family', 'shop', { english_ok: 0.15 }, 2),
  k('health', ['整骨院', 'セイコツイン', 'Osteopath'], [['整骨院', 'セイコツイン', 'Osteopathy', 'suffix']], 'fancy', 'clinic', { reservation: 0.5 }, 2),
  k('health', ['歯科医院', 'シカイイン', 'Dentist'], [['歯科', 'シカ', 'Dental', 'suffix']], 'family', 'clinic', { reservation: 1 }, 2),
  // 教育・文化
  k('culture', ['学習塾', 'ガクシュウジュク', 'Cram school'], [['塾', 'ジュク', 'Juku', 'suffix'], ['学習教室', 'ガクシュウキョウシツ', 'Study', 'suffix']], 'fancy', 'school', {}, 1),
  k('culture', ['書道教室', 'ショドウキョウシツ', 'Calligraphy'], [['書道教室', 'ショドウキョウシツ', 'Calligraphy', 'suffix']], 'fancy', 'school', {}, 1),
  k('culture', ['音楽教室', 'オンガクキョウシツ', 'Music school'], [['ピアノ教室', 'ピアノキョウシツ', 'Piano School', 'suffix']], 'fancy', 'school', {}, 1),
  // 宿泊
  k('lodging', ['旅館', 'リョカン', 'Ryokan'], [['旅館', 'リョカン', 'Ryokan', 'suffix']], 'fancy', 'always', { reservation: 1, english_ok: 0.5 }, 1),
  k('lodging', ['ゲストハウス', 'ゲストハウス', 'Guesthouse'], [['ゲストハウス', 'ゲストハウス', 'Guesthouse', 'prefix']], 'fancy', 'always', { english_ok: 1, reservation: 1 }, 1),
  // その他
  k('other', ['銭湯', 'セントウ', 'Public bath'], [['湯', 'ユ', '-yu', 'suffix']], 'fancy', 'night', {}, 1),
  k('other', ['コインランドリー', 'コインランドリー', 'Laundromat'], [['コインランドリー', 'コインランドリー', 'Laundromat', 'prefix']], 'fancy', 'always', {}, 1),
];

/** Family names and trade names (屋号), in kanji. */
const FAMILY: Word[] = [
  ['山田', 'ヤマダ', 'Yamada'], ['鈴木', 'スズキ', 'Suzuki'], ['高橋', 'タカハシ', 'Takahashi'], ['田中', 'タナカ', 'Tanaka'],
  ['渡辺', 'ワタナベ', 'Watanabe'], ['伊藤', 'イトウ', 'Ito'], ['中村', 'ナカムラ', 'Nakamura'], ['小林', 'コバヤシ', 'Kobayashi'],
  ['加藤', 'カトウ', 'Kato'], ['吉田', 'ヨシダ', 'Yoshida'], ['山本', 'ヤマモト', 'Yamamoto'], ['佐々木', 'ササキ', 'Sasaki'],
  ['松本', 'マツモト', 'Matsumoto'], ['井上', 'イノウエ', 'Inoue'], ['木村', 'キムラ', 'Kimura'], ['清水', 'シミズ', 'Shimizu'],
  ['森田', 'モリタ', 'Morita'], ['石川', 'イシカワ', 'Ishikawa'], ['前田', 'マエダ', 'Maeda'], ['岡本', 'オカモト', 'Okamoto'],
  ['長谷川', 'ハセガワ', 'Hasegawa'], ['丸山', 'マルヤマ', 'Maruyama'], ['大野', 'オオノ', 'Ono'], ['福田', 'フクダ', 'Fukuda'],
  ['藤井', 'フジイ', 'Fujii'], ['西村', 'ニシムラ', 'Nishimura'], ['金子', 'カネコ', 'Kaneko'], ['坂本', 'サカモト', 'Sakamoto'],
  ['川口', 'カワグチ', 'Kawaguchi'], ['柏木', 'カシワギ', 'Kashiwagi'], ['桑原', 'クワハラ', 'Kuwahara'], ['野口', 'ノグチ', 'Noguchi'],
  ['栄屋', 'サカエヤ', 'Sakaeya'], ['丸十', 'マルジュウ', 'Maruju'], ['大黒屋', 'ダイコクヤ', 'Daikokuya'], ['三河屋', 'ミカワヤ', 'Mikawaya'],
  ['越後屋', 'エチゴヤ', 'Echigoya'], ['松葉屋', 'マツバヤ', 'Matsubaya'], ['かね吉', 'カネキチ', 'Kanekichi'], ['まるや', 'マルヤ', 'Maruya'],
];

/** Shop names in hiragana, katakana and kanji. */
const FANCY: Word[] = [
  ['ひだまり', 'ヒダマリ', 'Hidamari'], ['こもれび', 'コモレビ', 'Komorebi'], ['つばめ', 'ツバメ', 'Tsubame'], ['こはる', 'コハル', 'Koharu'],
  ['みのり', 'ミノリ', 'Minori'], ['あおば', 'アオバ', 'Aoba'], ['かえで', 'カエデ', 'Kaede'], ['いろは', 'イロハ', 'Iroha'],
  ['ほのか', 'ホノカ', 'Honoka'], ['さくら', 'サクラ', 'Sakura'], ['ひまわり', 'ヒマワリ', 'Himawari'], ['はなみずき', 'ハナミズキ', 'Hanamizuki'],
  ['ことり', 'コトリ', 'Kotori'], ['しずく', 'シズク', 'Shizuku'], ['たんぽぽ', 'タンポポ', 'Tampopo'], ['かもめ', 'カモメ', 'Kamome'],
  ['ふくろう', 'フクロウ', 'Fukuro'], ['すずらん', 'スズラン', 'Suzuran'], ['かすみ草', 'カスミソウ', 'Kasumiso'], ['ゆずりは', 'ユズリハ', 'Yuzuriha'],
  ['ソレイユ', 'ソレイユ', 'Soleil'], ['モリノオト', 'モリノ オト', 'Mori no Oto'], ['ポラリス', 'ポラリス', 'Polaris'], ['ミモザ', 'ミモザ', 'Mimosa'],
  ['ルポ', 'ルポ', 'Repos'], ['アトリエ・ナギ', 'アトリエ ナギ', 'Atelier Nagi'], ['オリーブ', 'オリーブ', 'Olive'], ['ラ・ルーチェ', 'ラ ルーチェ', 'La Luce'],
  ['カフカ', 'カフカ', 'Kafka'], ['コパン', 'コパン', 'Copain'], ['パンプキン', 'パンプキン', 'Pumpkin'], ['ステラ', 'ステラ', 'Stella'],
  ['リーフ', 'リーフ', 'Leaf'], ['ノエル', 'ノエル', 'Noel'], ['ボヌール', 'ボヌール', 'Bonheur'], ['カメリア', 'カメリア', 'Camellia'],
  ['松風', 'マツカゼ', 'Matsukaze'], ['福寿', 'フクジュ', 'Fukuju'], ['千歳', 'チトセ', 'Chitose'], ['和楽', 'ワラク', 'Waraku'],
  ['青空', 'アオゾラ', 'Aozora'], ['月見', 'ツキミ', 'Tsukimi'], ['一福', 'イップク', 'Ippuku'], ['丸福', 'マルフク', 'Marufuku'],
  ['花月', 'カゲツ', 'Kagetsu'], ['風花', 'カザハナ', 'Kazahana'], ['木もれ日', 'コモレビ', 'Komorebi'], ['菜の花', 'ナノハナ', 'Nanohana'],
];

/** Branch names (支店), added to some shops. */
const BRANCHES: Word[] = [
  ['駅前店', 'エキマエテン', 'Ekimae'], ['本店', 'ホンテン', 'Main shop'], ['北口店', 'キタグチテン', 'North Exit'], ['南口店', 'ミナミグチテン', 'South Exit'],
  ['二号店', 'ニゴウテン', 'No. 2'], ['商店街店', 'ショウテンガイテン', 'Shotengai'], ['東店', 'ヒガシテン', 'East'], ['中央店', 'チュウオウテン', 'Central'],
];

interface StreetRow {
  id: string;
  name: Word;
  area: Word;
  postalCode: string;
  center: [number, number];
  station: Word;
  weight: number;
}

// prettier-ignore
const STREET_ROWS: StreetRow[] = [
  { id: 'midorigaoka-ekimae', name: ['緑ヶ丘駅前商店会', 'ミドリガオカ エキマエ ショウテンカイ', 'Midorigaoka Station Shops'], area: ['緑ヶ丘', 'ミドリガオカ', 'Midorigaoka'], postalCode: '176-0001', center: [35.75, 139.63], station: ['緑ヶ丘', 'ミドリガオカ', 'Midorigaoka'], weight: 4 },
  { id: 'sakurazaka-dori', name: ['さくら坂通り商店街', 'サクラザカドオリ ショウテンガイ', 'Sakurazaka-dori'], area: ['桜坂', 'サクラザカ', 'Sakurazaka'], postalCode: '176-0002', center: [35.745, 139.62], station: ['桜坂', 'サクラザカ', 'Sakurazaka'], weight: 3 },
  { id: 'sakaecho-ginza', name: ['栄町銀座商店街振興組合', 'サカエチョウ ギンザ ショウテンガイ シンコウ クミアイ', 'Sakaecho Ginza'], area: ['栄町', 'サカエチョウ', 'Sakaecho'], postalCode: '176-0003', center: [35.755, 139.64], station: ['栄町', 'サカエチョウ', 'Sakaecho'], weight: 3 },
  { id: 'higashidai-chuo', name: ['東台中央商店会', 'ヒガシダイ チュウオウ ショウテンカイ', 'Higashidai Chuo'], area: ['東台', 'ヒガシダイ', 'Higashidai'], postalCode: '176-0004', center: [35.74, 139.66], station: ['東台', 'ヒガシダイ', 'Higashidai'], weight: 2 },
  { id: 'wakagidai-mall', name: ['わかぎ台モール', 'ワカギダイ モール', 'Wakagidai Mall'], area: ['若木台', 'ワカギダイ', 'Wakagidai'], postalCode: '176-0005', center: [35.76, 139.6], station: ['若木台', 'ワカギダイ', 'Wakagidai'], weight: 2 },
  { id: 'sekisen-koen', name: ['石泉公園通り商店会', 'セキセン コウエンドオリ ショウテンカイ', 'Sekisen Koen-dori'], area: ['石泉', 'セキセン', 'Sekisen'], postalCode: '176-0006', center: [35.735, 139.65], station: ['石泉公園', 'セキセンコウエン', 'Sekisen-koen'], weight: 2 },
  { id: 'kitamachi-ichibangai', name: ['北町一番街', 'キタマチ イチバンガイ', 'Kitamachi Ichibangai'], area: ['北町', 'キタマチ', 'Kitamachi'], postalCode: '176-0007', center: [35.765, 139.625], station: ['北町', 'キタマチ', 'Kitamachi'], weight: 2 },
  { id: 'minami-hikari', name: ['南ひかり商店街', 'ミナミ ヒカリ ショウテンガイ', 'Minami-hikari'], area: ['南光', 'ミナミヒカリ', 'Minami-hikari'], postalCode: '176-0008', center: [35.738, 139.61], station: ['南光', 'ミナミヒカリ', 'Minami-hikari'], weight: 1 },
  { id: 'kawabata-yokocho', name: ['川端横丁', 'カワバタ ヨコチョウ', 'Kawabata Yokocho'], area: ['川端', 'カワバタ', 'Kawabata'], postalCode: '176-0009', center: [35.748, 139.67], station: ['川端', 'カワバタ', 'Kawabata'], weight: 1 },
  { id: 'nishiki-dori', name: ['にしき通り商店会', 'ニシキドオリ ショウテンカイ', 'Nishiki-dori'], area: ['錦', 'ニシキ', 'Nishiki'], postalCode: '176-0010', center: [35.752, 139.59], station: ['錦町', 'ニシキチョウ', 'Nishikicho'], weight: 1 },
];

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_JA: Record<Weekday, string> = { sun: '日曜', mon: '月曜', tue: '火曜', wed: '水曜', thu: '木曜', fri: '金曜', sat: '土曜' };

const HOURS: Record<HoursKind, { periods: Array<[string, string]>; closed: Weekday[][]; holidayClosed: number }> = {
  shop: { periods: [['10:00', '19:00']], closed: [['sun'], ['wed'], ['thu'], ['sun', 'mon']], holidayClosed: 0.5 },
  market: { periods: [['09:30', '19:30']], closed: [['wed'], ['sun'], ['thu']], holidayClosed: 0.3 },
  cafe: { periods: [['08:00', '18:00']], closed: [['tue'], ['mon'], ['wed'], []], holidayClosed: 0.1 },
  lunchDinner: { periods: [['11:30', '14:00'], ['17:30', '22:00']], closed: [['wed'], ['mon'], ['tue'], ['thu']], holidayClosed: 0.2 },
  night: { periods: [['17:00', '25:00']], closed: [['sun'], ['mon'], []], holidayClosed: 0.4 },
  salon: { periods: [['09:00', '19:00']], closed: [['mon'], ['tue'], ['mon', 'tue']], holidayClosed: 0.1 },
  clinic: { periods: [['09:00', '12:30'], ['15:00', '18:30']], closed: [['thu', 'sun'], ['wed', 'sun'], ['sun']], holidayClosed: 1 },
  school: { periods: [['15:00', '21:30']], closed: [['sun'], ['sun', 'mon']], holidayClosed: 0.8 },
  always: { periods: [['06:00', '24:00']], closed: [[]], holidayClosed: 0 },
};

const PAYMENT_PROFILES: Array<readonly [PaymentMethod[], number]> = [
  [['cash'], 18],
  [['cash', 'qr_code'], 16],
  [['cash', 'credit_card'], 12],
  [['cash', 'e_money'], 6],
  [['cash', 'credit_card', 'qr_code'], 6],
  [['cash', 'credit_card', 'e_money', 'qr_code'], 32],
  [['credit_card', 'e_money', 'qr_code'], 7],
  [['credit_card', 'qr_code'], 3],
];

const YEAR_END = ['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'];
const CHOME = ['一', '二', '三', '四', '五'];
const BUILDINGS = ['ひまわりビル', '第二丸十ビル', 'グリーンハイツ', 'けやきレジデンス', 'サンシャイン緑ヶ丘', '栄ビル'];

/** A branch named after its street's area: 「桜坂」 + 「駅前店」 → 「桜坂駅前店」. */
const areaBranch = (row: StreetRow, branch: Word): Word => [`${row.area[0]}${branch[0]}`, `${row.area[1]}${branch[1]}`, `${row.area[2]} ${branch[2]}`];

/** ァ–ヶ → ぁ–ゖ (the long-vowel mark and spaces stay). */
const toHiragana = (text: string) => text.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function makeStreets(): ShoppingStreet[] {
  return STREET_ROWS.map((row, i) => {
    const street: ShoppingStreet = {
      id: row.id,
      name: { ja: row.name[0], kana: row.name[1], en: row.name[2] },
      organizationType: (['shotenkai', 'shinko_kumiai', 'jigyo_kyodo_kumiai', 'other'] as const)[i % 4]!,
      area: { ja: `${row.area[0]}一丁目〜四丁目`, en: `${row.area[2]} 1 to 4` },
      center: { lat: row.center[0], lng: row.center[1] },
      stations: [{ name: { ja: `${row.station[0]}駅`, kana: `${row.station[1]}エキ`, en: `${row.station[2]} Station` }, line: { ja: '緑ヶ丘線', en: 'Midorigaoka Line' }, walkMinutes: 1 + (i % 8) }],
      office: { phone: `03-0000-${pad(1000 + i * 7, 4)}`, email: `office-${row.id}@example.jp`, address: null },
      url: `https://example.jp/streets/${row.id}/`,
      description: { ja: `${row.area[0]}の商店街です。`, en: `The shopping street of ${row.area[2]}.` },
      shopCount: 0,
    };
    return street;
  });
}

/** `count` shops, sorted as the server sorts them (by reading, ties by id); `streets` get their shopCount. */
function makeShops(count: number, streets: ShoppingStreet[], seed: number): Shop[] {
  const rng = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const chance = (p: number) => rng() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const weighted = <T>(list: ReadonlyArray<readonly [T, number]>): T => {
    const total = list.reduce((n, [, w]) => n + w, 0);
    let r = rng() * total;
    for (const [value, w] of list) if ((r -= w) < 0) return value;
    return list[list.length - 1]![0];
  };
  const kinds = KINDS.map((kind) => [kind, kind.weight] as const);
  const streetWeights = STREET_ROWS.map((row) => [row, row.weight] as const);
  const shops: Shop[] = [];
  const names = new Set<string>();
  let duplicates = 0;
  for (let n = 1; n <= count; n++) {
    const id = `shop-${pad(n, 5)}`;
    const kind = weighted(kinds);
    const row = weighted(streetWeights);
    // Names are unique, as in a real directory: a name already taken is drawn again, then
    // becomes a branch (「駅前店」), then a branch named after its area (「桜坂駅前店」).
    let ja = '';
    let kana = '';
    let en = '';
    for (let attempt = 0; attempt < 12; attempt++) {
      const [label, labelKana, labelEn, style] = pick(kind.labels);
      const brand = pick(kind.pool === 'family' ? FAMILY : chance(0.15) ? FAMILY : FANCY);
      const branch: Word | undefined =
        attempt < 4 ? (chance(0.08) ? pick(BRANCHES) : undefined) : attempt < 8 ? pick(BRANCHES) : areaBranch(row, pick(BRANCHES));
      ja = style === 'prefix' ? `${label} ${brand[0]}` : `${brand[0]}${label}`;
      kana = style === 'prefix' ? `${labelKana} ${brand[1]}` : `${brand[1]}${labelKana}`;
      en = style === 'prefix' ? `${labelEn} ${brand[2]}` : labelEn.startsWith('-') ? `${brand[2]}${labelEn}` : `${brand[2]} ${labelEn}`;
      if (branch) {
        ja += ` ${branch[0]}`;
        kana += ` ${branch[1]}`;
        en += ` (${branch[2]})`;
      }
      if (!names.has(ja)) break;
    }
    if (names.has(ja)) duplicates++;
    names.add(ja);
    // Readings come in katakana, a quarter in hiragana (both fold to the same search text).
    if (chance(0.25)) kana = toHiragana(kana);
    const streetIds = chance(0.01) ? [] : [row.id];
    if (streetIds.length && chance(0.05)) {
      const second = weighted(streetWeights).id;
      if (second !== row.id) streetIds.push(second);
    }

    const template = HOURS[kind.hours];
    const closed = pick(template.closed);
    const shift = kind.hours !== 'always' && chance(0.3) ? pick([-30, 30]) : 0;
    const at = (time: string) => {
      const [h, m] = time.split(':').map(Number) as [number, number];
      const minutes = h * 60 + m + shift;
      return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    };
    const weekly = WEEKDAYS.filter((d) => !closed.includes(d)).flatMap((day) => template.periods.map(([opens, closes]) => ({ day, opens: at(opens), closes: at(closes) })));
    const closedOnPublicHolidays = chance(template.holidayClosed);
    const exceptions =
      kind.hours !== 'always' && chance(0.65)
        ? YEAR_END.map((date) => ({ date, closed: true, periods: [], note: { ja: '年末年始休業', en: 'Closed for the New Year holidays' } }))
        : [];
    const regularHoliday =
      closed.length === 0
        ? closedOnPublicHolidays
          ? { ja: '祝日', en: 'Public holidays' }
          : { ja: '年中無休', en: 'Open every day' }
        : { ja: `毎週${closed.map((d) => WEEKDAY_JA[d]).join('・')}${closedOnPublicHolidays ? '・祝日' : ''}`, en: `Closed ${closed.join(' and ')}${closedOnPublicHolidays ? ', public holidays' : ''}` };

    const services: ShopService[] = [];
    for (const [service, p] of Object.entries(kind.services) as Array<[ShopService, number]>) if (chance(p)) services.push(service);
    if (!services.includes('english_ok') && chance(0.05)) services.push('english_ok');
    const stepFreeEntrance = chance(0.45);
    const chome = int(1, 4);
    const building = chance(0.25) ? { name: pick(BUILDINGS), floor: int(1, 3) } : null;
    const banchi = int(1, 30);
    const go = int(1, 20);
    const street = STREET_ROWS.find((r) => r.id === (streetIds[0] ?? row.id))!;
    shops.push({
      id,
      name: { ja, kana, ...(chance(0.3) ? { en } : {}) },
      streetIds,
      category: kind.category,
      subcategory: { ja: kind.sub[0], kana: kind.sub[1], en: kind.sub[2] },
      description: chance(0.5) ? { ja: `${street.area[0]}の${kind.sub[0]}です。お気軽にお立ち寄りください。`, en: `${kind.sub[2]} in ${street.area[2]}.` } : null,
      address: {
        postalCode: street.postalCode,
        text: {
          ja: `東京都緑ヶ丘区${street.area[0]}${CHOME[chome - 1]}丁目${banchi}番${go}号${building ? ` ${building.name}${building.floor}階` : ''}`,
          en: `${building ? `${building.floor}F, ` : ''}${chome}-${banchi}-${go} ${street.area[2]}, Midorigaoka City, Tokyo`,
        },
        location: { lat: round6(street.center[0] + (rng() - 0.5) * 0.005), lng: round6(street.center[1] + (rng() - 0.5) * 0.006) },
      },
      phone: chance(0.9) ? `03-0000-${pad(1000 + int(0, 8999), 4)}` : null,
      url: chance(0.4) ? `https://example.jp/shops/${id}/` : null,
      hours: { weekly, closedOnPublicHolidays, exceptions, regularHoliday },
      payments: weighted(PAYMENT_PROFILES).slice(),
      services,
      barrierFree: {
        stepFreeEntrance,
        maxStepCm: stepFreeEntrance ? 0 : chance(0.12) ? null : pick([2, 3, 5, 8, 10, 12, 15, 20, 25]),
        entranceWidthCm: chance(0.15) ? null : stepFreeEntrance ? int(16, 24) * 5 : int(12, 18) * 5,
        groundFloorOrLift: building ? building.floor === 1 || chance(0.5) : chance(0.9),
        accessibleToilet: chance(0.15),
        accessibleParking: chance(0.08),
      },
      updatedAt: `2026-${pad(int(6, 10))}-${pad(int(1, 28))}T${pad(int(9, 17))}:${pad(int(0, 59))}:00+09:00`,
    });
  }
  if (duplicates > count / 100) throw new Error(`directory bench: ${duplicates} shop names are not unique`);
  for (const shop of shops) {
    const checked = ShopSchema.safeParse(shop);
    if (!checked.success) throw new Error(`directory bench: generated shop ${shop.id} is not schema-valid: ${checked.error.message}`);
  }
  const counts = new Map<string, number>();
  for (const shop of shops) for (const id of shop.streetIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const street of streets) {
    street.shopCount = counts.get(street.id) ?? 0;
    const checked = ShoppingStreetSchema.safeParse(street);
    if (!checked.success) throw new Error(`directory bench: generated street ${street.id} is not schema-valid: ${checked.error.message}`);
  }
  const keyed = shops.map((shop) => ({ shop, key: readingSortKey(shop.name.kana) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.shop.id < b.shop.id ? -1 : a.shop.id > b.shop.id ? 1 : 0));
  return keyed.map((e) => e.shop);
}

interface DataSet {
  shops: Shop[];
  streets: ShoppingStreet[];
  /** `JSON.stringify` of each shop, in order: what the fake API joins into pages. */
  rows: string[];
  /** The 10,000 shops as one JSON array, and their streets. */
  shopsJson: string;
  streetsJson: string;
  /** Bytes (UTF-8) of the 20 pages of 500 the element downloads, as the server would send them. */
  pagesBytes: number;
  /** Per query: what the element should show (from `filterShops` in Node, the element's own function). */
  expect: Record<string, { count: number; first: string }>;
}

export function makeData(): DataSet {
  const streets = makeStreets();
  const shops = makeShops(SHOP_COUNT, streets, 20261208);
  const rows = shops.map((s) => JSON.stringify(s));
  const index = buildShopIndex(shops);
  const expect: DataSet['expect'] = {};
  for (const q of ['', ...QUERIES]) {
    const found = filterShops(index, { ...NO_FILTERS, q }, () => true);
    expect[q] = { count: found.length, first: found[0]?.shop.name.ja ?? '' };
  }
  let pagesBytes = 0;
  for (let offset = 0; offset < rows.length; offset += PAGE_LIMIT) pagesBytes += Buffer.byteLength(pageBody(rows, offset, PAGE_LIMIT));
  return { shops, streets, rows, shopsJson: JSON.stringify(shops), streetsJson: JSON.stringify({ items: streets }), pagesBytes, expect };
}

/** Offset cursors, as base64url JSON (`{"o":500}`), like the calendar bench's fake. */
const cursorOf = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
function pageBody(rows: readonly string[], offset: number, limit: number): string {
  const next = offset + limit < rows.length ? cursorOf(offset + limit) : null;
  return `{"items":[${rows.slice(offset, offset + limit).join(',')}],"nextCursor":${JSON.stringify(next)},"total":${rows.length}}`;
}

// ---------------------------------------------------------------------------
// Bundles.

/** Minified, from our TypeScript sources; the page needs no CSS file. */
const bundle = async (contents: string, minify = true): Promise<string> => (await bundleForBrowser(contents, { source: true, minify })).js;

/** What a page needs: the provider and the directory, the SDK's client factory (as in the calendar bench). Also the size reported. */
const bundleOurs = () =>
  bundle(`
    import ${JSON.stringify(PROVIDER_DEFINE)};
    import ${JSON.stringify(DIRECTORY_DEFINE)};
    export { createHallClient } from '@promotion-hall/sdk';
  `);

/**
 * The bench pages' bundle: the same, plus Lit (one copy, the element's) for the naive list,
 * and the search functions for the pure-function measurement.
 */
const bundlePage = (minify = true) =>
  bundle(
    `
    import ${JSON.stringify(PROVIDER_DEFINE)};
    import ${JSON.stringify(DIRECTORY_DEFINE)};
    export { createHallClient } from '@promotion-hall/sdk';
    export { normalizeForSearch, shopSearchText } from '@promotion-hall/sdk/normalize';
    export { buildShopIndex, filterShops, NO_FILTERS } from ${JSON.stringify(SHOP_INDEX)};
    export { LitElement, html, css } from 'lit';
  `,
    minify,
  );

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const bytes = (text: string) => Buffer.byteLength(text);

// ---------------------------------------------------------------------------
// The pages: plain JavaScript served as modules (not functions handed to page.evaluate,
// which tsx would rewrite). Each page sets `window.__bench`.

/** `/common.js`: the shared timing helpers (bench/page-timing.ts) and this bench's own. */
const PAGE_COMMON = `${PAGE_TIMING}
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
`;

const PAGE = `
import { createHallClient, LitElement, html, css, buildShopIndex, filterShops, NO_FILTERS, normalizeForSearch, shopSearchText } from '/bench.js';
import { frame, until, settle, gate, median } from '/common.js';

const host = document.getElementById('host');
const marks = { requests: [], lastShopsHanded: null };
let rows = null;
let streetsBody = null;

/** The data, before any clock: the shops pre-serialised one by one (for the fake API), or parsed. */
async function loadRows() {
  const [shops, streets] = await Promise.all([fetch('/data/shops.json').then((r) => r.json()), fetch('/data/streets.json').then((r) => r.text())]);
  rows = shops.map((s) => JSON.stringify(s));
  streetsBody = streets;
}
const loadShops = () => fetch('/data/shops.json').then((r) => r.json());

/** A strong ETag per URL (the data never change during a page): FNV-1a of the path and query. */
function etagOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return '"bench-' + h.toString(16) + '-' + text.length + '"';
}
const respond = (status, body, headers = {}) =>
  new Response(body, { status, headers: { 'content-type': status < 400 ? 'application/json; charset=utf-8' : 'application/problem+json', ...headers } });
const problem = (status, title, detail) => respond(status, JSON.stringify({ type: '/problems/bench', title, status, detail }));

/**
 * GET /shops (limit 1–500, offset cursors, total), GET /streets and GET /calendar (no holidays)
 * as the server answers them, from memory, at once; an ETag on every answer and 304 to a
 * matching If-None-Match. The moment the last /shops page is handed over is marked.
 */
function fakeFetch(input, init) {
  const request = input instanceof Request ? input : new Request(input, init);
  const url = new URL(request.url);
  const route = url.pathname.replace(/^.*\\/api\\/v1\\//, '');
  const entry = { route, query: url.search, at: performance.now(), status: 0 };
  marks.requests.push(entry);
  const answer = (response, last = false) => {
    entry.status = response.status;
    entry.handed = performance.now();
    if (last) {
      marks.lastShopsHanded = entry.handed;
      performance.mark('bench:last-page');
    }
    return Promise.resolve(response);
  };
  if (request.method !== 'GET') return answer(problem(405, 'Method Not Allowed'));
  const etag = etagOf(route + url.search);
  if (request.headers.get('if-none-match') === etag) return answer(new Response(null, { status: 304, headers: { etag } }));
  if (route === 'calendar') return answer(respond(200, '{"items":[]}', { etag }));
  if (route === 'streets') return answer(respond(200, streetsBody, { etag }));
  if (route !== 'shops') return answer(problem(404, 'Not Found', route));
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const cursor = url.searchParams.get('cursor');
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) return answer(problem(400, 'Bad Request', 'limit must be 1 to 500'));
  let offset = 0;
  if (cursor !== null) {
    try {
      offset = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))).o;
    } catch {
      return answer(problem(400, 'Bad Request', 'invalid cursor'));
    }
  }
  const next = offset + limit < rows.length ? btoa(JSON.stringify({ o: offset + limit })).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '') : null;
  entry.items = Math.max(0, Math.min(limit, rows.length - offset));
  const body = '{"items":[' + rows.slice(offset, offset + limit).join(',') + '],"nextCursor":' + JSON.stringify(next) + ',"total":' + rows.length + '}';
  return answer(respond(200, body, { etag }), next === null);
}

// ---- <hall-shop-directory> -------------------------------------------------------

let provider;
let directory;
const root = () => directory?.shadowRoot ?? null;
const countText = () => root()?.querySelector('[part~="count"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? null;
const listRows = () => [...(root()?.querySelectorAll('[role="listitem"]') ?? [])];
const firstRow = () => root()?.querySelector('[role="listitem"][aria-posinset="1"]') ?? null;
const nameOf = (row) => row?.querySelector('[part~="shop-card"] .card-name')?.textContent.trim() ?? null;
/** The list shows \`first\` at the top, positioned by the virtualizer, every row of a list of \`count\`. */
const listShows = (first, count) => {
  const row = firstRow();
  if (!row || row.style.transform === '' || nameOf(row) !== first) return false;
  const all = listRows();
  return all.length > 0 && all.every((r) => r.getAttribute('aria-setsize') === String(count));
};
const describeRequest = (q) => q.route + q.query + ' → ' + q.status + (q.items === undefined ? '' : ' (' + q.items + ')');
const describe = () => {
  const r = root();
  const parts = r ? [...new Set([...r.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part').split(/\\s+/)))].sort() : [];
  const row = firstRow();
  return {
    defined: customElements.get('hall-shop-directory') !== undefined,
    shadowRoot: r !== null,
    count: countText(),
    cards: r?.querySelectorAll('[part~="shop-card"]').length ?? 0,
    rows: listRows().length,
    firstRow: row ? { name: nameOf(row), transform: row.style.transform, setsize: row.getAttribute('aria-setsize') } : null,
    list: (() => { const l = r?.querySelector('[part~="list"]'); if (!l) return null; const b = l.getBoundingClientRect(); return { top: b.top, height: b.height }; })(),
    parts,
    text: r ? (r.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 300) : null,
    requests: marks.requests.map(describeRequest),
  };
};

/** (1) mount → first frame with rows, (3) keystrokes → frame, in the same page. */
async function runOurs({ timeoutMs, expect, queries, pause }) {
  await loadRows();
  const client = createHallClient({ baseUrl: 'https://bench.invalid/api/v1', fetch: fakeFetch, retry: { limit: 0 } });
  await settle();
  await gate();
  const t0 = performance.now();
  provider = document.createElement('hall-provider');
  provider.client = client;
  directory = document.createElement('hall-shop-directory');
  provider.append(directory);
  host.append(provider);
  const all = expect[''];
  let cardsAt = null;
  await until(() => {
    if (cardsAt === null && (root()?.querySelector('[part~="shop-card"]') ?? null) !== null) cardsAt = performance.now();
    return listShows(all.first, all.count);
  }, [host, root()].filter(Boolean), describe, timeoutMs);
  const shown = performance.now();
  await frame();
  const painted = performance.now();
  performance.mark('bench:first-frame');
  const shops = marks.requests.filter((q) => q.route === 'shops');
  const first = {
    mountToFrame: painted - t0,
    dataToFrame: marks.lastShopsHanded === null ? null : painted - marks.lastShopsHanded,
    phases: {
      firstRequest: marks.requests.length ? marks.requests[0].at - t0 : null,
      lastShopsHanded: marks.lastShopsHanded === null ? null : marks.lastShopsHanded - t0,
      cards: cardsAt === null ? null : cardsAt - t0,
      dom: shown - t0,
    },
    shopRequests: shops.length,
    requests: marks.requests.map(describeRequest),
    state: describe(),
  };

  // (3) Each query typed into the empty box, then the box cleared: two keystrokes, each
  // timed to the first frame painted with the new count and the new first shop. Between
  // keystrokes the page waits \`pause\` ms, past the element's announcement timer (700 ms).
  const input = root().querySelector('input#q') ?? root().querySelector('input[type="search"]');
  if (!input) throw new Error('no search input (#q) in the shadow root; state: ' + JSON.stringify(describe()));
  const keystrokes = [];
  for (const q of queries) {
    for (const value of [q, '']) {
      await settle(pause);
      const want = expect[value];
      const before = countText();
      const t1 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const handled = performance.now() - t1;
      await until(() => countText() !== before && listShows(want.first, want.count), [root()], describe, timeoutMs);
      const dom = performance.now() - t1;
      await frame();
      keystrokes.push({ value, ms: performance.now() - t1, dom, handled, count: countText(), rows: listRows().length });
    }
  }
  await settle(pause);
  return { first, keystrokes, settled: describe() };
}

// ---- the naive Lit list (the baseline of (1)) ----------------------------------------

class NaiveShopList extends LitElement {
  static properties = { shops: { attribute: false } };
  static styles = css\`
    :host { display: block; font-family: system-ui, sans-serif; }
    .list { block-size: 36rem; overflow: auto; }
    .row { display: flex; gap: 0.5rem; padding: 0.5rem; border-block-end: 1px solid #ddd; }
    .name { font-weight: bold; }
    .reading, .meta { color: #555; font-size: 0.875rem; }
  \`;
  constructor() {
    super();
    this.shops = [];
  }
  render() {
    return html\`<p class="count">\${this.shops.length}件のお店</p>
      <div class="list" role="list">
        \${this.shops.map((s) => html\`<div class="row" role="listitem"><span class="name">\${s.name.ja}</span><span class="reading">\${s.name.kana}</span><span class="meta">\${s.subcategory.ja}</span></div>\`)}
      </div>\`;
  }
}
customElements.define('naive-shop-list', NaiveShopList);

async function runNaive({ timeoutMs }) {
  const shops = await loadShops();
  const list = document.createElement('naive-shop-list');
  host.append(list);
  await list.updateComplete;
  await settle();
  await gate();
  const t0 = performance.now();
  list.shops = shops;
  await list.updateComplete;
  const dom = performance.now() - t0;
  const rendered = list.shadowRoot.querySelectorAll('.row').length;
  if (rendered !== shops.length) throw new Error('naive list rendered ' + rendered + ' rows of ' + shops.length);
  await frame();
  const ms = performance.now() - t0;
  await settle(100);
  return { ms, dom, rows: rendered };
}

// ---- (2) the pure filter -------------------------------------------------------------

async function runFilter({ queries, samples, batch }) {
  const shops = await loadShops();
  await settle();
  const t0 = performance.now();
  const index = buildShopIndex(shops);
  const buildMs = performance.now() - t0;
  const indexed = (q) => filterShops(index, { ...NO_FILTERS, q }, () => true);
  /** Folding every record per keystroke: the same folded text as the index holds, made again for each shop. */
  const folded = (q) => {
    const needle = normalizeForSearch(q);
    const out = [];
    for (const shop of shops) if (shopSearchText(shop).includes(needle)) out.push(shop);
    return out;
  };
  const result = {};
  for (const q of queries) result[q] = { indexed: [], folded: [], indexedCount: indexed(q).length, foldedCount: folded(q).length };
  for (let s = 0; s < samples; s++) {
    for (const q of queries) {
      const r = result[q];
      const one = () => {
        let t = performance.now();
        for (let i = 0; i < batch; i++) indexed(q);
        r.indexed.push((performance.now() - t) / batch);
      };
      const two = () => {
        const t = performance.now();
        folded(q);
        r.folded.push(performance.now() - t);
      };
      if (s % 2) { two(); one(); } else { one(); two(); }
    }
  }
  return { buildMs, result, isolated: self.crossOriginIsolated === true };
}

// ---- (4) the heap: the page mounts, Node collects garbage and reads the heap ---------

let kept = null;
async function prepareHeap() {
  // The client reads the API on 127.0.0.1 (this server), so no copy of the data sits in the page before mounting.
  const client = createHallClient({ baseUrl: location.origin + '/api/v1', fetch: (input, init) => fetch(input, init), retry: { limit: 0 } });
  provider = document.createElement('hall-provider');
  provider.client = client;
  await settle();
  return true;
}

async function mountHeap({ variant, timeoutMs, expect }) {
  if (variant === 'provider') {
    host.append(provider);
  } else if (variant === 'directory') {
    directory = document.createElement('hall-shop-directory');
    provider.append(directory);
    host.append(provider);
    await until(() => listShows(expect[''].first, expect[''].count), [host, root()].filter(Boolean), describe, timeoutMs);
  } else if (variant === 'parsed') {
    const shops = [];
    let cursor = null;
    do {
      const page = await fetch('/api/v1/shops?limit=500' + (cursor ? '&cursor=' + cursor : '')).then((r) => r.json());
      shops.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    kept = shops;
  }
  // Past the element's timers, its streets and holidays, the virtualizer's second layout.
  await settle(1000);
  return variant === 'directory' ? { rows: listRows().length, count: countText() } : variant === 'parsed' ? { shops: kept.length } : {};
}

window.__bench = { ready: true, runOurs, runNaive, runFilter, prepareHeap, mountHeap };
`;

const pageHtml = () => `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>directory bench</title>
<style>body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; }</style>
</head>
<body>
<div id="host"></div>
<script type="module" src="/page.js"></script>
</body>
</html>`;

/**
 * Everything from memory on 127.0.0.1: page, bundle, data, and (for the heap pages) the
 * API the client reads. Cross-origin isolated (COOP + COEP), so `performance.now()` has its
 * finest resolution (5 µs rather than 100 µs).
 */
function serve(files: MemoryFiles, data: DataSet): Promise<Served> {
  const etag = (key: string) => `"bench-${Buffer.from(key).toString('base64url').slice(-24)}-${key.length}"`;
  const headers = { 'Cache-Control': 'no-store', 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  return serveFromMemory(files, {
    headers,
    handle(url, req, res) {
      if (!url.pathname.startsWith('/api/v1/')) return false;
      const route = url.pathname.slice('/api/v1/'.length);
      const tag = etag(route + url.search);
      const json = (status: number, body: string) => void res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', ETag: tag }).end(body);
      const badRequest = () => json(400, '{"type":"/problems/bench","title":"Bad Request","status":400}');
      if (req.headers['if-none-match'] === tag) res.writeHead(304, { ...headers, ETag: tag }).end();
      else if (route === 'calendar') json(200, '{"items":[]}');
      else if (route === 'streets') json(200, data.streetsJson);
      else if (route === 'shops') {
        const limit = Number(url.searchParams.get('limit') ?? 50);
        const cursor = url.searchParams.get('cursor');
        let offset = 0;
        try {
          if (cursor) offset = (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { o: number }).o;
        } catch {
          badRequest();
          return true;
        }
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) badRequest();
        else json(200, pageBody(data.rows, offset, limit));
      } else json(404, '{"type":"/problems/bench","title":"Not Found","status":404}');
      return true;
    },
  });
}

// ---------------------------------------------------------------------------
// Measuring.

interface OursResult {
  first: {
    mountToFrame: number;
    dataToFrame: number | null;
    phases: { firstRequest: number | null; lastShopsHanded: number | null; cards: number | null; dom: number };
    shopRequests: number;
    requests: string[];
    state: { rows: number; count: string | null };
  };
  keystrokes: Array<{ value: string; ms: number; dom: number; handled: number; count: string | null; rows: number }>;
  settled: { rows: number; count: string | null; problems?: string[] };
  /** How long the bench waited, before the clock, for the machine to go quiet. */
  quiet: QuietWait;
}
interface NaiveResult {
  ms: number;
  dom: number;
  rows: number;
  /** How long the bench waited, before the clock, for the machine to go quiet. */
  quiet: QuietWait;
}
interface FilterResult {
  buildMs: number;
  isolated: boolean;
  result: Record<string, { indexed: number[]; folded: number[]; indexedCount: number; foldedCount: number }>;
}
type HeapVariant = 'provider' | 'directory' | 'parsed';
interface HeapResult {
  used: number;
  embedder: number | null;
  info: unknown;
}

async function withPage<T>(browser: Browser, base: string, label: string, fn: (page: Page, context: BrowserContext, problems: string[]) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, timezoneId: 'Asia/Tokyo', locale: 'ja-JP' });
  const problems: string[] = [];
  const page = await context.newPage();
  try {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    await page.goto(`${base}/index.html`);
    await page.waitForFunction('window.__bench?.ready === true', undefined, { timeout: WAIT_MS }).catch(() => {
      throw new Error(`the bench page did not get ready${problems.length ? `: ${problems.join('; ')}` : ''}`);
    });
    return await fn(page, context, problems);
  } catch (error) {
    if (DEBUG) {
      const shot = path.join(os.tmpdir(), `directory-bench-${label}.png`);
      await page.screenshot({ path: shot }).then(() => console.error(`screenshot: ${shot}`), () => {});
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(problems.length && !message.includes(problems[0]!) ? `${message}\n  (${problems.join('; ')})` : message);
  } finally {
    await context.close();
  }
}

/** Pause between measured keystrokes: past the element's 700 ms announcement timer. */
const KEY_PAUSE = 800;

const measureOurs = (browser: Browser, base: string, data: DataSet) =>
  withPage(browser, base, 'ours', async (page, context, problems) => {
    const args = JSON.stringify({ timeoutMs: WAIT_MS, expect: data.expect, queries: QUERIES, pause: KEY_PAUSE });
    const stopProfile = await startCpuProfile(context, page, PROFILE_DIR, 'ours');
    const stopTrace = await startTrace(page, TRACE_DIR, 'ours');
    const { result, wait } = await startWhenQuiet<OursResult>(page, `window.__bench.runOurs(${args})`, WAIT_MS);
    result.quiet = wait;
    await stopTrace();
    await stopProfile();
    if (problems.length) result.settled.problems = problems;
    return result;
  });

const measureNaive = (browser: Browser, base: string) =>
  withPage(browser, base, 'naive', async (page) => {
    const { result, wait } = await startWhenQuiet<NaiveResult>(page, `window.__bench.runNaive(${JSON.stringify({ timeoutMs: WAIT_MS })})`, WAIT_MS);
    return { ...result, quiet: wait };
  });

const measureFilter = (browser: Browser, base: string) =>
  withPage(browser, base, 'filter', async (page) => (await page.evaluate(`window.__bench.runFilter(${JSON.stringify({ queries: QUERIES, samples: 15, batch: 10 })})`)) as FilterResult);

/** JS heap (V8) growth from before mounting to after, both after full garbage collections (CDP). */
const measureHeap = (browser: Browser, base: string, variant: HeapVariant, data: DataSet) =>
  withPage(browser, base, `heap-${variant}`, async (page, context) => {
    const cdp = await context.newCDPSession(page);
    const usage = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number; embedderHeapUsedSize?: number };
      return u;
    };
    await page.evaluate('window.__bench.prepareHeap()');
    const before = await usage();
    const info = await page.evaluate(`window.__bench.mountHeap(${JSON.stringify({ variant, timeoutMs: WAIT_MS, expect: data.expect })})`);
    const after = await usage();
    await cdp.detach();
    return {
      used: after.usedSize - before.usedSize,
      embedder: typeof after.embedderHeapUsedSize === 'number' && typeof before.embedderHeapUsedSize === 'number' ? after.embedderHeapUsedSize - before.embedderHeapUsedSize : null,
      info,
    } satisfies HeapResult;
  });

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
const mb = (n: number) => `${fmt(n / 2 ** 20, 2)} MB`;

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** The CDN file and the chunks it imports (`import("./chunks/…")`), as `npm run build` left them. */
function cdnSize(): { entry: number; entryGz: number; chunks: Array<{ name: string; size: number; gz: number }>; built: string } | undefined {
  if (!existsSync(CDN_DIRECTORY)) return undefined;
  const text = readFileSync(CDN_DIRECTORY, 'utf8');
  const names = [...new Set([...text.matchAll(/(?:import\(|from)\s*["'](\.\/chunks\/[^"']+)["']/g)].map((m) => m[1]!))];
  const chunks = names
    .map((name) => path.join(path.dirname(CDN_DIRECTORY), name))
    .filter((file) => existsSync(file))
    .map((file) => {
      const body = readFileSync(file, 'utf8');
      return { name: path.basename(file), size: bytes(body), gz: gz(body) };
    });
  return { entry: bytes(text), entryGz: gz(text), chunks, built: statSync(CDN_DIRECTORY).mtime.toISOString() };
}

/** The section's heading: bench/run.ts replaces the section from this line to the next `## ` heading. */
export const DIRECTORY_HEADING = '## Directory (10,000 shops; headless Chromium, 1280×900)';

/**
 * Runs the benchmark and returns its markdown section (`## Directory …`) and whether anything
 * was measured (false: no Chromium, or it did not start; the section then says so, with
 * INSTALL_HINT, and the hint goes to stderr).
 */
export async function directoryBench(): Promise<{ markdown: string; measured: boolean }> {
  const started = Date.now();
  const loadBefore = os.loadavg();
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`directory bench: no Chromium found (CHROME_PATH, or chromium on the PATH). Install one:\n${INSTALL_HINT}`);
    return { measured: false, markdown: `${DIRECTORY_HEADING}\n\nNot measured: no Chromium was found. Install one:\n\n\`\`\`\n${INSTALL_HINT}\n\`\`\`\n` };
  }
  if (!existsSync(DIRECTORY_DEFINE)) {
    return { measured: false, markdown: `${DIRECTORY_HEADING}\n\nNot measured: ${path.relative(ROOT, DIRECTORY_DEFINE)} does not exist.\n` };
  }

  const data = makeData();
  const ours = await bundleOurs();
  const pageBundle = await bundlePage(!PROFILE_DIR);
  const files = new Map<string, { type: string; body: string }>([
    ['/index.html', { type: 'text/html', body: pageHtml() }],
    ['/common.js', { type: 'text/javascript', body: PAGE_COMMON }],
    ['/page.js', { type: 'text/javascript', body: PAGE }],
    ['/bench.js', { type: 'text/javascript', body: pageBundle }],
    ['/data/shops.json', { type: 'application/json', body: data.shopsJson }],
    ['/data/streets.json', { type: 'application/json', body: data.streetsJson }],
  ]);
  const server = await serve(files, data);

  let browser: Browser;
  try {
    // --expose-gc for this bench only (the heap is read after full collections).
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  } catch (error) {
    await server.close();
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`directory bench: Chromium at ${executablePath} did not start (${message}). Install one:\n${INSTALL_HINT}`);
    return { measured: false, markdown: `${DIRECTORY_HEADING}\n\nNot measured: Chromium at \`${executablePath}\` did not start (${message}).\n\n\`\`\`\n${INSTALL_HINT}\n\`\`\`\n` };
  }
  const browserVersion = browser.version();

  const results = {
    ours: [] as OursResult[],
    naive: [] as NaiveResult[],
    filter: [] as FilterResult[],
    heap: { provider: [], directory: [], parsed: [] } as Record<HeapVariant, HeapResult[]>,
  };
  /** Why a measurement is not reported: figures from some runs only would not be comparable. */
  const failed: Partial<Record<'ours' | 'naive' | 'filter' | 'heap', string>> = {};
  const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\n/g, ' ');
  const attempt = async (what: keyof typeof failed, run: number, fn: () => Promise<void>) => {
    if (failed[what]) return;
    try {
      await fn();
    } catch (error) {
      failed[what] = `${run === 0 ? 'warm-up page' : `run ${run}`}: ${errorText(error)}`;
      if (DEBUG) console.error(`directory bench: ${what} failed: ${failed[what]}`);
    }
  };
  const log = (text: string) => {
    if (DEBUG) console.error(text);
  };
  try {
    // One unmeasured page of each, so the first measured page is not also the first the browser loads.
    await attempt('ours', 0, async () => void (await measureOurs(browser, server.url, data)));
    await attempt('naive', 0, async () => void (await measureNaive(browser, server.url)));
    for (let run = 1; run <= RUNS; run++) {
      const steps: Array<() => Promise<void>> = [
        () =>
          attempt('ours', run, async () => {
            const r = await measureOurs(browser, server.url, data);
            results.ours.push(r);
            log(`run ${run} ours: data → frame ${r.first.dataToFrame?.toFixed(1)} ms, mount → frame ${r.first.mountToFrame.toFixed(1)} ms, keystrokes ${r.keystrokes.map((x) => x.ms.toFixed(1)).join(' ')} ${JSON.stringify(r.first.phases)}`);
          }),
        () =>
          attempt('naive', run, async () => {
            const r = await measureNaive(browser, server.url);
            results.naive.push(r);
            log(`run ${run} naive: ${r.ms.toFixed(1)} ms (render ${r.dom.toFixed(1)} ms, ${r.rows} rows)`);
          }),
      ];
      for (const step of run % 2 ? steps : [...steps].reverse()) await step();
      await attempt('filter', run, async () => {
        const r = await measureFilter(browser, server.url);
        results.filter.push(r);
        log(`run ${run} filter: index ${r.buildMs.toFixed(1)} ms; ${Object.entries(r.result).map(([q, x]) => `${q} ${median(x.indexed).toFixed(3)}/${median(x.folded).toFixed(2)}`).join(', ')}`);
      });
      const variants: HeapVariant[] = run % 2 ? ['provider', 'directory', 'parsed'] : ['parsed', 'directory', 'provider'];
      for (const variant of variants) {
        await attempt('heap', run, async () => {
          const r = await measureHeap(browser, server.url, variant, data);
          results.heap[variant].push(r);
          log(`run ${run} heap ${variant}: +${mb(r.used)}${r.embedder === null ? '' : ` (embedder +${mb(r.embedder)})`} ${JSON.stringify(r.info)}`);
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failed.ours) results.ours = [];
  if (failed.naive) results.naive = [];
  if (failed.filter) results.filter = [];
  if (failed.heap) results.heap = { provider: [], directory: [], parsed: [] };

  // ---------------------------------------------------------------------------
  // Report.
  const ms = (n: number | undefined, d = 1) => (n === undefined ? '—' : fmt(n, d));
  const range = (xs: number[], d = 0) => (xs.length ? ` (${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)})` : '');
  const cell = (xs: number[], d = 1) => (xs.length ? `${fmt(median(xs), d)}${range(xs, d)}` : 'not measured');
  const met = (value: number | undefined, limit: number) => (value === undefined ? '—' : value <= limit ? 'yes' : 'no');
  /** A frame's timing is judged only with a Japanese font on the machine (browser-bench.ts, judgeableFonts). */
  const fontsJudgeable = judgeableFonts();
  const metFrame = (value: number | undefined, limit: number) => (value === undefined || fontsJudgeable ? met(value, limit) : NO_JAPANESE_FONT);
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '—' : `${fmt(a / b, 1)}×`);
  const med = (xs: number[]) => (xs.length ? median(xs) : undefined);

  const dataToFrame = results.ours.map((r) => r.first.dataToFrame).filter((x): x is number => typeof x === 'number');
  const mountToFrame = results.ours.map((r) => r.first.mountToFrame);
  const naive = results.naive.map((r) => r.ms);
  const typed = results.ours.flatMap((r) => r.keystrokes.filter((x) => x.value !== '').map((x) => x.ms));
  const cleared = results.ours.flatMap((r) => r.keystrokes.filter((x) => x.value === '').map((x) => x.ms));
  const allKeys = [...typed, ...cleared];
  const perQuery = (q: string, pick: 'indexed' | 'folded') => results.filter.flatMap((r) => r.result[q]?.[pick] ?? []);
  const allIndexed = QUERIES.flatMap((q) => perQuery(q, 'indexed'));
  const allFolded = QUERIES.flatMap((q) => perQuery(q, 'folded'));
  const heap = (v: HeapVariant) => results.heap[v].map((r) => r.used);
  const heapEmbedder = (v: HeapVariant) => results.heap[v].map((r) => r.embedder).filter((x): x is number => typeof x === 'number');
  const directoryHeap = med(heap('directory'));
  const providerHeap = med(heap('provider'));
  const heapOverProvider = directoryHeap !== undefined && providerHeap !== undefined ? directoryHeap - providerHeap : undefined;
  const heapCell = (xs: number[]) => (xs.length ? `${mb(median(xs))} (${fmt(Math.min(...xs) / 2 ** 20, 2)}–${fmt(Math.max(...xs) / 2 ** 20, 2)})` : 'not measured');

  const rows: string[] = [];
  rows.push(
    `| **first frame after the data arrives** (last \`/shops\` page handed to the SDK → first frame with rows) | **${cell(dataToFrame)}** | naive Lit list, data set → frame: ${cell(naive)} | ${ratio(med(naive), med(dataToFrame))} | ≤ ${TARGET.firstFrame} ms | ${metFrame(med(dataToFrame), TARGET.firstFrame)} |`,
  );
  rows.push(`| mount → first frame with all 10,000 shops (20 pages fetched, read and validated, index built, rendered; the first page's shops show long before, see the notes) | ${cell(mountToFrame)} | — | — | reported | — |`);
  rows.push(
    `| **filter per keystroke**, \`filterShops\` over the pre-folded index (median per call, ${QUERIES.length} prefixes) | **${cell(allIndexed, 3)}** | folding every record per keystroke: ${cell(allFolded, 2)} | ${ratio(med(allFolded), med(allIndexed))} | ≤ ${TARGET.filter} ms | ${met(med(allIndexed), TARGET.filter)} |`,
  );
  rows.push(
    `| **keystroke → frame** in the element (${QUERIES.length} prefixes typed into the empty box, each then cleared) | **${cell(allKeys)}** | — | — | ≤ ${TARGET.keystroke} ms | ${metFrame(med(allKeys), TARGET.keystroke)} |`,
  );
  rows.push(`| … typing a prefix (10,000 → fewer shops) | ${cell(typed)} | — | — | — | — |`);
  rows.push(`| … clearing the box (back to 10,000 shops) | ${cell(cleared)} | — | — | — | — |`);
  rows.push(
    `| **JS heap for 10,000 shops**: directory showing them, minus a page with only the provider | **${heapOverProvider === undefined ? 'not measured' : mb(heapOverProvider)}** | see the heap table | — | ≤ ${TARGET.heapMB} MB | ${heapOverProvider === undefined ? '—' : heapOverProvider <= TARGET.heapMB * 2 ** 20 ? 'yes' : 'no'} |`,
  );

  const queryRows = QUERIES.map((q) => {
    const i = perQuery(q, 'indexed');
    const f = perQuery(q, 'folded');
    const first = results.filter[0]?.result[q];
    const counts = first ? (first.indexedCount === first.foldedCount ? fmt(first.indexedCount) : `${fmt(first.indexedCount)} ≠ ${fmt(first.foldedCount)} (folded)`) : fmt(data.expect[q]!.count);
    const keys = results.ours.flatMap((r) => r.keystrokes.filter((x) => x.value === q).map((x) => x.ms));
    return `| \`${q}\` | ${counts} | ${ms(med(i), 3)} | ${ms(med(f), 2)} | ${ratio(med(f), med(i))} | ${ms(med(keys))} |`;
  });

  const heapRows = [
    `| the directory showing 10,000 shops (\`<hall-provider>\` + \`<hall-shop-directory>\`, data read by the SDK) | ${heapCell(heap('directory'))} | ${heapEmbedder('directory').length ? mb(median(heapEmbedder('directory'))) : '—'} |`,
    `| baseline: a page with only \`<hall-provider>\` (same client, nothing read) | ${heapCell(heap('provider'))} | ${heapEmbedder('provider').length ? mb(median(heapEmbedder('provider'))) : '—'} |`,
    `| for scale: the 10,000 shops parsed into plain objects (\`fetch\` + \`.json()\`, kept in an array) | ${heapCell(heap('parsed'))} | ${heapEmbedder('parsed').length ? mb(median(heapEmbedder('parsed'))) : '—'} |`,
    `| for scale: the raw JSON of the 10,000 shops (UTF-8 bytes; the 20 pages the element downloads: ${mb(data.pagesBytes)}) | ${mb(bytes(data.shopsJson))} | — |`,
  ];

  const cdn = cdnSize();
  const sizeRows = [
    `| ours: \`<hall-provider>\` + \`<hall-shop-directory>\` + SDK + Lit + virtualizer, CSS included (esbuild from source, as in this bench) | ${kb(bytes(ours))} | ${kb(gz(ours))} | — |`,
  ];
  if (cdn) {
    sizeRows.push(`| ours: \`packages/elements/dist/cdn/hall-shop-directory.js\` as built by \`npm run build\` (${cdn.built}; no provider) | ${kb(cdn.entry)} | ${kb(cdn.entryGz)} | ${cdn.entryGz <= TARGET.entryKB * 1024 ? 'yes' : 'no'} (≤ ${TARGET.entryKB} KB) |`);
    for (const chunk of cdn.chunks) sizeRows.push(`| … and the chunk it imports when the list first renders, \`chunks/${chunk.name}\` | ${kb(chunk.size)} | ${kb(chunk.gz)} | — |`);
  } else sizeRows.push('| `packages/elements/dist/cdn/hall-shop-directory.js`: not built (`npm run build`) | — | — | — |');

  const o = results.ours[0];
  const phase = (pick: (r: OursResult) => number | null) => ms(med(results.ours.map(pick).filter((x): x is number => typeof x === 'number')), 0);
  const seen: string[] = [];
  /** `shops?limit=500&cursor=… → 200 (500)` ×20 → "20 × `GET /shops` (200)", the first and last query shown. */
  const summarise = (requests: string[]) => {
    const byRoute = new Map<string, string[]>();
    for (const q of requests) {
      const route = q.split(/[?\s]/)[0]!;
      byRoute.set(route, [...(byRoute.get(route) ?? []), q]);
    }
    return [...byRoute.entries()]
      .map(([route, qs]) => `${qs.length} × \`GET /${route}\` (first \`${qs[0]}\`${qs.length > 1 ? `, last \`${qs[qs.length - 1]}\`` : ''})`)
      .join(', ');
  };
  if (o) {
    seen.push(
      `- Ours, first run: ${o.first.requests.length} requests under the clock, ${summarise(o.first.requests)}; ` +
        `at the first frame \`[part~="count"]\` read “${o.first.state.count}” and ${o.first.state.rows} rows were in the DOM (the virtualizer's); after the keystrokes, ${o.settled.rows} rows and “${o.settled.count}”.`,
    );
    seen.push(
      `- Where the time goes (medians, ms from attaching the element): first request ${phase((r) => r.first.phases.firstRequest)}, last \`/shops\` page handed to the SDK ${phase((r) => r.first.phases.lastShopsHanded)}, ` +
        `first \`[part~="shop-card"]\` in the DOM ${phase((r) => r.first.phases.cards)} (the first page's shops, shown while the rest arrive), ` +
        `every row of the 10,000 positioned ${phase((r) => r.first.phases.dom)}, painted ${ms(med(mountToFrame), 0)}. ` +
        `Between the last page and the frame: the SDK reading and validating that page (500 shops, zod, interpreted as in every browser), the element ` +
        `placing it in the index by reading (folding it for search comes when the browser is idle after the frame; \`buildShopIndex\`, folding all 10,000 shops at once, ` +
        `takes ${ms(med(results.filter.map((r) => r.buildMs)), 0)} ms in the filter page, median), and the update of a list already on screen.`,
    );
    const handled = results.ours.flatMap((r) => r.keystrokes.map((x) => x.handled));
    const dom = results.ours.flatMap((r) => r.keystrokes.map((x) => x.dom));
    seen.push(`- Keystrokes (medians): the \`input\` event handled in ${ms(med(handled), 2)} ms (synchronous part), the list updated ${ms(med(dom))} ms after it, painted ${ms(med(allKeys))} ms after it.`);
  }
  const parsedHeap = med(heap('parsed'));
  if (directoryHeap !== undefined && parsedHeap !== undefined) {
    const distinctHours = new Set(data.shops.map((shop) => JSON.stringify(shop.hours))).size;
    seen.push(
      `- Heap: the directory holds ${mb(directoryHeap)} where the same shops as plain parsed objects take ${mb(parsedHeap)}. ` +
        `It reads its pages with \`{ keep: false }\` (the SDK keeps no second copy for ETag revalidation) and shares what shops have in common ` +
        `(\`ShopInterner\`: opening hours and their periods, kind, payments, services, streets, barrier-free facts); this data set has ` +
        `${fmt(distinctHours, 0)} distinct opening hours among ${fmt(data.shops.length, 0)} shops, so real data with more varied hours would take more. ` +
        `The rest: the search index (folded text and facts per shop), the element and compiled code. ` +
        `The shops' JSON is ${mb(bytes(data.shopsJson))}, ${fmt(bytes(data.shopsJson) / data.shops.length, 0)} B a shop.`,
    );
  }
  const n0 = results.naive[0];
  if (n0) seen.push(`- Naive list: ${fmt(n0.rows)} rows; Lit's render (to \`updateComplete\`) ${ms(med(results.naive.map((r) => r.dom)), 0)} ms of its ${ms(med(naive), 0)} ms (median).`);
  const f0 = results.filter[0];
  if (f0) {
    seen.push(
      `- \`buildShopIndex\` for 10,000 shops (once, when the data arrives): ${ms(med(results.filter.map((r) => r.buildMs)))} ms (median). Timer resolution: the pages are ` +
        `${f0.isolated ? 'cross-origin isolated (COOP + COEP), so `performance.now()` is fine-grained (5 µs)' : 'NOT cross-origin isolated, so `performance.now()` is coarse (100 µs)'}; \`filterShops\` is timed in batches of 10 calls.`,
    );
  }
  const problems = results.ours
    .flatMap((r) => r.settled.problems ?? [])
    .filter((p, i, all) => all.indexOf(p) === i && !/favicon|status of 404/.test(p));
  const failures = (Object.entries(failed) as Array<[string, string]>)
    .map(([what, why]) => `\n**Not measured (${what === 'ours' ? 'ours: first frame and keystrokes' : what === 'naive' ? 'the naive Lit list' : what === 'filter' ? 'the filter functions' : 'the heap'}):** ${why}\n`)
    .join('');

  const seconds = Math.round((Date.now() - started) / 1000);
  const load = (xs: number[]) => xs.map((x) => fmt(x, 2)).join(' / ');
  const n = Math.max(results.ours.length, results.naive.length, results.filter.length, results.heap.directory.length);
  const section = `${DIRECTORY_HEADING}

Produced by \`npm run bench\` (\`bench/run.ts\`, which calls \`bench/directory.ts\`); alone:
\`npm run bench:directory\` (prints this section; \`node --conditions=source --import tsx bench/run.ts directory --write\`
also replaces it in this file). Medians of ${n} run${n === 1 ? '' : 's'} (fastest–slowest in brackets), every measurement in a
fresh page (a new browser context), the order alternating between runs; Chromium ${browserVersion} with
\`scripts/chromium.mjs\`'s flags and \`--js-flags=--expose-gc\`; ${seconds} s in all; load average (1/5/15 min)
${load(loadBefore)} before, ${load(os.loadavg())} after, on ${os.availableParallelism()} cores (a shared machine: timings move with it).
Targets from \`/work/shared/targets.md\` ("Directory (10,000 shops)"). Timings are reported, never asserted.

| measurement | ours, ms | baseline in the same run, ms | baseline ÷ ours | target | met |
| --- | ---: | --- | ---: | --- | --- |
${rows.join('\n')}

Per prefix (medians): shops found, \`filterShops\` ms a call, folding every record ms a call, and keystroke → frame in the element:

| typed | shops found | \`filterShops\` ms | folding every record ms | ratio | keystroke → frame ms |
| --- | ---: | ---: | ---: | ---: | ---: |
${queryRows.join('\n')}

JS heap growth (V8 \`usedSize\` from CDP \`Runtime.getHeapUsage\`, after \`HeapProfiler.collectGarbage\` ×3, from
before mounting to once mounted and settled; medians, MB = 2²⁰ bytes). "Embedder" is Blink's own heap (DOM
nodes, styles) as the same call reports it, not judged:

| page | JS heap growth | embedder heap growth |
| --- | ---: | ---: |
${heapRows.join('\n')}

| bundle | minified | gzip -9 | single-widget entry ≤ ${TARGET.entryKB} KB |
| --- | ---: | ---: | --- |
${sizeRows.join('\n')}

Notes:
- **Data:** ${fmt(data.shops.length)} schema-valid \`Shop\`s (each checked in Node with the SDK's schema), deterministic: names built
  from ${KINDS.length} kinds of shop and ${FAMILY.length + FANCY.length} family, trade and shop names in kanji, hiragana and katakana
  (「カフェ ひだまり」, 「山田青果店 駅前店」, 「ぱん工房 ミモザ」, 「手づくり豆腐の店 田中」), readings in katakana or (a quarter)
  hiragana, English names for 30 %, ${data.streets.length} shopping streets, weekly hours, year-end closures, payments, services and
  barrier-free facts; sorted by reading as the server sends them. ${mb(bytes(data.shopsJson))} of JSON.
- **Ours** sits in \`<hall-provider>\` whose \`client\` is the real SDK client (\`createHallClient\`, retries off) with a fake
  \`fetch\` answering at once from shops serialised before the clock: \`GET /shops\` honouring \`limit\` (1–500) and offset
  \`cursor\`s with \`nextCursor\` and \`total\`; \`GET /streets\` (${data.streets.length} streets); \`GET /calendar\` with \`{"items":[]}\` (no
  holidays); an \`ETag\` on every answer. The element is the first thing in the page, so its list (its own scroller,
  \`--hall-directory-list-height\` 36em) is inside the viewport from the start.
- **"After the data arrives"**: the clock starts when the fake \`fetch\` hands the SDK the \`Response\` of the last \`/shops\`
  page (the one whose \`nextCursor\` is null). Under it the SDK still reads and validates that page (500 shops, zod) and
  the element builds its search index over all 10,000 (\`buildShopIndex\`: every shop folded) before it renders. It
  stops at the first frame painted (a \`requestAnimationFrame\`, then a message task) once the list's first row
  (\`[aria-posinset="1"]\`, the first shop by reading) holds a \`[part~="shop-card"]\`, has been positioned by the
  virtualizer (\`transform\` set) and every rendered row says \`aria-setsize="10000"\`. Conditions are checked on every DOM
  mutation and every frame.
- ${quietNote([...results.ours, ...results.naive].map((r) => r.quiet))}
- **The naive Lit list** (a \`LitElement\` written in the bench page, same Lit as the element): the 10,000 shops, parsed
  before the clock, rendered with \`shops.map(…)\` as plain rows (name, reading, kind) in a 36rem scrolling box at the top of
  the page; the clock runs from setting its \`shops\` property to the first frame painted after its render completed.
  targets.md measured ${REFERENCE.naive} ms for it and ${REFERENCE.virtualizer} ms for \`@lit-labs/virtualizer\` (ours uses
  \`@lit-labs/virtualizer\` ${packageVersion('@lit-labs/virtualizer')}).
- **Filter:** in a page of its own, \`buildShopIndex\` (from \`shop-index.ts\`, the element's own code) once, then for each
  prefix 15 samples of 10 calls of \`filterShops(index, { ...NO_FILTERS, q }, …)\`, interleaved with 15 calls of the
  baseline, which folds every shop again for each keystroke (\`shopSearchText(shop)\`: \`normalizeForSearch\` on the name,
  reading, English name and kind, as the index does once) and tests \`includes\`; one warm-up call of each first. Both
  find the same shops (counts above). targets.md: ${REFERENCE.indexed} ms and ${REFERENCE.folded} ms.
- **Keystroke → frame:** in the page of the first-frame measurement, after its first frame: the search box's \`value\` set
  and an \`input\` event dispatched, the clock to the first frame painted once \`[part~="count"]\` changed, the first row
  shows the first matching shop and every rendered row carries the new count. Each prefix is typed into the empty box
  (one event, as a paste or an IME commit gives), then the box is cleared; ${KEY_PAUSE} ms between keystrokes (past the
  element's 700 ms announcement timer, so it never fires under a clock).
- **Heap:** a page whose client reads this benchmark's HTTP server on 127.0.0.1 (so no copy of the data sits in the page
  before mounting): collect garbage, read the heap, mount, wait for the rows and 1 s more, collect garbage, read it
  again. The directory's figure includes the 10,000 validated shops, the index (folded text and fact sets, two orders),
  the SDK's kept answers (ETag cache: the same objects), and the code compiled for the element and the SDK on first
  use; the provider-only page pays for none of that. The target is judged on the directory's growth minus the
  provider's.
- ${japaneseFontsNote()}

What was seen:
${seen.join('\n')}
${failures}${problems.length ? `\nPage messages: ${problems.map((p) => `\`${p.slice(0, 200)}\``).join('; ')}\n` : ''}`;
  return { measured: true, markdown: section };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { markdown, measured } = await directoryBench();
  // Without a browser the reason and INSTALL_HINT are already on stderr.
  if (measured) console.log(markdown);
  else process.exitCode = 1;
}
