/**
 * Japanese public holidays (祝日) and the hall's year-end closure (年末年始).
 * Holidays come from @holiday-jp/holiday_jp, a maintained data set (1970–2050,
 * substitute and citizens' holidays included) that needs no network at run time.
 */
import holidays from '@holiday-jp/holiday_jp/lib/holidays.js';

export interface HolidayName {
  ja: string;
  en: string;
}

const table = holidays as unknown as Record<string, { name: string; name_en: string }>;

/** The public holiday on a Tokyo date (`YYYY-MM-DD`), or null. */
export function holidayOn(date: string): HolidayName | null {
  const entry = table[date];
  return entry ? { ja: entry.name, en: entry.name_en } : null;
}

/** The hall closes from 29 December to 3 January. */
export function isYearEndClosure(date: string): boolean {
  const md = date.slice(5);
  return md >= '12-29' || md <= '01-03';
}

export type ClosureReason = 'holiday' | 'year_end';

/** Why the hall is closed on a date, or null when it is open. */
export function hallClosure(date: string): ClosureReason | null {
  if (isYearEndClosure(date)) return 'year_end';
  if (holidayOn(date)) return 'holiday';
  return null;
}

/** All public holidays between two dates inclusive, in order. */
export function holidaysBetween(from: string, to: string): Array<{ date: string } & HolidayName> {
  return Object.keys(table)
    .filter((date) => date >= from && date <= to)
    .sort()
    .map((date) => ({ date, ...(holidayOn(date) as HolidayName) }));
}
