/**
 * A small data set with known answers, for tests that must know exactly what the
 * API returns. Dates are fixed in late 2026 (tests pass a clock to match).
 * Every object is parsed with its schema, so the fixtures stay valid as the contract moves.
 */
import {
  Advisor,
  ConsultationService,
  HallEvent,
  Shop,
  ShoppingStreet,
  SupportProgram,
  Venue,
} from '@promotion-hall/sdk/schemas';
import type { HallData } from '../../src/seed/demo.js';

/** 2026-12-01 (Tue) 09:00 Japan time: the fixtures' "now". */
export const FIXTURE_NOW = Date.parse('2026-12-01T09:00:00+09:00');

const ts = '2026-11-01T00:00:00+09:00';
const address = (lat: number, lng: number, text: string) => ({ postalCode: '176-0012', text: { ja: text }, location: { lat, lng } });
const noBarriers = { stepFreeEntrance: true, maxStepCm: 0, entranceWidthCm: 90, groundFloorOrLift: true, accessibleToilet: true, accessibleParking: false };
const steps = { stepFreeEntrance: false, maxStepCm: 15, entranceWidthCm: 70, groundFloorOrLift: true, accessibleToilet: false, accessibleParking: false };
const weekdays = (opens: string, closes: string, days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const) => days.map((day) => ({ day, opens, closes }));

export const venues = [
  Venue.parse({
    id: 'hall',
    name: { ja: 'テスト区立産業振興会館', kana: 'テストクリツサンギョウシンコウカイカン' },
    address: address(35.7357, 139.6516, '東京都テスト区1-1-1'),
    hours: weekdays('09:00', '21:00'),
    access: { ja: '駅から徒歩3分' },
    accessibility: [{ ja: 'エレベーターあり' }],
    rooms: [{ id: 'room-1', name: { ja: '研修室1' }, floor: 3, capacity: 40, accessibility: [] }],
  }),
];

export const streets = [
  ShoppingStreet.parse({
    id: 'hikari',
    name: { ja: 'ひかり通り商店会', kana: 'ヒカリドオリショウテンカイ' },
    organizationType: 'shotenkai',
    area: { ja: 'テスト区北町' },
    center: { lat: 35.74, lng: 139.65 },
    stations: [{ name: { ja: '北町駅' }, line: null, walkMinutes: 2 }],
    office: { phone: '03-0000-0001', email: null, address: null },
    url: null,
    description: null,
    shopCount: 3,
  }),
  ShoppingStreet.parse({
    id: 'asahi',
    name: { ja: 'あさひ商店街振興組合', kana: 'アサヒショウテンガイシンコウクミアイ' },
    organizationType: 'shinko_kumiai',
    area: { ja: 'テスト区南町' },
    center: { lat: 35.73, lng: 139.66 },
    stations: [],
    office: { phone: null, email: null, address: null },
    url: 'https://asahi.example.jp/',
    description: null,
    shopCount: 2,
  }),
];

const shop = (fields: Partial<Shop> & Pick<Shop, 'id' | 'name' | 'streetIds' | 'category' | 'subcategory'>): Shop =>
  Shop.parse({
    description: null,
    address: address(35.74, 139.65, '東京都テスト区北町1-2-3'),
    phone: null,
    url: null,
    hours: { weekly: weekdays('10:00', '19:00'), closedOnPublicHolidays: false, exceptions: [], regularHoliday: { ja: '日曜' } },
    payments: ['cash'],
    services: [],
    barrierFree: steps,
    updatedAt: ts,
    ...fields,
  });

export const shops = [
  shop({
    id: 'cafe-hikari',
    name: { ja: 'カフェ ひかり', kana: 'カフェ ヒカリ', en: 'Cafe Hikari' },
    streetIds: ['hikari'],
    category: 'restaurant',
    subcategory: { ja: '喫茶店', kana: 'キッサテン' },
    payments: ['cash', 'qr_code', 'credit_card'],
    services: ['takeout', 'english_ok'],
    barrierFree: noBarriers,
  }),
  shop({
    id: 'yaoya-asahi',
    name: { ja: '朝日青果店', kana: 'アサヒセイカテン' },
    streetIds: ['asahi'],
    category: 'food',
    subcategory: { ja: '八百屋', kana: 'ヤオヤ' },
    hours: {
      weekly: weekdays('09:00', '18:00'),
      closedOnPublicHolidays: true,
      exceptions: [{ date: '2026-12-30', closed: true, periods: [], note: { ja: '年末休業' } }],
      regularHoliday: { ja: '日曜・祝日' },
    },
  }),
  shop({
    id: 'izakaya-tsuki',
    name: { ja: '居酒屋 月', kana: 'イザカヤ ツキ' },
    streetIds: ['hikari', 'asahi'],
    category: 'restaurant',
    subcategory: { ja: '居酒屋', kana: 'イザカヤ' },
    hours: { weekly: weekdays('17:00', '25:00'), closedOnPublicHolidays: false, exceptions: [], regularHoliday: { ja: '日曜' } },
    payments: ['credit_card', 'e_money'],
  }),
  shop({
    id: 'biyoshitsu-hana',
    name: { ja: '美容室はな', kana: 'ビヨウシツハナ' },
    streetIds: ['hikari'],
    category: 'beauty',
    subcategory: { ja: '美容室', kana: 'ビヨウシツ' },
    services: ['reservation'],
  }),
];

