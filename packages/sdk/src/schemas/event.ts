/** Events: seminars, courses, briefings, networking, fairs, shopping-street events. */
import * as z from './zod.js';
import { Id, IsoDate, Language, LocalizedText, Timestamp, TokyoDateTime, WebUrl, Yen } from './common.js';

export const EVENT_CATEGORIES = [
  'seminar', // セミナー
  'course', // 講座・連続講座
  'briefing', // 説明会
  'networking', // 交流会
  'consultation_fair', // 相談会
  'training', // 研修
  'fair', // 物産展・展示会
  'street_event', // 商店街イベント
] as const;
export const EventCategory = z.enum(EVENT_CATEGORIES);
export type EventCategory = z.infer<typeof EventCategory>;

export const REGISTRATION_KINDS = [
  'none', // 申込不要
  'first_come', // 先着
  'lottery', // 抽選
] as const;
export const RegistrationKind = z.enum(REGISTRATION_KINDS);
export type RegistrationKind = z.infer<typeof RegistrationKind>;

/** How to take part: capacity (定員), seats left, the application window and the waitlist. */
export const Registration = z
  .object({
    kind: RegistrationKind,
    capacity: z.nullable(z.int().check(z.gte(1), z.lte(100_000))),
    /** Seats left; for a lottery, `null` until it is drawn. */
    remaining: z.nullable(z.int().check(z.gte(0), z.lte(100_000))),
    opensAt: z.nullable(TokyoDateTime),
    closesAt: z.nullable(TokyoDateTime),
    waitlist: z.boolean(),
    /** Where to apply (http/https only). */
    url: z.nullable(WebUrl),
  })
  .check(
    z.refine((r) => r.kind !== 'none' || (r.capacity === null && r.remaining === null), {
      message: 'an event without registration has no capacity',
      path: ['capacity'],
    }),
    z.refine((r) => r.capacity === null || r.remaining === null || r.remaining <= r.capacity, {
      message: 'remaining cannot exceed capacity',
      path: ['remaining'],
    }),
    z.refine((r) => r.opensAt === null || r.closesAt === null || Date.parse(r.opensAt) < Date.parse(r.closesAt), {
      message: 'closesAt must be after opensAt',
      path: ['closesAt'],
    }),
  );
export type Registration = z.infer<typeof Registration>;

const startBeforeEnd = z.refine<{ start: string; end: string }>((e) => Date.parse(e.start) <= Date.parse(e.end), {
  message: 'end must not be before start',
  path: ['end'],
});

/** One session of a multi-session course (全N回). */
export const CourseSession = z
  .object({
    index: z.int().check(z.gte(1), z.lte(100)),
    start: TokyoDateTime,
    end: TokyoDateTime,
    title: z.optional(LocalizedText),
  })
  .check(startBeforeEnd);
export type CourseSession = z.infer<typeof CourseSession>;

/** The session of a course that starts at `start` (an instant, or ISO text with its offset), if any. */
export function sessionAt(event: { readonly sessions: readonly CourseSession[] }, start: number | string): CourseSession | undefined {
  const ms = typeof start === 'number' ? start : Date.parse(start);
  return event.sessions.find((session) => Date.parse(session.start) === ms);
}

/**
 * Recurrence as RFC 5545 pieces: an RRULE (without DTSTART; the event's start is
 * the series start) plus explicit extra dates (RDATE) and removed dates (EXDATE).
 * 8の日 is `FREQ=MONTHLY;BYMONTHDAY=8,18,28`; 酉の市 needs RDATEs.
 */
export const Recurrence = z.object({
  rrule: z.nullable(
    z.string().check(
      z.maxLength(500),
      z.regex(/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/, 'must be an RRULE such as FREQ=MONTHLY;BYMONTHDAY=8,18,28'),
    ),
  ),
  rdates: z.array(TokyoDateTime).check(z.maxLength(500)),
  exdates: z.array(TokyoDateTime).check(z.maxLength(500)),
});
export type Recurrence = z.infer<typeof Recurrence>;

