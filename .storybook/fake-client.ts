/**
 * A fake hall API for Storybook: the real SDK client (`createHallClient`) with an
 * injected `fetch` that answers from canned JSON, so no server is needed and the
 * SDK still validates every answer against the shared schemas (canned data that
 * drifts from the contract shows up as the error state and fails the story tests).
 *
 * Routes: `GET /events` (filtered by `from`, `to`, `category` and `streetId`, paged
 * with `nextCursor`), `GET /calendar` (holidays and closures, 2026-11 to 2027-02),
 * `GET /venues` (the hall and its rooms), `GET /shops` (the server's filters and
 * orders, paged with `nextCursor` and `total`), `GET /streets` (three shopping
 * streets), and the consultations: `GET /consultations/services` (four menus),
 * `GET /consultations/slots` (each menu's weekly times from the fake's "now", with
 * full times and days off), `GET /consultations/form-token`, `POST
 * /consultations/bookings` (Idempotency-Key replays) and `GET`/`DELETE
 * /consultations/bookings/{reference}` with the booking's manage token. Anything
 * else is a 404 problem.
 */
import {
  createHallClient,
  type Booking,
  type BookingCreated,
  type BookingInput,
  type CalendarDay,
  type ConsultationService,
  type EventOccurrence,
  type FormToken,
  type HallClient,
  type Locale,
  type Page,
  type Problem,
  type RetryPolicy,
  type Shop,
  type ShoppingStreet,
  type Slot,
  type Venue,
} from '@promotion-hall/sdk';
import { matchesWords, readingSortKey, searchWords, shopSearchText } from '@promotion-hall/sdk/normalize';
import { isOpenAt } from '@promotion-hall/sdk/opening-hours';
import { APPLICANT_TYPES, SHOP_CATEGORIES, type BookingRules, type Channel } from '@promotion-hall/sdk/schemas';

/**
 * What the fake API does (every scenario but the `shops-…` ones, `empty` and
 * `long-titles` answers `GET /shops` with the 31 canned shops):
 * - `data`: three December events (the Foundations stories count them);
 * - `empty`: no events and no shops (holidays and streets still answer);
 * - `loading`: never answers; `error`: every request fails (503);
 * - `error-once`: the first `GET /events` and the first `GET /shops` fail, then it answers as `data`;
 * - `calendar`: a month of events in December 2026 and in January 2027;
 * - `crowded`: `calendar` plus 42 events on 16 December 2026;
 * - `busy`: `calendar` plus ten short sessions on every day of December 2026 (a list of over 300 rows);
 * - `long-titles`: events with very long Japanese titles, places and descriptions, and
 *   shops with very long names and readings;
 * - `naughty`: markup, script and hostile URLs in the data, all of which must show as text;
 * - `naughty-url`: one event whose registration URL is `javascript:…` (the SDK refuses the answer);
 * - `shops-many`: 10,000 generated shops (the same every time);
 * - `shops-naughty`: shops with markup, script and hostile URLs in their names and descriptions;
 * - `shops-empty`: no shops (the streets still answer);
 * - `booking`: the consultations as canned below; a booking is made (201), and a time booked is full afterwards;
 * - `booking-taken-once`: the first booking is refused, its time just taken by someone else (409), then as `booking`;
 * - `booking-lost-once`: the first bookings are made but their answers lost (the fetch throws, as on a dropped
 *   connection) as many times as the client tries on its own, so the element offers "send again", which replays;
 * - `booking-invalid`: every booking is refused with a field error on `body.applicant.email` (422);
 * - `booking-rate-limited`: every booking is refused with 429 and `Retry-After: 30`;
 * - `booking-pending`: a booking is never answered (the element stays "sending");
 * - `shops-arriving`: the shops' first page is answered, the next ones never (the directory shows the first page and its progress);
 * - `booking-origin-not-allowed`: the hall refuses this page's origin (403 on the form token and on bookings);
 * - `manage`: `PH-7K3M9Q2A` with `MANAGE_TOKEN`, a booking that can still be cancelled online (and is, by `DELETE`);
 * - `manage-too-late`: the same reference and token, a booking whose online cancellation has closed.
 * Every scenario but `loading` and `error` answers the consultations' routes.
 */
