/**
 * Calendar arithmetic on Japan dates written as `YYYY-MM-DD`.
 *
 * The calendar works with dates, never with instants in the browser's zone: the
 * arithmetic reads and writes a `Date`'s UTC fields only (here and in the SDK's
 * japan-time), so the visitor's time zone (and its daylight saving) cannot shift
 * a day. The hall's times on the wire all carry `+09:00`, so an event's Japan date
 * is the first ten characters of its start.
 */
import { addDays, TOKYO_OFFSET_MS, tokyoDate, tokyoMidnight, weekdayOf } from '@promotion-hall/sdk/japan-time';

/** A month of the calendar: `month` is 1–12. */
export interface CalendarMonth {
  readonly year: number;
  readonly month: number;
}

export type WeekStart = 'sun' | 'mon';

// Adding days and the weekday: the SDK's Japan-time arithmetic, the same as the server's.
export { addDays, weekdayOf };

/** Japan is UTC+9 all year (no daylight saving since 1951). */
export const JAPAN_OFFSET_MS = TOKYO_OFFSET_MS;

/**
 * A Japan date (`YYYY-MM-DD`) as an instant for the formatters, which write Japan time: noon
 * there, well inside the date, so it is shown as that date.
 */
export function japanNoon(date: string): string {
  return `${date}T12:00:00+09:00`;
}

/** The date in Japan at an instant (default: now). */
export function japanToday(now: Date = new Date()): string {
  return tokyoDate(now.getTime());
}

/**
 * Whether the visitor's clock reads differently from Japan's, so the times shown (always Japan
 * time) need saying so (日本時間). A zone at +09:00 all year (Seoul) reads the same and needs no note.
 * The offset, not `Intl.DateTimeFormat().resolvedOptions().timeZone`: that builds a formatter for
 * the browser's default locale, ≈ 11 ms the first time in a page (the calendar's first frame in
 * the benchmark, 2026-11-27), where this costs nothing.
 */
export function visitorAbroad(now: Date = new Date()): boolean {
  return now.getTimezoneOffset() !== -JAPAN_OFFSET_MS / 60_000;
}

/** Milliseconds from an instant (default: now) to the next midnight in Japan. */
export function untilJapanMidnight(now: number = Date.now()): number {
  return tokyoMidnight(addDays(tokyoDate(now), 1)) - now;
}

/** `2026-12` (or a date in it) → the month; anything else → `undefined`. */
export function parseMonth(value: string | null | undefined): CalendarMonth | undefined {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1970 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

export function monthOf(iso: string): CalendarMonth {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

export function monthKey(month: CalendarMonth): string {
  return `${month.year}-${String(month.month).padStart(2, '0')}`;
}

export function addMonths(month: CalendarMonth, count: number): CalendarMonth {
  const index = month.year * 12 + (month.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth(month: CalendarMonth): number {
  return new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
}

export function firstOfMonth(month: CalendarMonth): string {
  return `${monthKey(month)}-01`;
}

export function lastOfMonth(month: CalendarMonth): string {
  return `${monthKey(month)}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** The same day of the month in another month, clamped (31 January + 1 month → 28/29 February). */
export function sameDayIn(iso: string, month: CalendarMonth): string {
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(month));
  return `${monthKey(month)}-${String(day).padStart(2, '0')}`;
}

/** Where a date sits in its week (0–6) for a week starting on Sunday or Monday. */
export function columnOf(iso: string, weekStart: WeekStart): number {
  const day = weekdayOf(iso);
  return weekStart === 'sun' ? day : (day + 6) % 7;
}

/** Each month's weeks, made once: a render and every load ask for them several times. */
const weeksMade = new Map<string, readonly (readonly string[])[]>();

/**
 * The weeks shown for a month: from the week holding the 1st to the week
 * holding the last day (four to six rows), each a list of seven dates.
 */
export function monthWeeks(month: CalendarMonth, weekStart: WeekStart): readonly (readonly string[])[] {
  const key = `${monthKey(month)}/${weekStart}`;
  let weeks = weeksMade.get(key);
  if (!weeks) {
    weeks = makeMonthWeeks(month, weekStart);
    // A visitor browses a few dozen months at most; a page that sweeps centuries starts over.
    if (weeksMade.size >= 120) weeksMade.clear();
    weeksMade.set(key, weeks);
  }
  return weeks;
}

function makeMonthWeeks(month: CalendarMonth, weekStart: WeekStart): string[][] {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  let day = addDays(first, -columnOf(first, weekStart));
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}
