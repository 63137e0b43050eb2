/**
 * The reference server's demo data: a fictional ward (緑ヶ丘区, "Midorigaoka City")
 * with its industry promotion hall, shopping streets, shops, events, consultation
 * services, advisors and support programmes.
 *
 * Everything is invented (inspired by a Tokyo ward, no real shop is copied) and
 * marked as demo data: descriptions start with 【デモ】 / "[Demo]", links point to
 * example.jp and phone numbers use the unassigned 03-0000-xxxx range.
 *
 * Dates are relative to `today` so the demo never looks stale, and the output is
 * a pure function of (today, seed): the same inputs always give the same data.
 */
import type {
  Advisor,
  ApplicantType,
  ConsultationService,
  CourseSession,
  EventCategory,
  HallEvent,
  HoursException,
  LocalizedText,
  NameWithReading,
  OrganizationType,
  PaymentMethod,
  Period,
  Registration,
  RegistrationKind,
  Shop,
  ShopCategory,
  ShoppingStreet,
  ShopService,
  SupportProgram,
  Venue,
  Weekday,
  WeeklyPeriod,
} from '@promotion-hall/sdk/schemas';
import { WEEKDAYS } from '@promotion-hall/sdk/schemas';
import { hallClosure } from '../domain/holidays.js';
import { DAY_MS, addDays, minutesOf, toTokyoIso, tokyoAt, tokyoMidnight, weekdayOf } from '../domain/time.js';
import { createRandom, type Random } from './random.js';

export interface HallData {
  venues: Venue[];
  streets: ShoppingStreet[];
  shops: Shop[];
  events: HallEvent[];
  services: ConsultationService[];
  advisors: Advisor[];
  programs: SupportProgram[];
}

export const DEMO_SEED = 20261126;

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

type Ja = string;
type Kana = string;
type En = string;

const t = (ja: Ja, en?: En, kana?: Kana): LocalizedText => ({ ja, ...(kana ? { kana } : {}), ...(en ? { en } : {}) });
/** Demo descriptions carry the mark in both languages. */
const demo = (ja: Ja, en: En): LocalizedText => ({ ja: `【デモ】${ja}`, en: `[Demo] ${en}` });
/** ISO 8601 in Japan time for a Tokyo date and a wall-clock time. */
const at = (date: string, time: string): string => toTokyoIso(tokyoAt(date, time));
const compactDate = (date: string): string => date.replace(/-/g, '');
/** RRULE UNTIL in UTC (RFC 5545 wants UTC when DTSTART has a zone): 23:59:59 Tokyo. */
const untilEndOf = (date: string): string => `${compactDate(date)}T145959Z`;
const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));
const daysBetween = (from: string, to: string): number => Math.round((tokyoMidnight(to) - tokyoMidnight(from)) / DAY_MS);
const pad4 = (n: number): string => String(n).padStart(4, '0');

const WARD = { ja: '緑ヶ丘区', kana: 'ミドリガオカク', en: 'Midorigaoka City' } as const;
const SITE = 'https://example.jp/midorigaoka';

const WEEKDAY_JA: Record<Weekday, string> = { sun: '日曜', mon: '月曜', tue: '火曜', wed: '水曜', thu: '木曜', fri: '金曜', sat: '土曜' };
const WEEKDAY_EN: Record<Weekday, string> = {
  sun: 'Sundays',
  mon: 'Mondays',
  tue: 'Tuesdays',
  wed: 'Wednesdays',
  thu: 'Thursdays',
  fri: 'Fridays',
  sat: 'Saturdays',
};

/** The year-end closure (12/30–1/3) that has not passed yet as of `today`. */
function upcomingYearEnd(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const y = today.slice(5) <= '01-03' ? year - 1 : year;
  return [`${y}-12-30`, `${y}-12-31`, `${y + 1}-01-01`, `${y + 1}-01-02`, `${y + 1}-01-03`];
}

/** The first date on or after `from` that satisfies `ok`. */
function nextDate(from: string, ok: (date: string) => boolean, limit = 400): string {
  let date = from;
  for (let i = 0; i < limit; i++, date = addDays(date, 1)) if (ok(date)) return date;
  throw new RangeError(`no suitable date within ${limit} days of ${from}`);
}

const isHallOpen = (date: string): boolean => hallClosure(date) === null;

// ---------------------------------------------------------------------------
// The hall
// ---------------------------------------------------------------------------

export const HALL_ID = 'hall';

/** Opening hours of the hall per weekday (the ward's ordinance in the demo). */
const HALL_HOURS: WeeklyPeriod[] = [
  ...(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, opens: '09:00', closes: '21:00' })),
  { day: 'sun', opens: '09:00', closes: '17:00' },
];

const ROOMS = [
  {
    id: 'training-1',
    name: t('研修室1', 'Training Room 1', 'ケンシュウシツイチ'),
    floor: 3,
    capacity: 60,
    accessibility: [t('ヒアリングループ（磁気ループ）常設', 'Hearing loop installed'), t('車いす席 4席', '4 wheelchair spaces')],
  },
  {
    id: 'training-2',
    name: t('研修室2', 'Training Room 2', 'ケンシュウシツニ'),
    floor: 3,
    capacity: 30,
    accessibility: [t('可動式の机で車いすのまま利用可', 'Movable desks; usable from a wheelchair')],
  },
  {
    id: 'multipurpose',
    name: t('多目的室', 'Multipurpose Room', 'タモクテキシツ'),
    floor: 2,
    capacity: 100,
    accessibility: [t('段差なし・授乳室が隣接', 'Step-free; nursing room next door')],
  },
  {
    id: 'event-corner',
    name: t('イベントコーナー', 'Event Corner', 'イベントコーナー'),
    floor: 1,
    capacity: 150,
    accessibility: [t('正面入口から段差なしで直結', 'Step-free from the main entrance')],
  },
  {
    id: 'consultation',
    name: t('相談室', 'Consultation Rooms', 'ソウダンシツ'),
    floor: 2,
    capacity: 6,
    accessibility: [t('個室 3室・筆談ボードあり', '3 private rooms; writing boards for deaf visitors')],
  },
] as const satisfies Venue['rooms'];

type RoomId = (typeof ROOMS)[number]['id'];

function createHall(): Venue {
  return {
    id: HALL_ID,
    name: { ja: `${WARD.ja}立産業振興会館`, kana: 'ミドリガオカクリツサンギョウシンコウカイカン', en: `${WARD.en} Industry Promotion Hall` },
    address: {
      postalCode: '176-0001',
      text: t('東京都緑ヶ丘区中央一丁目2番3号', '1-2-3 Chuo, Midorigaoka City, Tokyo'),
      location: { lat: 35.7436, lng: 139.6489 },
    },
    phone: '03-0000-0001',
    url: `${SITE}/hall/`,
    hours: HALL_HOURS,
    access: t(
      '【デモ】けやき鉄道本線「緑ヶ丘駅」北口から徒歩3分。都営みどり線「栄町駅」から徒歩9分。駐車場は台数に限りがあります（障害者用2台）。',
      '[Demo] 3 minutes on foot from the north exit of Midorigaoka Station (Keyaki Railway Main Line); 9 minutes from Sakaecho Station (Toei Midori Line). Limited parking (2 accessible spaces).',
    ),
    accessibility: [
      t('正面入口は段差なし・自動ドア', 'Step-free main entrance with automatic doors'),
      t('エレベーター（音声案内・点字表示あり）', 'Lift with voice guidance and braille'),
      t('多機能トイレ（1階・3階、オストメイト対応）', 'Accessible toilets on 1F and 3F (ostomate-ready)'),
      t('障害者用駐車場 2台', '2 accessible parking spaces'),
      t('受付で筆談・コミュニケーションボード対応', 'Writing and communication boards at reception'),
    ],
    rooms: ROOMS.map((room) => ({ ...room, accessibility: [...room.accessibility] })),
  };
}

// ---------------------------------------------------------------------------
// Shopping streets
// ---------------------------------------------------------------------------

interface StreetRow {
  id: string;
  name: [Ja, Kana, En];
  type: OrganizationType;
  area: [Ja, Kana, En];
  postalCode: string;
  center: [number, number];
  stations: Array<[Ja, Ja | null, En, number]>; // station, line, English, minutes on foot
  weight: number; // share of the demo shops
}

const STREETS: StreetRow[] = [
  {
    id: 'midorigaoka-ekimae',
    name: ['緑ヶ丘駅前商店街振興組合', 'ミドリガオカエキマエショウテンガイシンコウクミアイ', 'Midorigaoka Station Front Shopping Street'],
    type: 'shinko_kumiai',
    area: ['中央', 'チュウオウ', 'Chuo'],
    postalCode: '176-0001',
    center: [35.7442, 139.6481],
    stations: [['緑ヶ丘駅', 'けやき鉄道本線', 'Midorigaoka Station (Keyaki Railway Main Line)', 1]],
    weight: 16,
  },
  {
    id: 'sakaecho-ginza',
    name: ['栄町銀座商店会', 'サカエチョウギンザショウテンカイ', 'Sakaecho Ginza Shopkeepers Association'],
    type: 'shotenkai',
    area: ['栄町', 'サカエチョウ', 'Sakaecho'],
    postalCode: '176-0006',
    center: [35.7378, 139.6652],
    stations: [
      ['栄町駅', '都営みどり線', 'Sakaecho Station (Toei Midori Line)', 2],
      ['緑ヶ丘駅', 'けやき鉄道本線', 'Midorigaoka Station (Keyaki Railway Main Line)', 12],
    ],
    weight: 14,
  },
  {
    id: 'sakurazaka-dori',
    name: ['桜坂通り商店会', 'サクラザカドオリショウテンカイ', 'Sakurazaka-dori Shopkeepers Association'],
    type: 'shotenkai',
    area: ['桜坂', 'サクラザカ', 'Sakurazaka'],
    postalCode: '176-0012',
    center: [35.7352, 139.6318],
    stations: [['桜坂駅', 'けやき鉄道本線', 'Sakurazaka Station (Keyaki Railway Main Line)', 3]],
    weight: 12,
  },
  {
    id: 'higashidai-chuo',
    name: ['東台中央商店街振興組合', 'ヒガシダイチュウオウショウテンガイシンコウクミアイ', 'Higashidai Chuo Shopping Street'],
    type: 'shinko_kumiai',
    area: ['東台', 'ヒガシダイ', 'Higashidai'],
    postalCode: '176-0022',
    center: [35.7531, 139.6702],
    stations: [['東台駅', '都営みどり線', 'Higashidai Station (Toei Midori Line)', 4]],
    weight: 11,
  },
  {
    id: 'sekisen-koen',
    name: ['石泉公園南口商店会', 'セキセンコウエンミナミグチショウテンカイ', 'Sekisen Park South Exit Shopkeepers Association'],
    type: 'shotenkai',
    area: ['石泉', 'セキセン', 'Sekisen'],
    postalCode: '177-0041',
    center: [35.7478, 139.6012],
    stations: [['石泉公園駅', 'けやき鉄道本線', 'Sekisen-koen Station (Keyaki Railway Main Line)', 2]],
    weight: 10,
  },
  {
    id: 'okawacho-ichibangai',
    name: ['大川町一番街事業協同組合', 'オオカワチョウイチバンガイジギョウキョウドウクミアイ', 'Okawacho Ichibangai Business Cooperative'],
    type: 'jigyo_kyodo_kumiai',
    area: ['大川町', 'オオカワチョウ', 'Okawacho'],
    postalCode: '177-0033',
    center: [35.7603, 139.6148],
    stations: [['大川町駅', 'けやき鉄道支線', 'Okawacho Station (Keyaki Railway Branch Line)', 5]],
    weight: 9,
  },
  {
    id: 'kitahara-fureai',
    name: ['北原ふれあい通り商店会', 'キタハラフレアイドオリショウテンカイ', 'Kitahara Fureai-dori Shopkeepers Association'],
    type: 'shotenkai',
    area: ['北原', 'キタハラ', 'Kitahara'],
    postalCode: '179-0081',
    center: [35.7652, 139.6405],
    stations: [['北原駅', '都営みどり線', 'Kitahara Station (Toei Midori Line)', 6]],
    weight: 8,
  },
  {
    id: 'nishino-himawari',
    name: ['西野ひまわり商店会', 'ニシノヒマワリショウテンカイ', 'Nishino Himawari Shopkeepers Association'],
    type: 'shotenkai',
    area: ['西野', 'ニシノ', 'Nishino'],
    postalCode: '177-0051',
    center: [35.7551, 139.5885],
    stations: [['西野駅', 'けやき鉄道本線', 'Nishino Station (Keyaki Railway Main Line)', 7]],
    weight: 7,
  },
  {
    id: 'wakagidai-mall',
    name: ['若木台ショッピングモール協議会', 'ワカギダイショッピングモールキョウギカイ', 'Wakagidai Shopping Mall Council'],
    type: 'other',
    area: ['若木台', 'ワカギダイ', 'Wakagidai'],
    postalCode: '179-0074',
    center: [35.7684, 139.6598],
    stations: [
      ['若木台駅', '都営みどり線', 'Wakagidai Station (Toei Midori Line)', 3],
      ['北原駅', '都営みどり線', 'Kitahara Station (Toei Midori Line)', 15],
    ],
    weight: 6,
  },
];

function createStreets(): ShoppingStreet[] {
  return STREETS.map((row, i) => ({
    id: row.id,
    name: { ja: row.name[0], kana: row.name[1], en: row.name[2] },
    organizationType: row.type,
    area: t(row.area[0], row.area[2], row.area[1]),
    center: { lat: row.center[0], lng: row.center[1] },
    stations: row.stations.map(([name, line, en, walkMinutes]) => ({
      name: t(name, en.replace(/ \(.*\)$/, '')),
      line: line ? t(line, /\((.*)\)/.exec(en)?.[1]) : null,
      walkMinutes,
    })),
    office: {
      phone: `03-0000-${pad4(100 + i)}`,
      email: `office@${row.id}.example.jp`,
      address: t(`東京都${WARD.ja}${row.area[0]}二丁目${i + 4}番地 事務局`, `Office: 2-${i + 4} ${row.area[2]}, ${WARD.en}, Tokyo`),
    },
    url: `https://${row.id}.example.jp/`,
    description: demo(
      `${row.area[0]}の暮らしを支える商店街です。毎月の催しや、地元のお店の情報を発信しています。`,
      `A shopping street serving everyday life in ${row.area[2]}, with monthly events and news from local shops.`,
    ),
    shopCount: 0, // filled in once the shops exist
  }));
}

