/**
 * `/calendar`: the public holidays and the hall's closures in a date range, so the
 * event calendar can mark them without shipping the holiday data set to browsers.
 */
import { CalendarDayList, CalendarDaysQuery, type CalendarDay, type ClosureReason } from '@promotion-hall/sdk/schemas';
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { hallClosure, holidayOn } from '../domain/holidays.js';
import { addDays, DAY_MS, tokyoMidnight } from '../domain/time.js';
import { CACHE, sendJson } from '../http/json.js';
import { parseQuery } from '../http/validate.js';

export function calendarRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  // Pure computation from the holiday data set: no database. The app's answer cache
  // still keys it by today's date and the data revision like every public GET; that
  // only rebuilds it a little more often than needed, and its ETag (a hash of the
  // body) stays the same, so clients keep getting 304s.
  app.get('/calendar', (c) => {
    // The contract bounds the range (from ≤ to, at most MAX_CALENDAR_RANGE_DAYS), so the loop is short.
    const query = parseQuery(c, CalendarDaysQuery);
    return sendJson(c, CalendarDayList, { items: calendarDays(query.from, query.to) }, { validate: deps.config.validateResponses, cache: CACHE.public });
  });

  return app;
}

/** The days from `from` to `to` (inclusive) with a public holiday or a closure, in date order. */
function calendarDays(from: string, to: string): CalendarDay[] {
  const items: CalendarDay[] = [];
  // Counted, not `date <= to`: past 9999-12-31 the dates grow a fifth year digit and
  // stop comparing as text, so a string bound near the end of the calendar never ends.
  const days = Math.round((tokyoMidnight(to) - tokyoMidnight(from)) / DAY_MS) + 1;
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const holiday = holidayOn(date);
    // Typed with the contract's union: a new reason in the domain that the schema
    // does not know fails to compile here, instead of failing answers at run time.
    const closed: ClosureReason | null = hallClosure(date);
    if (holiday !== null || closed !== null) items.push({ date, holiday, closed });
  }
  return items;
}
