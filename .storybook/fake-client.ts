/**
 * A fake hall API for Storybook: the real SDK client (`createHallClient`) with an
 * injected `fetch` that answers from canned JSON, so no server is needed and the
 * SDK still validates every answer against the shared schemas (canned data that
 * drifts from the contract shows up as the error state and fails the story tests).
 *
 * Routes: `GET /events` (filtered by `from`, `to`, `category` and `streetId`, paged
 * with `nextCursor`), `GET /calendar` (holidays and closures, 2026-11 to 2027-02)
 * and `GET /venues` (the hall and its rooms). Anything else is a 404 problem.
 */
import {
  createHallClient,
  type CalendarDay,
  type EventOccurrence,
  type HallClient,
  type Locale,
  type Page,
  type Problem,
  type Venue,
} from '@promotion-hall/sdk';

/**
 * What the fake API does:
 * - `data`: three December events (the Foundations stories count them);
 * - `empty`: no events (holidays still answer);
 * - `loading`: never answers; `error`: every request fails (503);
 * - `error-once`: the first `GET /events` fails, then it answers as `data`;
 * - `calendar`: a month of events in December 2026 and in January 2027;
 * - `crowded`: `calendar` plus 42 events on 16 December 2026;
 * - `long-titles`: events with very long Japanese titles, places and descriptions;
 * - `naughty`: markup, script and hostile URLs in the data, all of which must show as text;
 * - `naughty-url`: one event whose registration URL is `javascript:…` (the SDK refuses the answer).
 */
export const SCENARIOS = ['data', 'empty', 'loading', 'error', 'error-once', 'calendar', 'crowded', 'long-titles', 'naughty', 'naughty-url'] as const;
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

// ---- the fake server ------------------------------------------------------------

const json = (status: number, body: unknown, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const problem = (body: Problem): Response => json(body.status, body, 'application/problem+json');

const unavailable: Problem = { type: '/problems/internal', title: 'Service Unavailable', status: 503 };
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
  const items = all.filter((item) => {
    const event = item as Occurrence;
    const { first, last } = coveredDates(event);
    return last >= from && first <= to && (!categories || categories.includes(event.category)) && (!street || event.streetId === street);
  });
  const offset = Number(query.get('cursor') ?? 0);
  const limit = Math.min(Number(query.get('limit') ?? DEFAULT_PAGE), MAX_PAGE);
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) return problem(badRequest('query.cursor', 'unknown cursor'));
  const end = offset + limit;
  const body: Page<unknown> = { items: items.slice(offset, end), nextCursor: end < items.length ? String(end) : null, total: items.length };
  return json(200, body);
}

/** `GET /calendar`: the holidays and closures from `from` to `to`, both required. */
function answerCalendar(query: URLSearchParams): Response {
  const from = query.get('from');
  const to = query.get('to');
  if (!from || !to) return problem(badRequest(from ? 'query.to' : 'query.from', 'required'));
  return json(200, { items: calendarDays.filter((day) => day.date >= from && day.date <= to) });
}

/** A `fetch` that answers the hall API's routes from the canned data above. */
export function fakeFetch(scenario: Scenario): typeof globalThis.fetch {
  // `error-once` fails only the first `GET /events`: the calendar asks for its holidays at the same time, and
  // tolerates their failure, so failing whichever request came first would not always show the error state.
  let eventFailures = scenario === 'error-once' ? 1 : 0;
  return (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    if (scenario === 'loading') {
      // Never answers; gives up only when the caller aborts (as a real slow server would).
      return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    }
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
    return Promise.resolve(problem(notFound));
  };
}

/** A real SDK client talking to the fake API (no retries, so error stories show at once). */
export function createFakeClient(scenario: Scenario, locale: Locale = 'ja'): HallClient {
  return createHallClient({ baseUrl: 'https://hall.example.invalid/api/v1', fetch: fakeFetch(scenario), locale, retry: { limit: 0 } });
}