const eventFields = {
  id: Id,
  title: LocalizedText,
  category: EventCategory,
  summary: z.optional(LocalizedText),
  description: LocalizedText,
  /** First (or only) occurrence. In a list, the occurrence's own start. */
  start: TokyoDateTime,
  end: TokyoDateTime,
  allDay: z.boolean(),
  /** A room of the hall; `null` for online-only or outside venues. */
  venueId: z.nullable(Id),
  roomId: z.nullable(Id),
  /** A place outside the hall (a shopping street, a park) in words. */
  place: z.nullable(LocalizedText),
  online: z.boolean(),
  organizer: LocalizedText,
  audience: z.nullable(LocalizedText),
  fee: z.object({ amountYen: Yen, note: z.nullable(LocalizedText) }),
  registration: Registration,
  /** What to bring (持ち物). */
  whatToBring: z.nullable(LocalizedText),
  /**
   * A course's sessions (全N回) in order: each later than the one before, with a higher
   * number (a cancelled session may leave a gap). Empty for single events.
   */
  sessions: z.array(CourseSession).check(
    z.maxLength(100),
    z.refine((list) => list.every((s, i) => i === 0 || (s.index > list[i - 1]!.index && Date.parse(s.start) > Date.parse(list[i - 1]!.start))), {
      message: 'must be in order of start and index',
    }),
  ),
  allSessionsRequired: z.boolean(),
  recurrence: z.nullable(Recurrence),
  /** For street events: the shopping street that holds it. */
  streetId: z.nullable(Id),
  url: z.nullable(WebUrl),
  updatedAt: Timestamp,
};

/**
 * A shopping street's own event (商店街イベント) names its street, so no event of the hall
 * (of no street) has that category: with `streetId`, `includeHall` and `category=street_event`,
 * a street's site shows its street events alone.
 */
const streetEventHasStreet = z.refine<{ category: string; streetId: string | null }>((e) => e.category !== 'street_event' || e.streetId !== null, {
  message: 'a street event names its street',
  path: ['streetId'],
});

type CourseFields = { start: string; end: string; sessions: readonly CourseSession[]; recurrence: unknown };

/** A course's dates are its sessions: it does not recur as well. */
const courseDoesNotRecur = z.refine<CourseFields>((e) => e.sessions.length === 0 || e.recurrence === null, {
  message: 'a course with sessions does not recur',
  path: ['recurrence'],
});

/** A course's `start` and `end` are a session's: as defined, its first; as an occurrence, the one it is. */
const courseAtSession = (which: 'first' | 'any') =>
  z.refine<CourseFields>(
    (e) =>
      e.sessions.length === 0 ||
      (which === 'first' ? e.sessions.slice(0, 1) : e.sessions).some((s) => Date.parse(s.start) === Date.parse(e.start) && Date.parse(s.end) === Date.parse(e.end)),
    { message: which === 'first' ? 'a course starts and ends as its first session' : 'an occurrence of a course is one of its sessions', path: ['start'] },
  );

/** An event as the hall defines it (a series for recurring events; a course at its first session). */
export const HallEvent = z.object(eventFields).check(startBeforeEnd, streetEventHasStreet, courseDoesNotRecur, courseAtSession('first'));
export type HallEvent = z.infer<typeof HallEvent>;

/**
 * One occurrence in a range, as `GET /events` returns them: the event with `start`
 * and `end` of this occurrence (for a course, of one of its sessions) and an
 * `occurrenceId`: `<eventId>@<YYYY-MM-DD>`, the Japan date it starts on, with `T<HHMM>`
 * when it starts at another time of day than the series' (or the course's first session).
 */
export const EventOccurrence = z
  .object({
    ...eventFields,
    occurrenceId: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}@\d{4}-\d{2}-\d{2}(T\d{4})?$/)),
  })
  .check(startBeforeEnd, streetEventHasStreet, courseDoesNotRecur, courseAtSession('any'));
export type EventOccurrence = z.infer<typeof EventOccurrence>;

/** Query of `GET /events`. Lists are comma-separated in the query string. */
export const EventsQuery = z.object({
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  category: z.optional(z.array(EventCategory).check(z.minLength(1), z.maxLength(EVENT_CATEGORIES.length))),
  streetId: z.optional(Id),
  /**
   * With `streetId`: the hall's own events (those of no street) as well, as a street's site shows
   * them: its own events and the hall's, not other streets'. No effect without `streetId`.
   */
  includeHall: z.optional(z.boolean()),
  q: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

/** Query of the iCalendar routes, besides `/events.ics`'s filters: the language of the texts (default `ja`). */
export const IcsQuery = z.object({
  lang: z.optional(Language),
});
export type IcsQuery = z.infer<typeof IcsQuery>;

/** Query of `GET /events.ics`: the filters of `GET /events` and the language of the texts. */
export const EventsFeedQuery = z.object({ ...EventsQuery.shape, ...IcsQuery.shape });
export type EventsFeedQuery = z.infer<typeof EventsFeedQuery>;
