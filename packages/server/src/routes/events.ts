/** `/events`: occurrences in a range (recurrence expanded), one event, and iCalendar feeds. */
import { EventOccurrence, EventsFeedQuery, EventsQuery, HallEvent, IcsQuery, pageOf, type Language } from '@promotion-hall/sdk/schemas';
import { searchWords } from '@promotion-hall/sdk/normalize';
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { OccurrenceCache } from '../domain/occurrence-cache.js';
import { occurrenceIdOf, RecurrenceError } from '../domain/recurrence.js';
import { eventToIcs, occurrencesToIcs, type IcsOptions } from '../domain/ics.js';
import { addDays, tokyoDate, toTokyoIso } from '../domain/time.js';
import { occurrenceMatches } from '../domain/event-search.js';
import { dateRange } from '../http/dates.js';
import { CACHE, sendJson, sendText } from '../http/json.js';
import { paginate } from '../http/pagination.js';
import { notFound } from '../http/problem.js';
import { assertKnownStreet, parseBoth, parseId, parseIdValue, parseQuery } from '../http/validate.js';

const EventPage = pageOf(EventOccurrence);
export const DEFAULT_RANGE_DAYS = 31;
export const MAX_RANGE_DAYS = 366;
export const MAX_FEED_OCCURRENCES = 5000;
export const DEFAULT_EVENT_PAGE_SIZE = 100;
/**
 * A feed without `from` and `to` is a subscription: calendar apps fetch the same URL again and
 * again. It starts 30 days ago (what a subscriber went to stays in their calendar) and spans
 * 366 days, so about 11 months ahead. (With dates, or `from` alone, the ranges of GET /events.)
 */
export const FEED_PAST_DAYS = 30;
export const SUBSCRIPTION_DAYS = MAX_RANGE_DAYS;

/**
 * At most `max` of a feed's occurrences (in start order): when more match, the past ones go first,
 * then the furthest ahead. A subscriber misses least what is nearest to come.
 */
export function capFeed<T extends { start: number }>(found: readonly T[], nowMs: number, max: number): readonly T[] {
  if (found.length <= max) return found;
  const firstUpcoming = found.findIndex((o) => o.start >= nowMs);
  const upcoming = firstUpcoming < 0 ? found.length : firstUpcoming;
  const past = Math.min(upcoming, Math.max(0, max - (found.length - upcoming)));
  return found.slice(upcoming - past, upcoming - past + max);
}

interface Found {
  event: HallEvent;
  start: number;
  end: number;
  occurrenceId: string;
}

export function eventRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const expansions = new OccurrenceCache();

  /**
   * Every occurrence matching the query, in start order (without `to`, `defaultDays` from `from`).
   * `now`: the request's one reading of the clock, when the caller needs it too.
   */
  async function occurrences(query: EventsQuery, defaultDays = DEFAULT_RANGE_DAYS, now = deps.now()) {
    const revision = deps.repo.revision().reference;
    const range = dateRange(query, now, defaultDays, MAX_RANGE_DAYS);
    await assertKnownStreet(query.streetId, deps.repo);
    const words = query.q === undefined ? [] : searchWords(query.q);
    const series = await deps.repo.findEvents({
      fromMs: range.fromMs,
      toMs: range.toMs,
      ...(query.category ? { categories: query.category } : {}),
      ...(query.streetId ? { streetId: query.streetId, includeHall: query.includeHall === true } : {}),
      words,
    });
    const found: Found[] = [];
    for (const event of series) {
      try {
        for (const o of expansions.within(event, range.fromMs, range.toMs, revision, now)) {
          if (!occurrenceMatches(event, o.start, words)) continue;
          found.push({ event, start: o.start, end: o.end, occurrenceId: occurrenceIdOf(event.id, o.start, Date.parse(event.start)) });
        }
      } catch (error) {
        if (!(error instanceof RecurrenceError)) throw error;
        // A stored rule the expander cannot read is a data error: leave the event out, tell the operator.
        deps.log(`warn: event ${event.id} has an unreadable recurrence rule or session; left out of the list`);
      }
    }
    found.sort((a, b) => a.start - b.start || a.event.id.localeCompare(b.event.id));
    return found;
  }

  app.get('/events', async (c) => {
    const query = parseQuery(c, EventsQuery);
    const all = await occurrences(query);
    const page = paginate(all, query.cursor, query.limit ?? DEFAULT_EVENT_PAGE_SIZE);
    const items = page.items.map(
      (f): EventOccurrence => ({ ...f.event, start: toTokyoIso(f.start), end: toTokyoIso(f.end), occurrenceId: f.occurrenceId }),
    );
    return sendJson(c, EventPage, { ...page, items }, { validate: deps.config.validateResponses, cache: CACHE.public });
  });

  app.get('/events.ics', async (c) => {
    const { lang, ...query } = parseQuery(c, EventsFeedQuery);
    const now = deps.now();
    const subscription = query.from === undefined && query.to === undefined;
    const found = subscription
      ? await occurrences({ ...query, from: addDays(tokyoDate(now), -FEED_PAST_DAYS) }, SUBSCRIPTION_DAYS, now)
      : await occurrences(query, DEFAULT_RANGE_DAYS, now);
    const body = occurrencesToIcs(capFeed(found, now, MAX_FEED_OCCURRENCES), await icsOptions(c.req.url, lang));
    return calendar(c, body, 'hall-events.ics');
  });

  app.get('/events/:id', async (c) => {
    const raw = c.req.param('id');
    const asIcs = raw.endsWith('.ics');
    const [id, lang] = asIcs ? parseBoth(() => parseIdValue(raw.slice(0, -4)), () => parseQuery(c, IcsQuery).lang) : [parseId(c), undefined];
    const event = await deps.repo.getEvent(id);
    if (!event) throw notFound(`There is no event "${id}".`);
    if (asIcs) return calendar(c, eventToIcs(event, await icsOptions(c.req.url, lang)), `${id}.ics`);
    return sendJson(c, HallEvent, event, { validate: deps.config.validateResponses, cache: CACHE.public });
  });

  /** How a calendar file is written: the request's host in UIDs, the language asked, the hall's venues for LOCATION. */
  async function icsOptions(requestUrl: string, lang: Language = 'ja'): Promise<IcsOptions> {
    const url = new URL(requestUrl);
    const calendarName = lang === 'en' ? 'Industry Promotion Hall events' : '産業振興会館 イベント';
    return { domain: url.hostname, calendarName, lang, venues: await deps.repo.listVenues() };
  }

  return app;
}

function calendar(c: Context, body: string, filename: string): Response {
  return sendText(c, body, 'text/calendar; charset=utf-8', CACHE.public, { 'Content-Disposition': `attachment; filename="${filename}"` });
}
