/**
 * Occurrences of recurring series, expanded once over a wide window and reused.
 * A visitor paging through months asks for many ranges of the same few series;
 * expanding the rule again for each range was the largest cost of building an
 * events answer (docs/benchmarks.md, "cold" rows).
 */
import type { HallEvent } from '@promotion-hall/sdk/schemas';
import { expandOccurrences, sessionOccurrences, type Occurrence } from './recurrence.js';
import { DAY_MS, tokyoDate, tokyoMidnight } from './time.js';

/** More than any window can hold means the expansion was cut short: then nothing is kept. */
const WINDOW_LIMIT = 50_000;

export class OccurrenceCache {
  private readonly expanded = new Map<string, Occurrence[]>();
  private key = '';

  constructor(
    private readonly daysBefore = 400,
    private readonly daysAfter = 800,
  ) {}

  /**
   * The occurrences of `event` overlapping [fromMs, toMs), as a listing shows them: a course
   * on each of its session days (sessionOccurrences), anything else as expandOccurrences gives
   * them. `revision` is the data revision the event came from; the window is anchored on today
   * in Japan, so it moves (and is expanded afresh) once a day.
   */
  within(event: HallEvent, fromMs: number, toMs: number, revision: number, nowMs: number): Occurrence[] {
    if (event.sessions.length > 0) return sessionOccurrences(event, fromMs, toMs);
    if (event.recurrence === null) return expandOccurrences(event, fromMs, toMs);
    const today = tokyoMidnight(tokyoDate(nowMs));
    const windowFrom = today - this.daysBefore * DAY_MS;
    const windowTo = today + this.daysAfter * DAY_MS;
    const duration = Date.parse(event.end) - Date.parse(event.start);
    if (fromMs - duration < windowFrom || toMs > windowTo) return expandOccurrences(event, fromMs, toMs);

    const key = `${revision}|${windowFrom}`;
    if (key !== this.key) {
      this.expanded.clear();
      this.key = key;
    }
    let all = this.expanded.get(event.id);
    if (all === undefined) {
      all = expandOccurrences(event, windowFrom, windowTo, WINDOW_LIMIT);
      if (all.length >= WINDOW_LIMIT) return expandOccurrences(event, fromMs, toMs);
      this.expanded.set(event.id, all);
    }
    // The same overlap rule as expandOccurrences: starts before the end of the range, and
    // ends after its start (or, lasting no time, starts within it).
    return all.filter((o) => o.start < toMs && (o.end > fromMs || o.start >= fromMs));
  }
}
