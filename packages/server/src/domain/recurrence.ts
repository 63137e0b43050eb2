/**
 * Expands a hall event's recurrence (RFC 5545 RRULE + RDATE − EXDATE) into the
 * occurrences that fall in a range, on Tokyo wall-clock time whatever the
 * process's own time zone.
 */
import * as rruleModule from 'rrule';
import type { Options as RRuleOptions } from 'rrule';
import type { HallEvent } from '@promotion-hall/sdk/schemas';
import { DAY_MS, TOKYO_OFFSET_MS, tokyoDate, tokyoMinuteOfDay, tokyoParts } from './time.js';

// rrule's "main" is a UMD bundle, which Node's ESM loader exposes only as a
// default export; a bundler following its "module" field sees named exports.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

/** One occurrence as epoch milliseconds, end exclusive. */
export interface Occurrence {
  start: number;
  end: number;
}

export type RecurrenceErrorCode =
  /** The RRULE text is malformed or contradicts RFC 5545 (e.g. COUNT with UNTIL). */
  | 'invalid_rrule'
  /** Well-formed RFC 5545 that the hall does not support (sub-daily FREQ, RSCALE, …). */
  | 'unsupported_rrule'
  /** A start, end, RDATE or EXDATE is not a date-time. */
  | 'invalid_date';

/**
 * Thrown by {@link expandOccurrences} and {@link parseRrule} when an event's
 * recurrence cannot be expanded. Routes catch it and answer for that event
 * (skip it, or a 422) instead of failing the whole request. The message names the
 * event and the offending rule text, which carries no personal data.
 */
export class RecurrenceError extends Error {
  override readonly name = 'RecurrenceError';
  readonly code: RecurrenceErrorCode;
  readonly eventId: string | undefined;

  constructor(code: RecurrenceErrorCode, message: string, eventId?: string) {
    super(eventId === undefined ? message : `event ${eventId}: ${message}`);
    this.code = code;
    this.eventId = eventId;
  }
}

/** An RRULE checked against what the hall supports. */
export interface ParsedRrule {
  /** The parts in their written order, keys upper-case (`FREQ`, `BYDAY`, …). */
  parts: ReadonlyArray<readonly [key: string, value: string]>;
  /**
   * UNTIL as an instant: a UTC stamp as written, a floating stamp read on a Tokyo
   * clock, a bare date as the end of that Tokyo day (so the day itself counts).
   * `null` without UNTIL.
   */
  untilMs: number | null;
}

const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const intList = (min: number, max: number, signed: boolean) => (value: string) =>
  value.split(',').every((item) => {
    if (!/^[+-]?\d{1,3}$/.test(item) || (!signed && /^[+-]/.test(item))) return false;
    const n = Math.abs(Number(item));
    return n >= min && n <= max;
  });