export const SCENARIOS = [
  'data',
  'empty',
  'loading',
  'error',
  'error-once',
  'calendar',
  'crowded',
  'busy',
  'long-titles',
  'naughty',
  'naughty-url',
  'shops-many',
  'shops-naughty',
  'shops-empty',
  'shops-arriving',
  'booking',
  'booking-taken-once',
  'booking-lost-once',
  'booking-invalid',
  'booking-rate-limited',
  'booking-pending',
  'booking-origin-not-allowed',
  'manage',
  'manage-too-late',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

const updatedAt = '2026-11-01T09:00:00+09:00';

/** `2026-12-03`, `14:00` → `2026-12-03T14:00:00+09:00`. */
const at = (day: string, time: string): string => `${day}T${time}:00+09:00`;

function occurrence(id: string, day: string, fields: Partial<EventOccurrence> & Pick<EventOccurrence, 'title' | 'category' | 'start' | 'end'>): EventOccurrence {
  return {
    id,
    occurrenceId: `${id}@${day}`,
    description: fields.title,
    allDay: false,
    venueId: 'hall',
    roomId: null,
    place: null,
    online: false,
    organizer: { ja: '産業振興会館', en: 'Industry Promotion Hall' },
    audience: null,
    fee: { amountYen: 0, note: null },
    registration: { kind: 'none', capacity: null, remaining: null, opensAt: null, closesAt: null, waitlist: false, url: null },
    whatToBring: null,
    sessions: [],
    allSessionsRequired: false,
    recurrence: null,
    streetId: null,
    url: null,
    updatedAt,
    ...fields,
  };
}

/** A timed event on one day (`start`–`end` as `HH:MM`, Japan time). */
function timed(
  id: string,
  day: string,
  start: string,
  end: string,
  fields: Partial<EventOccurrence> & Pick<EventOccurrence, 'title' | 'category'>,
): EventOccurrence {
  return occurrence(id, day, { start: at(day, start), end: at(day, end), ...fields });
}

export const cannedEvents: EventOccurrence[] = [
  occurrence('startup-seminar', '2026-12-03', {
    title: { ja: '創業セミナー：事業計画書の書き方', en: 'Start-up seminar: writing a business plan' },
    category: 'seminar',
    start: '2026-12-03T14:00:00+09:00',
    end: '2026-12-03T16:00:00+09:00',
    registration: { kind: 'first_come', capacity: 40, remaining: 12, opensAt: null, closesAt: '2026-12-02T17:00:00+09:00', waitlist: true, url: null },
  }),
  occurrence('sakura-market', '2026-12-08', {
    title: {
      // Long Japanese text on purpose: it must wrap inside narrow containers.
      ja: 'さくら通り商店街 歳末大売り出し・八の日市〜地元の老舗とこだわりの新店が勢ぞろいする年に一度の大感謝祭〜',
      en: 'Sakura-dori year-end sale and 8th-day market',
    },
    category: 'street_event',
    start: '2026-12-08T10:00:00+09:00',
    end: '2026-12-08T18:00:00+09:00',
    venueId: null,
    place: { ja: 'さくら通り商店街', en: 'Sakura-dori shopping street' },
    streetId: 'sakura-dori',
  }),
  occurrence('dx-briefing', '2026-12-15', {
    title: { ja: '中小企業DX補助金 説明会', en: 'SME digitalisation grant briefing' },
    category: 'briefing',
    start: '2026-12-15T18:30:00+09:00',
    end: '2026-12-15T20:00:00+09:00',
    online: true,
  }),
];

// ---- the calendar's month: December 2026 (and January 2027) -----------------

const sakuraStreet = { venueId: null, place: { ja: 'さくら通り商店街', en: 'Sakura-dori shopping street' }, streetId: 'sakura-dori' } as const;
const midoriStreet = { venueId: null, place: { ja: 'みどり坂商店会', en: 'Midorizaka shopping street' }, streetId: 'midorizaka' } as const;

/** 八の日市: the 8th, 18th and 28th of every month, on Sakura-dori. */
function eighthDayMarket(day: string): EventOccurrence {
  return timed('hachi-no-hi', day, '10:00', '15:00', {
    title: { ja: 'さくら通り 八の日市', en: 'Sakura-dori 8th-day market' },
    category: 'street_event',
    ...sakuraStreet,
    organizer: { ja: 'さくら通り商店街振興組合', en: 'Sakura-dori Merchants Association' },
    recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=8,18,28', rdates: [], exdates: [] },
  });
}

const excelCourse = {
  title: { ja: 'Excel業務効率化講座（全3回）', en: 'Excel for everyday office work (3 sessions)' },
  category: 'course',
  roomId: 'pc-room',
  fee: { amountYen: 3000, note: { ja: '3回分・教材費込み', en: 'All 3 sessions, materials included' } },
  registration: {
    kind: 'lottery',
    capacity: 20,
    remaining: null,
    opensAt: '2026-11-01T09:00:00+09:00',
    closesAt: '2026-11-20T17:00:00+09:00',
    waitlist: false,
    url: 'https://hall.example.jp/apply/excel-course',
  },
  whatToBring: { ja: '筆記用具（パソコンは会場で用意します）', en: 'Something to write with (computers are provided)' },
  sessions: [
    { index: 1, start: at('2026-12-02', '14:00'), end: at('2026-12-02', '16:00'), title: { ja: '関数の基本', en: 'Basic functions' } },
    { index: 2, start: at('2026-12-09', '14:00'), end: at('2026-12-09', '16:00'), title: { ja: 'ピボットテーブル', en: 'Pivot tables' } },
    { index: 3, start: at('2026-12-16', '14:00'), end: at('2026-12-16', '16:00'), title: { ja: 'マクロ入門', en: 'First macros' } },
  ],
  allSessionsRequired: true,
} satisfies Partial<EventOccurrence>;

/** About thirty occurrences from 30 November 2026 to 6 February 2027 (the grids of December and January). */
export const monthEvents: EventOccurrence[] = [
  timed('monday-consultation', '2026-11-30', '13:00', '16:00', {
    title: { ja: '創業なんでも相談会', en: 'Start-up drop-in consultations' },
    category: 'consultation_fair',
    roomId: 'meeting-room',
  }),
  timed('founders-consultation', '2026-12-01', '10:00', '12:00', {
    title: { ja: '創業相談会（予約制）', en: 'Start-up consultations (by appointment)' },
    category: 'consultation_fair',
    roomId: 'meeting-room',
    audience: { ja: '創業予定の方、創業5年未満の方', en: 'People starting a business or in their first five years' },
    registration: { kind: 'first_come', capacity: 6, remaining: 0, opensAt: null, closesAt: at('2026-11-30', '17:00'), waitlist: true, url: null },
  }),
  timed('excel-course', '2026-12-02', '14:00', '16:00', excelCourse),
  ...cannedEvents.slice(0, 1).map((e) => ({ ...e, roomId: 'seminar-room-1' })),
  timed('cross-industry-networking', '2026-12-04', '18:30', '20:30', {
    title: { ja: '異業種交流会 2026冬', en: 'Cross-industry networking, winter 2026' },
    category: 'networking',
    roomId: 'seminar-room-1',
    fee: { amountYen: 1000, note: { ja: '軽食・飲み物付き', en: 'Light meal and drinks included' } },
    registration: { kind: 'first_come', capacity: 60, remaining: 18, opensAt: null, closesAt: null, waitlist: false, url: null },
  }),
  occurrence('local-products-fair', '2026-12-05', {
    title: { ja: 'ふるさと物産展', en: 'Local products fair' },
    category: 'fair',
    start: at('2026-12-05', '00:00'),
    end: at('2026-12-07', '00:00'),
    allDay: true,
    roomId: 'exhibition-hall',
    summary: { ja: '区内の製造業・農家による直売会。', en: 'Makers and farmers of the ward sell their products.' },
  }),
  ...cannedEvents.slice(1, 2).map((e) => ({ ...e, ...sakuraStreet })),
  timed('excel-course', '2026-12-09', '14:00', '16:00', excelCourse),
  timed('invoice-briefing', '2026-12-09', '10:00', '11:30', {
    title: { ja: 'インボイス制度 説明会', en: 'Invoice system briefing' },
    category: 'briefing',
    roomId: 'seminar-room-2',
    online: true,
  }),
  timed('succession-seminar', '2026-12-10', '13:30', '15:00', {
    title: { ja: '事業承継セミナー：親族内承継と第三者承継', en: 'Business succession: family and third-party options' },
    category: 'seminar',
    roomId: 'seminar-room-1',
    registration: { kind: 'first_come', capacity: 40, remaining: 25, opensAt: null, closesAt: null, waitlist: false, url: null },
  }),
  timed('young-owners-meetup', '2026-12-10', '18:00', '20:00', {
    title: { ja: '若手経営者交流会', en: 'Young business owners meetup' },
    category: 'networking',
    roomId: 'meeting-room',
  }),
  timed('new-staff-training', '2026-12-11', '10:00', '17:00', {
    title: { ja: '新入社員フォローアップ研修', en: 'Follow-up training for new staff' },
    category: 'training',
    roomId: 'seminar-room-2',
    fee: { amountYen: 5000, note: null },
    registration: { kind: 'first_come', capacity: 30, remaining: 4, opensAt: null, closesAt: at('2026-12-04', '17:00'), waitlist: false, url: null },
  }),
  timed('monozukuri-fair', '2026-12-12', '10:00', '16:00', {
    title: { ja: 'ものづくり体験フェア', en: 'Hands-on manufacturing fair' },
    category: 'fair',
    roomId: 'exhibition-hall',
  }),
  timed('grant-consultation', '2026-12-14', '14:00', '16:30', {
    title: { ja: '補助金申請 個別相談会', en: 'Grant application clinic' },
    category: 'consultation_fair',
    roomId: 'meeting-room',
    registration: { kind: 'lottery', capacity: 10, remaining: null, opensAt: at('2026-11-16', '09:00'), closesAt: at('2026-12-07', '17:00'), waitlist: false, url: null },
  }),
  ...cannedEvents.slice(2, 3).map((e) => ({ ...e, roomId: 'seminar-room-2' })),
  timed('excel-course', '2026-12-16', '14:00', '16:00', excelCourse),
  timed('online-shop-seminar', '2026-12-17', '19:00', '20:30', {
    title: { ja: 'ネットショップ開業セミナー', en: 'Opening an online shop' },
    category: 'seminar',
    venueId: null,
    online: true,
  }),
  eighthDayMarket('2026-12-18'),
  timed('christmas-marche', '2026-12-19', '11:00', '15:00', {
    title: { ja: 'みどり坂クリスマスマルシェ', en: 'Midorizaka Christmas market' },
    category: 'street_event',
    ...midoriStreet,
  }),
  timed('innovation-plan-clinic', '2026-12-21', '13:00', '17:00', {
    title: { ja: '経営革新計画 個別相談会', en: 'Business innovation plan clinic' },
    category: 'consultation_fair',
    roomId: 'meeting-room',
  }),
  // No English title: English pages show the Japanese one, marked lang="ja".
  timed('sns-seminar', '2026-12-22', '10:00', '12:00', {
    title: { ja: '小さなお店のためのSNS活用講座' },
    category: 'seminar',
    roomId: 'seminar-room-1',
  }),
  timed('illumination', '2026-12-24', '17:00', '21:00', {
    title: { ja: 'さくら通り イルミネーション点灯式', en: 'Sakura-dori illumination ceremony' },
    category: 'street_event',
    ...sakuraStreet,
  }),
  timed('year-end-seminar', '2026-12-25', '14:00', '16:00', {
    title: { ja: '年末経営セミナー：来年の資金繰り', en: 'Year-end seminar: cash flow for next year' },
    category: 'seminar',
    roomId: 'seminar-room-1',
  }),
  timed('year-end-sale', '2026-12-26', '10:00', '18:00', {
    title: { ja: 'みどり坂 歳末大売り出し', en: 'Midorizaka year-end sale' },
    category: 'street_event',
    ...midoriStreet,
  }),
  eighthDayMarket('2026-12-28'),
  // The hall is closed from 29 December to 3 January; the streets are not.
  timed('countdown', '2026-12-31', '22:00', '23:59', {
    title: { ja: 'さくら通り 年越しカウントダウン', en: 'Sakura-dori New Year countdown' },
    category: 'street_event',
    ...sakuraStreet,
  }),
  timed('new-year-networking', '2027-01-05', '11:00', '13:00', {
    title: { ja: '新春賀詞交歓会', en: 'New Year networking reception' },
    category: 'networking',
    roomId: 'exhibition-hall',
    fee: { amountYen: 3000, note: null },
  }),
  eighthDayMarket('2027-01-08'),
  timed('tax-return-seminar', '2027-01-12', '14:00', '16:00', {
    title: { ja: '確定申告準備セミナー', en: 'Getting ready for the tax return' },
    category: 'seminar',
    roomId: 'seminar-room-1',
  }),
  occurrence('winter-products-fair', '2027-01-14', {
    title: { ja: '冬の物産展', en: 'Winter products fair' },
    category: 'fair',
    start: at('2027-01-14', '00:00'),
    end: at('2027-01-16', '00:00'),
    allDay: true,
    roomId: 'exhibition-hall',
  }),
  eighthDayMarket('2027-01-18'),
  timed('startup-school-briefing', '2027-01-20', '18:30', '20:00', {
    title: { ja: '創業スクール 説明会', en: 'Start-up school briefing' },
    category: 'briefing',
    roomId: 'seminar-room-2',
  }),
  timed('manager-training', '2027-01-26', '10:00', '16:00', {
    title: { ja: '管理職研修：部下の育て方', en: 'Management training: developing your team' },
    category: 'training',
    roomId: 'seminar-room-2',
  }),
  eighthDayMarket('2027-01-28'),
  timed('setsubun', '2027-02-03', '15:00', '17:00', {
    title: { ja: 'みどり坂 節分豆まき', en: 'Midorizaka Setsubun bean throwing' },
    category: 'street_event',
    ...midoriStreet,
  }),
];

const CROWDED_DAY = '2026-12-16';
const CROWDED_CATEGORIES = ['consultation_fair', 'seminar', 'briefing'] as const;

/** 42 short sessions on one day: the grid cell shows a few and "+N more". */
export const crowdedDayEvents: EventOccurrence[] = Array.from({ length: 42 }, (_, i) => {
  const minutes = 9 * 60 + i * 15;
  const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return timed(`year-end-clinic-${i + 1}`, CROWDED_DAY, time(minutes), time(minutes + 15), {
    title: { ja: `年末なんでも相談 第${i + 1}枠`, en: `Year-end drop-in clinic, slot ${i + 1}` },
    category: CROWDED_CATEGORIES[i % CROWDED_CATEGORIES.length]!,
    roomId: 'meeting-room',
  });
});

/** Ten sessions on each day of December 2026: the list of a busy month, over 200 rows (it draws the days near the screen). */
export const busyMonthEvents: EventOccurrence[] = Array.from({ length: 31 * 10 }, (_, i) => {
  const day = `2026-12-${String(Math.floor(i / 10) + 1).padStart(2, '0')}`;
  const hour = String(9 + (i % 10)).padStart(2, '0');
  return timed(`busy-${i + 1}`, day, `${hour}:00`, `${hour}:45`, {
    title: { ja: `個別経営相談 ${(i % 10) + 1}枠`, en: `One-to-one business advice, slot ${(i % 10) + 1}` },
    category: CROWDED_CATEGORIES[i % CROWDED_CATEGORIES.length]!,
    roomId: 'meeting-room',
  });
});

const longText = (text: string, times: number) => Array.from({ length: times }, () => text).join('');

/** Titles far longer than a grid cell, places and descriptions that must wrap. */
export const longTitleEvents: EventOccurrence[] = [
  timed('long-title-1', '2026-12-03', '13:00', '17:00', {
    title: {
      ja: '令和八年度 中小企業・小規模事業者のための事業再構築・生産性向上・販路開拓・デジタル化・人材育成・事業承継に関する総合支援施策説明会および個別相談会（区内商工団体・金融機関・専門家団体との共催による特別拡大版）',
    },
    category: 'briefing',
    roomId: 'seminar-room-1',
    description: {
      ja: longText('本説明会では、国・都・区の最新の支援施策をまとめてご紹介し、申請書類の書き方や審査のポイントを具体的な事例とともに解説します。', 6),
    },
  }),
  timed('long-title-2', '2026-12-03', '18:00', '20:00', {
    title: { ja: longText('ものづくり', 30) },
    category: 'seminar',
    roomId: 'seminar-room-2',
  }),
  timed('long-title-3', '2026-12-10', '10:00', '12:00', {
    title: {
      ja: 'デジタルトランスフォーメーションコンサルティングエグゼクティブプログラムスーパーバイザートレーニングセッションインターナショナルカンファレンス',
      en: 'Digital-transformation-consulting-executive-programme-supervisor-training-session-international-conference',
    },
    category: 'training',
    roomId: 'seminar-room-1',
    place: { ja: `${longText('東京都区部産業振興会館別館', 4)}（https://hall.example.jp/annex/rooms/very/long/path/that/never/breaks/by/itself）` },
  }),
  timed('long-title-4', '2026-12-18', '14:00', '15:30', {
    title: {
      ja: '「地域とともに歩む商店街づくり」〜空き店舗の活用、キャッシュレス決済の導入、多言語対応、バリアフリー化、イベントの企画運営、SNSでの情報発信まで、明日から使える実践ノウハウを先進事例に学ぶ連続講座の第一回〜',
    },
    category: 'course',
    ...sakuraStreet,
  }),
];

/** Markup, script and hostile links in every text field the calendar shows: all of it must appear as text. */
export const naughtyEvents: EventOccurrence[] = [
  timed('naughty-script', '2026-12-07', '10:00', '12:00', {
    title: { ja: '<script>alert(1)</script>', en: '<script>alert(1)</script>' },
    category: 'seminar',
    roomId: 'seminar-room-1',
    summary: { ja: '"><svg onload=alert(1)>', en: '"><svg onload=alert(1)>' },
    description: {
      ja: 'javascript:alert(1)\n<a href="javascript:alert(1)">クリック</a>\n{{constructor.constructor(\'alert(1)\')()}}\n${alert(1)}',
      en: 'javascript:alert(1)\n<a href="javascript:alert(1)">click</a>\n{{constructor.constructor(\'alert(1)\')()}}\n${alert(1)}',
    },
    place: { ja: '<b>太字</b> &amp; &lt;i&gt;', en: '<b>bold</b> &amp; &lt;i&gt;' },
    organizer: { ja: '"><iframe src="javascript:alert(1)"></iframe>', en: '"><iframe src="javascript:alert(1)"></iframe>' },
    audience: { ja: "'; DROP TABLE events; --", en: "'; DROP TABLE events; --" },
    whatToBring: { ja: 'javascript:alert(1)', en: 'javascript:alert(1)' },
    fee: { amountYen: 500, note: { ja: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' } },
    // Valid for the contract (http/https) but refused by the elements' allow-list: user:password@ spoofs the host.
    registration: { kind: 'first_come', capacity: 10, remaining: 3, opensAt: null, closesAt: null, waitlist: false, url: 'https://hall.example.jp@evil.example/' },
    url: 'https://hall.example.jp/events/?q=<script>alert(1)</script>',
  }),
  timed('naughty-img', '2026-12-07', '13:00', '14:00', {
    title: { ja: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' },
    category: 'briefing',
    roomId: 'seminar-room-2',
    sessions: [{ index: 1, start: at('2026-12-07', '13:00'), end: at('2026-12-07', '14:00'), title: { ja: '<style>*{display:none}</style>', en: '<style>*{display:none}</style>' } }],
  }),
  timed('naughty-bidi', '2026-12-09', '10:00', '11:00', {
    // A right-to-left override in the data must not flip the rest of the calendar.
    title: { ja: '\u202Egpj.exe 右から左\u202C（RLO）', en: '\u202Egpj.exe right-to-left\u202C (RLO)' },
    category: 'networking',
    roomId: 'meeting-room',
  }),
];

/**
 * An occurrence whose registration URL is `javascript:`: the contract allows only
 * http(s), so the SDK refuses the whole page (HallResponseShapeError) and the
 * element shows its error state: the link can never reach the page.
 */
const javascriptUrlEvent = {
  ...timed('javascript-url', '2026-12-07', '10:00', '12:00', { title: { ja: '申込リンクが javascript: の催し', en: 'An event with a javascript: link' }, category: 'seminar' }),
  registration: { kind: 'first_come', capacity: 10, remaining: 3, opensAt: null, closesAt: null, waitlist: false, url: 'javascript:alert(1)' },
};

function eventsFor(scenario: Scenario): readonly unknown[] {
  switch (scenario) {
    case 'data':
    case 'error-once':
      return cannedEvents;
    case 'calendar':
      return monthEvents;
    case 'crowded':
      return [...monthEvents, ...crowdedDayEvents];
    case 'busy':
      return [...monthEvents, ...busyMonthEvents];
    case 'long-titles':
      return longTitleEvents;
    case 'naughty':
      return [...naughtyEvents, ...monthEvents.slice(0, 3)];
    case 'naughty-url':
      return [javascriptUrlEvent, ...monthEvents];
    default:
      return [];
  }
}

// ---- holidays and closures ----------------------------------------------------

const yearEnd = (date: string): CalendarDay => ({ date, holiday: null, closed: 'year_end' });

/** Japanese public holidays and the hall's closures, 2026-11 to 2027-02 (as `GET /calendar` lists them). */
export const calendarDays: CalendarDay[] = [
  { date: '2026-11-03', holiday: { ja: '文化の日', en: 'Culture Day' }, closed: 'holiday' },
  { date: '2026-11-23', holiday: { ja: '勤労感謝の日', en: 'Labour Thanksgiving Day' }, closed: 'holiday' },
  yearEnd('2026-12-29'),
  yearEnd('2026-12-30'),
  yearEnd('2026-12-31'),
  { date: '2027-01-01', holiday: { ja: '元日', en: "New Year's Day" }, closed: 'year_end' },
  yearEnd('2027-01-02'),
  yearEnd('2027-01-03'),
  { date: '2027-01-11', holiday: { ja: '成人の日', en: 'Coming of Age Day' }, closed: 'holiday' },
  { date: '2027-02-11', holiday: { ja: '建国記念の日', en: 'National Foundation Day' }, closed: 'holiday' },
  { date: '2027-02-23', holiday: { ja: '天皇誕生日', en: "The Emperor's Birthday" }, closed: 'holiday' },
];

// ---- venues -------------------------------------------------------------------

const weekdays = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, opens: '09:00', closes: '21:00' }));

export const venues: Venue[] = [
  {
    id: 'hall',
    name: { ja: '産業振興会館', kana: 'さんぎょうしんこうかいかん', en: 'Industry Promotion Hall' },
    address: {
      postalCode: '176-0012',
      text: { ja: '東京都練馬区豊玉北6-1-1', en: '6-1-1 Toyotama-kita, Nerima, Tokyo' },
      location: { lat: 35.7356, lng: 139.6517 },
    },
    phone: '03-1234-5678',
    url: 'https://hall.example.jp/',
    hours: [...weekdays, { day: 'sun', opens: '09:00', closes: '17:00' }],
    access: { ja: '西武池袋線 練馬駅から徒歩3分', en: '3 minutes on foot from Nerima Station (Seibu Ikebukuro Line)' },
    accessibility: [{ ja: '全館バリアフリー・多目的トイレ各階', en: 'Step-free throughout; accessible toilets on every floor' }],
    rooms: [
      { id: 'exhibition-hall', name: { ja: '展示ホール', en: 'Exhibition hall' }, floor: 1, capacity: 300, accessibility: [{ ja: '段差なし', en: 'Step-free' }] },
      { id: 'meeting-room', name: { ja: '相談室', en: 'Consultation room' }, floor: 2, capacity: 12, accessibility: [] },
      { id: 'pc-room', name: { ja: 'パソコン研修室', en: 'Computer room' }, floor: 3, capacity: 24, accessibility: [] },
      {
        id: 'seminar-room-1',
        name: { ja: '第1セミナー室', en: 'Seminar room 1' },
        floor: 4,
        capacity: 60,
        accessibility: [{ ja: '磁気ループ（補聴器対応）', en: 'Hearing loop' }],
      },
      { id: 'seminar-room-2', name: { ja: '第2セミナー室', en: 'Seminar room 2' }, floor: 4, capacity: 30, accessibility: [] },
    ],
  },
];

// ---- the shop directory: shopping streets and their shops ---------------------------------

type Weekday = Shop['hours']['weekly'][number]['day'];
type Hours = Shop['hours'];
type BarrierFree = Shop['barrierFree'];

const ALL_WEEK: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The same opening on the given days (`'10:00'`, `'19:00'`; the closing may pass midnight: `'25:30'`). */
function openOn(days: readonly Weekday[], ...periods: ReadonlyArray<readonly [string, string]>): Hours['weekly'] {
  return days.flatMap((day) => periods.map(([opens, closes]) => ({ day, opens, closes })));
}

/** Every day but the ones listed. */
const except = (...closed: Weekday[]): Weekday[] => ALL_WEEK.filter((day) => !closed.includes(day));

function hours(weekly: Hours['weekly'], fields: Partial<Hours> = {}): Hours {
  return { weekly, closedOnPublicHolidays: false, exceptions: [], regularHoliday: null, ...fields };
}

const noBarrierFacts: BarrierFree = {
  stepFreeEntrance: false,
  maxStepCm: null,
  entranceWidthCm: null,
  groundFloorOrLift: false,
  accessibleToilet: false,
  accessibleParking: false,
};
/** A step-free shop on the ground floor with a wide door. */
const stepFree: BarrierFree = { ...noBarrierFacts, stepFreeEntrance: true, maxStepCm: 0, entranceWidthCm: 90, groundFloorOrLift: true };

/** The New Year closure most shops keep (it shows under "special days" in the detail). */
const newYearClosure: Hours['exceptions'] = ['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({
  date,
  closed: true,
  periods: [],
  note: { ja: '年末年始休業', en: 'New Year holidays' },
}));