/** A valid event: a free hall event without registration, but for the fields given. */
export const event = (fields: Partial<HallEvent> & Pick<HallEvent, 'id' | 'title' | 'category' | 'start' | 'end'>): HallEvent =>
  HallEvent.parse({
    description: { ja: '説明' },
    allDay: false,
    venueId: 'hall',
    roomId: 'room-1',
    place: null,
    online: false,
    organizer: { ja: '産業振興会館' },
    audience: null,
    fee: { amountYen: 0, note: null },
    registration: { kind: 'none', capacity: null, remaining: null, opensAt: null, closesAt: null, waitlist: false, url: null },
    whatToBring: null,
    sessions: [],
    allSessionsRequired: false,
    recurrence: null,
    streetId: null,
    url: null,
    updatedAt: ts,
    ...fields,
  });

export const events = [
  event({
    id: 'startup-seminar',
    title: { ja: '創業セミナー 事業計画の作り方', kana: 'ソウギョウセミナー', en: 'Startup seminar' },
    category: 'seminar',
    start: '2026-12-05T14:00:00+09:00',
    end: '2026-12-05T16:00:00+09:00',
    registration: { kind: 'first_come', capacity: 30, remaining: 0, opensAt: null, closesAt: null, waitlist: true, url: 'https://hall.example.jp/apply' },
  }),
  event({
    id: 'hachi-no-hi',
    title: { ja: 'ひかり通り 8の日セール', kana: 'ハチノヒセール' },
    category: 'street_event',
    start: '2026-12-08T10:00:00+09:00',
    end: '2026-12-08T18:00:00+09:00',
    venueId: null,
    roomId: null,
    place: { ja: 'ひかり通り' },
    streetId: 'hikari',
    recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=8,18,28;COUNT=9', rdates: [], exdates: ['2026-12-28T10:00:00+09:00'] },
  }),
  event({
    id: 'tori-no-ichi',
    title: { ja: '酉の市 出店', kana: 'トリノイチ' },
    category: 'street_event',
    start: '2026-11-30T09:00:00+09:00',
    end: '2026-11-30T21:00:00+09:00',
    venueId: null,
    roomId: null,
    place: { ja: 'あさひ商店街' },
    streetId: 'asahi',
    recurrence: { rrule: null, rdates: ['2026-12-12T09:00:00+09:00'], exdates: [] },
  }),
  event({
    id: 'dx-course',
    title: { ja: 'DX講座 全3回', kana: 'ディーエックスコウザ', en: 'DX course' },
    category: 'course',
    start: '2026-12-10T18:30:00+09:00',
    end: '2026-12-10T20:30:00+09:00',
    online: true,
    sessions: [
      { index: 1, start: '2026-12-10T18:30:00+09:00', end: '2026-12-10T20:30:00+09:00' },
      { index: 2, start: '2026-12-17T18:30:00+09:00', end: '2026-12-17T20:30:00+09:00' },
      { index: 3, start: '2027-01-14T18:30:00+09:00', end: '2027-01-14T20:30:00+09:00', title: { ja: 'データ活用', kana: 'データカツヨウ', en: 'Using data' } },
    ],
    allSessionsRequired: true,
    registration: { kind: 'lottery', capacity: 20, remaining: null, opensAt: '2026-11-01T09:00:00+09:00', closesAt: '2026-12-03T17:00:00+09:00', waitlist: false, url: null },
  }),
  event({
    id: 'bussan-fair',
    title: { ja: '区内物産展', kana: 'クナイブッサンテン', en: 'Local products fair' },
    category: 'fair',
    start: '2027-01-20T00:00:00+09:00',
    end: '2027-01-21T00:00:00+09:00',
    allDay: true,
  }),
];

const rules = { minLeadHours: 24, maxDaysAhead: 60, cancellationCutoffHours: 24, lastIntakeMinutesBeforeClose: 30, maxActiveBookingsPerApplicant: 2 };