const PART_CHECKS: Record<string, (value: string) => boolean> = {
  FREQ: (v) => /^(DAILY|WEEKLY|MONTHLY|YEARLY)$/.test(v),
  INTERVAL: (v) => /^[1-9]\d{0,3}$/.test(v),
  COUNT: (v) => /^[1-9]\d{0,4}$/.test(v),
  UNTIL: (v) => /^\d{8}(T\d{6}Z?)?$/.test(v),
  // Weekdays with an optional ordinal: SA, 2SU, -1FR (±1–53).
  BYDAY: (v) => v.split(',').every((item) => new RegExp(`^([+-]?[1-9]\\d?)?${WEEKDAY}$`).test(item) && Math.abs(parseInt(item, 10) || 1) <= 53),
  BYMONTHDAY: intList(1, 31, true),
  BYMONTH: intList(1, 12, false),
  BYYEARDAY: intList(1, 366, true),
  BYWEEKNO: intList(1, 53, true),
  BYSETPOS: intList(1, 366, true),
  BYHOUR: intList(0, 23, false),
  BYMINUTE: intList(0, 59, false),
  BYSECOND: intList(0, 59, false),
  WKST: (v) => new RegExp(`^${WEEKDAY}$`).test(v),
};
// Valid RFC 5545/7529 that rrule cannot honour or that would flood a range.
const UNSUPPORTED = new Set(['RSCALE', 'SKIP']);
const UNSUPPORTED_FREQ = /^(SECONDLY|MINUTELY|HOURLY)$/;
const MAX_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks RRULE text (no `RRULE:` prefix, no DTSTART) and reads its UNTIL. */
export function parseRrule(text: string, eventId?: string): ParsedRrule {
  const fail = (code: RecurrenceErrorCode, why: string): never => {
    throw new RecurrenceError(code, `RRULE ${JSON.stringify(text.slice(0, 100))} ${why}`, eventId);
  };
  if (text.length === 0 || text.length > 500) fail('invalid_rrule', 'must be 1–500 characters');
  const parts: Array<[string, string]> = [];
  for (const piece of text.split(';')) {
    const m = /^([A-Z]+)=(.+)$/.exec(piece.trim().toUpperCase());
    if (!m) return fail('invalid_rrule', `has a malformed part ${JSON.stringify(piece.slice(0, 40))}`);
    const [, key, value] = m as unknown as [string, string, string];
    if (parts.some(([k]) => k === key)) fail('invalid_rrule', `repeats ${key}`);
    if (UNSUPPORTED.has(key) || (key === 'FREQ' && UNSUPPORTED_FREQ.test(value))) fail('unsupported_rrule', `uses ${key}=${value}, which the hall does not support`);
    const check = PART_CHECKS[key];
    if (!check) fail('invalid_rrule', `has an unknown part ${key}`);
    else if (!check(value)) fail('invalid_rrule', `has an invalid ${key}`);
    parts.push([key, value]);
  }
  const get = (key: string) => parts.find(([k]) => k === key)?.[1];
  if (get('FREQ') === undefined) fail('invalid_rrule', 'has no FREQ');
  if (get('COUNT') !== undefined && get('UNTIL') !== undefined) fail('invalid_rrule', 'has both COUNT and UNTIL');

  // 30 February never comes: an authoring slip that would silently publish
  // nothing, and the costliest search rrule can be asked for.
  const months = get('BYMONTH')?.split(',').map(Number);
  const days = get('BYMONTHDAY')?.split(',').map(Number);
  if (months && days && !months.some((mo) => days.some((d) => Math.abs(d) <= MAX_MONTH_DAYS[mo - 1]!))) {
    fail('invalid_rrule', 'names a day that none of its months has');
  }

  const until = get('UNTIL');
  let untilMs: number | null = null;
  if (until !== undefined) {
    const [y, mo, d, h = 0, mi = 0, s = 0] = (until.match(/^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/) ?? []).slice(1).filter(Boolean).map(Number) as number[];
    const day = Date.UTC(y!, mo! - 1, d!);
    if (new Date(day).getUTCDate() !== d || new Date(day).getUTCMonth() !== mo! - 1 || h > 23 || mi > 59 || s > 59) fail('invalid_rrule', 'has an impossible UNTIL');
    if (until.length === 8) untilMs = day + DAY_MS - 1 - TOKYO_OFFSET_MS;
    else untilMs = day + ((h * 60 + mi) * 60 + s) * 1000 - (until.endsWith('Z') ? 0 : TOKYO_OFFSET_MS);
  }
  return { parts, untilMs };
}

// rrule reads dates in UTC, so instants enter as Tokyo wall-clock fields written
// in UTC ("floating") and come back shifted by the same amount. The shift also
// adds whole 400-year Gregorian cycles (146,097 days, a whole number of weeks, so
// weekdays and leap days repeat exactly): rrule searches for the next match up to
// year 9999 and a rule with few matches would otherwise scan thousands of years
// after the range before it stops.
const CYCLE_MS = 146_097 * DAY_MS;
const LAST_SAFE_YEAR = 9_998;

function frameShift(toMs: number): number {
  const cycles = Math.floor((LAST_SAFE_YEAR - tokyoParts(toMs).year) / 400);
  return TOKYO_OFFSET_MS + Math.max(0, cycles) * CYCLE_MS;
}

function parseInstant(text: string, what: string, eventId: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new RecurrenceError('invalid_date', `${what} ${JSON.stringify(String(text).slice(0, 40))} is not a date-time`, eventId);
  return ms;
}

/**
 * Every occurrence of the event that overlaps [fromMs, toMs), by start, at most `limit`.
 *
 * A recurring event's series starts at `event.start` and each occurrence lasts as
 * long as the series' first. As in RFC 5545 the series' start is always an
 * occurrence (unless an EXDATE removes it), so keep it on the rule: an RRULE that
 * skips its own start has one occurrence more here and in most calendar apps.
 * An EXDATE removes the occurrence starting at that instant; for all-day events
 * the one on that Tokyo date (the ICS feed writes all-day EXDATEs as dates).
 * A zero-length occurrence counts when it starts inside the range.
 *
 * @throws {RecurrenceError} when the RRULE or a date cannot be read.
 */