/** Where a street's shops are: the street, its postal code, its town (the address before the block) and its centre. */
interface StreetPlace {
  id: string;
  postalCode: string;
  town: { ja: string; en: string };
  lat: number;
  lng: number;
}

const place = (id: string, postalCode: string, ja: string, en: string, lat: number, lng: number): StreetPlace => ({ id, postalCode, town: { ja, en }, lat, lng });
const SAKURA = place('sakura-dori', '176-0012', '東京都練馬区豊玉北5丁目', '5-chome Toyotama-kita, Nerima, Tokyo', 35.7371, 139.6532);
const MIDORI = place('midorizaka', '176-0013', '東京都練馬区豊玉中2丁目', '2-chome Toyotama-naka, Nerima, Tokyo', 35.7334, 139.6481);
const EKIMAE = place('ekimae', '176-0001', '東京都練馬区練馬1丁目', '1-chome Nerima, Nerima, Tokyo', 35.7379, 139.6545);

type ShopFields = Partial<Shop> & Pick<Shop, 'name' | 'category' | 'subcategory' | 'hours'>;

/** A shop on `street` (the first one of `streetIds`), at block `block` of its town. */
function shop(id: string, street: StreetPlace, block: string, fields: ShopFields): Shop {
  const n = [...id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return {
    id,
    streetIds: [street.id],
    description: null,
    address: {
      postalCode: street.postalCode,
      text: { ja: `${street.town.ja}${block}`, en: `${block} ${street.town.en}` },
      location: { lat: Number((street.lat + ((n % 17) - 8) * 0.0001).toFixed(6)), lng: Number((street.lng + ((n % 13) - 6) * 0.0001).toFixed(6)) },
    },
    phone: `03-39${String(10 + (n % 90))}-${String(1000 + ((n * 37) % 9000))}`,
    url: null,
    payments: ['cash'],
    services: [],
    barrierFree: noBarrierFacts,
    updatedAt,
    ...fields,
  };
}

/**
 * Thirty-one shops on three streets, for the directory stories. "Now" in those
 * stories is Tuesday 3 November 2026 at noon, 文化の日 (a public holiday in
 * `calendarDays`): some shops are open, some keep their weekly rest on Tuesdays,
 * some close on public holidays, the bar opens for a holiday lunch.
 */
export const cannedShops: Shop[] = [
  // ---- さくら通り商店街 ----
  shop('cafe-komorebi', SAKURA, '12-3', {
    name: { ja: 'カフェ こもれび', kana: 'かふぇこもれび', en: 'Café Komorebi' },
    category: 'restaurant',
    subcategory: { ja: '喫茶・軽食', kana: 'きっさけいしょく', en: 'Coffee and light meals' },
    description: { ja: '自家焙煎のコーヒーと季節のケーキ。窓際の席から桜並木が見えます。', en: 'House-roasted coffee and seasonal cakes, with a view of the cherry trees.' },
    url: 'https://komorebi.example.jp/',
    hours: hours(openOn(except('wed'), ['08:00', '18:00']), { regularHoliday: { ja: '毎週水曜日', en: 'Wednesdays' }, exceptions: newYearClosure }),
    payments: ['cash', 'credit_card', 'qr_code'],
    services: ['takeout', 'english_ok'],
    barrierFree: { ...stepFree, accessibleToilet: true },
  }),
  shop('soba-shogetsuan', SAKURA, '14-1', {
    name: { ja: '手打ちそば 松月庵', kana: 'てうちそばしょうげつあん', en: 'Shogetsuan Soba' },
    category: 'restaurant',
    subcategory: { ja: 'そば', kana: 'そば', en: 'Soba noodles' },
    description: { ja: '石臼挽きの十割そば。昼のみの営業です。', en: 'Stone-milled buckwheat noodles, lunch only.' },
    hours: hours(openOn(except('tue'), ['11:00', '15:00']), { regularHoliday: { ja: '毎週火曜日', en: 'Tuesdays' } }),
    payments: ['cash'],
    barrierFree: { ...noBarrierFacts, maxStepCm: 15, entranceWidthCm: 75 },
  }),
  shop('sushi-hamada', SAKURA, '9-8', {
    name: { ja: '寿司処 はま田', kana: 'すしどころはまだ', en: 'Sushi Hamada' },
    category: 'restaurant',
    subcategory: { ja: '寿司', kana: 'すし', en: 'Sushi' },
    hours: hours(openOn(except('tue'), ['11:30', '14:00'], ['17:00', '22:00']), { regularHoliday: { ja: '火曜日', en: 'Tuesdays' } }),
    payments: ['cash', 'credit_card'],
    services: ['reservation', 'english_ok', 'takeout'],
    barrierFree: { ...noBarrierFacts, maxStepCm: 5, entranceWidthCm: 80, groundFloorOrLift: true },
  }),
  shop('niku-no-maruju', SAKURA, '11-2', {
    name: { ja: '肉の丸十', kana: 'にくのまるじゅう' },
    category: 'food',
    subcategory: { ja: '精肉店', kana: 'せいにくてん', en: 'Butcher' },
    description: { ja: '揚げたてコロッケは一個80円。', en: 'Freshly fried croquettes, 80 yen each.' },
    hours: hours(openOn(except('sun'), ['10:00', '19:00']), { regularHoliday: { ja: '日曜日', en: 'Sundays' } }),
    payments: ['cash', 'e_money'],
    services: ['takeout'],
    barrierFree: stepFree,
  }),
  shop('fukujudo', SAKURA, '10-5', {
    name: { ja: '和菓子 福寿堂', kana: 'わがしふくじゅどう', en: 'Fukujudo Japanese Sweets' },
    category: 'food',
    subcategory: { ja: '和菓子', kana: 'わがし', en: 'Japanese confectionery' },
    description: { ja: '季節の上生菓子と豆大福。', en: 'Seasonal sweets and bean daifuku.' },
    hours: hours(openOn(except('wed'), ['09:30', '18:30']), { regularHoliday: { ja: '水曜日', en: 'Wednesdays' }, exceptions: newYearClosure.slice(1) }),
    payments: ['cash', 'credit_card', 'e_money', 'qr_code'],
    services: ['takeout', 'tax_free'],
    barrierFree: stepFree,
  }),
  shop('sakura-shobo', SAKURA, '13-7', {
    name: { ja: 'さくら書房', kana: 'さくらしょぼう', en: 'Sakura Shobo Books' },
    category: 'retail',
    subcategory: { ja: '書店', kana: 'しょてん', en: 'Bookshop' },
    hours: hours(openOn(ALL_WEEK, ['10:00', '20:00'])),
    payments: ['cash', 'credit_card', 'e_money', 'qr_code'],
    barrierFree: { ...stepFree, accessibleToilet: true },
  }),
  // A dated exception: closed for stocktaking on Wednesday 4 November.
  shop('flower-kanon', SAKURA, '8-1', {
    name: { ja: 'フラワーショップ 花音', kana: 'ふらわーしょっぷかのん', en: 'Flower Shop Kanon' },
    category: 'retail',
    subcategory: { ja: '生花店', kana: 'せいかてん', en: 'Florist' },
    hours: hours(openOn(except('thu'), ['09:00', '19:00']), {
      regularHoliday: { ja: '木曜日', en: 'Thursdays' },
      exceptions: [{ date: '2026-11-04', closed: true, periods: [], note: { ja: '棚卸しのため臨時休業', en: 'Closed for stocktaking' } }],
    }),
    payments: ['cash', 'credit_card'],
    services: ['delivery', 'reservation'],
    barrierFree: stepFree,
  }),
  shop('shashinkan-koeido', SAKURA, '7-4', {
    name: { ja: '写真館 光映堂', kana: 'しゃしんかんこうえいどう' },
    category: 'service',
    subcategory: { ja: '写真館', kana: 'しゃしんかん', en: 'Photo studio' },
    hours: hours(openOn(except('wed'), ['10:00', '18:00']), { regularHoliday: { ja: '水曜日', en: 'Wednesdays' } }),
    payments: ['cash', 'credit_card'],
    services: ['reservation'],
    barrierFree: { ...noBarrierFacts, groundFloorOrLift: true, maxStepCm: 10 },
  }),
  shop('riyo-tanaka', SAKURA, '6-6', {
    name: { ja: '理容タナカ', kana: 'りようたなか' },
    category: 'beauty',
    subcategory: { ja: '理容室', kana: 'りようしつ', en: 'Barber' },
    hours: hours(openOn(except('mon'), ['09:00', '19:00']), { regularHoliday: { ja: '月曜日・第3火曜日', en: 'Mondays and the third Tuesday' } }),
    payments: ['cash'],
    barrierFree: { ...noBarrierFacts, maxStepCm: 20 },
  }),
  // On two streets (a corner shop in both associations), closed on public holidays.
  shop('sakura-pharmacy', SAKURA, '15-1', {
    name: { ja: 'さくら薬局', kana: 'さくらやっきょく', en: 'Sakura Pharmacy' },
    streetIds: ['sakura-dori', 'ekimae'],
    category: 'health',
    subcategory: { ja: '調剤薬局', kana: 'ちょうざいやっきょく', en: 'Pharmacy' },
    description: { ja: '処方せん受付・健康相談。', en: 'Prescriptions and health advice.' },
    hours: hours([...openOn(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00', '19:00']), ...openOn(['sat'], ['09:00', '13:00'])], {
      closedOnPublicHolidays: true,
      regularHoliday: { ja: '日曜日・祝日', en: 'Sundays and public holidays' },
    }),
    payments: ['cash', 'credit_card', 'e_money'],
    services: ['english_ok'],
    barrierFree: { ...stepFree, accessibleToilet: true, accessibleParking: true },
  }),
  shop('soroban-kyoshitsu', SAKURA, '5-2', {
    name: { ja: 'そろばん教室 たまだま', kana: 'そろばんきょうしつたまだま' },
    category: 'culture',
    subcategory: { ja: '習い事', kana: 'ならいごと', en: 'Classes' },
    hours: hours(openOn(['mon', 'tue', 'wed', 'thu', 'fri'], ['15:00', '20:00']), { closedOnPublicHolidays: true }),
    payments: ['cash'],
    services: ['reservation'],
  }),
  // ---- みどり坂商店会 ----
  shop('bookcafe-shiori', MIDORI, '3-3', {
    name: { ja: 'ブックカフェ 栞', kana: 'ぶっくかふぇしおり' },
    category: 'restaurant',
    subcategory: { ja: '喫茶', kana: 'きっさ', en: 'Café' },
    description: { ja: '古本を読みながらお茶が飲めます。本の購入もできます。', en: 'Second-hand books to read over tea; they are for sale too.' },
    hours: hours(openOn(except('mon'), ['11:00', '20:00']), { regularHoliday: { ja: '月曜日', en: 'Mondays' } }),
    payments: ['cash', 'e_money'],
    services: ['takeout'],
    barrierFree: { ...noBarrierFacts, groundFloorOrLift: true, maxStepCm: 3, entranceWidthCm: 85 },
  }),
  shop('kissa-midori', MIDORI, '2-8', {
    name: { ja: '純喫茶 みどり', kana: 'じゅんきっさみどり' },
    category: 'restaurant',
    subcategory: { ja: '喫茶店', kana: 'きっさてん', en: 'Coffee house' },
    hours: hours(openOn(except('sun'), ['07:00', '17:00']), { closedOnPublicHolidays: true, regularHoliday: { ja: '日曜・祝日', en: 'Sundays and public holidays' } }),
    payments: ['cash'],
  }),
  shop('yaokichi', MIDORI, '1-1', {
    name: { ja: '青果 八百吉', kana: 'せいかやおきち' },
    category: 'food',
    subcategory: { ja: '青果店', kana: 'せいかてん', en: 'Greengrocer' },
    description: { ja: '練馬大根など地元の野菜を毎朝仕入れています。', en: 'Local vegetables, Nerima daikon included, bought every morning.' },
    hours: hours(openOn(except('sun'), ['09:00', '19:00']), { regularHoliday: { ja: '日曜日', en: 'Sundays' } }),
    payments: ['cash', 'qr_code'],
    services: ['delivery'],
    barrierFree: stepFree,
  }),
  // Closed on public holidays: closed at noon on 文化の日.
  shop('pan-komugi', MIDORI, '4-2', {
    name: { ja: 'パン工房 こむぎ', kana: 'ぱんこうぼうこむぎ', en: 'Komugi Bakery' },
    category: 'food',
    subcategory: { ja: 'パン屋', kana: 'ぱんや', en: 'Bakery' },
    hours: hours(openOn(ALL_WEEK, ['07:00', '18:00']), { closedOnPublicHolidays: true, regularHoliday: { ja: '祝日', en: 'Public holidays' } }),
    payments: ['cash', 'e_money', 'qr_code'],
    services: ['takeout'],
    barrierFree: stepFree,
  }),
  shop('midorien', MIDORI, '2-4', {
    name: { ja: '日本茶 みどり園', kana: 'にほんちゃみどりえん', en: 'Midorien Tea' },
    category: 'food',
    subcategory: { ja: '茶舗', kana: 'ちゃほ', en: 'Tea shop' },
    hours: hours(openOn(except('thu'), ['10:00', '18:00']), { regularHoliday: { ja: '木曜日', en: 'Thursdays' } }),
    payments: ['cash', 'credit_card'],
    services: ['tax_free'],
  }),
  shop('kometen-kaneko', MIDORI, '5-9', {
    name: { ja: 'こめのかねこ', kana: 'こめのかねこ' },
    category: 'food',
    subcategory: { ja: '米穀店', kana: 'べいこくてん', en: 'Rice shop' },
    hours: hours(openOn(except('sun'), ['09:00', '18:30'])),
    payments: ['cash'],
    services: ['delivery'],
  }),
  shop('bungu-maruya', MIDORI, '3-6', {
    name: { ja: '文具のまるや', kana: 'ぶんぐのまるや' },
    category: 'retail',
    subcategory: { ja: '文具店', kana: 'ぶんぐてん', en: 'Stationery' },
    description: { ja: '印鑑・ゴム印も承ります。', en: 'Seals and rubber stamps made to order.' },
    hours: hours(openOn(except('sun'), ['09:00', '18:00'])),
    payments: ['cash', 'e_money'],
  }),
  shop('zakka-hidamari', MIDORI, '4-7', {
    name: { ja: '雑貨と器 ひだまり', kana: 'ざっかとうつわひだまり', en: 'Hidamari Homeware' },
    category: 'retail',
    subcategory: { ja: '雑貨', kana: 'ざっか', en: 'Homeware' },
    hours: hours(openOn(except('mon', 'tue'), ['11:00', '19:00']), { regularHoliday: { ja: '月曜日・火曜日', en: 'Mondays and Tuesdays' } }),
    payments: ['cash', 'credit_card', 'qr_code'],
    services: ['tax_free', 'english_ok'],
    barrierFree: stepFree,
  }),
  shop('cycle-yamada', MIDORI, '6-1', {
    name: { ja: 'サイクルショップ ヤマダ', kana: 'さいくるしょっぷやまだ', en: 'Yamada Cycles' },
    category: 'retail',
    subcategory: { ja: '自転車店', kana: 'じてんしゃてん', en: 'Bicycle shop' },
    hours: hours(openOn(except('wed'), ['10:00', '19:00'])),
    payments: ['cash', 'credit_card'],
    barrierFree: { ...stepFree, entranceWidthCm: 180 },
  }),
  shop('hair-soleil', MIDORI, '1-5', {
    name: { ja: 'ヘアサロン ソレイユ', kana: 'へあさろんそれいゆ', en: 'Hair Salon Soleil' },
    category: 'beauty',
    subcategory: { ja: '美容室', kana: 'びようしつ', en: 'Hair salon' },
    hours: hours(openOn(except('tue'), ['10:00', '20:00']), { regularHoliday: { ja: '毎週火曜日', en: 'Tuesdays' } }),
    payments: ['cash', 'credit_card', 'qr_code'],
    services: ['reservation', 'english_ok'],
    barrierFree: { ...noBarrierFacts, groundFloorOrLift: false, maxStepCm: 0, stepFreeEntrance: true },
  }),
  shop('seikotsuin-midorizaka', MIDORI, '6-4', {
    name: { ja: 'みどり坂整骨院', kana: 'みどりざかせいこついん' },
    category: 'health',
    subcategory: { ja: '整骨院', kana: 'せいこついん', en: 'Osteopath' },
    hours: hours([...openOn(['mon', 'tue', 'wed', 'fri'], ['09:00', '12:30'], ['15:00', '20:00']), ...openOn(['sat'], ['09:00', '14:00'])], {
      closedOnPublicHolidays: true,
      regularHoliday: { ja: '木曜・日曜・祝日', en: 'Thursdays, Sundays and public holidays' },
    }),
    payments: ['cash'],
    services: ['reservation'],
    barrierFree: { ...stepFree, accessibleToilet: true },
  }),
  // ---- 駅前一番街 ----
  // The bar: 18:00–25:30 (half past one the next morning), and a holiday lunch on 文化の日.
  shop('sakaba-yoake', EKIMAE, '2-10', {
    name: { ja: '酒場 よあけ', kana: 'さかばよあけ', en: 'Sakaba Yoake' },
    category: 'restaurant',
    subcategory: { ja: '居酒屋', kana: 'いざかや', en: 'Izakaya' },
    description: { ja: '終電後もどうぞ。祝日はランチ営業もあります。', en: 'Open after the last train; lunch on public holidays.' },
    hours: hours(openOn(except('sun'), ['18:00', '25:30']), {
      regularHoliday: { ja: '日曜日', en: 'Sundays' },
      exceptions: [
        { date: '2026-11-03', closed: false, periods: [{ opens: '11:30', closes: '14:00' }], note: { ja: '文化の日ランチ営業', en: 'Culture Day lunch' } },
      ],
    }),
    payments: ['cash', 'credit_card', 'qr_code'],
    services: ['reservation'],
  }),
  shop('chuka-ichiban', EKIMAE, '1-4', {
    name: { ja: '中華そば 一番', kana: 'ちゅうかそばいちばん' },
    category: 'restaurant',
    subcategory: { ja: 'ラーメン', kana: 'らーめん', en: 'Ramen' },
    hours: hours(openOn(except('mon'), ['11:00', '15:00'], ['17:00', '21:00']), { regularHoliday: { ja: '月曜日', en: 'Mondays' } }),
    payments: ['cash'],
    services: ['takeout'],
  }),
  shop('takahashi-saketen', EKIMAE, '3-1', {
    name: { ja: 'たかはし酒店', kana: 'たかはしさけてん', en: 'Takahashi Liquor' },
    category: 'food',
    subcategory: { ja: '酒店', kana: 'さけてん', en: 'Liquor store' },
    description: { ja: '東京の地酒とワインを揃えています。', en: 'Tokyo sake and wine.' },
    hours: hours(openOn(ALL_WEEK, ['10:00', '21:00'])),
    payments: ['cash', 'credit_card', 'e_money', 'qr_code'],
    services: ['delivery', 'tax_free'],
    barrierFree: stepFree,
  }),
  shop('yohinten-marumi', EKIMAE, '2-3', {
    name: { ja: '洋品店 マルミ', kana: 'ようひんてんまるみ' },
    category: 'retail',
    subcategory: { ja: '衣料品', kana: 'いりょうひん', en: 'Clothing' },
    hours: hours(openOn(except('thu'), ['10:30', '19:00'])),
    payments: ['cash', 'credit_card'],
  }),
  shop('tokei-ota', EKIMAE, '1-8', {
    name: { ja: '時計・メガネのオオタ', kana: 'とけいめがねのおおた', en: 'Ota Watches & Glasses' },
    category: 'retail',
    subcategory: { ja: '時計・メガネ', kana: 'とけいめがね', en: 'Watches and glasses' },
    hours: hours(openOn(except('wed'), ['10:00', '19:00'])),
    payments: ['cash', 'credit_card', 'e_money'],
    services: ['tax_free'],
    barrierFree: { ...noBarrierFacts, groundFloorOrLift: true },
  }),
  shop('cleaning-shirayuki', EKIMAE, '2-1', {
    name: { ja: 'クリーニング しらゆき', kana: 'くりーにんぐしらゆき' },
    category: 'service',
    subcategory: { ja: 'クリーニング', kana: 'くりーにんぐ', en: 'Dry cleaning' },
    description: { ja: 'ワイシャツ翌日仕上げ。', en: 'Shirts ready the next day.' },
    hours: hours(openOn(ALL_WEEK, ['08:00', '20:00'])),
    payments: ['cash', 'e_money', 'qr_code'],
    services: ['delivery'],
    barrierFree: stepFree,
  }),
  shop('repair-kutsukagi', EKIMAE, '1-2', {
    name: { ja: '靴と鍵のリペア', kana: 'くつとかぎのりぺあ', en: 'Shoe & Key Repair' },
    category: 'service',
    subcategory: { ja: '靴・鍵修理', kana: 'くつかぎしゅうり', en: 'Shoe and key repair' },
    hours: hours(openOn(ALL_WEEK, ['10:00', '20:00'])),
    payments: ['cash', 'e_money'],
    barrierFree: { ...stepFree, groundFloorOrLift: true, accessibleToilet: true, accessibleParking: true },
  }),
  shop('guesthouse-kotori', EKIMAE, '4-5', {
    name: { ja: 'ゲストハウス ことり', kana: 'げすとはうすことり', en: 'Guesthouse Kotori' },
    category: 'lodging',
    subcategory: { ja: 'ゲストハウス', kana: 'げすとはうす', en: 'Guesthouse' },
    description: { ja: 'フロントは15時から22時まで。', en: 'Reception from 3 pm to 10 pm.' },
    url: 'https://kotori.example.jp/en/',
    hours: hours(openOn(ALL_WEEK, ['15:00', '22:00'])),
    payments: ['cash', 'credit_card', 'qr_code'],
    services: ['reservation', 'english_ok', 'tax_free'],
    barrierFree: { ...noBarrierFacts, maxStepCm: 10, entranceWidthCm: 80 },
  }),
  shop('annaisho', EKIMAE, '1-1', {
    name: { ja: '商店街案内所', kana: 'しょうてんがいあんないじょ', en: 'Shopping Street Information Centre' },
    category: 'other',
    subcategory: { ja: '案内所', kana: 'あんないじょ', en: 'Information' },
    description: { ja: 'お買い物マップの配布、荷物の一時預かり。', en: 'Shopping maps and a left-luggage counter.' },
    hours: hours(openOn(ALL_WEEK, ['10:00', '18:00']), { exceptions: newYearClosure }),
    payments: ['cash'],
    services: ['english_ok'],
    barrierFree: { ...stepFree, accessibleToilet: true, accessibleParking: true },
  }),
];

const street = (
  id: string,
  name: ShoppingStreet['name'],
  organizationType: ShoppingStreet['organizationType'],
  fields: Omit<ShoppingStreet, 'id' | 'name' | 'organizationType' | 'shopCount'>,
): ShoppingStreet => ({ id, name, organizationType, ...fields, shopCount: cannedShops.filter((s) => s.streetIds.includes(id)).length });

const nerima = { name: { ja: '練馬', en: 'Nerima' }, line: { ja: '西武池袋線', en: 'Seibu Ikebukuro Line' } };

/** The three shopping streets of the canned shops (`GET /streets`). */
export const cannedStreets: ShoppingStreet[] = [
  street('sakura-dori', { ja: 'さくら通り商店街', kana: 'さくらどおりしょうてんがい', en: 'Sakura-dori' }, 'shinko_kumiai', {
    area: { ja: '豊玉北', en: 'Toyotama-kita' },
    center: { lat: SAKURA.lat, lng: SAKURA.lng },
    stations: [{ ...nerima, walkMinutes: 5 }],
    office: { phone: '03-3991-0001', email: 'office@sakura-dori.example.jp', address: { ja: '豊玉北5-15-1', en: '5-15-1 Toyotama-kita' } },
    url: 'https://sakura-dori.example.jp/',
    description: { ja: '桜並木の続く商店街。八の日市が名物です。', en: 'A street lined with cherry trees, known for its 8th-day market.' },
  }),
  street('midorizaka', { ja: 'みどり坂商店会', kana: 'みどりざかしょうてんかい', en: 'Midorizaka' }, 'shotenkai', {
    area: { ja: '豊玉中', en: 'Toyotama-naka' },
    center: { lat: MIDORI.lat, lng: MIDORI.lng },
    stations: [{ ...nerima, walkMinutes: 9 }],
    office: { phone: null, email: null, address: null },
    url: null,
    description: null,
  }),
  street('ekimae', { ja: '駅前一番街', kana: 'えきまえいちばんがい', en: 'Ekimae Ichibangai' }, 'jigyo_kyodo_kumiai', {
    area: { ja: '練馬', en: 'Nerima' },
    center: { lat: EKIMAE.lat, lng: EKIMAE.lng },
    stations: [{ ...nerima, walkMinutes: 1 }],
    office: { phone: '03-3991-0003', email: null, address: null },
    url: 'https://ekimae-ichibangai.example.jp/',
    description: null,
  }),
];

/** Shops with names and readings far longer than a row (the `long-titles` scenario). */
export const longNameShops: Shop[] = [
  shop('long-name-1', SAKURA, '16-2', {
    name: {
      ja: '有限会社さくら通り老舗手焼きせんべい本舗〜創業明治三十八年・三代目店主が備長炭で一枚一枚ていねいに焼き上げる昔ながらの醤油せんべいと季節限定の手づくり和菓子の店〜本店',
      kana: 'ゆうげんがいしゃさくらどおりしにせてやきせんべいほんぽそうぎょうめいじさんじゅうはちねんさんだいめてんしゅがびんちょうたんでいちまいいちまいていねいにやきあげるむかしながらのしょうゆせんべいときせつげんていのてづくりわがしのみせほんてん',
    },
    category: 'food',
    subcategory: { ja: '米菓・和菓子', kana: 'べいかわがし', en: 'Rice crackers and sweets' },
    description: { ja: longText('醤油の香ばしさと、ぱりっとした歯ざわりが自慢です。', 12) },
    hours: hours(openOn(except('wed'), ['09:00', '19:00']), { regularHoliday: { ja: longText('毎週水曜日・第二第四木曜日（祝日の場合は営業し、翌日休業）', 2) } }),
    barrierFree: stepFree,
  }),
  shop('long-name-2', EKIMAE, '5-5', {
    name: {
      ja: 'インターナショナルオーガニックナチュラルフードマーケットアンドデリカテッセンカフェレストランダイニングバー',
      kana: 'いんたーなしょなるおーがにっくなちゅらるふーどまーけっとあんどでりかてっせんかふぇれすとらんだいにんぐばー',
      en: 'International-Organic-Natural-Food-Market-and-Delicatessen-Café-Restaurant-Dining-Bar',
    },
    category: 'restaurant',
    subcategory: { ja: 'デリカテッセン', kana: 'でりかてっせん', en: 'Delicatessen' },
    description: { ja: `所在地の詳細: ${longText('練馬区豊玉北', 5)}（https://deli.example.jp/access/very/long/path/that/never/breaks/by/itself/at/all）` },
    url: 'https://deli.example.jp/access/very/long/path/that/never/breaks/by/itself/at/all',
    hours: hours(openOn(ALL_WEEK, ['11:00', '23:00'])),
    payments: ['cash', 'credit_card', 'e_money', 'qr_code'],
    services: ['takeout', 'delivery', 'reservation', 'tax_free', 'english_ok'],
  }),
  shop('long-name-3', MIDORI, '7-7', {
    name: { ja: longText('ものづくり', 20), kana: longText('ものづくり', 20) },
    category: 'culture',
    subcategory: { ja: longText('体験工房', 10), kana: longText('たいけんこうぼう', 10) },
    hours: hours(openOn(['sat', 'sun'], ['10:00', '16:00'])),
  }),
  ...cannedShops.slice(0, 2),
];

/** Markup, script and hostile links in the shops' text: all of it must appear as text (the `shops-naughty` scenario). */
export const NAUGHTY_SHOP_NAMES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '\u202Egpj.exe 右から左\u202C（RLO）',
  "'; DROP TABLE shops; --",
  '{{constructor.constructor(\'alert(1)\')()}} ${alert(1)}',
  '<b>太字</b> &amp; &lt;i&gt;',
  'Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳',
  '🍣🍺 寿司\u200Bバー\uFEFF 👨‍👩‍👧‍👦',
  '__proto__',
  // A right-to-left override never closed: it must not flip the text after it.
  '\u202E終端のない右から左 RTL',
] as const;

export const naughtyShops: Shop[] = NAUGHTY_SHOP_NAMES.map((name, i) =>
  shop(`naughty-${i + 1}`, [SAKURA, MIDORI, EKIMAE][i % 3]!, `${i + 1}-1`, {
    // Readings in 五十音 order, so the list shows the names in the order above.
    name: { ja: name, kana: `あ${'かさたなはまやらわんゔ'[i]}${name}`, en: name },
    category: 'other',
    subcategory: { ja: name, en: name },
    description: {
      ja: `${name}\njavascript:alert(1)\n<a href="javascript:alert(1)">クリック</a>\n<iframe src="javascript:alert(1)"></iframe>`,
      en: `${name}\njavascript:alert(1)\n<a href="javascript:alert(1)">click</a>\n<iframe src="javascript:alert(1)"></iframe>`,
    },
    // Valid for the contract (http/https) but refused by the elements' allow-list: user@ spoofs the host.
    url: i === 0 ? 'https://hall.example.jp@evil.example/' : `https://shop.example.jp/?q=${encodeURIComponent(name)}`,
    hours: hours(openOn(ALL_WEEK, ['10:00', '19:00']), { regularHoliday: { ja: name, en: name } }),
  }),
);

/** Building blocks of the 10,000 generated shops: [written, reading, English]. */
const MANY_KINDS: ReadonlyArray<readonly [string, string, string, Shop['category']]> = [
  ['喫茶', 'きっさ', 'Café', 'restaurant'],
  ['そば処', 'そばどころ', 'Soba', 'restaurant'],
  ['ラーメン', 'らーめん', 'Ramen', 'restaurant'],
  ['青果', 'せいか', 'Greengrocer', 'food'],
  ['精肉', 'せいにく', 'Butcher', 'food'],
  ['ベーカリー', 'べーかりー', 'Bakery', 'food'],
  ['書店', 'しょてん', 'Books', 'retail'],
  ['金物店', 'かなものてん', 'Hardware', 'retail'],
  ['クリーニング', 'くりーにんぐ', 'Cleaning', 'service'],
  ['美容室', 'びようしつ', 'Hair salon', 'beauty'],
  ['薬局', 'やっきょく', 'Pharmacy', 'health'],
  ['学習塾', 'がくしゅうじゅく', 'Cram school', 'culture'],
];
const MANY_NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['あさひ', 'あさひ', 'Asahi'],
  ['いろは', 'いろは', 'Iroha'],
  ['梅屋', 'うめや', 'Umeya'],
  ['エンドウ', 'えんどう', 'Endo'],
  ['大野', 'おおの', 'Ono'],
  ['かもめ', 'かもめ', 'Kamome'],
  ['菊水', 'きくすい', 'Kikusui'],
  ['栗田', 'くりた', 'Kurita'],
  ['ことぶき', 'ことぶき', 'Kotobuki'],
  ['佐藤', 'さとう', 'Sato'],
  ['しらかば', 'しらかば', 'Shirakaba'],
  ['鈴木', 'すずき', 'Suzuki'],
  ['そよかぜ', 'そよかぜ', 'Soyokaze'],
  ['タカギ', 'たかぎ', 'Takagi'],
  ['ちどり', 'ちどり', 'Chidori'],
  ['つばめ', 'つばめ', 'Tsubame'],
  ['中村', 'なかむら', 'Nakamura'],
  ['はなみずき', 'はなみずき', 'Hanamizuki'],
  ['ひまわり', 'ひまわり', 'Himawari'],
  ['ふじ', 'ふじ', 'Fuji'],
];
const MANY_PLACES = [SAKURA, MIDORI, EKIMAE] as const;
const MANY_PAYMENTS: ReadonlyArray<Shop['payments']> = [['cash'], ['cash', 'credit_card'], ['cash', 'e_money', 'qr_code'], ['credit_card', 'qr_code']];

