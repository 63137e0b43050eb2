/**
 * Date and time formatting for the hall, always in Japan time.
 *
 * The hall is in Tokyo and its events happen there, so every formatter fixes
 * `timeZone: 'Asia/Tokyo'`: a visitor whose browser is set to another zone still
 * sees the hall's own dates and times (label them with `time.japanTime` where they
 * could be misread). Era mode uses the Japanese calendar (令和8年12月).
 */
import { dateText, isoText, japanParts, monthText, timeText, WEEKDAY_NAMES } from './gregorian.js';
import type { Lang } from './lang.js';

export const HALL_TIME_ZONE = 'Asia/Tokyo';

/** An instant: a `Date`, epoch milliseconds, or an ISO 8601 string (with its offset, e.g. `+09:00`). */
export type DateInput = Date | number | string;

export interface FormatOptions {
  /** Show years in the Japanese era (令和) instead of the Western calendar. */
  era?: boolean;
}

export type WeekdayWidth = 'narrow' | 'short' | 'long';

export interface Formatters {
  readonly lang: Lang;
  readonly era: boolean;
  /** 2026年12月8日(火) · Tue, December 8, 2026 */
  date(value: DateInput): string;
  /** 14:00 · 2:00 PM */
  time(value: DateInput): string;
  /** 2026年12月8日(火) 14:00 · Tue, December 8, 2026 at 2:00 PM */
  dateTime(value: DateInput): string;
  /** 2026年12月 · December 2026 (令和8年12月 in era mode). */
  monthHeading(value: DateInput): string;
  /** The same, from a calendar year and month (1–12) in Japan. */
  monthHeading(year: number, month: number): string;
  /** Seven weekday names, Sunday first (the order of Japanese calendars). */
  weekdays(width?: WeekdayWidth): readonly string[];
  /** 14:00～16:00 on one day in Japan; both dates and times when the range crosses days. */
  timeRange(start: DateInput, end: DateInput): string;
  /** The calendar date in Japan as `YYYY-MM-DD` (for keys, `datetime` attributes and comparisons). */
  isoDate(value: DateInput): string;
}

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  return date;
}

/** The Intl locale for a language and calendar. */
function localeFor(lang: Lang, era: boolean): string {
  const base = lang === 'ja' ? 'ja-JP' : 'en-US';
  return era ? `${base}-u-ca-japanese` : base;
}

/**
 * English with the Japanese era: "Reiwa 8" as English texts write it, where Intl writes
 * "November 8 Reiwa" and "Tue, November 3, 8 Reiwa", which read as dates.
 */
function eraBeforeYear(parts: readonly Intl.DateTimeFormatPart[]): string {
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const era = parts[i + 2];
    if (part.type === 'year' && parts[i + 1]?.type === 'literal' && era?.type === 'era') {
      text += `${era.value} ${part.value}`;
      i += 2;
    } else text += part.value;
  }
  return text;
}

/** Japanese sites write 24-hour times; English readers expect 12-hour ones. */
function timeFields(lang: Lang): Intl.DateTimeFormatOptions {
  return lang === 'ja' ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' } : { hour: 'numeric', minute: '2-digit' };
}

export function createFormatters(lang: Lang, options: FormatOptions = {}): Formatters {
  const era = options.era === true;
  const locale = localeFor(lang, era);
  const englishEra = era && lang === 'en';
  const make = (fields: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...fields, timeZone: HALL_TIME_ZONE });

  // Each format is made on first use: creating an Intl.DateTimeFormat costs a few
  // milliseconds, and a first render needs only some of them.
  const lazy = (create: () => Intl.DateTimeFormat) => {
    let value: Intl.DateTimeFormat | undefined;
    return {
      format: (date: Date) => (englishEra ? eraBeforeYear((value ??= create()).formatToParts(date)) : (value ??= create()).format(date)),
      formatToParts: (date: Date) => (value ??= create()).formatToParts(date),
    };
  };
  const dateFields: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' };
  const dateFormat = lazy(() => make(dateFields));
  const timeFormat = lazy(() => make(timeFields(lang)));
  const dateTimeFormat = lazy(() => make({ ...dateFields, ...timeFields(lang) }));
  const monthFormat = lazy(() => make({ year: 'numeric', month: 'long' }));
  // The Western calendar is needed for ISO dates whatever the display calendar.
  const isoFormat = lazy(() => new Intl.DateTimeFormat('en-CA', { timeZone: HALL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }));
  const rangeSeparator = lang === 'ja' ? '～' : ' – ';

  // The Western calendar in Japan is written by hand where it can be (gregorian.ts says why);
  // the era, and instants before 1952 or after 9999, go through Intl.
  const handParts = (date: Date) => (era ? undefined : japanParts(date));

  const isoDate = (value: DateInput): string => {
    const date = toDate(value);
    const fixed = japanParts(date);
    if (fixed) return isoText(fixed);
    const parts = isoFormat.formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
  const date = (value: DateInput): string => {
    const d = toDate(value);
    const p = handParts(d);
    return p ? dateText(lang, p) : dateFormat.format(d);
  };
  const time = (value: DateInput): string => {
    const d = toDate(value);
    const p = handParts(d);
    return p ? timeText(lang, p) : timeFormat.format(d);
  };

  function monthHeading(value: DateInput): string;
  function monthHeading(year: number, month: number): string;
  function monthHeading(valueOrYear: DateInput, month?: number): string {
    if (month !== undefined) {
      if (!Number.isInteger(valueOrYear) || !Number.isInteger(month) || month < 1 || month > 12) throw new RangeError('Invalid month');
      // The 15th at noon in Tokyo is inside that month in every zone.
      return monthHeading(new Date(Date.UTC(valueOrYear as number, month - 1, 15, 3)));
    }
    const d = toDate(valueOrYear);
    const p = handParts(d);
    return p ? monthText(lang, p.year, p.month) : monthFormat.format(d);
  }

  return Object.freeze({
    lang,
    era,
    date,
    time,
    dateTime: (value: DateInput) => dateTimeFormat.format(toDate(value)),
    monthHeading,
    // The same in every calendar (the era changes years only).
    weekdays: (width: WeekdayWidth = 'short') => WEEKDAY_NAMES[lang][width],
    timeRange(start: DateInput, end: DateInput) {
      const from = toDate(start);
      const to = toDate(end);
      const day = isoDate(from);
      if (day === isoDate(to)) return `${time(from)}${rangeSeparator}${time(to)}`;
      // An end at the next midnight closes the same evening: 23:00～24:00 as Japanese sites
      // write it (Intl has no 24:00 without writing 0:30 as 24:30), 11:00 PM – 12:00 AM in English.
      if (isoDate(to.getTime() - 1) === day) return `${time(from)}${rangeSeparator}${lang === 'ja' ? '24:00' : time(to)}`;
      return `${dateTimeFormat.format(from)}${rangeSeparator}${dateTimeFormat.format(to)}`;
    },
    isoDate,
  });
}
