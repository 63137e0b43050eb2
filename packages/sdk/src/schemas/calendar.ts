/**
 * The hall's calendar days: Japanese public holidays (祝日) with their names and the
 * days the hall is closed, so the event calendar can mark them without bundling a
 * holiday data set in the browser.
 */
import * as z from './zod.js';
import { IsoDate } from './common.js';
import { listOf } from './page.js';

/** The longest range `GET /calendar` answers, in days (both ends included): a year and a bit, for a year view. */
export const MAX_CALENDAR_RANGE_DAYS = 400;

export const CLOSURE_REASONS = [
  'holiday', // 祝日休館
  'year_end', // 年末年始休館 (12/29–1/3)
] as const;
/** Why the hall is closed on a day. */
export const ClosureReason = z.enum(CLOSURE_REASONS);
export type ClosureReason = z.infer<typeof ClosureReason>;

/** One day that is a public holiday, a day the hall is closed, or both (元日). */
export const CalendarDay = z.object({
  date: IsoDate,
  /** The public holiday's name (`{ ja: '元日', en: "New Year's Day" }`), or null on an ordinary day. */
  holiday: z.nullable(
    z.object({
      ja: z.string().check(z.minLength(1), z.maxLength(100)),
      // Empty is allowed: the data set may not have an English name for a new holiday yet.
      en: z.string().check(z.maxLength(100)),
    }),
  ),
  /** Why the hall is closed, or null when it is open. The year-end closure wins over a holiday on the same day. */
  closed: z.nullable(ClosureReason),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

const DAY_MS = 86_400_000;
/** An invalid date already has its own issue; the range checks compare only valid ones. */
const bothValid = (q: { from: string; to: string }) => IsoDate.safeParse(q.from).success && IsoDate.safeParse(q.to).success;
// `YYYY-MM-DD` parses as UTC midnight, so the difference is a whole number of days.
const daysIn = (q: { from: string; to: string }) => (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS + 1;

/**
 * Query of `GET /calendar`: both ends required and included. The range is bounded
 * here, in the contract, so the SDK refuses a bad range before any request with the
 * same field (`query.to`) the server would name.
 */
export const CalendarDaysQuery = z
  .object({
    from: IsoDate,
    to: IsoDate,
  })
  .check(
    // zod runs these even when a date failed its format check, hence `bothValid`.
    z.refine((q) => !bothValid(q) || q.from <= q.to, { message: 'must not be before from', path: ['to'] }),
    z.refine((q) => !bothValid(q) || daysIn(q) <= MAX_CALENDAR_RANGE_DAYS, {
      message: `the range may span at most ${MAX_CALENDAR_RANGE_DAYS} days`,
      path: ['to'],
    }),
  );
export type CalendarDaysQuery = z.infer<typeof CalendarDaysQuery>;

/**
 * The answer of `GET /calendar`: only the days with a holiday or a closure (ordinary
 * days are left out), in date order. The order and the sparseness are the server's
 * promise (its tests hold it), not checked here, so a newer server may add kinds of
 * days without breaking this contract.
 */
export const CalendarDayList = listOf(CalendarDay);
export type CalendarDayList = z.infer<typeof CalendarDayList>;
