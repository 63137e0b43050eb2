/**
 * Whether a shop is open: weekly hours, public-holiday closing and dated
 * exceptions, read in Japan time whatever the process's own time zone.
 */
import { WEEKDAYS, type OpeningHours } from '@promotion-hall/sdk/schemas';
import { holidayOn } from './holidays.js';
import { addDays, tokyoAt, tokyoDate, weekdayOf } from './time.js';

/**
 * The periods a shop keeps on a Tokyo date, in order of opening. A dated
 * exception wins over everything (a shop may open on a holiday it normally
 * skips); only then does the public-holiday rule apply, then the weekly hours.
 * Closing times may pass midnight (`25:30`): they still belong to this date.
 */
export function periodsOn(hours: OpeningHours, date: string): Array<{ opens: string; closes: string }> {
  // Should data ever hold two exceptions for one date, the first one listed wins.
  const exception = hours.exceptions.find((e) => e.date === date);
  let periods: Array<{ opens: string; closes: string }>;
  if (exception) {
    periods = exception.closed ? [] : exception.periods;
  } else if (hours.closedOnPublicHolidays && holidayOn(date)) {
    periods = [];
  } else {
    const day = WEEKDAYS[weekdayOf(date)];
    periods = hours.weekly.filter((p) => p.day === day);
  }
  // `HH:MM` with two-digit hours sorts correctly as text.
  return periods.map(({ opens, closes }) => ({ opens, closes })).sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0));
}

/**
 * Open at this instant? Periods are [opens, closes). The previous day's periods
 * are consulted too, with that day's own rules, because a Monday 18:00–25:30
 * opening is still running at 00:30 on Tuesday even if Tuesday is a holiday.
 */
export function isOpenAt(hours: OpeningHours, ms: number): boolean {
  const today = tokyoDate(ms);
  for (const date of [addDays(today, -1), today]) {
    for (const p of periodsOn(hours, date)) {
      if (tokyoAt(date, p.opens) <= ms && ms < tokyoAt(date, p.closes)) return true;
    }
  }
  return false;
}
