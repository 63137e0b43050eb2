/**
 * `/stats`: the hall's monthly figures for its plan's PDCA review — events held and
 * consultations booked. Aggregate counts of categories only: no names, contacts,
 * references or free text ever enter the answer, so it is public like the calendar.
 */
import {
  CHANNELS,
  CONSULTATION_CATEGORIES,
  EVENT_CATEGORIES,
  Stats,
  StatsQuery,
  type MonthStats,
} from '@promotion-hall/sdk/schemas';
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import type { BookingTally } from '../db/repository.js';
import { expandOccurrences, RecurrenceError } from '../domain/recurrence.js';
import { tokyoDate, tokyoMidnight } from '../domain/time.js';
import { CACHE, sendJson } from '../http/json.js';
import { parseQuery } from '../http/validate.js';

/**
 * Enough for any series over the longest range (24 months of an hourly rule is
 * ≈ 17,500); a rule that makes more is a data error, and is counted up to this.
 */
const MAX_OCCURRENCES_PER_SERIES = 20_000;

export function statsRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  // Kept in the app's answer cache like every public GET; its key includes the
  // bookings revision for this path (app.ts), so a new booking or a cancellation
  // is counted in the next answer.
  app.get('/stats', async (c) => {
    const query = parseQuery(c, StatsQuery);
    return sendJson(c, Stats, await buildStats(deps, query.from, query.to), { validate: deps.config.validateResponses, cache: CACHE.revalidate });
  });

  return app;
}

/** `YYYY-MM` of the month after `month`. */
function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

const startOf = (month: string) => tokyoMidnight(`${month}-01`);

export async function buildStats(deps: AppDeps, from: string, to: string): Promise<Stats> {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  const fromMs = startOf(from);
  const toMs = startOf(nextMonth(to));

  // Events held: occurrences whose start lies in the month, by the event's category.
  const held = new Map<string, number>(); // `${month}|${category}`
  const series = await deps.repo.findEvents({ fromMs, toMs });
  for (const event of series) {
    let starts: number[];
    try {
      starts = expandOccurrences(event, fromMs, toMs, MAX_OCCURRENCES_PER_SERIES).map((o) => o.start);
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      deps.log(`warn: event ${event.id} has an unreadable recurrence rule; left out of the statistics`);
      continue;
    }
    for (const start of starts) {
      // Overlap also returns an occurrence that started before the range and runs into it.
      if (start < fromMs || start >= toMs) continue;
      const key = `${tokyoDate(start).slice(0, 7)}|${event.category}`;
      held.set(key, (held.get(key) ?? 0) + 1);
    }
  }

  const tallies = await deps.repo.bookingTallies(from, to);
  const sum = (rows: BookingTally[]) => {
    const booked = rows.reduce((n, r) => n + r.booked, 0);
    const cancelled = rows.reduce((n, r) => n + r.cancelled, 0);
    return { booked, confirmed: booked - cancelled, cancelled };
  };

  return {
    from,
    to,
    months: months.map((month): MonthStats => {
      const byCategory = EVENT_CATEGORIES.map((category) => ({ category, held: held.get(`${month}|${category}`) ?? 0 }));
      const inMonth = tallies.filter((t) => t.month === month);
      return {
        month,
        events: { held: byCategory.reduce((n, e) => n + e.held, 0), byCategory },
        consultations: {
          ...sum(inMonth),
          byCategory: CONSULTATION_CATEGORIES.map((category) => ({ category, ...sum(inMonth.filter((t) => t.category === category)) })),
          byChannel: CHANNELS.map((channel) => ({ channel, ...sum(inMonth.filter((t) => t.channel === channel)) })),
        },
      };
    }),
  };
}
