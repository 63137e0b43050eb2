/**
 * Whether a shop is open: the one implementation shared by the server's
 * `GET /shops?openAt=` filter and the browser widgets, so both give the same answer.
 *
 * Weekly hours, public-holiday closing and dated exceptions, read in Japan time
 * whatever the process's or browser's own time zone. Asia/Tokyo has had no
 * daylight saving since 1951, so a fixed +09:00 offset on epoch milliseconds is
 * exact and needs no tz database.
 *
 * The holiday calendar is a parameter (`isHoliday`), not a dependency: the server
 * passes its holiday data set, a browser whatever it already has (e.g. the days
 * from `/calendar`), and nothing here bundles one.
 */
import type { Weekday } from './schemas/common.js';
import type { OpeningHours } from './schemas/shop.js';
import { DAY_MS, tokyoAt, tokyoDate, tokyoMidnight, weekdayOf } from './japan-time.js';

/** The parts of {@link OpeningHours} the rules read (`regularHoliday` is only words). */
export type OpeningRules = Pick<OpeningHours, 'weekly' | 'closedOnPublicHolidays' | 'exceptions'>;

/** One opening on a date, `HH:MM`; `closes` may pass midnight (`25:30`). */
export interface OpeningPeriod {
  opens: string;
  closes: string;
}

/** Whether a Japan date (`YYYY-MM-DD`) is a public holiday. */
export type IsHoliday = (date: string) => boolean;

/** Index = `Date#getUTCDay()`; the same order as the schemas' `WEEKDAYS` (kept here so zod is not imported). */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const satisfies readonly Weekday[];

/**
 * The periods a shop keeps on a Japan date (`YYYY-MM-DD`), in order of opening.
 * A dated exception wins over everything (a shop may open on a holiday it
 * normally skips); only then does the public-holiday rule apply, then the weekly
 * hours. Closing times may pass midnight (`25:30`): they still belong to this date.
 */
export function periodsOn(hours: OpeningRules, date: string, isHoliday: IsHoliday): OpeningPeriod[] {
  // Should data ever hold two exceptions for one date, the first one listed wins.
  const exception = hours.exceptions.find((e) => e.date === date);
  let periods: readonly OpeningPeriod[];
  if (exception) {
    periods = exception.closed ? [] : exception.periods;
  } else if (hours.closedOnPublicHolidays && isHoliday(date)) {
    periods = [];
  } else {
    const day = DAYS[weekdayOf(date)];
    periods = hours.weekly.filter((p) => p.day === day);
  }
  // `HH:MM` with two-digit hours sorts correctly as text.
  return periods.map(({ opens, closes }) => ({ opens, closes })).sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0));
}

/**
 * Open at this instant (epoch ms)? Periods are [opens, closes). The previous
 * day's periods are consulted too, with that day's own rules, because a Monday
 * 18:00–25:30 opening is still running at 00:30 on Tuesday even if Tuesday is a
 * holiday or a closed exception.
 */
export function isOpenAt(hours: OpeningRules, ms: number, isHoliday: IsHoliday): boolean {
  const today = tokyoDate(ms);
  const yesterday = tokyoDate(tokyoMidnight(today) - DAY_MS);
  for (const date of [yesterday, today]) {
    for (const p of periodsOn(hours, date, isHoliday)) {
      if (tokyoAt(date, p.opens) <= ms && ms < tokyoAt(date, p.closes)) return true;
    }
  }
  return false;
}
