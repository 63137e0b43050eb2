/**
 * Dates and times in Japan, Western calendar, written by hand for the formats a widget's
 * first frame needs (a month heading, weekday names, a date, a time, an ISO date).
 *
 * Why not Intl: the page's first `Intl.DateTimeFormat` costs ≈ 25–30 ms in Chromium (its
 * locale and zone data are loaded then), all of it inside the calendar's first frame
 * (a CPU profile of the calendar bench: 29.5 ms in `make`). These strings are fixed and
 * simple in both languages, and Japan has kept UTC+9 without daylight saving since 1952,
 * so a fixed offset is exact from then on. `format.ts` uses these only for years 1952 to
 * 9999 and only without the era; everything else stays with Intl. Tests compare every
 * format with Intl's over thousands of instants, in Node and in Chromium.
 */
import type { Lang } from './lang.js';
import type { WeekdayWidth } from './format.js';
import { JAPAN_OFFSET_MS } from '../internal/japan-dates.js';

/** From 1952 Japan has used UTC+9 all year (daylight saving ended in 1951). */
export const FIXED_OFFSET_FROM_MS = Date.UTC(1952, 0, 1) - JAPAN_OFFSET_MS;
/** Four-digit years only: Intl writes larger ones its own way. */
export const FIXED_OFFSET_UNTIL_MS = Date.UTC(10000, 0, 1) - JAPAN_OFFSET_MS;

export interface JapanParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

/** The fields of an instant on a clock in Japan; `undefined` outside 1952–9999. */
export function japanParts(date: Date): JapanParts | undefined {
  const ms = date.getTime();
  if (!(ms >= FIXED_OFFSET_FROM_MS && ms < FIXED_OFFSET_UNTIL_MS)) return undefined;
  const shifted = new Date(ms + JAPAN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
export const WEEKDAY_NAMES: Readonly<Record<Lang, Readonly<Record<WeekdayWidth, readonly string[]>>>> = {
  ja: { narrow: JA_WEEKDAYS, short: JA_WEEKDAYS, long: JA_WEEKDAYS.map((d) => `${d}曜日`) },
  en: {
    narrow: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
    short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
};

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const two = (n: number) => String(n).padStart(2, '0');

/** 2026年12月 · December 2026 */
export function monthText(lang: Lang, year: number, month: number): string {
  return lang === 'ja' ? `${year}年${month}月` : `${EN_MONTHS[month - 1]} ${year}`;
}

/** 2026年12月8日(火) · Tue, December 8, 2026 */
export function dateText(lang: Lang, p: JapanParts): string {
  const weekday = WEEKDAY_NAMES[lang].short[p.weekday];
  return lang === 'ja' ? `${p.year}年${p.month}月${p.day}日(${weekday})` : `${weekday}, ${EN_MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
}

/** 14:00 · 2:00 PM */
export function timeText(lang: Lang, p: JapanParts): string {
  return lang === 'ja' ? `${p.hour}:${two(p.minute)}` : `${p.hour % 12 || 12}:${two(p.minute)} ${p.hour < 12 ? 'AM' : 'PM'}`;
}

/** 2026-12-08 */
export function isoText(p: JapanParts): string {
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}
