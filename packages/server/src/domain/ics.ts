/**
 * iCalendar (RFC 5545) feeds of the hall's events, written with ical-generator.
 * Output depends only on the input: times are Tokyo wall-clock with
 * `TZID=Asia/Tokyo`, DTSTAMP is the event's `updatedAt`, never "now".
 */
import ical, { ICalCalendarMethod, type ICalCalendar, type ICalDayJsStub } from 'ical-generator';
import { sessionAt, type HallEvent, type Language, type LocalizedText, type Venue } from '@promotion-hall/sdk/schemas';
import { RecurrenceError, occurrenceIdOf, parseRrule, sessionOccurrences } from './recurrence.js';
import { addDays, tokyoDate, tokyoMidnight, tokyoParts, toTokyoIso } from './time.js';

export interface IcsOptions {
  /** The hall's domain, the right-hand side of every UID (`<id>@<domain>`). */
  domain: string;
  calendarName: string;
  /** Which text to write; English falls back to Japanese where missing. Default `ja`. */
  lang?: Language;
  /** The page for an event (default: its own `url`); anything but http(s) is left out. */
  eventUrl?: (event: HallEvent) => string | null;
  /** The hall's venues, for the names of an event's venue and room in LOCATION. */
  venues?: readonly Venue[];
}

export interface IcsOccurrence {
  event: HallEvent;
  start: number;
  end: number;
  occurrenceId: string;
}

const TZID = 'Asia/Tokyo';
// Tokyo has kept +09:00 without DST since 1951, so one STANDARD block is exact:
// no need for @touch4it/ical-timezones and its zone file read from disk per call.
const TOKYO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * The event as a calendar app should keep it: one VEVENT with RRULE/RDATE/EXDATE when it
 * recurs; for a course, one VEVENT per session (its sessions differ in time and title, which
 * no rule can say), each with the UID the feed gives that session. @throws {RecurrenceError}
 */
export function eventToIcs(event: HallEvent, options: IcsOptions): string {
  const calendar = newCalendar(options);
  if (event.sessions.length > 0) {
    const seriesStart = Date.parse(event.start);
    for (const { start, end } of sessionOccurrences(event, -Infinity, Infinity)) {
      addEvent(calendar, event, start, end, occurrenceIdOf(event.id, start, seriesStart), options, null);
    }
  } else {
    addEvent(calendar, event, Date.parse(event.start), Date.parse(event.end), event.id, options, recurrenceLines(event));
  }
  return ending(calendar);
}

/** A feed of already expanded occurrences, one stand-alone VEVENT each. */
export function occurrencesToIcs(items: ReadonlyArray<IcsOccurrence>, options: IcsOptions): string {
  const calendar = newCalendar(options);
  for (const { event, start, end, occurrenceId } of items) addEvent(calendar, event, start, end, occurrenceId, options, null);
  return ending(calendar);
}