let manyShops: Shop[] | undefined;

/** 10,000 shops, the same every time (the `shops-many` scenario): kinds × names × branch numbers. */
export function generatedShops(count = 10_000): Shop[] {
  if (count === 10_000 && manyShops) return manyShops;
  const shops = Array.from({ length: count }, (_, i): Shop => {
    const [kindJa, kindKana, kindEn, category] = MANY_KINDS[i % MANY_KINDS.length]!;
    const [nameJa, nameKana, nameEn] = MANY_NAMES[Math.floor(i / MANY_KINDS.length) % MANY_NAMES.length]!;
    const branch = Math.floor(i / (MANY_KINDS.length * MANY_NAMES.length)) + 1;
    const place = MANY_PLACES[i % MANY_PLACES.length]!;
    return shop(`gen-${String(i + 1).padStart(5, '0')}`, place, `${1 + (i % 20)}-${1 + (branch % 30)}`, {
      name: {
        ja: `${kindJa} ${nameJa} ${branch}号店`,
        kana: `${kindKana}${nameKana}${branch}ごうてん`,
        // English names on a quarter of them.
        ...(i % 4 === 0 ? { en: `${nameEn} ${kindEn} No. ${branch}` } : {}),
      },
      category,
      subcategory: { ja: kindJa, kana: kindKana, en: kindEn },
      // One in seven a bar (18:00–25:30); the others rest one day a week, one in five on public holidays too.
      hours:
        i % 7 === 0
          ? hours(openOn(except('sun'), ['18:00', '25:30']))
          : hours(openOn(except(ALL_WEEK[i % 7]!), ['10:00', '19:00']), { closedOnPublicHolidays: i % 5 === 0 }),
      payments: MANY_PAYMENTS[i % MANY_PAYMENTS.length]!,
      services: i % 3 === 0 ? ['takeout'] : [],
      barrierFree: i % 2 === 0 ? stepFree : noBarrierFacts,
    });
  });
  if (count === 10_000) manyShops = shops;
  return shops;
}