export function expandOccurrences(event: HallEvent, fromMs: number, toMs: number, limit = 5000): Occurrence[] {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw new RangeError('expandOccurrences needs a finite range');
  if (toMs <= fromMs || limit < 1) return [];
  const seriesStart = parseInstant(event.start, 'start', event.id);
  const duration = parseInstant(event.end, 'end', event.id) - seriesStart;
  const overlaps = (start: number) => start < toMs && (start + duration > fromMs || start >= fromMs);

  const recurrence = event.recurrence;
  if (recurrence === null) return overlaps(seriesStart) ? [{ start: seriesStart, end: seriesStart + duration }] : [];

  const excluded = new Set(recurrence.exdates.map((text) => parseInstant(text, 'EXDATE', event.id)));
  const excludedDates = new Set(event.allDay ? [...excluded].map(tokyoDate) : []);
  const isExcluded = (start: number) => excluded.has(start) || (event.allDay && excludedDates.has(tokyoDate(start)));

  const starts = new Set<number>();
  if (overlaps(seriesStart)) starts.add(seriesStart);
  for (const text of recurrence.rdates) {
    const start = parseInstant(text, 'RDATE', event.id);
    if (overlaps(start)) starts.add(start);
  }
  if (recurrence.rrule !== null) {
    // Taking `limit` plus one per EXDATE from the rule is enough: each EXDATE
    // removes at most one of them.
    for (const start of ruleStarts(recurrence.rrule, event.id, seriesStart, fromMs - duration, toMs, limit + excluded.size)) {
      if (overlaps(start)) starts.add(start);
    }
  }
  return [...starts]
    .filter((start) => !isExcluded(start))
    .sort((a, b) => a - b)
    .slice(0, limit)
    .map((start) => ({ start, end: start + duration }));
}

/**
 * A course's sessions (全N回) that overlap [fromMs, toMs), one occurrence each, in start order
 * (the same overlap rule as {@link expandOccurrences}). A course is listed on each of its
 * session days: its own `start`/`end` are those of its first session, and its schedule is
 * the explicit list, so its `recurrence`, if any, is not read.
 *
 * @throws {RecurrenceError} when a session's start or end is not a date-time.
 */
export function sessionOccurrences(event: HallEvent, fromMs: number, toMs: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const session of event.sessions) {
    const start = parseInstant(session.start, `session ${session.index} start`, event.id);
    const end = parseInstant(session.end, `session ${session.index} end`, event.id);
    if (start < toMs && (end > fromMs || start >= fromMs)) found.push({ start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Starts produced by the rule in [afterMs, beforeMs], in order, at most `max`. */
function ruleStarts(text: string, eventId: string, seriesStart: number, afterMs: number, beforeMs: number, max: number): number[] {
  const { parts, untilMs } = parseRrule(text, eventId);
  const shift = frameShift(beforeMs);
  try {
    const options: Partial<RRuleOptions> = RRule.parseString(parts.map(([key, value]) => `${key}=${value}`).join(';'));
    options.dtstart = new Date(seriesStart + shift);
    options.tzid = null;
    options.until = untilMs === null ? null : new Date(untilMs + shift);
    const rule = new RRule(options, true);
    return rule
      .between(new Date(afterMs + shift), new Date(beforeMs + shift), true, (_date, count) => count < max)
      .map((date) => date.getTime() - shift);
  } catch (error) {
    throw new RecurrenceError('invalid_rrule', `RRULE ${JSON.stringify(text.slice(0, 100))} could not be expanded (${error instanceof Error ? error.message : String(error)})`, eventId);
  }
}

/**
 * The occurrence id `<eventId>@<YYYY-MM-DD>` of the Tokyo date an occurrence starts on.
 *
 * Pass the series' start so that an occurrence at another time of day than the
 * series (a BYHOUR rule, an RDATE at another hour) gets `T<HHMM>`: two
 * occurrences on one date then never share an id, and an id never depends on
 * which range was asked for.
 */
export function occurrenceIdOf(eventId: string, startMs: number, seriesStartMs?: number): string {
  const id = `${eventId}@${tokyoDate(startMs)}`;
  if (seriesStartMs === undefined || tokyoMinuteOfDay(startMs) === tokyoMinuteOfDay(seriesStartMs)) return id;
  const p = tokyoParts(startMs);
  return `${id}T${String(p.hour).padStart(2, '0')}${String(p.minute).padStart(2, '0')}`;
}