/** The text of the calendar; RFC 5545 ends every line with CRLF, END:VCALENDAR too (ical-generator leaves it bare). */
function ending(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

function newCalendar(options: IcsOptions): ICalCalendar {
  // The domain lands unescaped in every UID line.
  if (!/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/i.test(options.domain)) throw new TypeError('IcsOptions.domain must be a host name');
  return ical({
    prodId: { company: 'promotion-hall', product: 'reference-server', language: options.lang === 'en' ? 'EN' : 'JA' },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALNAME without escaping them.
    name: escapeText(options.calendarName),
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as
    // local time without `Z`. Events carry the zone; the generator adds its VTIMEZONE.
    timezone: { name: null, generator: (tz) => (tz === TZID ? TOKYO_VTIMEZONE : null) },
    x: [{ key: 'X-WR-TIMEZONE', value: TZID }],
  });
}

function addEvent(calendar: ICalCalendar, event: HallEvent, start: number, end: number, uidBase: string, options: IcsOptions, repeating: string | null): void {
  const lang = options.lang ?? 'ja';
  const [first, last] = event.allDay ? allDaySpan(start, end) : [start, end];
  const location = locationOf(event, options.venues ?? [], lang);
  calendar.createEvent({
    id: `${uidBase}@${options.domain}`,
    stamp: new Date(Date.parse(event.updatedAt)),
    lastModified: new Date(Date.parse(event.updatedAt)),
    timezone: TZID,
    allDay: event.allDay,
    start: tokyoClock(first),
    end: tokyoClock(last),
    summary: summaryOf(event, start, lang),
    description: textOf(event.description, lang),
    location,
    url: webUrl(options.eventUrl?.(event) ?? event.url),
    repeating,
  });
}

/** The title, and for a course's session its number and own title: "創業塾 第2回 事業計画". */
function summaryOf(event: HallEvent, start: number, lang: Language): string {
  const title = textOf(event.title, lang);
  const session = sessionAt(event, start);
  if (!session) return title;
  const own = session.title ? textOf(session.title, lang) : '';
  return lang === 'en' ? `${title}, session ${session.index}${own ? `: ${own}` : ''}` : `${title} 第${session.index}回${own ? ` ${own}` : ''}`;
}

/** Where, as the calendar's detail says it: the hall's venue and room, a place outside it, online. */
function locationOf(event: HallEvent, venues: readonly Venue[], lang: Language): string | null {
  const venue = event.venueId === null ? undefined : venues.find((v) => v.id === event.venueId);
  const room = event.roomId === null ? undefined : venue?.rooms.find((r) => r.id === event.roomId);
  const parts = [venue && textOf(venue.name, lang), room && textOf(room.name, lang), event.place && textOf(event.place, lang), event.online ? (lang === 'en' ? 'Online' : 'オンライン') : undefined];
  const words = parts.filter((part): part is string => Boolean(part));
  // A space between Japanese names (会館 研修室1), commas between English ones (Hall, Training Room 1, Online).
  return words.length > 0 ? words.join(lang === 'en' ? ', ' : ' ') : null;
}

/**
 * A date-time that formats itself on a Tokyo clock. Given a plain `Date` and a
 * zone, ical-generator reads the process's local time (`getHours()`), so the
 * feed would change with the server's TZ; it formats dayjs-like objects through
 * their own `format()`, which this implements for the tokens it asks for. There
 * is deliberately no `utc()`: a path that wanted UTC would throw, not mislead.
 */
function tokyoClock(ms: number): ICalDayJsStub {
  const p = tokyoParts(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const tokens: Record<string, string> = { YYYY: pad(p.year, 4), MM: pad(p.month), DD: pad(p.day), HH: pad(p.hour), mm: pad(p.minute), ss: pad(p.second) };
  const clock: ICalDayJsStub = {
    format: (pattern = 'YYYY-MM-DDTHH:mm:ss') => pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => tokens[token]!),
    isValid: () => true,
    toDate: () => new Date(ms),
    toJSON: () => toTokyoIso(ms),
    tz: () => clock,
  };
  return clock;
}

/**
 * All-day spans as Tokyo midnights, end exclusive as DTEND;VALUE=DATE wants it.
 * An end at midnight is already exclusive; any other end (23:59) means "through that day".
 */
function allDaySpan(start: number, end: number): [number, number] {
  const first = tokyoMidnight(tokyoDate(start));
  const endsAtMidnight = end === tokyoMidnight(tokyoDate(end));
  const last = endsAtMidnight && end > first ? end : tokyoMidnight(addDays(tokyoDate(end), 1));
  return [first, last];
}

/** RRULE/RDATE/EXDATE lines for ical-generator's `repeating`, or null for a single event. */
function recurrenceLines(event: HallEvent): string | null {
  const recurrence = event.recurrence;
  if (recurrence === null) return null;
  const lines: string[] = [];
  if (recurrence.rrule !== null) {
    const { parts, untilMs } = parseRrule(recurrence.rrule, event.id);
    // RFC 5545 wants UNTIL in UTC when DTSTART has a TZID, and a DATE when DTSTART is one.
    const until = untilMs === null ? '' : event.allDay ? compactDate(untilMs) : utcStamp(untilMs);
    lines.push(`RRULE:${parts.map(([key, value]) => `${key}=${key === 'UNTIL' ? until : value}`).join(';')}`);
  }
  for (const [name, texts] of [['RDATE', recurrence.rdates], ['EXDATE', recurrence.exdates]] as const) {
    if (texts.length === 0) continue;
    const instants = texts.map((text) => {
      const ms = Date.parse(text);
      if (Number.isNaN(ms)) throw new RecurrenceError('invalid_date', `${name} ${JSON.stringify(text.slice(0, 40))} is not a date-time`, event.id);
      return ms;
    });
    const values = [...new Set(instants.map(event.allDay ? compactDate : tokyoStamp))].sort();
    lines.push(`${name};${event.allDay ? 'VALUE=DATE' : `TZID=${TZID}`}:${values.join(',')}`);
  }
  if (lines.length === 0) return null;
  // ical-generator prefixes a one-line `repeating` with `RRULE:`, which would turn
  // a lone RDATE line into a broken rule. A blank second line keeps it as is and
  // is trimmed away on output.
  return lines.length === 1 && !lines[0]!.startsWith('RRULE:') ? `${lines[0]}\n ` : lines.join('\n');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function compactDate(ms: number): string {
  return tokyoDate(ms).replaceAll('-', '');
}

function tokyoStamp(ms: number): string {
  const p = tokyoParts(ms);
  return `${compactDate(ms)}T${pad2(p.hour)}${pad2(p.minute)}${pad2(p.second)}`;
}

function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

function textOf(text: LocalizedText, lang: Language): string {
  return lang === 'en' && text.en ? text.en : text.ja;
}

// TEXT escaping (RFC 5545 §3.3.11) for the calendar properties ical-generator leaves raw.
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function webUrl(text: string | null): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