function shopsFor(scenario: Scenario): readonly Shop[] {
  switch (scenario) {
    case 'shops-many':
      return generatedShops();
    case 'shops-naughty':
      return naughtyShops;
    case 'long-titles':
      return longNameShops;
    case 'empty':
    case 'shops-empty':
      return [];
    default:
      return cannedShops;
  }
}

// ---- consultations: menus, times and bookings -----------------------------------------

/** The fake's clock for consultations, as the booking stories' `now`: Wednesday 9 December 2026, 10:00 in Japan. */
const CONSULTATION_NOW = Date.parse('2026-12-09T10:00:00+09:00');
const CONSULTATION_TODAY = '2026-12-09';
const HOUR_MS = 3_600_000;

/** An instant as the wire writes Japan time: `2026-12-09T10:00:00+09:00`. */
const tokyo = (ms: number): string => `${new Date(ms + 9 * HOUR_MS).toISOString().slice(0, 19)}+09:00`;
const dayAfter = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * HOUR_MS).toISOString().slice(0, 10);
const weekdayOf = (date: string): Weekday => ALL_WEEK[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
const isClosed = (date: string): boolean => calendarDays.some((day) => day.date === date && day.closed !== null);

const bookingRules = (fields: Partial<BookingRules> = {}): BookingRules => ({
  minLeadHours: 24,
  maxDaysAhead: 60,
  cancellationCutoffHours: 24,
  lastIntakeMinutesBeforeClose: 60,
  maxActiveBookingsPerApplicant: 2,
  ...fields,
});

/**
 * Four menus: at the hall or online, at the hall or by phone, at the hall only (a paid
 * lawyer's half hour, two weeks ahead at most) and at the business or online; for
 * founders, for running businesses, and for everyone.
 */
export const cannedServices: ConsultationService[] = [
  {
    id: 'startup',
    title: { ja: '創業相談', kana: 'そうぎょうそうだん', en: 'Start-up consultation' },
    summary: {
      ja: '事業計画書・資金計画・開業の手続きを、中小企業診断士と一緒に整理します。',
      en: 'Your business plan, funding and the paperwork of opening, with an SME consultant.',
    },
    categories: ['startup', 'loan', 'subsidy'],
    channels: ['in_person', 'online'],
    durationMinutes: 60,
    capacityPerSlot: 1,
    eligibleApplicantTypes: ['prospective_founder', 'founder_under_5y'],
    inWardRequired: true,
    rules: bookingRules(),
    whatToBring: { ja: '事業計画書（あれば）', en: 'Your business plan, if you have one' },
    feeYen: 0,
  },
  {
    id: 'management',
    title: { ja: '経営・資金繰り相談', kana: 'けいえい・しきんぐりそうだん', en: 'Management and cash-flow consultation' },
    summary: {
      ja: '売上の伸び悩み、資金繰り、融資の申し込み、事業承継など、経営の悩みを幅広く伺います。',
      en: 'Slow sales, cash flow, applying for a loan, handing the business on: any question of running a business.',
    },
    categories: ['management', 'cash_flow', 'loan', 'succession'],
    channels: ['in_person', 'phone'],
    durationMinutes: 45,
    capacityPerSlot: 1,
    eligibleApplicantTypes: ['sole_proprietor', 'sme', 'small_business', 'npo'],
    inWardRequired: true,
    rules: bookingRules({ minLeadHours: 48, cancellationCutoffHours: 48 }),
    whatToBring: { ja: '直近2期分の決算書', en: 'Your accounts for the last two years' },
    feeYen: 0,
  },
  {
    id: 'legal',
    title: { ja: '弁護士による法律相談', kana: 'べんごしによるほうりつそうだん', en: 'Legal consultation with a lawyer' },
    summary: {
      ja: '契約書の確認、売掛金の回収、取引先とのトラブルなど。1回30分です。',
      en: 'Contracts, unpaid invoices, disputes with customers or suppliers. 30 minutes.',
    },
    categories: ['legal'],
    channels: ['in_person'],
    durationMinutes: 30,
    capacityPerSlot: 1,
    eligibleApplicantTypes: ['sole_proprietor', 'sme', 'small_business'],
    inWardRequired: true,
    rules: bookingRules({ maxDaysAhead: 14, cancellationCutoffHours: 48, maxActiveBookingsPerApplicant: 1 }),
    whatToBring: { ja: '契約書など、ご相談に関わる書類', en: 'The contract or other papers your question is about' },
    feeYen: 3000,
  },
  {
    id: 'it-dx',
    title: { ja: 'IT・DX出張相談', kana: 'あいてぃー・でぃーえっくすしゅっちょうそうだん', en: 'IT and digitalisation, at your business' },
    summary: {
      ja: 'レジ・会計ソフト・ネットショップの導入を、ITコーディネータが事業所に伺ってお手伝いします。',
      en: 'Tills, accounting software or an online shop: an IT coordinator comes to your business (or meets you online).',
    },
    categories: ['it_dx', 'subsidy'],
    channels: ['outreach', 'online'],
    durationMinutes: 90,
    capacityPerSlot: 1,
    eligibleApplicantTypes: [...APPLICANT_TYPES],
    inWardRequired: false,
    rules: bookingRules({ minLeadHours: 72, maxDaysAhead: 90 }),
    whatToBring: null,
    feeYen: 0,
  },
];

interface SlotPattern {
  advisorId: string;
  advisorName: { ja: string; en: string };
  /** The weekdays the advisor is at the hall, and the times a consultation can start. */
  days: readonly Weekday[];
  times: readonly string[];
  channels: readonly Channel[];
  /** Days away: no times at all. */
  away?: readonly string[];
  /** Days already fully booked. */
  fullDays?: readonly string[];
  /** Times already booked: `2026-12-11 15:00`. */
  fullTimes?: readonly string[];
}

const SLOT_PATTERNS: Readonly<Record<string, readonly SlotPattern[]>> = {
  startup: [
    {
      advisorId: 'sato',
      advisorName: { ja: '佐藤 花子', en: 'Hanako Sato' },
      days: ['mon', 'wed', 'fri'],
      times: ['10:00', '13:00', '15:00'],
      channels: ['in_person', 'online'],
      away: ['2026-12-16'],
      fullDays: ['2026-12-14'],
      fullTimes: ['2026-12-11 15:00', '2026-12-18 10:00'],
    },
  ],
  management: [
    {
      advisorId: 'tanaka',
      advisorName: { ja: '田中 一郎', en: 'Ichiro Tanaka' },
      days: ['tue', 'thu'],
      times: ['10:00', '14:00', '15:30'],
      channels: ['in_person', 'phone'],
      fullDays: ['2026-12-17'],
    },
    {
      advisorId: 'kobayashi',
      advisorName: { ja: '小林 美咲', en: 'Misaki Kobayashi' },
      days: ['sat'],
      times: ['10:00', '11:00'],
      channels: ['phone'],
    },
  ],
  legal: [
    {
      advisorId: 'yamamoto',
      advisorName: { ja: '山本 健', en: 'Ken Yamamoto' },
      days: ['thu'],
      times: ['13:00', '13:30', '14:00', '14:30'],
      channels: ['in_person'],
      fullTimes: ['2026-12-10 13:00', '2026-12-10 13:30', '2026-12-17 14:00'],
    },
  ],
  'it-dx': [
    {
      advisorId: 'ito',
      advisorName: { ja: '伊藤 大輔', en: 'Daisuke Ito' },
      days: ['tue', 'fri'],
      times: ['10:00', '14:00'],
      channels: ['outreach', 'online'],
    },
  ],
};

const cannedSlots = new Map<string, Slot[]>();

/**
 * A menu's times from the fake's "now": the advisors' weekly times, from `minLeadHours`
 * ahead to `maxDaysAhead`, none on the days the hall is closed (`calendarDays`), none on an
 * advisor's days away; some already full. The same every time.
 */
export function slotsOf(service: ConsultationService): readonly Slot[] {
  let slots = cannedSlots.get(service.id);
  if (slots) return slots;
  slots = [];
  const earliest = CONSULTATION_NOW + service.rules.minLeadHours * HOUR_MS;
  for (let i = 0; i <= service.rules.maxDaysAhead; i++) {
    const date = dayAfter(CONSULTATION_TODAY, i);
    if (isClosed(date)) continue;
    for (const pattern of SLOT_PATTERNS[service.id] ?? []) {
      if (!pattern.days.includes(weekdayOf(date)) || pattern.away?.includes(date)) continue;
      for (const time of pattern.times) {
        const start = Date.parse(at(date, time));
        if (start < earliest) continue;
        const full = pattern.fullDays?.includes(date) || pattern.fullTimes?.includes(`${date} ${time}`);
        slots.push({
          id: `${service.id}.${pattern.advisorId}.${date.replace(/-/g, '')}T${time.replace(':', '')}`,
          serviceId: service.id,
          advisorId: pattern.advisorId,
          advisorName: pattern.advisorName,
          start: at(date, time),
          end: tokyo(start + service.durationMinutes * 60_000),
          channels: [...pattern.channels],
          capacity: service.capacityPerSlot,
          remaining: full ? 0 : service.capacityPerSlot,
        });
      }
    }
  }
  slots.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  cannedSlots.set(service.id, slots);
  return slots;
}

/** The booking the `manage` stories show: its reference and its manage token (as the confirmation gave them). */
export const MANAGE_REFERENCE = 'PH-7K3M9Q2A';
export const MANAGE_TOKEN = 'St0ryManag3T0ken_for-PH-7K3M9Q2A_only_x1234';

const cannedApplicant: Booking['applicant'] = {
  name: '山田 太郎',
  furigana: 'やまだ たろう',
  email: 'taro.yamada@example.jp',
  phone: '090-1234-5678',
  applicantType: 'prospective_founder',
};

/** `manage`: a start-up consultation on Friday 18 December, online; it can be cancelled until the 17th, 10:00. */
function manageableBooking(): Booking {
  const service = cannedServices[0]!;
  const slot = slotsOf(service).find((s) => s.start === at('2026-12-18', '10:00'))!;
  return {
    reference: MANAGE_REFERENCE,
    status: 'confirmed',
    serviceId: service.id,
    serviceTitle: service.title,
    slot: { id: slot.id, start: slot.start, end: slot.end, advisorName: slot.advisorName },
    channel: 'online',
    applicant: cannedApplicant,
    topic: { category: 'startup', text: 'カフェの開業資金について相談したいです。' },
    consents: { purposeOfUseAt: '2026-12-01T01:00:00Z', privacyNoticeAt: '2026-12-01T01:00:00Z' },
    whatToBring: service.whatToBring,
    cancellableUntil: tokyo(Date.parse(slot.start) - service.rules.cancellationCutoffHours * HOUR_MS),
    createdAt: '2026-12-01T01:00:00Z',
    cancelledAt: null,
  };
}

/** `manage-too-late`: a management consultation tomorrow at 10:00 at the hall; online cancellation closed 48 hours before. */
function tooLateBooking(): Booking {
  const service = cannedServices[1]!;
  const start = at('2026-12-10', '10:00');
  return {
    ...manageableBooking(),
    serviceId: service.id,
    serviceTitle: service.title,
    slot: { id: 'management.tanaka.20261210T1000', start, end: at('2026-12-10', '10:45'), advisorName: { ja: '田中 一郎', en: 'Ichiro Tanaka' } },
    channel: 'in_person',
    applicant: { ...cannedApplicant, applicantType: 'sme' },
    topic: { category: 'cash_flow', text: '' },
    whatToBring: service.whatToBring,
    cancellableUntil: tokyo(Date.parse(start) - service.rules.cancellationCutoffHours * HOUR_MS),
  };
}

/** What one fake server remembers between requests (one per story render). */
interface ConsultationState {
  /** Places taken per slot id since the story started (booked here, or by "someone else"). */
  taken: Map<string, number>;
  /** Bookings by reference, with their manage tokens. */
  bookings: Map<string, { booking: Booking; token: string }>;
  /** First answers by Idempotency-Key, with the body they answered: a retry gets the same answer. */
  answers: Map<string, { body: string; created: BookingCreated }>;
  /** 409s still to give (`booking-taken-once`). */
  conflicts: number;
  /** Answers still to lose (`booking-lost-once`). */
  lost: number;
  /** Form tokens issued. */
  tokens: number;
}

/**
 * The fake client's own retries (`createFakeClient`): none, so error stories show at
 * once. `booking-lost-once` loses one answer more than the client retries on its own, so
 * that the element, not the SDK, is left to offer "send again".
 */
const FAKE_RETRY: Partial<RetryPolicy> = { limit: 0 };

function consultationState(scenario: Scenario): ConsultationState {
  const state: ConsultationState = {
    taken: new Map(),
    bookings: new Map(),
    answers: new Map(),
    conflicts: scenario === 'booking-taken-once' ? 1 : 0,
    lost: scenario === 'booking-lost-once' ? (FAKE_RETRY.limit ?? 0) + 1 : 0,
    tokens: 0,
  };
  if (scenario === 'manage') state.bookings.set(MANAGE_REFERENCE, { booking: manageableBooking(), token: MANAGE_TOKEN });
  if (scenario === 'manage-too-late') state.bookings.set(MANAGE_REFERENCE, { booking: tooLateBooking(), token: MANAGE_TOKEN });
  return state;
}

// ---- the fake server ------------------------------------------------------------

const json = (status: number, body: unknown, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const problem = (body: Problem): Response => json(body.status, body, 'application/problem+json');

const unavailable: Problem = { type: '/problems/internal', title: 'Service Unavailable', status: 503 };
const originNotAllowed: Problem = { type: '/problems/origin-not-allowed', title: 'Origin not allowed', status: 403 };
const notFound: Problem = { type: '/problems/not-found', title: 'Not Found', status: 404 };
const badRequest = (field: string, message: string): Problem => ({
  type: '/problems/validation',
  title: 'Bad Request',
  status: 400,
  errors: [{ field, code: 'invalid', message }],
});

/** The fake's page size limit: smaller than the calendar's `limit=500`, so the calendar pages through `nextCursor` as with a real server. */
const MAX_PAGE = 20;
const DEFAULT_PAGE = 100;

/** The Japan dates an occurrence covers (an end at exactly midnight does not count, as for all-day events). */
function coveredDates(event: { start: string; end: string }): { first: string; last: string } {
  const first = event.start.slice(0, 10);
  let last = event.end.slice(0, 10);
  if (last > first && event.end.slice(11, 19) === '00:00:00') {
    const previous = new Date(`${last}T00:00:00Z`);
    previous.setUTCDate(previous.getUTCDate() - 1);
    last = previous.toISOString().slice(0, 10);
  }
  return { first, last };
}

type Occurrence = Pick<EventOccurrence, 'start' | 'end' | 'category' | 'streetId'>;

/** `GET /events`: the occurrences that touch `from`–`to`, of the categories and street asked for, one page at a time. */
function answerEvents(all: readonly unknown[], query: URLSearchParams): Response {
  const from = query.get('from') ?? '0000-01-01';
  const to = query.get('to') ?? '9999-12-31';
  const categories = query.get('category')?.split(',');
  const street = query.get('streetId');
  const includeHall = query.get('includeHall') === 'true';
  const items = all.filter((item) => {
    const event = item as Occurrence;
    const { first, last } = coveredDates(event);
    return last >= from && first <= to && (!categories || categories.includes(event.category)) && (!street || event.streetId === street || (includeHall && event.streetId === null));
  });
  const offset = Number(query.get('cursor') ?? 0);
  const limit = Math.min(Number(query.get('limit') ?? DEFAULT_PAGE), MAX_PAGE);
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) return problem(badRequest('query.cursor', 'unknown cursor'));
  const end = offset + limit;
  const body: Page<unknown> = { items: items.slice(offset, end), nextCursor: end < items.length ? String(end) : null, total: items.length };
  return json(200, body);
}

/**
 * The fake's page size limit for shops: smaller than the directory's `limit=500`, so it pages through
 * `nextCursor` as with a real server; 10,000 shops come in the contract's largest pages (500) instead.
 */
const MAX_SHOP_PAGE = 20;
const MANY_SHOPS_PAGE = 500;

const isHoliday = (date: string): boolean => calendarDays.some((day) => day.date === date && day.holiday !== null);
const CASHLESS: readonly string[] = ['credit_card', 'e_money', 'qr_code'];
const barrierFacts: Record<string, (shop: Shop) => boolean> = {
  step_free_entrance: (shop) => shop.barrierFree.stepFreeEntrance,
  ground_floor_or_lift: (shop) => shop.barrierFree.groundFloorOrLift,
  accessible_toilet: (shop) => shop.barrierFree.accessibleToilet,
  accessible_parking: (shop) => shop.barrierFree.accessibleParking,
};
const list = (query: URLSearchParams, name: string): string[] | undefined => query.get(name)?.split(',').filter(Boolean);

/** Each shop's folded search text, computed once (10,000 shops are asked for page by page). */
const foldedText = new WeakMap<Shop, string>();
function folded(shop: Shop): string {
  let text = foldedText.get(shop);
  if (text === undefined) foldedText.set(shop, (text = shopSearchText(shop)));
  return text;
}

/** The server's orders, computed once per list: by reading (五十音, ties by id), or by kind and then by reading. */
const sortedLists = new WeakMap<readonly Shop[], { reading?: readonly Shop[]; category?: readonly Shop[] }>();
function sortedShops(all: readonly Shop[], sort: 'reading' | 'category'): readonly Shop[] {
  const orders = sortedLists.get(all) ?? {};
  sortedLists.set(all, orders);
  const byReading = (orders.reading ??= all
    .map((shop) => ({ shop, key: readingSortKey(shop.name.kana) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.shop.id < b.shop.id ? -1 : a.shop.id > b.shop.id ? 1 : 0))
    .map(({ shop }) => shop));
  if (sort === 'reading') return byReading;
  const rank = (shop: Shop) => SHOP_CATEGORIES.indexOf(shop.category);
  return (orders.category ??= [...byReading].sort((a, b) => rank(a) - rank(b)));
}

/**
 * `GET /shops`: the server's filters (street, kinds, payments with `cashless`, services,
 * barrier-free facts, `q` with the shared Japanese folding, `openAt` with the holidays of
 * `calendarDays`), in 五十音 or kind order, one page at a time.
 */
function answerShops(all: readonly Shop[], query: URLSearchParams, pageSize: number): Response {
  const street = query.get('streetId');
  const categories = list(query, 'category');
  const payments = list(query, 'payment');
  const services = list(query, 'service');
  const barrierFree = list(query, 'barrierFree');
  const words = searchWords(query.get('q') ?? '');
  const openAt = query.get('openAt');
  const at = openAt === null ? undefined : Date.parse(openAt);
  const filtered = [street, categories, payments, services, barrierFree, at].some((value) => value !== null && value !== undefined) || words.length > 0;
  const items = !filtered
    ? sortedShops(all, query.get('sort') === 'category' ? 'category' : 'reading')
    : sortedShops(all, query.get('sort') === 'category' ? 'category' : 'reading').filter(
        (shop) =>
          (!street || shop.streetIds.includes(street)) &&
          (!categories || categories.includes(shop.category)) &&
          (!payments || payments.every((p) => (p === 'cashless' ? shop.payments.some((m) => CASHLESS.includes(m)) : (shop.payments as string[]).includes(p)))) &&
          (!services || services.every((s) => (shop.services as string[]).includes(s))) &&
          (!barrierFree || barrierFree.every((b) => barrierFacts[b]?.(shop) === true)) &&
          (words.length === 0 || matchesWords(folded(shop), words)) &&
          (at === undefined || isOpenAt(shop.hours, at, isHoliday)),
      );
  const offset = Number(query.get('cursor') ?? 0);
  const limit = Math.min(Number(query.get('limit') ?? DEFAULT_PAGE), pageSize);
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) return problem(badRequest('query.cursor', 'unknown cursor'));
  const end = offset + limit;
  const body: Page<Shop> = { items: items.slice(offset, end), nextCursor: end < items.length ? String(end) : null, total: items.length };
  return json(200, body);
}

/** `GET /calendar`: the holidays and closures from `from` to `to`, both required. */
function answerCalendar(query: URLSearchParams): Response {
  const from = query.get('from');
  const to = query.get('to');
  if (!from || !to) return problem(badRequest(from ? 'query.to' : 'query.from', 'required'));
  return json(200, { items: calendarDays.filter((day) => day.date >= from && day.date <= to) });
}

const slotUnavailable: Problem = { type: '/problems/slot-unavailable', title: 'Conflict', status: 409, detail: 'The slot has no place left.' };
const validation = (field: string, code: string, message: string): Problem => ({
  type: '/problems/validation',
  title: 'Unprocessable Content',
  status: 422,
  errors: [{ field, code, message }],
});

/** The places a time has left, once the story's own bookings (and "someone else's") are taken. */
const remainingOf = (state: ConsultationState, slot: Slot): number => Math.max(0, slot.remaining - (state.taken.get(slot.id) ?? 0));

/** `GET /consultations/slots`: a menu's times from `from` to `to` (Japan dates), the full ones only with `includeFull=true`. */
function answerSlots(state: ConsultationState, query: URLSearchParams): Response {
  const service = cannedServices.find((s) => s.id === query.get('serviceId'));
  if (!service) return problem({ ...notFound, detail: 'No such consultation service.' });
  const from = query.get('from') ?? '0000-01-01';
  const to = query.get('to') ?? '9999-12-31';
  const includeFull = query.get('includeFull') === 'true';
  const items = slotsOf(service)
    .filter((slot) => slot.start.slice(0, 10) >= from && slot.start.slice(0, 10) <= to)
    .map((slot) => ({ ...slot, remaining: remainingOf(state, slot) }))
    .filter((slot) => includeFull || slot.remaining > 0);
  return json(200, { items });
}

/** `GET /consultations/form-token`: a new token each time, issued at the fake's "now". */
function answerFormToken(state: ConsultationState): Response {
  state.tokens += 1;
  const body: FormToken = {
    token: `story-form-token-${state.tokens}`,
    issuedAt: new Date(CONSULTATION_NOW).toISOString(),
    minFillSeconds: 3,
    expiresAt: new Date(CONSULTATION_NOW + 2 * HOUR_MS).toISOString(),
  };
  return json(200, body);
}

/**
 * `POST /consultations/bookings`: the scenario's answer (429, 422, 409 once, a lost answer),
 * else a booking (201) that takes its time's place. The Idempotency-Key is required; the same
 * key with the same body gets the first answer again, with another body a 422.
 */
async function answerBooking(scenario: Scenario, state: ConsultationState, request: Request): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  if (!key) {
    return problem({ type: '/problems/idempotency-key-missing', title: 'Bad Request', status: 400, errors: [{ field: 'header.idempotency-key', code: 'required', message: 'is required' }] });
  }
  const body = await request.text();
  const first = state.answers.get(key);
  if (first) return first.body === body ? json(201, first.created) : problem({ type: '/problems/idempotency-key-reuse', title: 'Unprocessable Content', status: 422 });
  if (scenario === 'booking-rate-limited') {
    const tooMany: Problem = { type: '/problems/rate-limited', title: 'Too Many Requests', status: 429, retryAfter: 30 };
    return new Response(JSON.stringify(tooMany), { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '30' } });
  }
  if (scenario === 'booking-invalid') return problem(validation('body.applicant.email', 'invalid_format', 'the mail server of this address does not accept mail'));
  const input = JSON.parse(body) as BookingInput;
  const service = cannedServices.find((s) => input.slotId.startsWith(`${s.id}.`));
  const slot = service && slotsOf(service).find((s) => s.id === input.slotId);
  if (!service || !slot) return problem(validation('body.slotId', 'not_found', 'no such slot'));
  if (!slot.channels.includes(input.channel)) return problem(validation('body.channel', 'invalid_value', 'not offered for this slot'));
  if (!service.eligibleApplicantTypes.includes(input.applicant.applicantType)) {
    return problem({ ...validation('body.applicant.applicantType', 'not_eligible', 'not eligible for this service'), type: '/problems/booking-rule' });
  }
  if (state.conflicts > 0) {
    // Someone else booked the time a moment ago: it is full from now on.
    state.conflicts -= 1;
    state.taken.set(slot.id, slot.capacity);
    return problem(slotUnavailable);
  }
  if (remainingOf(state, slot) === 0) return problem(slotUnavailable);
  state.taken.set(slot.id, (state.taken.get(slot.id) ?? 0) + 1);
  const reference = `PH-4B8N2R${String(state.answers.size + 1).padStart(2, '0')}`;
  const token = `StoryManageToken_${reference.slice(3)}_`.padEnd(43, 'x');
  const booking: Booking = {
    reference,
    status: 'confirmed',
    serviceId: service.id,
    serviceTitle: service.title,
    slot: { id: slot.id, start: slot.start, end: slot.end, advisorName: slot.advisorName },
    channel: input.channel,
    applicant: input.applicant,
    topic: input.topic,
    consents: { purposeOfUseAt: new Date(CONSULTATION_NOW).toISOString(), privacyNoticeAt: new Date(CONSULTATION_NOW).toISOString() },
    whatToBring: service.whatToBring,
    cancellableUntil: tokyo(Date.parse(slot.start) - service.rules.cancellationCutoffHours * HOUR_MS),
    createdAt: new Date(CONSULTATION_NOW).toISOString(),
    cancelledAt: null,
  };
  const created: BookingCreated = { ...booking, manageToken: token };
  state.answers.set(key, { body, created });
  state.bookings.set(reference, { booking, token });
  if (state.lost > 0) {
    // Booked, and then the answer was lost on the way back (as `fetch` fails on a dropped connection).
    state.lost -= 1;
    throw new TypeError('Failed to fetch');
  }
  return json(201, created);
}