/** Sets each street's shopCount to the number of shops that list it. */
export function countShopsPerStreet(streets: ShoppingStreet[], shops: readonly Shop[]): ShoppingStreet[] {
  const counts = new Map<string, number>();
  for (const shop of shops) for (const id of shop.streetIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return streets.map((street) => ({ ...street, shopCount: counts.get(street.id) ?? 0 }));
}

// ---------------------------------------------------------------------------
// Shops
// ---------------------------------------------------------------------------

/** Words a shop name is built from: [written, reading (katakana), English]. */
type Word = readonly [Ja, Kana, En];

const FAMILY_NAMES: Word[] = [
  ['山田', 'ヤマダ', 'Yamada'],
  ['鈴木', 'スズキ', 'Suzuki'],
  ['高橋', 'タカハシ', 'Takahashi'],
  ['田中', 'タナカ', 'Tanaka'],
  ['渡辺', 'ワタナベ', 'Watanabe'],
  ['伊藤', 'イトウ', 'Ito'],
  ['中村', 'ナカムラ', 'Nakamura'],
  ['小林', 'コバヤシ', 'Kobayashi'],
  ['加藤', 'カトウ', 'Kato'],
  ['吉田', 'ヨシダ', 'Yoshida'],
  ['山本', 'ヤマモト', 'Yamamoto'],
  ['佐々木', 'ササキ', 'Sasaki'],
  ['松本', 'マツモト', 'Matsumoto'],
  ['井上', 'イノウエ', 'Inoue'],
  ['木村', 'キムラ', 'Kimura'],
  ['清水', 'シミズ', 'Shimizu'],
  ['森田', 'モリタ', 'Morita'],
  ['石川', 'イシカワ', 'Ishikawa'],
  ['前田', 'マエダ', 'Maeda'],
  ['岡本', 'オカモト', 'Okamoto'],
  ['長谷川', 'ハセガワ', 'Hasegawa'],
  ['丸山', 'マルヤマ', 'Maruyama'],
  ['大野', 'オオノ', 'Ono'],
  ['福田', 'フクダ', 'Fukuda'],
  ['栄屋', 'サカエヤ', 'Sakaeya'],
  ['丸十', 'マルジュウ', 'Maruju'],
  ['大黒屋', 'ダイコクヤ', 'Daikokuya'],
  ['三河屋', 'ミカワヤ', 'Mikawaya'],
  ['越後屋', 'エチゴヤ', 'Echigoya'],
  ['松葉屋', 'マツバヤ', 'Matsubaya'],
];

const FANCY_NAMES: Word[] = [
  ['ひだまり', 'ヒダマリ', 'Hidamari'],
  ['こもれび', 'コモレビ', 'Komorebi'],
  ['つばめ', 'ツバメ', 'Tsubame'],
  ['こはる', 'コハル', 'Koharu'],
  ['みのり', 'ミノリ', 'Minori'],
  ['あおば', 'アオバ', 'Aoba'],
  ['かえで', 'カエデ', 'Kaede'],
  ['いろは', 'イロハ', 'Iroha'],
  ['ほのか', 'ホノカ', 'Honoka'],
  ['さくら', 'サクラ', 'Sakura'],
  ['ひまわり', 'ヒマワリ', 'Himawari'],
  ['はなみずき', 'ハナミズキ', 'Hanamizuki'],
  ['松風', 'マツカゼ', 'Matsukaze'],
  ['福寿', 'フクジュ', 'Fukuju'],
  ['千歳', 'チトセ', 'Chitose'],
  ['和楽', 'ワラク', 'Waraku'],
  ['ソレイユ', 'ソレイユ', 'Soleil'],
  ['モリノオト', 'モリノオト', 'Mori no Oto'],
  ['ポラリス', 'ポラリス', 'Polaris'],
  ['ミモザ', 'ミモザ', 'Mimosa'],
  ['ルポ', 'ルポ', 'Repos'],
  ['アトリエ・ナギ', 'アトリエ ナギ', 'Atelier Nagi'],
  ['ことり', 'コトリ', 'Kotori'],
  ['しずく', 'シズク', 'Shizuku'],
  ['たんぽぽ', 'タンポポ', 'Tampopo'],
  ['ゆずりは', 'ユズリハ', 'Yuzuriha'],
  ['オリーブ', 'オリーブ', 'Olive'],
  ['ラ・ルーチェ', 'ラ ルーチェ', 'La Luce'],
  ['青空', 'アオゾラ', 'Aozora'],
  ['月見', 'ツキミ', 'Tsukimi'],
  ['一福', 'イップク', 'Ippuku'],
  ['丸福', 'マルフク', 'Marufuku'],
];

type HoursKey =
  | 'shop'
  | 'market'
  | 'early'
  | 'cafe'
  | 'bakery'
  | 'lunchDinner'
  | 'ramen'
  | 'izakaya'
  | 'bar'
  | 'salon'
  | 'clinic'
  | 'realEstate'
  | 'office'
  | 'school'
  | 'lodging'
  | 'bathhouse'
  | 'always';

interface HoursTemplate {
  periods: Array<[string, string]>;
  saturday?: Array<[string, string]>;
  sunday?: Array<[string, string]>;
  /** Alternatives for the weekly closing days; one is picked per shop. */
  closed: Weekday[][];
  /** Probability that the shop also closes on public holidays. */
  holidayClosed: number;
  /** Whether opening times may shift by half an hour per shop. */
  shift: boolean;
}

const HOURS: Record<HoursKey, HoursTemplate> = {
  shop: { periods: [['10:00', '19:00']], closed: [['sun'], ['wed'], ['thu'], ['sun', 'mon']], holidayClosed: 0.5, shift: true },
  market: { periods: [['09:30', '19:30']], sunday: [['10:00', '17:00']], closed: [['wed'], ['sun'], ['thu']], holidayClosed: 0.3, shift: true },
  early: { periods: [['07:00', '18:00']], closed: [['sun'], ['wed']], holidayClosed: 0.6, shift: false },
  cafe: {
    periods: [['08:00', '18:00']],
    saturday: [['09:00', '19:00']],
    sunday: [['09:00', '19:00']],
    closed: [['tue'], ['mon'], ['wed'], []],
    holidayClosed: 0.1,
    shift: true,
  },
  bakery: { periods: [['07:00', '18:00']], closed: [['mon', 'tue'], ['sun'], ['mon']], holidayClosed: 0.2, shift: true },
  lunchDinner: { periods: [['11:30', '14:00'], ['17:30', '22:00']], closed: [['wed'], ['mon'], ['tue'], ['thu']], holidayClosed: 0.2, shift: true },
  ramen: { periods: [['11:00', '15:00'], ['18:00', '23:30']], closed: [['thu'], ['mon'], ['sun']], holidayClosed: 0.1, shift: true },
  izakaya: { periods: [['17:00', '25:00']], sunday: [['16:00', '22:00']], closed: [['sun'], ['mon'], []], holidayClosed: 0.4, shift: true },
  bar: { periods: [['19:00', '27:00']], closed: [['sun', 'mon'], ['sun']], holidayClosed: 0.5, shift: true },
  salon: { periods: [['09:00', '19:00']], sunday: [['09:00', '18:00']], closed: [['mon'], ['tue'], ['mon', 'tue']], holidayClosed: 0.1, shift: true },
  clinic: {
    periods: [['09:00', '12:30'], ['15:00', '18:30']],
    saturday: [['09:00', '13:00']],
    closed: [['thu', 'sun'], ['wed', 'sun'], ['sun']],
    holidayClosed: 1,
    shift: false,
  },
  realEstate: { periods: [['10:00', '18:00']], closed: [['wed'], ['tue', 'wed']], holidayClosed: 0.7, shift: false },
  office: { periods: [['09:00', '18:00']], closed: [['sat', 'sun']], holidayClosed: 1, shift: true },
  school: { periods: [['15:00', '21:30']], saturday: [['10:00', '18:00']], closed: [['sun'], ['sun', 'mon']], holidayClosed: 0.8, shift: false },
  lodging: { periods: [['08:00', '22:00']], closed: [[]], holidayClosed: 0, shift: false },
  bathhouse: { periods: [['15:00', '25:00']], closed: [['fri'], ['mon']], holidayClosed: 0, shift: false },
  always: { periods: [['06:00', '24:00']], closed: [[]], holidayClosed: 0, shift: false },
};

interface ShopKind {
  key: string;
  category: ShopCategory;
  /** Subcategory: written, reading, English. */
  sub: Word;
  /** The word joined with a brand: `prefix` gives 「カフェ ひだまり」, `suffix` 「山田青果店」. */
  label: Word;
  style: 'prefix' | 'suffix';
  brands: 'family' | 'fancy';
  hours: HoursKey;
  /** Services and their probability. */
  services: Partial<Record<ShopService, number>>;
  weight: number;
  blurb: [Ja, En];
}

const K = (
  key: string,
  category: ShopCategory,
  sub: Word,
  label: Word,
  style: ShopKind['style'],
  brands: ShopKind['brands'],
  hours: HoursKey,
  services: ShopKind['services'],
  weight: number,
  blurb: [Ja, En],
): ShopKind => ({ key, category, sub, label, style, brands, hours, services, weight, blurb });

// prettier-ignore
const SHOP_KINDS: ShopKind[] = [
  // 飲食
  K('cafe', 'restaurant', ['カフェ', 'カフェ', 'Café'], ['カフェ', 'カフェ', 'Café'], 'prefix', 'fancy', 'cafe', { takeout: 0.6, reservation: 0.2, english_ok: 0.2 }, 6, ['自家焙煎のコーヒーと季節のケーキ。', 'House-roasted coffee and seasonal cakes.']),
  K('coffee-stand', 'restaurant', ['カフェ', 'カフェ', 'Café'], ['コーヒースタンド', 'コーヒースタンド', 'Coffee Stand'], 'prefix', 'fancy', 'cafe', { takeout: 1, english_ok: 0.3 }, 2, ['テイクアウト中心の小さなコーヒースタンド。', 'A small takeaway coffee stand.']),
  K('kissa', 'restaurant', ['喫茶店', 'キッサテン', 'Coffee house'], ['喫茶', 'キッサ', 'Kissa'], 'prefix', 'fancy', 'cafe', { takeout: 0.2 }, 3, ['昔ながらのナポリタンとクリームソーダ。', 'Old-style spaghetti napolitan and cream soda.']),
  K('ramen', 'restaurant', ['ラーメン', 'ラーメン', 'Ramen'], ['らーめん', 'ラーメン', 'Ramen'], 'prefix', 'fancy', 'ramen', { takeout: 0.3 }, 4, ['鶏と魚介のあっさりスープ。', 'A light chicken and seafood broth.']),
  K('soba', 'restaurant', ['そば・うどん', 'ソバ ウドン', 'Soba & udon'], ['庵', 'アン', '-an'], 'suffix', 'fancy', 'lunchDinner', { takeout: 0.3, delivery: 0.3 }, 3, ['石臼挽きの手打ちそば。', 'Hand-made soba from stone-ground flour.']),
  K('sushi', 'restaurant', ['寿司', 'スシ', 'Sushi'], ['寿司', 'スシ', 'Sushi'], 'prefix', 'fancy', 'lunchDinner', { takeout: 0.5, reservation: 0.7, delivery: 0.2 }, 2, ['地元で愛される町のお寿司屋さん。', 'A neighbourhood sushi bar.']),
  K('izakaya', 'restaurant', ['居酒屋', 'イザカヤ', 'Izakaya'], ['居酒屋', 'イザカヤ', 'Izakaya'], 'prefix', 'fancy', 'izakaya', { reservation: 0.7, english_ok: 0.15 }, 5, ['旬の魚と地酒。深夜まで営業。', 'Seasonal fish and local sake, open late.']),
  K('yakitori', 'restaurant', ['焼き鳥', 'ヤキトリ', 'Yakitori'], ['焼鳥', 'ヤキトリ', 'Yakitori'], 'prefix', 'fancy', 'izakaya', { takeout: 0.6, reservation: 0.4 }, 3, ['備長炭で焼く焼き鳥。持ち帰りもどうぞ。', 'Charcoal-grilled yakitori, also to take away.']),
  K('chinese', 'restaurant', ['中華料理', 'チュウカリョウリ', 'Chinese'], ['飯店', 'ハンテン', 'Hanten'], 'suffix', 'fancy', 'lunchDinner', { takeout: 0.5, delivery: 0.4 }, 3, ['町中華の定番、五目そばと餃子。', 'Neighbourhood Chinese: noodles and gyoza.']),
  K('yoshoku', 'restaurant', ['洋食', 'ヨウショク', 'Western-style'], ['亭', 'テイ', '-tei'], 'suffix', 'fancy', 'lunchDinner', { takeout: 0.3, reservation: 0.4 }, 2, ['デミグラスソースのハンバーグが名物。', 'Known for hamburg steak with demi-glace.']),
  K('italian', 'restaurant', ['イタリアン', 'イタリアン', 'Italian'], ['トラットリア', 'トラットリア', 'Trattoria'], 'prefix', 'fancy', 'lunchDinner', { reservation: 0.8, english_ok: 0.3 }, 2, ['区内産野菜のパスタ。', 'Pasta with vegetables grown in the city.']),
  K('teishoku', 'restaurant', ['定食', 'テイショク', 'Set meals'], ['食堂', 'ショクドウ', 'Shokudo'], 'suffix', 'family', 'lunchDinner', { takeout: 0.4 }, 2, ['日替わり定食とおふくろの味。', 'Daily set meals, home-style cooking.']),
  K('bar', 'restaurant', ['バー', 'バー', 'Bar'], ['バー', 'バー', 'Bar'], 'prefix', 'fancy', 'bar', { english_ok: 0.3 }, 2, ['カウンター8席のオーセンティックバー。', 'An eight-seat counter bar.']),
  K('curry', 'restaurant', ['カレー', 'カレー', 'Curry'], ['カレー', 'カレー', 'Curry'], 'prefix', 'fancy', 'ramen', { takeout: 0.7 }, 2, ['スパイスから作るカレー。', 'Curry made from whole spices.']),
  K('okonomiyaki', 'restaurant', ['お好み焼き', 'オコノミヤキ', 'Okonomiyaki'], ['お好み焼き', 'オコノミヤキ', 'Okonomiyaki'], 'prefix', 'fancy', 'lunchDinner', { takeout: 0.5 }, 1, ['鉄板で焼くお好み焼きともんじゃ。', 'Okonomiyaki and monja on the griddle.']),
  // 食品
  K('greengrocer', 'food', ['青果店', 'セイカテン', 'Greengrocer'], ['青果店', 'セイカテン', 'Greengrocer'], 'suffix', 'family', 'market', { delivery: 0.2 }, 4, ['区内の農家から届く朝採れ野菜。', 'Vegetables picked this morning by local farmers.']),
  K('butcher', 'food', ['精肉店', 'セイニクテン', 'Butcher'], ['精肉店', 'セイニクテン', 'Butcher'], 'suffix', 'family', 'market', { takeout: 0.6 }, 3, ['揚げたてコロッケが人気。', 'Freshly fried croquettes are popular.']),
  K('fishmonger', 'food', ['鮮魚店', 'センギョテン', 'Fishmonger'], ['鮮魚店', 'センギョテン', 'Fishmonger'], 'suffix', 'family', 'market', { delivery: 0.2 }, 2, ['豊洲から毎朝仕入れる鮮魚。', 'Fresh fish bought at the market every morning.']),
  K('bakery', 'food', ['ベーカリー', 'ベーカリー', 'Bakery'], ['ベーカリー', 'ベーカリー', 'Bakery'], 'prefix', 'fancy', 'bakery', { takeout: 1 }, 4, ['天然酵母のパンを毎朝焼いています。', 'Natural-yeast bread baked every morning.']),
  K('wagashi', 'food', ['和菓子', 'ワガシ', 'Japanese confectionery'], ['堂', 'ドウ', '-do'], 'suffix', 'fancy', 'shop', { takeout: 1, tax_free: 0.1 }, 2, ['季節の上生菓子と豆大福。', 'Seasonal sweets and bean daifuku.']),
  K('patisserie', 'food', ['洋菓子', 'ヨウガシ', 'Patisserie'], ['パティスリー', 'パティスリー', 'Pâtisserie'], 'prefix', 'fancy', 'cafe', { takeout: 1, reservation: 0.3 }, 2, ['誕生日ケーキのご予約承ります。', 'Birthday cakes made to order.']),
  K('tofu', 'food', ['豆腐店', 'トウフテン', 'Tofu maker'], ['豆腐店', 'トウフテン', 'Tofu'], 'suffix', 'family', 'early', {}, 1, ['国産大豆の手作り豆腐。', 'Hand-made tofu from domestic soybeans.']),
  K('liquor', 'food', ['酒店', 'サケテン', 'Liquor store'], ['酒店', 'サケテン', 'Liquor'], 'suffix', 'family', 'shop', { delivery: 0.5, tax_free: 0.2 }, 2, ['東京の地酒とワインを揃えています。', 'Tokyo sake and wine.']),
  K('tea', 'food', ['茶舗', 'チャホ', 'Tea shop'], ['園', 'エン', '-en'], 'suffix', 'fancy', 'shop', { tax_free: 0.2 }, 1, ['狭山茶と自家焙煎ほうじ茶。', 'Sayama tea and house-roasted hojicha.']),
  K('deli', 'food', ['惣菜', 'ソウザイ', 'Deli'], ['惣菜', 'ソウザイ', 'Deli'], 'prefix', 'fancy', 'market', { takeout: 1 }, 2, ['手作りのお惣菜とお弁当。', 'Home-made side dishes and bento.']),
  K('rice', 'food', ['米穀店', 'ベイコクテン', 'Rice shop'], ['米店', 'コメテン', 'Rice'], 'suffix', 'family', 'shop', { delivery: 0.7 }, 1, ['精米したてのお米を配達します。', 'Freshly polished rice, delivered.']),
  // 物販
  K('books', 'retail', ['書店', 'ショテン', 'Bookshop'], ['書店', 'ショテン', 'Books'], 'suffix', 'family', 'shop', {}, 2, ['地域の本と児童書が充実。', 'Local-interest and children’s books.']),
  K('stationery', 'retail', ['文具店', 'ブングテン', 'Stationery'], ['文具店', 'ブングテン', 'Stationery'], 'suffix', 'family', 'shop', {}, 1, ['印鑑・ゴム印も承ります。', 'Stationery, seals and rubber stamps.']),
  K('florist', 'retail', ['生花店', 'セイカテン', 'Florist'], ['フラワーショップ', 'フラワーショップ', 'Flower Shop'], 'prefix', 'fancy', 'shop', { delivery: 0.4, reservation: 0.3 }, 2, ['花束・アレンジメントの配達も。', 'Bouquets and arrangements, delivered.']),
  K('clothing', 'retail', ['衣料品', 'イリョウヒン', 'Clothing'], ['洋品店', 'ヨウヒンテン', 'Clothing'], 'suffix', 'family', 'shop', { tax_free: 0.2 }, 2, ['普段着から礼服まで。', 'Everyday wear to formal wear.']),
  K('footwear', 'retail', ['履物店', 'ハキモノテン', 'Footwear'], ['履物店', 'ハキモノテン', 'Footwear'], 'suffix', 'family', 'shop', {}, 1, ['歩きやすい靴と下駄。', 'Comfortable shoes and geta.']),
  K('zakka', 'retail', ['雑貨', 'ザッカ', 'Homeware'], ['雑貨', 'ザッカ', 'Zakka'], 'prefix', 'fancy', 'shop', { tax_free: 0.3, english_ok: 0.2 }, 2, ['区内作家の器と布もの。', 'Tableware and textiles by local makers.']),
  K('watches', 'retail', ['時計・メガネ', 'トケイ メガネ', 'Watches & glasses'], ['時計店', 'トケイテン', 'Watches'], 'suffix', 'family', 'shop', { tax_free: 0.2 }, 1, ['時計の電池交換・メガネの調整。', 'Watch batteries and glasses adjustment.']),
  K('electrical', 'retail', ['電器店', 'デンキテン', 'Electrical goods'], ['電器', 'デンキ', 'Denki'], 'suffix', 'family', 'shop', { delivery: 0.5 }, 1, ['家電の修理と取り付け。', 'Appliance repair and installation.']),
  K('hardware', 'retail', ['金物店', 'カナモノテン', 'Hardware'], ['金物店', 'カナモノテン', 'Hardware'], 'suffix', 'family', 'shop', {}, 1, ['包丁研ぎ承ります。', 'Knife sharpening while you wait.']),
  K('bicycle', 'retail', ['自転車店', 'ジテンシャテン', 'Bicycle shop'], ['サイクル', 'サイクル', 'Cycle'], 'suffix', 'family', 'shop', {}, 1, ['パンク修理・防犯登録。', 'Puncture repair and bicycle registration.']),
  // サービス
  K('cleaning', 'service', ['クリーニング', 'クリーニング', 'Dry cleaning'], ['クリーニング', 'クリーニング', 'Cleaning'], 'suffix', 'family', 'shop', { delivery: 0.3 }, 2, ['ワイシャツ翌日仕上げ。', 'Shirts ready the next day.']),
  K('photo', 'service', ['写真館', 'シャシンカン', 'Photo studio'], ['写真館', 'シャシンカン', 'Photo Studio'], 'suffix', 'family', 'shop', { reservation: 0.9 }, 1, ['七五三・証明写真。', 'Family portraits and ID photos.']),
  K('real-estate', 'service', ['不動産', 'フドウサン', 'Real estate'], ['不動産', 'フドウサン', 'Real Estate'], 'suffix', 'family', 'realEstate', { english_ok: 0.2, reservation: 0.5 }, 2, ['地元密着の賃貸・売買仲介。', 'Local rentals and sales.']),
  K('printing', 'service', ['印刷', 'インサツ', 'Printing'], ['印刷', 'インサツ', 'Printing'], 'suffix', 'family', 'office', { delivery: 0.5 }, 1, ['チラシ・名刺を小ロットから。', 'Flyers and business cards in small runs.']),
  K('repair', 'service', ['靴・鍵修理', 'クツ カギ シュウリ', 'Shoe & key repair'], ['リペアショップ', 'リペアショップ', 'Repair Shop'], 'prefix', 'fancy', 'shop', {}, 1, ['合鍵・靴底の張り替え。', 'Key cutting and resoling.']),
  // 美容・理容
  K('hair-salon', 'beauty', ['美容室', 'ビヨウシツ', 'Hair salon'], ['ヘアサロン', 'ヘアサロン', 'Hair Salon'], 'prefix', 'fancy', 'salon', { reservation: 0.95, english_ok: 0.1 }, 4, ['完全予約制のプライベートサロン。', 'A private salon, by appointment.']),
  K('barber', 'beauty', ['理容室', 'リヨウシツ', 'Barber'], ['理容室', 'リヨウシツ', 'Barber'], 'suffix', 'family', 'salon', { reservation: 0.3 }, 2, ['顔そり・シェービングも。', 'Haircuts and traditional shaves.']),
  K('nail', 'beauty', ['ネイルサロン', 'ネイルサロン', 'Nail salon'], ['ネイルサロン', 'ネイルサロン', 'Nail Salon'], 'prefix', 'fancy', 'salon', { reservation: 1 }, 1, ['ハンド・フットケア。', 'Hand and foot care.']),
  // 医療・健康
  K('pharmacy', 'health', ['薬局', 'ヤッキョク', 'Pharmacy'], ['薬局', 'ヤッキョク', 'Pharmacy'], 'suffix', 'family', 'shop', { english_ok: 0.15 }, 2, ['処方せん受付・健康相談。', 'Prescriptions and health advice.']),
  K('osteopath', 'health', ['整骨院', 'セイコツイン', 'Osteopathic clinic'], ['整骨院', 'セイコツイン', 'Osteopathy'], 'suffix', 'fancy', 'clinic', { reservation: 0.5 }, 2, ['腰痛・肩こりのご相談。', 'Back and shoulder pain.']),
  K('dentist', 'health', ['歯科医院', 'シカイイン', 'Dental clinic'], ['歯科医院', 'シカイイン', 'Dental Clinic'], 'suffix', 'family', 'clinic', { reservation: 1 }, 2, ['予約優先の歯科医院。', 'A dental clinic; appointments first.']),
  K('clinic', 'health', ['内科', 'ナイカ', 'Internal medicine'], ['内科クリニック', 'ナイカクリニック', 'Clinic'], 'suffix', 'fancy', 'clinic', { reservation: 0.6, english_ok: 0.2 }, 1, ['かかりつけの内科。', 'Your family doctor.']),
  K('acupuncture', 'health', ['鍼灸院', 'シンキュウイン', 'Acupuncture'], ['鍼灸院', 'シンキュウイン', 'Acupuncture'], 'suffix', 'fancy', 'clinic', { reservation: 1 }, 1, ['はり・きゅう・マッサージ。', 'Acupuncture, moxibustion and massage.']),
  // 教育・文化
  K('juku', 'culture', ['学習塾', 'ガクシュウジュク', 'Cram school'], ['学習塾', 'ガクシュウジュク', 'Study School'], 'suffix', 'fancy', 'school', {}, 1, ['少人数制の小中学生向け学習塾。', 'Small classes for school children.']),
  K('calligraphy', 'culture', ['書道教室', 'ショドウキョウシツ', 'Calligraphy school'], ['書道教室', 'ショドウキョウシツ', 'Calligraphy'], 'suffix', 'fancy', 'school', {}, 1, ['子どもから大人まで。', 'For children and adults.']),
  K('english', 'culture', ['英会話教室', 'エイカイワキョウシツ', 'English school'], ['イングリッシュスクール', 'イングリッシュスクール', 'English School'], 'suffix', 'fancy', 'school', { english_ok: 1 }, 1, ['ネイティブ講師の英会話。', 'Conversation classes with native teachers.']),
  K('piano', 'culture', ['音楽教室', 'オンガクキョウシツ', 'Music school'], ['ピアノ教室', 'ピアノキョウシツ', 'Piano School'], 'suffix', 'fancy', 'school', {}, 1, ['体験レッスン受付中。', 'Trial lessons available.']),
  // 宿泊
  K('guesthouse', 'lodging', ['ゲストハウス', 'ゲストハウス', 'Guesthouse'], ['ゲストハウス', 'ゲストハウス', 'Guesthouse'], 'prefix', 'fancy', 'lodging', { english_ok: 1, tax_free: 0.3, reservation: 1 }, 1, ['駅近の小さな宿。', 'A small inn near the station.']),
  K('ryokan', 'lodging', ['旅館', 'リョカン', 'Ryokan'], ['旅館', 'リョカン', 'Ryokan'], 'suffix', 'fancy', 'lodging', { reservation: 1, english_ok: 0.5 }, 1, ['創業七十年の和風旅館。', 'A Japanese inn, seventy years old.']),
  // その他
  K('sento', 'other', ['銭湯', 'セントウ', 'Public bath'], ['湯', 'ユ', '-yu'], 'suffix', 'fancy', 'bathhouse', {}, 1, ['薪で沸かす昔ながらの銭湯。', 'A wood-fired neighbourhood bathhouse.']),
  K('laundromat', 'other', ['コインランドリー', 'コインランドリー', 'Laundromat'], ['コインランドリー', 'コインランドリー', 'Laundromat'], 'prefix', 'fancy', 'always', {}, 1, ['大型洗濯乾燥機あり。', 'Large washer-dryers.']),
];

const KIND_BY_KEY = new Map(SHOP_KINDS.map((kind) => [kind.key, kind]));
const kindOf = (key: string): ShopKind => {
  const kind = KIND_BY_KEY.get(key);
  if (!kind) throw new Error(`unknown shop kind ${key}`);
  return kind;
};

/** How shops take money, with weights: some cash only, some cashless only. */
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

const BUILDINGS = ['ひまわりビル', '第二丸十ビル', 'グリーンハイツ', 'けやきレジデンス', 'サンシャイン緑ヶ丘', '栄ビル'];
const CHOME = ['一', '二', '三', '四', '五'];

/** Dates a street's one-off festivals fall on: shops of the street keep special hours then. */
interface StreetFestival {
  streetId: string;
  date: string;
  title: [Ja, En];
  evening: boolean;
}

export interface ShopContext {
  today: string;
  streets: readonly ShoppingStreet[];
  /** Festivals per street id (demo only; the synthetic set passes an empty map). */
  festivals: ReadonlyMap<string, StreetFestival[]>;
  yearEnd: readonly string[];
}

function shiftTime(time: string, delta: number): string {
  return hhmm(minutesOf(time) + delta);
}

function buildHours(rng: Random, kind: ShopKind, ctx: ShopContext, streetIds: string[]): Shop['hours'] {
  const template = HOURS[kind.hours];
  const closed = rng.pick(template.closed);
  const delta = template.shift && rng.chance(0.3) ? rng.pick([-30, 30]) : 0;
  const weekly: WeeklyPeriod[] = [];
  for (const day of WEEKDAYS) {
    if (closed.includes(day)) continue;
    const periods = (day === 'sat' && template.saturday) || (day === 'sun' && template.sunday) || template.periods;
    for (const [opens, closes] of periods) weekly.push({ day, opens: shiftTime(opens, delta), closes: shiftTime(closes, delta) });
  }
  const closedOnPublicHolidays = rng.chance(template.holidayClosed);

  let regularHoliday: LocalizedText | null;
  if (closed.length === 0) {
    regularHoliday = rng.chance(0.2)
      ? t('不定休', 'Irregular holidays')
      : closedOnPublicHolidays
        ? t('祝日', 'Public holidays')
        : t('年中無休', 'Open every day');
  } else {
    const third = kind.hours === 'salon' && rng.chance(0.4) ? rng.pick(WEEKDAYS.filter((d) => !closed.includes(d) && d !== 'sun')) : null;
    const ja = [`毎週${closed.map((d) => WEEKDAY_JA[d]).join('・')}`, ...(third ? [`第3${WEEKDAY_JA[third]}`] : []), ...(closedOnPublicHolidays ? ['祝日'] : [])];
    const en = [closed.map((d) => WEEKDAY_EN[d]).join(' and '), ...(third ? [`the 3rd ${WEEKDAY_EN[third].replace(/s$/, '')}`] : []), ...(closedOnPublicHolidays ? ['public holidays'] : [])];
    regularHoliday = t(ja.join('・'), `Closed ${en.join(', ')}`);
  }

  const exceptions = new Map<string, HoursException>();
  if (kind.hours !== 'always' && kind.hours !== 'lodging' && rng.chance(0.65)) {
    // Restaurants often open on the 30th for year-end parties.
    const dates = kind.category === 'restaurant' ? ctx.yearEnd.slice(1) : ctx.yearEnd;
    for (const date of dates) exceptions.set(date, { date, closed: true, periods: [], note: t('年末年始休業', 'Closed for the New Year holidays') });
  }
  for (const streetId of streetIds) {
    for (const festival of ctx.festivals.get(streetId) ?? []) {
      if (exceptions.has(festival.date) || !rng.chance(0.35)) continue;
      const periods: Period[] = festival.evening ? [{ opens: '11:00', closes: '22:00' }] : [{ opens: '09:00', closes: '20:00' }];
      exceptions.set(festival.date, {
        date: festival.date,
        closed: false,
        periods,
        note: t(`${festival.title[0]}のため営業時間を変更`, `Special hours for the ${festival.title[1]}`),
      });
    }
  }
  if (rng.chance(0.06)) {
    const date = addDays(ctx.today, rng.int(3, 120));
    if (!exceptions.has(date)) {
      exceptions.set(date, { date, closed: true, periods: [], note: t('臨時休業（店内改装のため）', 'Closed for refurbishment') });
    }
  }
  return {
    weekly,
    closedOnPublicHolidays,
    exceptions: [...exceptions.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    regularHoliday,
  };
}

function pickServices(rng: Random, kind: ShopKind): ShopService[] {
  const services: ShopService[] = [];
  for (const [service, p] of Object.entries(kind.services) as Array<[ShopService, number]>) if (rng.chance(p)) services.push(service);
  if (!services.includes('english_ok') && rng.chance(0.05)) services.push('english_ok');
  return services;
}

function pickBarrierFree(rng: Random): Shop['barrierFree'] {
  const stepFreeEntrance = rng.chance(0.45);
  return {
    stepFreeEntrance,
    maxStepCm: stepFreeEntrance ? (rng.chance(0.9) ? 0 : null) : rng.chance(0.12) ? null : rng.pick([2, 3, 5, 8, 10, 12, 15, 18, 20, 25, 30]),
    entranceWidthCm: rng.chance(0.15) ? null : stepFreeEntrance ? rng.int(16, 24) * 5 : rng.int(12, 18) * 5,
    groundFloorOrLift: rng.chance(0.85),
    accessibleToilet: rng.chance(0.15),
    accessibleParking: rng.chance(0.08),
  };
}

export interface ShopSpec {
  id: string;
  kind: ShopKind;
  streetIds: string[];
  /** A fixed name; otherwise one is built from the kind and a brand. */
  name?: NameWithReading;
  brand?: Word;
  withEnglish?: boolean;
}

/** One shop: everything not given in the spec is drawn from `rng`. */
export function makeShop(rng: Random, ctx: ShopContext, spec: ShopSpec): Shop {
  const { kind } = spec;
  const brand = spec.brand ?? rng.pick(kind.brands === 'family' ? FAMILY_NAMES : FANCY_NAMES);
  const [label, labelKana, labelEn] = kind.label;
  const withEnglish = spec.withEnglish ?? rng.chance(0.3);
  const enSuffix = labelEn.startsWith('-') ? `${brand[2]}${labelEn}` : `${brand[2]} ${labelEn}`;
  const name: NameWithReading = spec.name ?? {
    ja: kind.style === 'prefix' ? `${label} ${brand[0]}` : `${brand[0]}${label}`,
    kana: kind.style === 'prefix' ? `${labelKana} ${brand[1]}` : `${brand[1]}${labelKana}`,
    ...(withEnglish ? { en: kind.style === 'prefix' ? `${labelEn} ${brand[2]}` : enSuffix } : {}),
  };

  const street = ctx.streets.find((s) => s.id === spec.streetIds[0]) ?? rng.pick(ctx.streets);
  const row = STREETS.find((r) => r.id === street.id) ?? STREETS[0]!;
  const chome = rng.int(1, 4);
  const banchi = rng.int(1, 30);
  const go = rng.int(1, 20);
  const building = rng.chance(0.25) ? { name: rng.pick(BUILDINGS), floor: rng.int(1, 3) } : null;
  const addressJa = `東京都${WARD.ja}${row.area[0]}${CHOME[chome - 1]}丁目${banchi}番${go}号${building ? ` ${building.name}${building.floor}階` : ''}`;
  const addressEn = `${building ? `${building.floor}F, ` : ''}${chome}-${banchi}-${go} ${row.area[2]}, ${WARD.en}, Tokyo`;
  const lat = round6(clamp(street.center.lat + (rng.next() - 0.5) * 0.005, 35.731, 35.769));
  const lng = round6(clamp(street.center.lng + (rng.next() - 0.5) * 0.006, 139.581, 139.679));

  const payments = rng.weighted(PAYMENT_PROFILES).slice();
  const barrierFree = pickBarrierFree(rng);
  if (building && building.floor > 1 && !rng.chance(0.5)) barrierFree.groundFloorOrLift = false;
  const phoneDigits = pad4(1000 + (rng.int(0, 8999)));
  const updated = addDays(ctx.today, -rng.int(1, 200));

  return {
    id: spec.id,
    name,
    streetIds: spec.streetIds,
    category: kind.category,
    subcategory: t(kind.sub[0], kind.sub[2], kind.sub[1]),
    description: demo(`${row.area[0]}の${kind.sub[0]}。${kind.blurb[0]}`, `${kind.sub[2]} in ${row.area[2]}. ${kind.blurb[1]}`),
    address: { postalCode: row.postalCode, text: t(addressJa, addressEn), location: { lat, lng } },
    phone: rng.chance(0.9) ? (rng.chance(0.08) ? `090-0000-${phoneDigits}` : `03-0000-${phoneDigits}`) : null,
    url: rng.chance(0.4) ? `https://example.jp/shops/${spec.id}/` : null,
    hours: buildHours(rng, kind, ctx, spec.streetIds),
    payments,
    services: pickServices(rng, kind),
    barrierFree,
    updatedAt: at(updated, hhmm(rng.int(9 * 60, 18 * 60))),
  };
}

/** Picks a kind by weight, and one or (now and then) two streets. */
export function randomShopPlacement(rng: Random, streets: readonly ShoppingStreet[]): { kind: ShopKind; streetIds: string[] } {
  const kind = rng.weighted(SHOP_KINDS.map((k) => [k, k.weight] as const));
  const weights = streets.map((s) => [s.id, STREETS.find((r) => r.id === s.id)?.weight ?? 1] as const);
  const first = rng.weighted(weights);
  const streetIds = [first];
  // A corner shop may belong to two associations; a few shops belong to none.
  if (rng.chance(0.05)) {
    const second = rng.weighted(weights);
    if (second !== first) streetIds.push(second);
  }
  return { kind, streetIds: rng.chance(0.01) ? [] : streetIds };
}

/** Hand-picked shops that exercise search and long text. */
const FEATURED_SHOPS: Array<{ kind: string; street: string; name: NameWithReading }> = [
  { kind: 'cafe', street: 'midorigaoka-ekimae', name: { ja: 'カフェ ひだまり', kana: 'カフェ ヒダマリ', en: 'Café Hidamari' } },
  { kind: 'cafe', street: 'sakurazaka-dori', name: { ja: 'カフェ', kana: 'カフェ', en: 'Café' } },
  { kind: 'kissa', street: 'sakaecho-ginza', name: { ja: '純喫茶 カフェー・ド・ミモザ', kana: 'ジュンキッサ カフェー ド ミモザ', en: 'Café de Mimosa' } },
  { kind: 'coffee-stand', street: 'sekisen-koen', name: { ja: 'コーヒーとカフェごはん モリノオト', kana: 'コーヒートカフェゴハン モリノオト' } },
  {
    kind: 'bakery',
    street: 'midorigaoka-ekimae',
    name: {
      ja: '自家焙煎珈琲と手づくり焼き菓子の店 緑ヶ丘駅北口 こもれびカフェ＆ベーカリー 本店',
      kana: 'ジカバイセンコーヒートテヅクリヤキガシノミセ ミドリガオカエキキタグチ コモレビカフェアンドベーカリー ホンテン',
      en: 'Komorebi Café & Bakery: House-Roasted Coffee and Handmade Baked Goods (Midorigaoka Station North Exit, Main Store)',
    },
  },
  {
    kind: 'butcher',
    street: 'sakaecho-ginza',
    name: {
      ja: '有限会社 丸十精肉店 栄町銀座本店 手づくりコロッケとメンチカツの店',
      kana: 'ユウゲンガイシャ マルジュウセイニクテン サカエチョウギンザホンテン テヅクリコロッケトメンチカツノミセ',
    },
  },
  {
    kind: 'italian',
    street: 'sakurazaka-dori',
    name: {
      ja: 'トラットリア・エ・ピッツェリア・ナポレターナ・ダ・ジョヴァンニ 桜坂通り店',
      kana: 'トラットリア エ ピッツェリア ナポレターナ ダ ジョヴァンニ サクラザカドオリテン',
      en: 'Trattoria e Pizzeria Napoletana da Giovanni, Sakurazaka-dori',
    },
  },
  { kind: 'izakaya', street: 'higashidai-chuo', name: { ja: '居酒屋 月見', kana: 'イザカヤ ツキミ', en: 'Izakaya Tsukimi' } },
  { kind: 'guesthouse', street: 'wakagidai-mall', name: { ja: 'ゲストハウス ポラリス', kana: 'ゲストハウス ポラリス', en: 'Guesthouse Polaris' } },
];

const DEMO_SHOP_COUNT = 320;

function createDemoShops(rng: Random, ctx: ShopContext): Shop[] {
  const shops: Shop[] = [];
  const usedNames = new Set<string>();
  let n = 0;
  const nextId = () => `shop-${String(++n).padStart(4, '0')}`;
  for (const featured of FEATURED_SHOPS) {
    usedNames.add(featured.name.ja);
    shops.push(makeShop(rng, ctx, { id: nextId(), kind: kindOf(featured.kind), streetIds: [featured.street], name: featured.name }));
  }
  while (shops.length < DEMO_SHOP_COUNT) {
    const { kind, streetIds } = randomShopPlacement(rng, ctx.streets);
    // Retry the brand a few times so that demo names stay unique.
    let brand: Word | undefined;
    for (let attempt = 0; attempt < 12 && !brand; attempt++) {
      const candidate = rng.pick(kind.brands === 'family' ? FAMILY_NAMES : FANCY_NAMES);
      const ja = kind.style === 'prefix' ? `${kind.label[0]} ${candidate[0]}` : `${candidate[0]}${kind.label[0]}`;
      if (!usedNames.has(ja)) {
        usedNames.add(ja);
        brand = candidate;
      }
    }
    if (!brand) continue;
    shops.push(makeShop(rng, ctx, { id: nextId(), kind, streetIds, brand }));
  }
  return shops;
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

type Format = 'hall' | 'online' | 'hybrid' | 'outside';
type SlotName = 'morning' | 'afternoon' | 'evening';

/** Time slots in the hall's rooms; an event fits if its length fits the slot. */
const SLOTS: Record<SlotName, { start: string; maxMinutes: number }> = {
  morning: { start: '10:00', maxMinutes: 180 },
  afternoon: { start: '14:00', maxMinutes: 180 },
  evening: { start: '18:30', maxMinutes: 150 },
};

const ORGANIZERS = {
  hall: t(`${WARD.ja} 産業振興会館（区 商工観光課）`, `${WARD.en} Industry Promotion Hall (Commerce and Tourism Section)`),
  chamber: t('緑ヶ丘商工会議所', 'Midorigaoka Chamber of Commerce'),
  bank: t('緑ヶ丘信用金庫・産業振興会館 共催', 'Midorigaoka Shinkin Bank with the Industry Promotion Hall'),
  metro: t('東京都・産業振興会館 共催', 'Tokyo Metropolitan Government with the Industry Promotion Hall'),
} as const;
type OrganizerKey = keyof typeof ORGANIZERS;

const AUDIENCES = {
  founders: t('区内で創業を予定している方・創業5年未満の方', 'People planning to start a business in the city, and founders of less than 5 years'),
  business: t('区内の中小企業・個人事業主の方', 'SMEs and sole proprietors in the city'),
  shops: t('商店街の店主・従業員の方', 'Shop owners and staff of the shopping streets'),
  staff: t('区内事業所の従業員の方', 'Employees of businesses in the city'),
  anyone: t('どなたでも', 'Anyone'),
  women: t('創業に関心のある女性の方', 'Women interested in starting a business'),
  families: t('小学生とその保護者', 'Primary-school children and their parents'),
} as const;
type AudienceKey = keyof typeof AUDIENCES;

const OUTSIDE_PLACES: LocalizedText[] = [
  t('緑ヶ丘区役所 本庁舎1階 アトリウム', 'Midorigaoka City Hall, 1F atrium'),
  t('緑ヶ丘駅 北口駅前広場', 'Midorigaoka Station north exit plaza'),
  t('区立中央公園 ふれあい広場', 'Chuo Park, Fureai plaza'),
  t('緑ヶ丘信用金庫 本店3階ホール', 'Midorigaoka Shinkin Bank head office, 3F hall'),
];

interface EventTemplate {
  key: string;
  category: EventCategory;
  title: [Ja, En];
  about: [Ja, En];
  minutes: number;
  capacity: number;
  registration: RegistrationKind[];
  fees: number[];
  feeNote?: [Ja, En];
  audience: AudienceKey | null;
  bring?: [Ja, En];
  formats: ReadonlyArray<readonly [Format, number]>;
  organizer: OrganizerKey;
  /** May be held on Sundays (the hall closes at 17:00). */
  sunday?: boolean;
  weight: number;
}

const HALL = [['hall', 1]] as const;

// prettier-ignore
const EVENT_TEMPLATES: EventTemplate[] = [
  // セミナー
  { key: 'sns', category: 'seminar', title: ['はじめてのSNS集客セミナー', 'Social media marketing for beginners'], about: ['Instagram や LINE公式アカウントで来店につなげる基本を学びます。', 'The basics of bringing customers in with Instagram and LINE.'], minutes: 120, capacity: 40, registration: ['first_come'], fees: [0], audience: 'business', bring: ['スマートフォン', 'A smartphone'], formats: [['hall', 3], ['hybrid', 1]], organizer: 'hall', weight: 3 },
  { key: 'invoice', category: 'seminar', title: ['インボイス制度と電子帳簿保存法の基礎', 'The invoice system and electronic bookkeeping'], about: ['制度の要点と、小さな事業者の実務対応を税理士が解説します。', 'A tax accountant explains what small businesses need to do.'], minutes: 120, capacity: 50, registration: ['first_come', 'lottery'], fees: [0], audience: 'business', formats: [['hall', 2], ['online', 1]], organizer: 'hall', weight: 2 },
  { key: 'cashless', category: 'seminar', title: ['キャッシュレス決済 導入セミナー', 'Introducing cashless payments'], about: ['QRコード決済・電子マネーの手数料と導入手順を比べます。', 'Fees and set-up of QR and e-money payments compared.'], minutes: 90, capacity: 30, registration: ['first_come'], fees: [0], audience: 'shops', formats: [['hall', 1]], organizer: 'bank', weight: 2 },
  { key: 'ec', category: 'seminar', title: ['ネットショップ開設入門', 'Opening an online shop'], about: ['商品写真の撮り方から決済・発送まで。', 'From product photos to payment and shipping.'], minutes: 120, capacity: 30, registration: ['first_come'], fees: [0, 1000], feeNote: ['資料代', 'Handout fee'], audience: 'business', bring: ['ノートパソコン（お持ちの方）', 'A laptop if you have one'], formats: [['hall', 2], ['hybrid', 1]], organizer: 'hall', weight: 2 },
  { key: 'ai', category: 'seminar', title: ['生成AIを日々の業務に活かすセミナー', 'Generative AI for everyday work'], about: ['文章作成や集計を生成AIで効率化する実例と、情報管理の注意点。', 'Examples of using generative AI for writing and data, and what to keep confidential.'], minutes: 120, capacity: 60, registration: ['lottery', 'first_come'], fees: [0], audience: 'business', formats: [['hall', 2], ['online', 1], ['hybrid', 1]], organizer: 'hall', weight: 3 },
  { key: 'hiring', category: 'seminar', title: ['小さな会社の人材採用と定着のコツ', 'Hiring and keeping staff in a small business'], about: ['求人票の書き方と、働きやすい職場づくり。', 'Writing job ads and making a workplace people stay in.'], minutes: 120, capacity: 40, registration: ['first_come'], fees: [0], audience: 'business', formats: [['hall', 1]], organizer: 'hall', weight: 2 },
  { key: 'trademark', category: 'seminar', title: ['知的財産の基礎 — 商標で店名を守る', 'IP basics: protect your shop name with a trademark'], about: ['店名・商品名の商標登録の流れを弁理士が解説。', 'A patent attorney explains registering shop and product names.'], minutes: 90, capacity: 30, registration: ['first_come'], fees: [0], audience: 'business', formats: [['hall', 1], ['online', 1]], organizer: 'hall', weight: 1 },
  { key: 'bcp', category: 'seminar', title: ['BCP（事業継続計画）策定入門', 'Business continuity planning'], about: ['地震・感染症に備えた事業継続計画を、ひな形を使って作ります。', 'Draft a continuity plan for earthquakes and epidemics from a template.'], minutes: 150, capacity: 30, registration: ['first_come'], fees: [0], audience: 'business', bring: ['筆記用具', 'Something to write with'], formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  { key: 'pricing', category: 'seminar', title: ['値上げと価格転嫁の進め方', 'Passing on rising costs'], about: ['原価上昇を取引価格に反映する交渉の手順。', 'How to negotiate prices when costs rise.'], minutes: 90, capacity: 40, registration: ['first_come'], fees: [0], audience: 'business', formats: [['hall', 1], ['online', 1]], organizer: 'chamber', weight: 1 },
  { key: 'inbound', category: 'seminar', title: ['インバウンド対応セミナー — 多言語メニューと免税', 'Serving visitors from abroad'], about: ['多言語メニュー、免税手続き、指さし会話シートの活用。', 'Multilingual menus, tax-free sales and pointing sheets.'], minutes: 120, capacity: 30, registration: ['first_come'], fees: [0], audience: 'shops', formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  { key: 'succession', category: 'seminar', title: ['今から始める事業承継セミナー', 'Succession planning starts now'], about: ['親族内・従業員・第三者への承継の選択肢と税制。', 'Passing a business to family, staff or a third party, and the tax rules.'], minutes: 120, capacity: 40, registration: ['lottery'], fees: [0], audience: 'business', formats: [['hall', 1]], organizer: 'bank', weight: 1 },
  // 説明会
  { key: 'expert', category: 'briefing', title: ['専門家派遣事業 説明会', 'Expert dispatch programme briefing'], about: ['中小企業診断士などの専門家を無料で派遣する制度の説明。', 'How the city sends consultants to your business free of charge.'], minutes: 60, capacity: 30, registration: ['none', 'first_come'], fees: [0], audience: 'business', formats: [['hall', 1], ['online', 1]], organizer: 'hall', weight: 1 },
  { key: 'kakushin', category: 'briefing', title: ['経営革新計画 説明会', 'Management innovation plan briefing'], about: ['東京都の経営革新計画の承認を受けるメリットと申請手順。', 'Benefits of an approved innovation plan and how to apply.'], minutes: 90, capacity: 40, registration: ['first_come'], fees: [0], audience: 'business', formats: [['hall', 1], ['online', 1]], organizer: 'chamber', weight: 1 },
  // 交流会
  { key: 'founders-meetup', category: 'networking', title: ['創業者交流会', 'Founders meetup'], about: ['区内で創業した先輩と、これから創業する人の交流会。', 'Meet people who started a business in the city and people about to.'], minutes: 120, capacity: 40, registration: ['first_come'], fees: [0, 1000], feeNote: ['飲み物代', 'Drinks'], audience: 'founders', bring: ['名刺（お持ちの方）', 'Business cards if you have them'], formats: [['hall', 1]], organizer: 'hall', sunday: true, weight: 2 },
  { key: 'women-network', category: 'networking', title: ['女性起業家ネットワーキング', 'Women entrepreneurs networking'], about: ['子育てと事業の両立など、女性起業家同士の情報交換。', 'Women founders share how they combine work and family.'], minutes: 120, capacity: 30, registration: ['first_come'], fees: [500], feeNote: ['お茶代', 'Tea'], audience: 'women', formats: [['hall', 1]], organizer: 'hall', sunday: true, weight: 1 },
  { key: 'makers', category: 'networking', title: ['ものづくり企業 交流会', 'Manufacturers meetup'], about: ['区内の製造業どうしの受発注と技術交流。', 'Orders and know-how between manufacturers in the city.'], minutes: 150, capacity: 60, registration: ['first_come'], fees: [1000], feeNote: ['軽食代', 'Light meal'], audience: 'business', formats: [['hall', 1]], organizer: 'chamber', weight: 1 },
  { key: 'young-shopkeepers', category: 'networking', title: ['商店街 若手経営者の集い', 'Young shopkeepers meetup'], about: ['商店街の次世代を担う店主同士で企画を練ります。', 'The next generation of shopkeepers plans together.'], minutes: 120, capacity: 40, registration: ['none'], fees: [0], audience: 'shops', formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  { key: 'matching', category: 'networking', title: ['区内企業 ビジネスマッチング会', 'Business matching'], about: ['事前登録制の商談会。1社20分の個別商談。', 'Pre-arranged 20-minute business meetings.'], minutes: 180, capacity: 80, registration: ['lottery'], fees: [0], audience: 'business', formats: [['hall', 1]], organizer: 'bank', weight: 1 },
  // 相談会
  { key: 'startup-fair', category: 'consultation_fair', title: ['創業なんでも相談会', 'Start-up consultation day'], about: ['創業の準備・資金・手続きを専門家に個別に相談できます（1人45分）。', 'One-to-one advice on preparing, financing and registering a business (45 min each).'], minutes: 180, capacity: 12, registration: ['first_come'], fees: [0], audience: 'founders', bring: ['事業計画のメモ（あれば）', 'Notes on your business plan, if any'], formats: [['hall', 1]], organizer: 'hall', sunday: true, weight: 2 },
  { key: 'tax-fair', category: 'consultation_fair', title: ['税務・記帳 相談会', 'Tax and bookkeeping consultation day'], about: ['税理士による個別相談（1人30分）。', 'One-to-one with a tax accountant (30 min each).'], minutes: 180, capacity: 18, registration: ['first_come'], fees: [0], audience: 'business', bring: ['帳簿・領収書など', 'Your books and receipts'], formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  { key: 'subsidy-fair', category: 'consultation_fair', title: ['補助金 申請書 相談会', 'Subsidy application clinic'], about: ['申請書の書き方を中小企業診断士が個別に助言します。', 'An SME consultant reviews your application.'], minutes: 180, capacity: 12, registration: ['first_come'], fees: [0], audience: 'business', formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  // 研修
  { key: 'manners', category: 'training', title: ['新入社員 ビジネスマナー研修', 'Business manners for new employees'], about: ['電話応対・名刺交換・報連相の基本。', 'Telephone manners, business cards and reporting.'], minutes: 180, capacity: 30, registration: ['first_come'], fees: [2000], feeNote: ['テキスト代を含みます', 'Includes the textbook'], audience: 'staff', bring: ['筆記用具', 'Something to write with'], formats: [['hall', 1]], organizer: 'chamber', weight: 1 },
  { key: 'excel', category: 'training', title: ['Excel 業務効率化研修', 'Excel for everyday office work'], about: ['関数とピボットテーブルで集計作業を短縮します。', 'Functions and pivot tables to save time.'], minutes: 180, capacity: 24, registration: ['first_come'], fees: [1000, 2000], audience: 'staff', bring: ['Excel の入ったノートパソコン', 'A laptop with Excel'], formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  { key: 'omotenashi', category: 'training', title: ['接客英会話研修 — おもてなしの一言', 'English for customer service'], about: ['レジや案内で使える短い英語表現を練習します。', 'Short English phrases for the till and for directions.'], minutes: 120, capacity: 24, registration: ['first_come'], fees: [1000], audience: 'shops', formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  { key: 'hygiene', category: 'training', title: ['食品衛生 フォローアップ研修', 'Food hygiene refresher'], about: ['HACCP に沿った衛生管理の見直し。', 'Reviewing hygiene management along HACCP.'], minutes: 120, capacity: 60, registration: ['none'], fees: [0], audience: 'shops', formats: [['hall', 1]], organizer: 'hall', weight: 1 },
  // 物産展・展示会
  { key: 'bussan', category: 'fair', title: ['緑ヶ丘区 ものづくり・物産展', 'Midorigaoka crafts and local products fair'], about: ['区内の工房・食品メーカーが集まる展示即売会。', 'Workshops and food makers from the city show and sell.'], minutes: 360, capacity: 1, registration: ['none'], fees: [0], audience: 'anyone', formats: [['hall', 2], ['outside', 1]], organizer: 'hall', sunday: true, weight: 2 },
  { key: 'farm-market', category: 'fair', title: ['区内産 野菜と加工品の展示即売会', 'City-grown vegetables market'], about: ['区内農家の野菜と、ジャム・漬物などの加工品。', 'Vegetables from city farms, with jams and pickles.'], minutes: 300, capacity: 1, registration: ['none'], fees: [0], audience: 'anyone', formats: [['hall', 1], ['outside', 1]], organizer: 'hall', sunday: true, weight: 1 },
  { key: 'kids-craft', category: 'fair', title: ['親子ものづくり体験フェア', 'Hands-on crafts fair for families'], about: ['職人さんと一緒に、木工や革小物づくりを体験。', 'Woodwork and leather crafts with local artisans.'], minutes: 240, capacity: 40, registration: ['lottery'], fees: [500], feeNote: ['材料費', 'Materials'], audience: 'families', formats: [['hall', 1]], organizer: 'hall', sunday: true, weight: 1 },
];

const TEMPLATE_BY_KEY = new Map(EVENT_TEMPLATES.map((template) => [template.key, template]));

/** Keeps rooms from being booked twice in one slot. */
class RoomBook {
  private readonly taken = new Set<string>();
  isFree(date: string, roomId: RoomId, slot: SlotName): boolean {
    return !this.taken.has(`${date}|${roomId}|${slot}`);
  }
  take(date: string, roomId: RoomId, slot: SlotName): void {
    this.taken.add(`${date}|${roomId}|${slot}`);
  }
}

function roomFor(template: EventTemplate): RoomId {
  if (template.category === 'fair') return 'event-corner';
  if (template.category === 'consultation_fair') return 'multipurpose';
  if (template.capacity <= 30) return 'training-2';
  if (template.capacity <= 60) return 'training-1';
  return 'multipurpose';
}

const roomCapacity = (roomId: RoomId): number => ROOMS.find((r) => r.id === roomId)?.capacity ?? 1;

/** Registration for an event starting on `date`, as seen on `today`. */
function makeRegistration(rng: Random, kind: RegistrationKind, capacity: number, date: string, today: string, url: string): Registration {
  if (kind === 'none') return { kind, capacity: null, remaining: null, opensAt: null, closesAt: null, waitlist: false, url: null };
  if (kind === 'lottery') {
    const closesOn = addDays(date, -14);
    const drawn = closesOn < today;
    return {
      kind,
      capacity,
      // Nobody knows the seats left until the draw.
      remaining: drawn ? rng.int(0, Math.max(1, Math.floor(capacity / 5))) : null,
      opensAt: at(addDays(date, -45), '09:00'),
      closesAt: at(closesOn, '17:00'),
      waitlist: rng.chance(0.3),
      url,
    };
  }
  const closesOn = addDays(date, -1);
  const full = rng.chance(0.18);
  const remaining = full ? 0 : closesOn < today ? rng.int(0, Math.ceil(capacity / 4)) : rng.int(1, capacity);
  return {
    kind,
    capacity,
    remaining,
    opensAt: at(addDays(date, -30), '09:00'),
    closesAt: at(closesOn, '17:00'),
    waitlist: remaining === 0 ? true : rng.chance(0.2),
    url,
  };
}

interface Placement {
  date: string;
  format: Format;
  /** Room and slot for in-person (hall/hybrid) events. */
  roomId: RoomId | null;
  start: string;
  minutes: number;
  allDay?: boolean;
}

export function makeTemplateEvent(rng: Random, id: string, template: EventTemplate, placement: Placement, today: string): HallEvent {
  const { date, format, roomId } = placement;
  const startMs = tokyoAt(date, placement.start);
  const endMs = startMs + placement.minutes * 60_000;
  const inHall = format === 'hall' || format === 'hybrid';
  const capacity = Math.max(1, Math.min(template.capacity, roomId ? roomCapacity(roomId) : template.capacity * 2));
  const kind = rng.pick(template.registration);
  const fee = rng.pick(template.fees);
  const eventUrl = `${SITE}/events/${id}/`;
  return {
    id,
    title: t(template.title[0], template.title[1]),
    category: template.category,
    summary: t(template.about[0], template.about[1]),
    description: demo(
      `${template.about[0]}${format === 'online' ? 'オンライン（Zoom）で開催します。参加URLはお申し込み後にメールでお知らせします。' : format === 'hybrid' ? '会場とオンラインの同時開催です。' : ''}`,
      `${template.about[1]}${format === 'online' ? ' Held online (Zoom); the link is e-mailed after you register.' : format === 'hybrid' ? ' In the hall and online at the same time.' : ''}`,
    ),
    start: toTokyoIso(startMs),
    end: toTokyoIso(endMs),
    allDay: placement.allDay ?? false,
    venueId: inHall ? HALL_ID : null,
    roomId: inHall ? roomId : null,
    place: format === 'outside' ? rng.pick(OUTSIDE_PLACES) : null,
    online: format === 'online' || format === 'hybrid',
    organizer: ORGANIZERS[template.organizer],
    audience: template.audience ? AUDIENCES[template.audience] : null,
    fee: { amountYen: fee, note: fee > 0 && template.feeNote ? t(template.feeNote[0], template.feeNote[1]) : null },
    registration: makeRegistration(rng, kind, capacity, date, today, `${eventUrl}apply`),
    whatToBring: template.bring ? t(template.bring[0], template.bring[1]) : null,
    sessions: [],
    allSessionsRequired: false,
    recurrence: null,
    streetId: null,
    url: eventUrl,
    updatedAt: at(addDays(today < date ? today : date, -rng.int(1, 40)), hhmm(rng.int(9 * 60, 17 * 60))),
  };
}

/** Chooses a format and, for in-person events, a free room and slot on `date`. */
export function placeTemplate(rng: Random, template: EventTemplate, date: string, rooms: RoomBook | null): Placement | null {
  const format = rng.weighted(template.formats);
  const sunday = weekdayOf(date) === 0;
  const slots = (Object.keys(SLOTS) as SlotName[]).filter(
    (slot) => SLOTS[slot].maxMinutes >= Math.min(template.minutes, 180) && !(sunday && slot === 'evening'),
  );
  if (template.category === 'fair') {
    // Fairs fill the Event Corner for the day: 10:00 until at most 17:00.
    const roomId: RoomId = 'event-corner';
    if (format !== 'outside' && rooms && !(['morning', 'afternoon', 'evening'] as const).every((s) => rooms.isFree(date, roomId, s))) return null;
    if (format !== 'outside' && rooms) for (const s of ['morning', 'afternoon', 'evening'] as const) rooms.take(date, roomId, s);
    return { date, format, roomId: format === 'outside' ? null : roomId, start: '10:00', minutes: Math.min(template.minutes, 420) };
  }
  const roomId = roomFor(template);
  for (const slot of rng.shuffle(slots)) {
    if (format === 'online') return { date, format, roomId: null, start: slot === 'evening' ? '19:00' : SLOTS[slot].start, minutes: template.minutes };
    if (rooms && !rooms.isFree(date, roomId, slot)) continue;
    rooms?.take(date, roomId, slot);
    const start = slot === 'afternoon' && template.minutes <= 150 && rng.chance(0.4) ? '13:30' : SLOTS[slot].start;
    return { date, format, roomId, start, minutes: template.minutes };
  }
  return null;
}

/** Sessions of a weekly course: the same weekday and time, skipping closure days. */
function courseSessions(first: string, count: number, time: string, minutes: number, titles: Array<[Ja, En]>, rooms: RoomBook, roomId: RoomId | null, slot: SlotName): CourseSession[] {
  const sessions: CourseSession[] = [];
  let date = first;
  while (sessions.length < count) {
    if (isHallOpen(date) && (!roomId || rooms.isFree(date, roomId, slot))) {
      if (roomId) rooms.take(date, roomId, slot);
      const startMs = tokyoAt(date, time);
      const title = titles[sessions.length];
      sessions.push({
        index: sessions.length + 1,
        start: toTokyoIso(startMs),
        end: toTokyoIso(startMs + minutes * 60_000),
        ...(title ? { title: t(title[0], title[1]) } : {}),
      });
    }
    date = addDays(date, 7);
  }
  return sessions;
}

interface CourseRow {
  id: string;
  title: [Ja, En];
  about: [Ja, En];
  /** Days after today to look for the first session (negative: already running). */
  offset: number;
  weekday: number;
  time: string;
  minutes: number;
  slot: SlotName;
  format: Format;
  roomId: RoomId | null;
  capacity: number;
  registration: RegistrationKind;
  /** Force the course to be full (remaining 0, waitlist). */
  full?: boolean;
  fee: number;
  audience: AudienceKey;
  sessions: Array<[Ja, En]>;
}

const COURSES: CourseRow[] = [
  {
    id: 'course-sogyojuku',
    title: ['創業塾（全5回・土曜コース）', 'Start-up school (5 Saturday sessions)'],
    about: ['創業に必要な経営・財務・人材育成・販路開拓の知識を体系的に学びます。全回受講で特定創業支援等事業の証明書を発行します。', 'Management, finance, people and sales for founders. Completing all sessions earns the certificate of the city’s start-up support scheme.'],
    offset: 21,
    weekday: 6,
    time: '13:30',
    minutes: 180,
    slot: 'afternoon',
    format: 'hall',
    roomId: 'training-1',
    capacity: 30,
    registration: 'first_come',
    fee: 3000,
    audience: 'founders',
    sessions: [
      ['創業の心構えとビジネスプラン', 'Mindset and business plan'],
      ['マーケティングと販路開拓', 'Marketing and finding customers'],
      ['資金計画と創業融資', 'Financial planning and start-up loans'],
      ['税務・労務と開業の手続き', 'Tax, labour and registration'],
      ['事業計画書の発表と講評', 'Presenting your business plan'],
    ],
  },
  {
    id: 'course-sogyojuku-evening',
    title: ['創業塾（全5回・平日夜間コース）', 'Start-up school (5 weekday evenings)'],
    about: ['働きながら創業を準備する方のための夜間コース。定員を超えた場合は抽選です。', 'An evening course for people preparing a business while in work. Places are drawn by lot if oversubscribed.'],
    offset: 80,
    weekday: 3,
    time: '18:30',
    minutes: 120,
    slot: 'evening',
    format: 'hall',
    roomId: 'training-2',
    capacity: 24,
    registration: 'lottery',
    fee: 3000,
    audience: 'founders',
    sessions: [
      ['創業の心構えとビジネスプラン', 'Mindset and business plan'],
      ['マーケティングと販路開拓', 'Marketing and finding customers'],
      ['資金計画と創業融資', 'Financial planning and start-up loans'],
      ['税務・労務と開業の手続き', 'Tax, labour and registration'],
      ['事業計画書の発表と講評', 'Presenting your business plan'],
    ],
  },
  {
    id: 'course-keiei-kakushin',
    title: ['経営革新塾（全4回）', 'Management innovation school (4 sessions)'],
    about: ['自社の強みを見直し、経営革新計画の作成までを伴走します。', 'Review your strengths and draft a management innovation plan.'],
    offset: 10,
    weekday: 4,
    time: '18:30',
    minutes: 120,
    slot: 'evening',
    format: 'hall',
    roomId: 'training-2',
    capacity: 24,
    registration: 'first_come',
    full: true,
    fee: 4000,
    audience: 'business',
    sessions: [
      ['現状分析と強みの発見', 'Where you stand'],
      ['新商品・新サービスの企画', 'Planning new products'],
      ['数値計画の作り方', 'The numbers'],
      ['計画の発表', 'Presenting the plan'],
    ],
  },
  {
    id: 'course-web-marketing',
    title: ['Webマーケティング実践講座（全3回・オンライン）', 'Web marketing in practice (3 online sessions)'],
    about: ['ホームページ・SNS・地図サービスの情報発信を、自社の実例で改善します。', 'Improve your website, social media and map listings with your own examples.'],
    offset: 30,
    weekday: 2,
    time: '19:00',
    minutes: 90,
    slot: 'evening',
    format: 'online',
    roomId: null,
    capacity: 100,
    registration: 'first_come',
    fee: 0,
    audience: 'business',
    sessions: [
      ['ホームページの見直し', 'Your website'],
      ['SNS の運用', 'Social media'],
      ['地図・口コミサービス', 'Maps and reviews'],
    ],
  },
  {
    id: 'course-women-startup',
    title: ['女性のための創業スクール（全4回）', 'Start-up school for women (4 sessions)'],
    about: ['少人数で、自分らしい働き方と事業プランを考えます。保育あり（要予約）。', 'A small group to plan a business that fits your life. Childcare available on request.'],
    offset: 45,
    weekday: 5,
    time: '10:00',
    minutes: 120,
    slot: 'morning',
    format: 'hall',
    roomId: 'training-2',
    capacity: 20,
    registration: 'lottery',
    fee: 2000,
    audience: 'women',
    sessions: [
      ['自分の強みを知る', 'Know your strengths'],
      ['お客さまは誰か', 'Who your customers are'],
      ['お金の計画', 'Planning the money'],
      ['プラン発表会', 'Presenting your plan'],
    ],
  },
  {
    id: 'course-dx-basics',
    title: ['中小企業のためのDX基礎講座（全4回）', 'DX basics for small businesses (4 sessions)'],
    about: ['クラウド会計・予約システム・在庫管理の導入を段階的に学びます。', 'Step by step to cloud accounting, booking systems and stock control.'],
    offset: -20,
    weekday: 1,
    time: '18:30',
    minutes: 120,
    slot: 'evening',
    format: 'hybrid',
    roomId: 'training-1',
    capacity: 40,
    registration: 'first_come',
    fee: 0,
    audience: 'business',
    sessions: [
      ['DXとは何か', 'What DX means'],
      ['クラウド会計', 'Cloud accounting'],
      ['予約・顧客管理', 'Bookings and customers'],
      ['在庫とデータ活用', 'Stock and data'],
    ],
  },
];

function makeCourse(rng: Random, row: CourseRow, today: string, rooms: RoomBook): HallEvent {
  const first = nextDate(addDays(today, row.offset), (d) => weekdayOf(d) === row.weekday && isHallOpen(d) && (!row.roomId || rooms.isFree(d, row.roomId, row.slot)));
  const sessions = courseSessions(first, row.sessions.length, row.time, row.minutes, row.sessions, rooms, row.roomId, row.slot);
  const firstSession = sessions[0]!;
  const url = `${SITE}/events/${row.id}/`;
  const registration = makeRegistration(rng, row.registration, row.capacity, first, today, `${url}apply`);
  if (row.full && registration.kind === 'first_come') Object.assign(registration, { remaining: 0, waitlist: true });
  const inHall = row.format === 'hall' || row.format === 'hybrid';
  return {
    id: row.id,
    title: t(row.title[0], row.title[1]),
    category: 'course',
    summary: t(row.about[0], row.about[1]),
    description: demo(`${row.about[0]}全${sessions.length}回の連続講座です。原則として全回出席できる方が対象です。`, `${row.about[1]} A course of ${sessions.length} sessions; please attend them all.`),
    // A course is defined at its first session (the contract's rule); `sessions` holds the whole
    // schedule, and GET /events lists it on each session's day.
    start: firstSession.start,
    end: firstSession.end,
    allDay: false,
    venueId: inHall ? HALL_ID : null,
    roomId: inHall ? row.roomId : null,
    place: null,
    online: row.format === 'online' || row.format === 'hybrid',
    organizer: ORGANIZERS.hall,
    audience: AUDIENCES[row.audience],
    fee: { amountYen: row.fee, note: row.fee > 0 ? t('全回分・テキスト代を含みます', 'For all sessions, textbook included') : null },
    registration,
    whatToBring: t('筆記用具・電卓', 'Something to write with, a calculator'),
    sessions,
    allSessionsRequired: true,
    recurrence: null,
    streetId: null,
    url,
    updatedAt: at(addDays(today, -rng.int(3, 30)), '10:00'),
  };
}

/** Briefings and fairs that support programmes point to (fixed ids). */
const ANCHORED: Array<{ id: string; template: EventTemplate; offset: number; format: Format; organizer?: OrganizerKey }> = [
  {
    id: 'briefing-loan',
    offset: 9,
    format: 'hall',
    template: { key: 'briefing-loan', category: 'briefing', title: ['融資あっせん制度 説明会', 'Briefing: the city’s loan referral scheme'], about: ['区の融資あっせんと利子補給の仕組み、申込みの流れを説明します。', 'How the city refers loans and pays part of the interest, and how to apply.'], minutes: 90, capacity: 30, registration: ['first_come'], fees: [0], audience: 'business', formats: HALL, organizer: 'hall', weight: 0 },
  },
  {
    id: 'briefing-jizokuka',
    offset: 16,
    format: 'hybrid',
    template: { key: 'briefing-jizokuka', category: 'briefing', title: ['小規模事業者持続化補助金 説明会', 'Briefing: the small business sustainability subsidy'], about: ['公募要領の要点と、採択されやすい経営計画書の書き方。', 'The call for applications and how to write a convincing plan.'], minutes: 120, capacity: 60, registration: ['first_come'], fees: [0], audience: 'business', formats: HALL, organizer: 'chamber', weight: 0 },
  },
  {
    id: 'briefing-startup-subsidy',
    offset: 12,
    format: 'hall',
    template: { key: 'briefing-startup-subsidy', category: 'briefing', title: ['創業支援補助金 説明会', 'Briefing: the city’s start-up subsidy'], about: ['店舗の賃料や改装費の一部を補助する区の制度を説明します。', 'The city subsidy for part of a new shop’s rent and fit-out.'], minutes: 60, capacity: 30, registration: ['none'], fees: [0], audience: 'founders', formats: HALL, organizer: 'hall', weight: 0 },
  },
  {
    id: 'briefing-it-donyu',
    offset: 30,
    format: 'online',
    template: { key: 'briefing-it-donyu', category: 'briefing', title: ['IT導入補助金 活用説明会', 'Briefing: the IT adoption subsidy'], about: ['会計・受発注・決済ソフトの導入に使える補助金の説明。', 'The subsidy for accounting, ordering and payment software.'], minutes: 90, capacity: 100, registration: ['first_come'], fees: [0], audience: 'business', formats: HALL, organizer: 'hall', weight: 0 },
  },
  {
    id: 'briefing-metro-startup',
    offset: 6,
    format: 'hybrid',
    template: { key: 'briefing-metro-startup', category: 'briefing', title: ['東京都 創業助成事業 説明会', 'Briefing: the Tokyo start-up grant'], about: ['都の創業助成事業の要件と申請のポイント。', 'Who can apply for Tokyo’s start-up grant, and how.'], minutes: 90, capacity: 60, registration: ['lottery'], fees: [0], audience: 'founders', formats: HALL, organizer: 'metro', weight: 0 },
  },
  {
    id: 'briefing-certification',
    offset: 40,
    format: 'hall',
    template: { key: 'briefing-certification', category: 'briefing', title: ['特定創業支援等事業 説明会', 'Briefing: the certified start-up support scheme'], about: ['証明書で受けられる登録免許税の軽減や融資の優遇を説明します。', 'What the certificate gives you: lower registration tax and better loan terms.'], minutes: 60, capacity: 30, registration: ['first_come'], fees: [0], audience: 'founders', formats: HALL, organizer: 'hall', weight: 0 },
  },
  {
    id: 'fair-succession',
    offset: 25,
    format: 'hall',
    template: { key: 'fair-succession', category: 'consultation_fair', title: ['事業承継 個別相談会', 'Business succession consultation day'], about: ['税理士・中小企業診断士に承継の悩みを個別に相談できます（1組60分）。', 'One hour with a tax accountant and an SME consultant about succession.'], minutes: 180, capacity: 9, registration: ['first_come'], fees: [0], audience: 'business', formats: HALL, organizer: 'bank', weight: 0 },
  },
  {
    id: 'briefing-expert-dispatch',
    offset: 50,
    format: 'online',
    template: { key: 'briefing-expert-dispatch', category: 'briefing', title: ['専門家派遣 活用説明会', 'Briefing: using the expert dispatch scheme'], about: ['派遣の申込みから報告までの流れと活用事例。', 'From applying to the final report, with examples.'], minutes: 60, capacity: 100, registration: ['none'], fees: [0], audience: 'business', formats: HALL, organizer: 'hall', weight: 0 },
  },
];

// Street events ----------------------------------------------------------------

/** Titles of one-off street events by month, so a festival suits its season. */
const SEASONAL: Record<number, [Ja, En]> = {
  1: ['新春福引き大会', 'New Year lucky draw'],
  2: ['節分まつり', 'Setsubun festival'],
  3: ['春のスタンプラリー', 'Spring stamp rally'],
  4: ['さくらまつり', 'Cherry blossom festival'],
  5: ['こどもの日 縁日', 'Children’s Day fair'],
  6: ['あじさいスタンプラリー', 'Hydrangea stamp rally'],
  7: ['七夕まつり', 'Tanabata festival'],
  8: ['納涼夏まつり', 'Summer evening festival'],
  9: ['秋の味覚市', 'Autumn food market'],
  10: ['ハロウィン仮装パレード', 'Halloween parade'],
  11: ['収穫祭', 'Harvest festival'],
  12: ['歳末大売り出し', 'Year-end sale'],
};

type SeriesRule =
  | { kind: 'monthday'; days: number[] }
  | { kind: 'nth'; n: number; weekday: number }
  | { kind: 'weekly'; weekday: number }
  | { kind: 'dates' };

interface StreetSeries {
  street: string;
  key: string;
  title: [Ja, En];
  about: [Ja, En];
  rule: SeriesRule;
  /** Bound: COUNT of occurrences, or UNTIL about six months ahead. */
  count?: number;
  time: [string, string];
  /** Occurrence numbers (1-based) removed with EXDATE. */
  skip?: number[];
}

const RRULE_DAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const STREET_SERIES: StreetSeries[] = [
  { street: 'midorigaoka-ekimae', key: 'hachi-no-hi', title: ['8の日 はちの日市', '“Eight Day” market (8th, 18th, 28th)'], about: ['毎月8日・18日・28日は駅前の各店で特売とポイント2倍。', 'Specials and double points on the 8th, 18th and 28th of every month.'], rule: { kind: 'monthday', days: [8, 18, 28] }, time: ['10:00', '19:00'] },
  { street: 'sakaecho-ginza', key: 'sunday-asaichi', title: ['栄町銀座 日曜朝市（毎月第2日曜）', 'Sunday morning market (2nd Sunday)'], about: ['毎月第2日曜の朝、区内農家の野菜と商店街のお惣菜が並びます。', 'On the second Sunday morning: city-grown vegetables and deli food.'], rule: { kind: 'nth', n: 2, weekday: 0 }, count: 7, time: ['08:00', '11:00'] },
  { street: 'sakurazaka-dori', key: 'night-marche', title: ['桜坂ナイトマルシェ（毎月第4土曜）', 'Sakurazaka night market (4th Saturday)'], about: ['キッチンカーと各店の出店で夜の通りがにぎわいます。', 'Food trucks and shop stalls fill the street in the evening.'], rule: { kind: 'nth', n: 4, weekday: 6 }, time: ['17:00', '21:00'] },
  { street: 'higashidai-chuo', key: 'friday-yuichi', title: ['東台 金曜夕市', 'Friday evening market'], about: ['毎週金曜の夕方はタイムセール。', 'Time-limited offers every Friday evening.'], rule: { kind: 'weekly', weekday: 5 }, time: ['16:00', '19:00'] },
  { street: 'sekisen-koen', key: 'hachi-no-hi-points', title: ['石泉 8の日ポイント2倍デー', 'Double points on the 8s'], about: ['8のつく日はスタンプカードのポイントが2倍。一斉休業日は除きます。', 'Double stamp-card points on the 8th, 18th and 28th, except on the association’s closing days.'], rule: { kind: 'monthday', days: [8, 18, 28] }, time: ['10:00', '20:00'], skip: [3, 7] },
  { street: 'okawacho-ichibangai', key: 'go-no-hi', title: ['大川町一番街 5の日特売', 'Sales on the 5s'], about: ['5日・15日・25日は一番街の特売日。', 'Sales days on the 5th, 15th and 25th.'], rule: { kind: 'monthday', days: [5, 15, 25] }, count: 18, time: ['10:00', '19:00'] },
  { street: 'kitahara-fureai', key: 'flea-market', title: ['北原ふれあいフリーマーケット（毎月第1日曜）', 'Flea market (1st Sunday)'], about: ['通りを歩行者天国にしてフリーマーケットを開きます。雨天中止。', 'The street becomes a pedestrian flea market. Cancelled if it rains.'], rule: { kind: 'nth', n: 1, weekday: 0 }, time: ['10:00', '15:00'] },
  { street: 'nishino-himawari', key: 'kids-ennichi', title: ['西野ひまわり 子ども縁日（毎月第3土曜）', 'Children’s fair (3rd Saturday)'], about: ['輪投げ・スーパーボールすくいなど、子どもが楽しめる縁日。', 'Ring toss and ball scooping for children.'], rule: { kind: 'nth', n: 3, weekday: 6 }, count: 6, time: ['13:00', '16:00'] },
  { street: 'wakagidai-mall', key: 'aozora-marche', title: ['若木台 青空マルシェ（不定期開催）', 'Open-air market (irregular dates)'], about: ['開催日は不定期です。日程は下記の日付をご確認ください。', 'Held on irregular dates; see the list of dates.'], rule: { kind: 'dates' }, time: ['10:00', '15:00'] },
];

function matchesRule(date: string, rule: SeriesRule): boolean {
  const day = Number(date.slice(8));
  const weekday = weekdayOf(date);
  switch (rule.kind) {
    case 'monthday':
      return rule.days.includes(day);
    case 'nth':
      return weekday === rule.weekday && Math.ceil(day / 7) === rule.n;
    case 'weekly':
      return weekday === rule.weekday;
    case 'dates':
      return false;
  }
}

function rruleOf(rule: SeriesRule): string | null {
  switch (rule.kind) {
    case 'monthday':
      return `FREQ=MONTHLY;BYMONTHDAY=${rule.days.join(',')}`;
    case 'nth':
      return `FREQ=MONTHLY;BYDAY=${rule.n}${RRULE_DAY[rule.weekday]}`;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${RRULE_DAY[rule.weekday]}`;
    case 'dates':
      return null;
  }
}

/** The street's organiser text and the place in words. */
function streetOrganizer(street: ShoppingStreet): LocalizedText {
  return t(street.name.ja, street.name.en);
}
function streetPlace(street: ShoppingStreet): LocalizedText {
  return t(`${street.name.ja}の通り沿い一帯（${street.area.ja}）`, `Along the shopping street in ${street.area.en ?? street.area.ja}`);
}

function baseStreetEvent(street: ShoppingStreet, id: string, updatedAt: string): Omit<HallEvent, 'title' | 'summary' | 'description' | 'start' | 'end' | 'recurrence'> {
  return {
    id,
    category: 'street_event',
    allDay: false,
    venueId: null,
    roomId: null,
    place: streetPlace(street),
    online: false,
    organizer: streetOrganizer(street),
    audience: AUDIENCES.anyone,
    fee: { amountYen: 0, note: null },
    registration: { kind: 'none', capacity: null, remaining: null, opensAt: null, closesAt: null, waitlist: false, url: null },
    whatToBring: null,
    sessions: [],
    allSessionsRequired: false,
    streetId: street.id,
    url: street.url,
    updatedAt,
  };
}

function makeStreetSeries(rng: Random, series: StreetSeries, street: ShoppingStreet, today: string): HallEvent {
  const from = addDays(today, -30);
  const until = addDays(today, 182);
  let dates: string[] = [];
  if (series.rule.kind === 'dates') {
    // Irregular dates: a handful of Saturdays, chosen by the association.
    let date = nextDate(addDays(today, -20), (d) => weekdayOf(d) === 6);
    while (date <= until) {
      dates.push(date);
      date = addDays(date, 7 * rng.int(3, 6));
    }
  } else {
    for (let date = from; date <= until; date = addDays(date, 1)) if (matchesRule(date, series.rule)) dates.push(date);
    if (series.count) dates = dates.slice(0, series.count);
  }
  const first = dates[0]!;
  const rrule = rruleOf(series.rule);
  const bound = series.count ? `;COUNT=${series.count}` : `;UNTIL=${untilEndOf(until)}`;
  const [opens, closes] = series.time;
  return {
    ...baseStreetEvent(street, `st-${street.id}-${series.key}`, at(addDays(today, -rng.int(10, 60)), '11:00')),
    title: t(series.title[0], series.title[1]),
    summary: t(series.about[0], series.about[1]),
    description: demo(series.about[0], series.about[1]),
    start: at(first, opens),
    end: at(first, closes),
    recurrence: {
      rrule: rrule ? rrule + bound : null,
      // Explicit dates repeat the first one too: RFC 5545 counts DTSTART, rrule.js does not.
      rdates: rrule ? [] : dates.map((d) => at(d, opens)),
      exdates: (series.skip ?? []).map((n) => dates[n - 1]).filter((d): d is string => d !== undefined).map((d) => at(d, opens)),
    },
  };
}

/** 酉の日 repeat every 12 days; 2025-11-12 was one (一の酉). */
const TORI_REFERENCE = '2025-11-12';

/**
 * The 酉の市 dates (days of the rooster in November) of the nearest November
 * that ended no more than a month before `today`.
 */
export function toriNoIchiDates(today: string): string[] {
  const since = addDays(today, -30);
  for (let year = Number(today.slice(0, 4)); ; year++) {
    const dates: string[] = [];
    for (let day = 1; day <= 30; day++) {
      const date = `${year}-11-${String(day).padStart(2, '0')}`;
      if ((((daysBetween(TORI_REFERENCE, date) % 12) + 12) % 12) === 0) dates.push(date);
    }
    if (dates[dates.length - 1]! >= since) return dates;
  }
}

function makeToriNoIchi(street: ShoppingStreet, today: string): HallEvent {
  const dates = toriNoIchiDates(today);
  const first = dates[0]!;
  const names = ['一の酉', '二の酉', '三の酉'];
  return {
    ...baseStreetEvent(street, `st-${street.id}-tori-no-ichi`, at(addDays(today, -14), '10:00')),
    title: t('大鳥社 酉の市', 'Tori-no-ichi fair at the Otori shrine'),
    summary: t('熊手の露店が並ぶ、商売繁盛を願う年中行事。', 'Stalls selling lucky rakes for a prosperous year.'),
    description: demo(
      `11月の酉の日に開かれます（${dates.map((d, i) => `${names[i]} ${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`).join('、')}）。商店街も協賛セールを行います。`,
      `Held on the days of the rooster in November (${dates.join(', ')}). The street holds a sale alongside.`,
    ),
    place: t('大鳥社 境内と東台中央通り（デモの架空の神社）', 'Otori shrine grounds and Higashidai Chuo-dori (a fictional shrine)'),
    start: at(first, '10:00'),
    end: at(first, '22:00'),
    // 酉の日 follow a 12-day cycle, not a calendar rule: only explicit dates work.
    recurrence: { rrule: null, rdates: dates.map((d) => at(d, '10:00')), exdates: [] },
  };
}

/** Two seasonal one-off festivals per street, on weekends, over the coming months. */
function planFestivals(rng: Random, streets: readonly ShoppingStreet[], today: string): Map<string, StreetFestival[]> {
  const plan = new Map<string, StreetFestival[]>();
  for (const street of streets) {
    const festivals: StreetFestival[] = [];
    for (const [lo, hi] of [
      [14, 80],
      [90, 170],
    ] as const) {
      const weekend = rng.pick([0, 6]);
      const date = nextDate(addDays(today, rng.int(lo, hi)), (d) => weekdayOf(d) === weekend && !d.endsWith('-01-01'));
      const title = SEASONAL[Number(date.slice(5, 7))]!;
      festivals.push({ streetId: street.id, date, title, evening: title[0].includes('夏') || title[0].includes('七夕') || rng.chance(0.2) });
    }
    plan.set(street.id, festivals);
  }
  return plan;
}

function makeFestivalEvent(rng: Random, festival: StreetFestival, street: ShoppingStreet, today: string, id = `st-${street.id}-${compactDate(festival.date)}`): HallEvent {
  const [opens, closes] = festival.evening ? ['16:00', '21:00'] : ['10:00', '16:00'];
  const name = `${street.name.ja.replace(/(商店街振興組合|商店会|事業協同組合|協議会)$/, '')} ${festival.title[0]}`;
  return {
    ...baseStreetEvent(street, id, at(addDays(today, -rng.int(1, 20)), '15:00')),
    title: t(name, `${street.name.en ?? ''}: ${festival.title[1]}`),
    summary: t(`${festival.title[0]}を開催します。`, `${festival.title[1]} on the street.`),
    description: demo(
      `商店街の${festival.title[0]}。各店の出店や抽選会があります。荒天時は中止します。`,
      `The street’s ${festival.title[1]}, with stalls and a prize draw. Cancelled in bad weather.`,
    ),
    start: at(festival.date, opens),
    end: at(festival.date, closes),
    recurrence: null,
  };
}

function createDemoEvents(rng: Random, streets: readonly ShoppingStreet[], festivals: ReadonlyMap<string, StreetFestival[]>, today: string): HallEvent[] {
  const events: HallEvent[] = [];
  const rooms = new RoomBook();

  for (const row of COURSES) events.push(makeCourse(rng, row, today, rooms));

  for (const anchored of ANCHORED) {
    const template = { ...anchored.template, formats: [[anchored.format, 1]] as const };
    for (let date = addDays(today, anchored.offset); ; date = addDays(date, 1)) {
      if (!isHallOpen(date) || weekdayOf(date) === 0) continue;
      const placement = placeTemplate(rng, template, date, rooms);
      if (placement) {
        events.push(makeTemplateEvent(rng, anchored.id, template, placement, today));
        break;
      }
    }
  }

  // Everyday programme: zero to two events a day on the days the hall is open.
  const templates = EVENT_TEMPLATES.map((template) => [template, template.weight] as const);
  const sundayTemplates = EVENT_TEMPLATES.filter((template) => template.sunday).map((template) => [template, template.weight] as const);
  for (let date = addDays(today, -30); date <= addDays(today, 182); date = addDays(date, 1)) {
    if (!isHallOpen(date)) continue;
    const sunday = weekdayOf(date) === 0;
    const count = sunday ? (rng.chance(0.35) ? 1 : 0) : rng.weighted([[0, 15], [1, 50], [2, 35]] as const);
    for (let i = 0; i < count; i++) {
      const template = rng.weighted(sunday ? sundayTemplates : templates);
      const placement = placeTemplate(rng, template, date, rooms);
      if (placement) events.push(makeTemplateEvent(rng, `ev-${compactDate(date)}-${i + 1}`, template, placement, today));
    }
  }

  const streetById = new Map(streets.map((street) => [street.id, street]));
  for (const series of STREET_SERIES) {
    const street = streetById.get(series.street);
    if (street) events.push(makeStreetSeries(rng, series, street, today));
  }
  const higashidai = streetById.get('higashidai-chuo');
  if (higashidai) events.push(makeToriNoIchi(higashidai, today));
  for (const [streetId, list] of festivals) {
    const street = streetById.get(streetId);
    if (street) for (const festival of list) events.push(makeFestivalEvent(rng, festival, street, today));
  }
  return events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

// ---------------------------------------------------------------------------
// Consultation services and advisors
// ---------------------------------------------------------------------------

const STANDARD_RULES: ConsultationService['rules'] = {
  minLeadHours: 24,
  maxDaysAhead: 60,
  cancellationCutoffHours: 24,
  lastIntakeMinutesBeforeClose: 30,
  maxActiveBookingsPerApplicant: 2,
};

const ALL_BUSINESSES: ApplicantType[] = ['sole_proprietor', 'sme', 'small_business', 'npo'];
const FOUNDERS: ApplicantType[] = ['prospective_founder', 'founder_under_5y'];

function service(
  id: string,
  title: [Ja, En],
  summary: [Ja, En],
  categories: ConsultationService['categories'],
  channels: ConsultationService['channels'],
  durationMinutes: number,
  eligibleApplicantTypes: ApplicantType[],
  extra: Partial<Pick<ConsultationService, 'capacityPerSlot' | 'inWardRequired' | 'whatToBring' | 'feeYen'>> & { rules?: Partial<ConsultationService['rules']> } = {},
): ConsultationService {
  return {
    id,
    title: t(title[0], title[1]),
    summary: demo(summary[0], summary[1]),
    categories,
    channels,
    durationMinutes,
    capacityPerSlot: extra.capacityPerSlot ?? 1,
    eligibleApplicantTypes,
    inWardRequired: extra.inWardRequired ?? true,
    rules: { ...STANDARD_RULES, ...extra.rules },
    whatToBring: extra.whatToBring ?? null,
    feeYen: extra.feeYen ?? 0,
  };
}

function createServices(): ConsultationService[] {
  return [
    service('startup', ['創業相談', 'Start-up consultation'], ['事業計画・資金計画・開業手続きなど、創業の準備を中小企業診断士が一緒に考えます。', 'An SME consultant helps with your business plan, finance and registration.'], ['startup'], ['in_person', 'online'], 60, FOUNDERS, {
      whatToBring: t('事業計画書（作成中のもので可）', 'Your business plan, even a draft'),
    }),
    service('management', ['経営相談', 'Management consultation'], ['売上の伸ばし方、販路開拓、人材など経営の悩み全般。', 'Sales, new customers, staffing: any management question.'], ['management'], ['in_person', 'phone', 'online', 'outreach'], 60, [...FOUNDERS, ...ALL_BUSINESSES]),
    service('cash-flow', ['資金繰り相談', 'Cash-flow consultation'], ['資金繰り表の作り方、返済計画の見直し。', 'Cash-flow forecasts and repayment plans.'], ['cash_flow'], ['in_person', 'phone'], 45, ALL_BUSINESSES, {
      whatToBring: t('直近2期分の決算書・資金繰り表', 'The last two years’ accounts and a cash-flow table'),
    }),
    service('loan-referral', ['融資あっせん相談', 'Loan referral consultation'], ['区の融資あっせん制度の利用条件と申込み書類を確認します。', 'Checks your eligibility for the city’s loan referral and the forms.'], ['loan'], ['in_person', 'phone'], 30, ['founder_under_5y', ...ALL_BUSINESSES], {
      whatToBring: t('決算書または確定申告書（2期分）・印鑑', 'Two years of accounts or tax returns, your seal'),
      rules: { maxDaysAhead: 30 },
    }),
    service('subsidy', ['補助金・助成金相談', 'Subsidy and grant consultation'], ['使える補助金の紹介と、申請書の書き方の助言。', 'Which subsidies fit you and how to write the application.'], ['subsidy'], ['in_person', 'online'], 60, [...FOUNDERS, ...ALL_BUSINESSES]),
    service('tax', ['税務相談', 'Tax consultation'], ['記帳・確定申告・インボイスなど税務の相談を税理士が受けます。', 'Bookkeeping, tax returns and invoices, with a tax accountant.'], ['tax'], ['in_person', 'phone'], 45, [...FOUNDERS, ...ALL_BUSINESSES], { rules: { maxActiveBookingsPerApplicant: 1 } }),
    service('labour', ['労務相談', 'Labour consultation'], ['雇用契約・就業規則・社会保険の相談を社会保険労務士が受けます。', 'Contracts, work rules and social insurance, with a labour consultant.'], ['labour'], ['in_person', 'phone', 'online'], 45, ALL_BUSINESSES),
    service('legal', ['法律相談（事業者向け）', 'Legal consultation for businesses'], ['契約・債権回収・トラブルの初期相談を弁護士が受けます。', 'First advice from a lawyer on contracts, debts and disputes.'], ['legal'], ['in_person', 'phone'], 30, ALL_BUSINESSES, {
      rules: { minLeadHours: 48, maxDaysAhead: 30, cancellationCutoffHours: 48, maxActiveBookingsPerApplicant: 1 },
    }),
    service('ip', ['知的財産相談', 'Intellectual property consultation'], ['商標・特許・意匠の出願や権利侵害の相談を弁理士が受けます。', 'Trademarks, patents and designs, with a patent attorney.'], ['ip'], ['in_person', 'online'], 60, [...FOUNDERS, ...ALL_BUSINESSES], { inWardRequired: false }),
    service('it-dx', ['IT・DX相談', 'IT and DX consultation'], ['クラウド会計・ネットショップ・セキュリティなど IT 活用の相談。出張相談も可能です。', 'Cloud accounting, online shops and security; we can come to you.'], ['it_dx'], ['in_person', 'online', 'outreach'], 90, [...FOUNDERS, ...ALL_BUSINESSES], {
      rules: { minLeadHours: 72 },
    }),
    service('succession', ['事業承継相談', 'Business succession consultation'], ['後継者への引継ぎ、M&A、事業承継税制の相談。', 'Handing over to a successor, M&A and the succession tax rules.'], ['succession', 'tax'], ['in_person', 'online', 'outreach'], 90, ['sme', 'small_business', 'sole_proprietor']),
    service('startup-group', ['創業グループ相談会', 'Start-up group clinic'], ['最大5人の少人数で、創業準備の疑問を出し合い専門家が答えます。', 'Up to five founders ask an expert their questions together.'], ['startup', 'subsidy'], ['in_person'], 90, FOUNDERS, {
      capacityPerSlot: 5,
      rules: { maxActiveBookingsPerApplicant: 1, maxDaysAhead: 45 },
    }),
  ];
}

const weekly = (days: Weekday[], opens: string, closes: string): WeeklyPeriod[] => days.map((day) => ({ day, opens, closes }));

function createAdvisors(): Advisor[] {
  const advisor = (id: string, name: [Ja, Kana, En], specialties: Advisor['specialties'], qualifications: Advisor['qualifications'], serviceIds: string[], schedule: WeeklyPeriod[]): Advisor => ({
    id,
    displayName: t(name[0], name[2], name[1]),
    specialties,
    qualifications,
    serviceIds,
    schedule,
  });
  return [
    advisor('yamamoto', ['山本 恵子', 'ヤマモト ケイコ', 'Keiko Yamamoto'], ['startup', 'management', 'subsidy'], ['sme_consultant'], ['startup', 'management', 'subsidy', 'startup-group'], weekly(['mon', 'wed'], '10:00', '16:00')),
    advisor('kobayashi', ['小林 誠', 'コバヤシ マコト', 'Makoto Kobayashi'], ['cash_flow', 'loan', 'management'], ['sme_consultant', 'financial_planner'], ['cash-flow', 'loan-referral', 'management'], weekly(['tue', 'thu'], '13:00', '20:00')),
    advisor('sato', ['佐藤 美穂', 'サトウ ミホ', 'Miho Sato'], ['tax', 'succession'], ['tax_accountant'], ['tax', 'succession'], [...weekly(['mon'], '13:00', '17:00'), ...weekly(['fri'], '10:00', '16:00')]),
    advisor('nakajima', ['中島 浩二', 'ナカジマ コウジ', 'Koji Nakajima'], ['labour'], ['labour_consultant'], ['labour'], [...weekly(['tue'], '10:00', '16:00'), ...weekly(['sat'], '10:00', '15:00')]),
    advisor('fujii', ['藤井 玲奈', 'フジイ レイナ', 'Reina Fujii'], ['legal', 'succession'], ['lawyer'], ['legal', 'succession'], [...weekly(['wed'], '17:00', '20:00'), ...weekly(['sat'], '10:00', '13:00')]),
    advisor('ogawa', ['小川 拓也', 'オガワ タクヤ', 'Takuya Ogawa'], ['ip'], ['patent_attorney'], ['ip'], weekly(['thu'], '10:00', '16:00')),
    advisor('mori', ['森 直樹', 'モリ ナオキ', 'Naoki Mori'], ['it_dx'], ['it_coordinator'], ['it-dx'], [...weekly(['mon'], '18:00', '21:00'), ...weekly(['fri'], '13:00', '19:00')]),
    advisor('ishida', ['石田 由美子', 'イシダ ユミコ', 'Yumiko Ishida'], ['tax', 'cash_flow', 'succession'], ['certified_accountant', 'tax_accountant'], ['tax', 'cash-flow', 'succession'], weekly(['thu'], '10:00', '16:00')),
    advisor('tamura', ['田村 健一', 'タムラ ケンイチ', 'Kenichi Tamura'], ['loan'], [], ['loan-referral'], weekly(['mon', 'tue', 'wed', 'thu', 'fri'], '09:30', '16:30')),
    advisor('kawai', ['河合 亜紀', 'カワイ アキ', 'Aki Kawai'], ['startup', 'subsidy', 'it_dx'], ['sme_consultant', 'it_coordinator'], ['startup', 'startup-group', 'subsidy', 'it-dx'], [...weekly(['sat'], '10:00', '16:00'), ...weekly(['tue'], '18:00', '21:00')]),
  ];
}

// ---------------------------------------------------------------------------
// Support programmes
// ---------------------------------------------------------------------------

const WARD_ISSUER = t(`${WARD.ja} 産業経済部 商工観光課`, `${WARD.en}, Commerce and Tourism Section`);
const METRO_ISSUER = t('東京都 産業労働局（デモ）', 'Tokyo Metropolitan Government, Bureau of Industrial and Labor Affairs (demo)');
const NATIONAL_ISSUER = t('中小企業庁（デモ）', 'Small and Medium Enterprise Agency (demo)');

function createPrograms(today: string, eventIds: ReadonlySet<string>): SupportProgram[] {
  const window = (from: number, to: number) => ({ from: addDays(today, from), to: addDays(today, to) });
  const events = (...ids: string[]) => ids.filter((id) => eventIds.has(id));
  const eligibility = (e: Partial<SupportProgram['eligibility']>): SupportProgram['eligibility'] => ({
    applicantTypes: [],
    maxEmployees: null,
    maxCapitalYen: null,
    inWardRequired: false,
    minYearsSinceFounding: null,
    maxYearsSinceFounding: null,
    ...e,
  });
  const program = (p: Omit<SupportProgram, 'title' | 'summary' | 'url'> & { title: [Ja, En]; summary: [Ja, En] }): SupportProgram => ({
    ...p,
    title: t(p.title[0], p.title[1]),
    summary: demo(p.summary[0], p.summary[1]),
    url: `${SITE}/programs/${p.id}/`,
  });
  return [
    program({
      id: 'ward-loan',
      level: 'ward',
      kind: 'loan',
      issuer: WARD_ISSUER,
      title: ['中小企業融資あっせん（一般）', 'City loan referral (general)'],
      summary: ['区が金融機関に融資をあっせんし、利子の一部（年1.5%）を補給します。本人負担は年0.4%です。', 'The city refers you to a bank and pays 1.5% a year of the interest; you pay 0.4%.'],
      eligibility: eligibility({ applicantTypes: ['sme', 'small_business', 'sole_proprietor'], maxEmployees: 300, maxCapitalYen: 300_000_000, inWardRequired: true, minYearsSinceFounding: 1 }),
      loanTerms: { maxAmountYen: 20_000_000, maxTermMonths: 84, interestRatePercent: 1.9, subsidizedRatePercent: 1.5, borrowerRatePercent: 0.4 },
      acceptance: [],
      relatedServiceIds: ['loan-referral', 'cash-flow'],
      relatedEventIds: events('briefing-loan'),
    }),
    program({
      id: 'ward-startup-loan',
      level: 'ward',
      kind: 'loan',
      issuer: WARD_ISSUER,
      title: ['創業支援資金 融資あっせん', 'City start-up loan referral'],
      summary: ['創業予定者・創業5年未満の方向け。区が利子の大半を補給します。', 'For founders: the city pays most of the interest.'],
      eligibility: eligibility({ applicantTypes: FOUNDERS, inWardRequired: true, maxYearsSinceFounding: 5 }),
      loanTerms: { maxAmountYen: 15_000_000, maxTermMonths: 84, interestRatePercent: 2.1, subsidizedRatePercent: 1.8, borrowerRatePercent: 0.3 },
      acceptance: [],
      relatedServiceIds: ['loan-referral', 'startup'],
      relatedEventIds: events('briefing-loan', 'course-sogyojuku'),
    }),
    program({
      id: 'ward-startup-subsidy',
      level: 'ward',
      kind: 'subsidy',
      issuer: WARD_ISSUER,
      title: ['創業支援補助金（店舗賃料・改装費）', 'City start-up subsidy (shop rent and fit-out)'],
      summary: ['区内で店舗を開く創業者に、賃料と改装費の2分の1（上限50万円）を補助します。', 'Half of a new shop’s rent and fit-out, up to ¥500,000.'],
      eligibility: eligibility({ applicantTypes: FOUNDERS, inWardRequired: true, maxYearsSinceFounding: 5 }),
      loanTerms: null,
      acceptance: [window(-20, 40)],
      relatedServiceIds: ['startup', 'subsidy'],
      relatedEventIds: events('briefing-startup-subsidy'),
    }),
    program({
      id: 'ward-expert-dispatch',
      level: 'ward',
      kind: 'expert_dispatch',
      issuer: WARD_ISSUER,
      title: ['専門家派遣事業', 'Expert dispatch'],
      summary: ['中小企業診断士・税理士などの専門家を、年3回まで無料で事業所に派遣します。', 'Up to three free visits a year by a consultant or tax accountant.'],
      eligibility: eligibility({ applicantTypes: ['sme', 'small_business', 'sole_proprietor', 'npo'], maxEmployees: 50, inWardRequired: true }),
      loanTerms: null,
      acceptance: [],
      relatedServiceIds: ['management', 'it-dx'],
      relatedEventIds: events('briefing-expert-dispatch'),
    }),
    program({
      id: 'ward-startup-certificate',
      level: 'ward',
      kind: 'certification',
      issuer: WARD_ISSUER,
      title: ['特定創業支援等事業による証明', 'Certified start-up support'],
      summary: ['創業塾の全回受講などで証明書を発行。会社設立時の登録免許税の軽減などが受けられます。', 'Completing the start-up school earns a certificate that lowers company registration tax.'],
      eligibility: eligibility({ applicantTypes: FOUNDERS, inWardRequired: true, maxYearsSinceFounding: 5 }),
      loanTerms: null,
      acceptance: [],
      relatedServiceIds: ['startup', 'startup-group'],
      relatedEventIds: events('course-sogyojuku', 'course-sogyojuku-evening', 'briefing-certification'),
    }),
    program({
      id: 'ward-street-event-grant',
      level: 'ward',
      kind: 'grant',
      issuer: WARD_ISSUER,
      title: ['商店街イベント事業助成', 'Shopping street event grant'],
      summary: ['商店会が行うイベント・販促事業の経費の3分の2を助成します。', 'Two thirds of the cost of events held by shopping street associations.'],
      eligibility: eligibility({ applicantTypes: ['small_business', 'sme', 'npo'], inWardRequired: true }),
      loanTerms: null,
      acceptance: [window(10, 70)],
      relatedServiceIds: ['management'],
      relatedEventIds: [],
    }),
    program({
      id: 'ward-barrier-free',
      level: 'ward',
      kind: 'subsidy',
      issuer: WARD_ISSUER,
      title: ['店舗バリアフリー化助成', 'Shop barrier-free improvements subsidy'],
      summary: ['入口の段差解消・手すり・多機能トイレの改修費を助成します（上限100万円）。', 'Ramps, handrails and accessible toilets, up to ¥1,000,000.'],
      eligibility: eligibility({ applicantTypes: ['sme', 'small_business', 'sole_proprietor'], maxEmployees: 20, inWardRequired: true }),
      loanTerms: null,
      acceptance: [window(-45, 15), window(120, 180)],
      relatedServiceIds: ['subsidy'],
      relatedEventIds: [],
    }),
    program({
      id: 'metro-startup-grant',
      level: 'metro',
      kind: 'grant',
      issuer: METRO_ISSUER,
      title: ['創業助成事業（東京都）', 'Tokyo start-up grant'],
      summary: ['都内で創業する方に、賃借料・人件費などの一部を助成します（年2回募集）。', 'Part of rent and staff costs for founders in Tokyo; two calls a year.'],
      eligibility: eligibility({ applicantTypes: FOUNDERS, maxYearsSinceFounding: 5 }),
      loanTerms: null,
      acceptance: [window(20, 32), window(200, 212)],
      relatedServiceIds: ['startup', 'subsidy'],
      relatedEventIds: events('briefing-metro-startup'),
    }),
    program({
      id: 'metro-dx-grant',
      level: 'metro',
      kind: 'subsidy',
      issuer: METRO_ISSUER,
      title: ['中小企業 DX推進助成（東京都）', 'Tokyo SME digitalisation subsidy'],
      summary: ['デジタル機器・クラウドサービスの導入費の一部を助成します。', 'Part of the cost of digital equipment and cloud services.'],
      eligibility: eligibility({ applicantTypes: ['sme', 'small_business', 'sole_proprietor'], maxEmployees: 300, maxCapitalYen: 300_000_000, minYearsSinceFounding: 1 }),
      loanTerms: null,
      acceptance: [window(-5, 60)],
      relatedServiceIds: ['it-dx', 'subsidy'],
      relatedEventIds: events('course-dx-basics'),
    }),
    program({
      id: 'national-jizokuka',
      level: 'national',
      kind: 'subsidy',
      issuer: NATIONAL_ISSUER,
      title: ['小規模事業者持続化補助金', 'Small business sustainability subsidy'],
      summary: ['販路開拓の取組（チラシ・店舗改装・ネット販売など）の経費の3分の2を補助します。', 'Two thirds of the cost of finding new customers: flyers, refits, online sales.'],
      eligibility: eligibility({ applicantTypes: ['small_business', 'sole_proprietor'], maxEmployees: 20 }),
      loanTerms: null,
      acceptance: [window(-10, 45)],
      relatedServiceIds: ['subsidy'],
      relatedEventIds: events('briefing-jizokuka'),
    }),
    program({
      id: 'national-it-donyu',
      level: 'national',
      kind: 'subsidy',
      issuer: NATIONAL_ISSUER,
      title: ['IT導入補助金', 'IT adoption subsidy'],
      summary: ['会計・受発注・決済などの IT ツールの導入費用を補助します。', 'Software for accounting, ordering and payment.'],
      eligibility: eligibility({ applicantTypes: ['sme', 'small_business', 'sole_proprietor'] }),
      loanTerms: null,
      acceptance: [window(5, 120)],
      relatedServiceIds: ['it-dx', 'subsidy'],
      relatedEventIds: events('briefing-it-donyu'),
    }),
    program({
      id: 'national-succession-tax',
      level: 'national',
      kind: 'tax',
      issuer: NATIONAL_ISSUER,
      title: ['事業承継税制（法人版・特例措置）', 'Business succession tax relief'],
      summary: ['後継者が引き継ぐ株式の贈与税・相続税の納税を猶予します。特例承継計画の提出が必要です。', 'Defers gift and inheritance tax on shares passed to a successor; a succession plan must be filed.'],
      eligibility: eligibility({ applicantTypes: ['sme', 'small_business'], minYearsSinceFounding: 3 }),
      loanTerms: null,
      acceptance: [],
      relatedServiceIds: ['succession', 'tax'],
      relatedEventIds: events('fair-succession'),
    }),
    program({
      id: 'national-startup-loan',
      level: 'national',
      kind: 'loan',
      issuer: t('政府系金融機関（デモ）', 'Government-affiliated lender (demo)'),
      title: ['新規開業資金', 'New business loan'],
      summary: ['新たに事業を始める方・開業後おおむね7年以内の方への融資。', 'Loans for people starting a business or within about 7 years of starting.'],
      eligibility: eligibility({ applicantTypes: [...FOUNDERS, 'sole_proprietor', 'small_business'], maxYearsSinceFounding: 7 }),
      loanTerms: { maxAmountYen: 72_000_000, maxTermMonths: 240, interestRatePercent: 2.5, subsidizedRatePercent: 0, borrowerRatePercent: 2.5 },
      acceptance: [],
      relatedServiceIds: ['startup', 'loan-referral'],
      relatedEventIds: events('course-sogyojuku'),
    }),
  ];
}

// ---------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------

/** Parts of the demo reused by the synthetic generator. */
export function createDemoBase(today: string, seed: number) {
  const rng = createRandom(seed);
  const streets = createStreets();
  const festivals = planFestivals(rng.fork('festivals'), streets, today);
  const ctx: ShopContext = { today, streets, festivals, yearEnd: upcomingYearEnd(today) };
  return { rng, streets, festivals, ctx };
}

/**
 * The demo data set for `today` (a Tokyo `YYYY-MM-DD`). Pure: the same `today`
 * and `seed` always give deep-equal data.
 */
export function createDemoData(today: string, seed = DEMO_SEED): HallData {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const { rng, streets, festivals, ctx } = createDemoBase(today, seed);
  const shops = createDemoShops(rng.fork('shops'), ctx);
  const events = createDemoEvents(rng.fork('events'), streets, festivals, today);
  const services = createServices();
  return {
    venues: [createHall()],
    streets: countShopsPerStreet(streets, shops),
    shops,
    events,
    services,
    advisors: createAdvisors(),
    programs: createPrograms(today, new Set(events.map((event) => event.id))),
  };
}

/** Exposed for the synthetic generator; not part of the server's API. */
export const internals = {
  EVENT_TEMPLATES,
  TEMPLATE_BY_KEY,
  RoomBook,
  createHall,
  createServices,
  createAdvisors,
  createPrograms,
  isHallOpen,
  makeFestivalEvent,
  SEASONAL,
} as const;

export type { StreetFestival };
