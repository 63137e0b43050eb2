/**
 * Whether a shop is open, on the server's holiday calendar. The rules themselves
 * live in `@promotion-hall/sdk/opening-hours`, shared with the browser widgets so
 * both give the same answer; this only supplies the public holidays.
 */
import type { OpeningHours } from '@promotion-hall/sdk/schemas';
import * as rules from '@promotion-hall/sdk/opening-hours';
import { holidayOn } from './holidays.js';

const isHoliday = (date: string): boolean => holidayOn(date) !== null;

/** The periods a shop keeps on a Tokyo date, in order of opening (see the SDK's `periodsOn`). */
export function periodsOn(hours: OpeningHours, date: string): Array<{ opens: string; closes: string }> {
  return rules.periodsOn(hours, date, isHoliday);
}

/** Open at this instant? Periods are [opens, closes); last night's may still be running (see the SDK's `isOpenAt`). */
export function isOpenAt(hours: OpeningHours, ms: number): boolean {
  return rules.isOpenAt(hours, ms, isHoliday);
}
