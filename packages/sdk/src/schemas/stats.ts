/**
 * The hall's monthly figures for its plan's PDCA review (events held, consultations
 * booked). Aggregate counts of categories only: nothing here names, contacts or
 * identifies a person, so the answer is as public as the calendar.
 */
import * as z from './zod.js';
import { Channel, ConsultationCategory } from './consultation.js';
import { EventCategory } from './event.js';

/** The longest range `GET /stats` answers, in months (both ends included): two fiscal years. */
export const MAX_STATS_RANGE_MONTHS = 24;

/** A calendar month in Japan, `YYYY-MM`. */
export const YearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-04'));
export type YearMonth = z.infer<typeof YearMonth>;

const Count = z.int().check(z.gte(0));

/** Months from `from` to `to`, both included (0 or less when `to` is before `from`). */
function monthsBetween(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return index(to) - index(from) + 1;
}

/** Query of `GET /stats`: both ends required and included, at most 24 months. */
export const StatsQuery = z
  .object({
    from: YearMonth,
    to: YearMonth,
  })
  .check(
    // zod runs these even when a month failed its format check, hence the guards.
    z.refine((q) => !YearMonth.safeParse(q.from).success || !YearMonth.safeParse(q.to).success || q.from <= q.to, {
      message: 'must not be before from',
      path: ['to'],
    }),
    z.refine((q) => !YearMonth.safeParse(q.from).success || !YearMonth.safeParse(q.to).success || monthsBetween(q.from, q.to) <= MAX_STATS_RANGE_MONTHS, {
      message: `the range may span at most ${MAX_STATS_RANGE_MONTHS} months`,
      path: ['to'],
    }),
  );
export type StatsQuery = z.infer<typeof StatsQuery>;

/** Bookings made in a month: all of them, those still standing and those cancelled since. */
const BookingCounts = {
  /** Bookings created in the month. */
  booked: Count,
  /** Of those, not cancelled (confirmed, or already held or missed). */
  confirmed: Count,
  /** Of those, cancelled since (by the applicant or the hall). */
  cancelled: Count,
};

/** One month's figures. Every category and channel of the contract is listed, zeros included, in the contract's order. */
export const MonthStats = z.object({
  month: YearMonth,
  events: z.object({
    /** Occurrences that start in the month (a recurring series counts once per occurrence). */
    held: Count,
    byCategory: z.array(z.object({ category: EventCategory, held: Count })),
  }),
  consultations: z.object({
    ...BookingCounts,
    /** By the category of the applicant's topic. */
    byCategory: z.array(z.object({ category: ConsultationCategory, ...BookingCounts })),
    byChannel: z.array(z.object({ channel: Channel, ...BookingCounts })),
  }),
});
export type MonthStats = z.infer<typeof MonthStats>;

/** The answer of `GET /stats`: one entry per month of the range, in order. */
export const Stats = z.object({
  from: YearMonth,
  to: YearMonth,
  months: z.array(MonthStats),
});
export type Stats = z.infer<typeof Stats>;