export const services = [
  ConsultationService.parse({
    id: 'startup',
    title: { ja: '創業相談', en: 'Startup consultation' },
    summary: { ja: '創業の準備や事業計画の相談' },
    categories: ['startup'],
    channels: ['in_person', 'online'],
    durationMinutes: 60,
    capacityPerSlot: 1,
    eligibleApplicantTypes: ['prospective_founder', 'founder_under_5y', 'sole_proprietor'],
    inWardRequired: true,
    rules,
    whatToBring: { ja: '事業計画書（あれば）' },
    feeYen: 0,
  }),
  ConsultationService.parse({
    id: 'subsidy-clinic',
    title: { ja: '補助金申請相談会' },
    summary: { ja: '補助金の申請書の書き方' },
    categories: ['subsidy'],
    channels: ['in_person'],
    durationMinutes: 90,
    capacityPerSlot: 3,
    eligibleApplicantTypes: ['sme', 'small_business', 'sole_proprietor'],
    inWardRequired: false,
    rules,
    whatToBring: null,
    feeYen: 0,
  }),
];

export const advisors = [
  Advisor.parse({
    id: 'sato',
    displayName: { ja: '佐藤 相談員' },
    specialties: ['startup'],
    qualifications: ['sme_consultant'],
    serviceIds: ['startup'],
    schedule: [{ day: 'wed', opens: '10:00', closes: '13:00' }],
  }),
  Advisor.parse({
    id: 'suzuki',
    displayName: { ja: '鈴木 税理士' },
    specialties: ['subsidy', 'tax'],
    qualifications: ['tax_accountant'],
    serviceIds: ['subsidy-clinic'],
    schedule: [{ day: 'thu', opens: '13:00', closes: '17:00' }],
  }),
];

const eligibility = { applicantTypes: [], maxEmployees: null, maxCapitalYen: null, inWardRequired: false, minYearsSinceFounding: null, maxYearsSinceFounding: null };

export const programs = [
  SupportProgram.parse({
    id: 'ward-loan',
    level: 'ward',
    kind: 'loan',
    issuer: { ja: 'テスト区' },
    title: { ja: '区の融資あっせん' },
    summary: { ja: '利子の一部を区が負担' },
    url: null,
    eligibility: { ...eligibility, applicantTypes: ['sme', 'small_business', 'sole_proprietor'], maxEmployees: 300, inWardRequired: true },
    loanTerms: { maxAmountYen: 20_000_000, maxTermMonths: 84, interestRatePercent: 1.9, subsidizedRatePercent: 1.5, borrowerRatePercent: 0.4 },
    acceptance: [],
    relatedServiceIds: ['startup'],
    relatedEventIds: [],
  }),
  SupportProgram.parse({
    id: 'metro-startup-grant',
    level: 'metro',
    kind: 'grant',
    issuer: { ja: '東京都' },
    title: { ja: '創業助成事業' },
    summary: { ja: '創業5年未満の事業者に経費の一部を助成' },
    url: 'https://metro.example.jp/grant',
    eligibility: { ...eligibility, applicantTypes: ['prospective_founder', 'founder_under_5y'], maxYearsSinceFounding: 5 },
    loanTerms: null,
    acceptance: [{ from: '2026-10-01', to: '2026-12-31' }],
    relatedServiceIds: [],
    relatedEventIds: ['startup-seminar'],
  }),
  SupportProgram.parse({
    id: 'national-it',
    level: 'national',
    kind: 'subsidy',
    issuer: { ja: '国' },
    title: { ja: 'IT導入補助金' },
    summary: { ja: 'ITツール導入の経費を補助' },
    url: null,
    eligibility: { ...eligibility, applicantTypes: ['sme', 'small_business'], maxEmployees: 300 },
    loanTerms: null,
    acceptance: [],
    relatedServiceIds: [],
    relatedEventIds: [],
  }),
];

export function fixtureData(): HallData {
  return { venues, streets, shops, events, services, advisors, programs };
}

/** A valid street event (8の日市 on a shopping street), for tests of recurrence and iCalendar. */
export function streetEvent(fields: Record<string, unknown> = {}): HallEvent {
  return event({
    id: 'hachi-no-hi',
    title: { ja: '8の日市', en: 'Market on the 8s' },
    category: 'street_event',
    description: { ja: '毎月8のつく日の特売市' },
    start: '2026-01-08T10:00:00+09:00',
    end: '2026-01-08T15:00:00+09:00',
    venueId: null,
    roomId: null,
    place: { ja: '中央商店街', en: 'Chuo shopping street' },
    organizer: { ja: '中央商店会' },
    streetId: 'hikari',
    url: 'https://hall.example.jp/events/hachi-no-hi',
    updatedAt: '2025-12-01T09:00:00+09:00',
    ...fields,
  } as Parameters<typeof event>[0]);
}