/** `GET` / `DELETE /consultations/bookings/{reference}`: only with the booking's manage token; cancelling twice is harmless. */
function answerManage(state: ConsultationState, request: Request, reference: string): Response {
  const authorization = request.headers.get('authorization');
  if (!authorization) return problem({ type: '/problems/manage-token', title: 'Unauthorized', status: 401 });
  const entry = state.bookings.get(reference);
  if (!entry || authorization !== `Bearer ${entry.token}`) return problem(notFound);
  if (request.method === 'DELETE' && entry.booking.status === 'confirmed') {
    if (CONSULTATION_NOW >= Date.parse(entry.booking.cancellableUntil)) return problem({ type: '/problems/not-cancellable', title: 'Conflict', status: 409 });
    entry.booking = { ...entry.booking, status: 'cancelled', cancelledAt: new Date(CONSULTATION_NOW).toISOString() };
    const taken = state.taken.get(entry.booking.slot.id) ?? 0;
    if (taken > 0) state.taken.set(entry.booking.slot.id, taken - 1);
  }
  return json(200, entry.booking);
}

/** A `fetch` that answers the hall API's routes from the canned data above. */
export function fakeFetch(scenario: Scenario): typeof globalThis.fetch {
  // `error-once` fails only the first `GET /events` and the first `GET /shops`: the elements ask for holidays
  // (and streets) at the same time, and tolerate their failure, so failing whichever request came first would
  // not always show the error state.
  let eventFailures = scenario === 'error-once' ? 1 : 0;
  let shopFailures = scenario === 'error-once' ? 1 : 0;
  const consultations = consultationState(scenario);
  return (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    // Never answers; gives up only when the caller aborts (as a real slow server would).
    const never = () => new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    if (scenario === 'loading') return never();
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/api\/v1\//, '');
    if (scenario === 'error') return Promise.resolve(problem(unavailable));
    if (path === 'events' && eventFailures > 0) {
      eventFailures -= 1;
      return Promise.resolve(problem(unavailable));
    }
    if (path === 'events') return Promise.resolve(answerEvents(eventsFor(scenario), url.searchParams));
    if (path === 'calendar') return Promise.resolve(answerCalendar(url.searchParams));
    if (path === 'venues') return Promise.resolve(json(200, { items: venues }));
    if (path === 'shops' && shopFailures > 0) {
      shopFailures -= 1;
      return Promise.resolve(problem(unavailable));
    }
    if (path === 'shops' && scenario === 'shops-arriving' && url.searchParams.has('cursor')) return never();
    if (path === 'shops') return Promise.resolve(answerShops(shopsFor(scenario), url.searchParams, scenario === 'shops-many' ? MANY_SHOPS_PAGE : MAX_SHOP_PAGE));
    if (path === 'streets') return Promise.resolve(json(200, { items: cannedStreets }));
    if (path === 'consultations/services') return Promise.resolve(json(200, { items: cannedServices }));
    if (path === 'consultations/slots') return Promise.resolve(answerSlots(consultations, url.searchParams));
    if (scenario === 'booking-origin-not-allowed' && /^consultations\/(form-token|bookings)/.test(path)) return Promise.resolve(problem(originNotAllowed));
    if (path === 'consultations/form-token') return Promise.resolve(answerFormToken(consultations));
    if (path === 'consultations/bookings' && request.method === 'POST') {
      return scenario === 'booking-pending' ? never() : answerBooking(scenario, consultations, request);
    }
    const manage = /^consultations\/bookings\/(PH-[0-9A-Z]{8})$/.exec(path);
    if (manage && (request.method === 'GET' || request.method === 'DELETE')) return Promise.resolve(answerManage(consultations, request, manage[1]!));
    return Promise.resolve(problem(notFound));
  };
}

/** A real SDK client talking to the fake API (no retries, so error stories show at once). */
export function createFakeClient(scenario: Scenario, locale: Locale = 'ja'): HallClient {
  return createHallClient({ baseUrl: 'https://hall.example.invalid/api/v1', fetch: fakeFetch(scenario), locale, retry: FAKE_RETRY });
}
