/**
 * Occurrences grouped by the Japan dates they cover, for one visible range.
 * Built once per loaded range and filter, so rendering a month with 1,000
 * events touches each event once, not once per day cell.
 */
import type { EventOccurrence } from '@promotion-hall/sdk';
import { addDays } from '../../internal/japan-dates.js';

/** The Japan dates an occurrence covers: its start date to its end date, where an end at exactly midnight does not count as a day. */
export function datesCovered(occurrence: Pick<EventOccurrence, 'start' | 'end'>): { first: string; last: string } {
  const first = occurrence.start.slice(0, 10);
  let last = occurrence.end.slice(0, 10);
  if (last > first && occurrence.end.slice(11, 19) === '00:00:00') last = addDays(last, -1);
  return { first, last };
}

/** Occurrences by date within `from`–`to` (inclusive), each day's list in start order (all-day ones first). */
export function indexByDay(occurrences: readonly EventOccurrence[], from: string, to: string): Map<string, EventOccurrence[]> {
  const days = new Map<string, EventOccurrence[]>();
  let previousStart = '';
  let inStartOrder = true;
  for (const occurrence of occurrences) {
    if (occurrence.start < previousStart) inStartOrder = false;
    previousStart = occurrence.start;
    const covered = datesCovered(occurrence);
    let day = covered.first < from ? from : covered.first;
    const last = covered.last > to ? to : covered.last;
    if (day > last) continue;
    // Date arithmetic only between the days of a multi-day event: most events have one day,
    // and stepping past it cost a third of the index's time with 1,000 events (a profile).
    for (;;) {
      const list = days.get(day);
      if (list) list.push(occurrence);
      else days.set(day, [occurrence]);
      if (day >= last) break;
      day = addDays(day, 1);
    }
  }
  // The API sends occurrences in start order, so each day's list already is: only the all-day
  // ones need to come first (sorting every day's list was a sixth of a first frame's script).
  for (const [day, list] of days) {
    if (!inStartOrder) list.sort(byAllDayThenStart);
    else if (list.some((o, i) => o.allDay && i > 0 && !list[i - 1]!.allDay)) days.set(day, allDayFirst(list));
  }
  return days;
}

/** The same list with the all-day occurrences first, each part in its order (a stable partition). */
function allDayFirst(list: EventOccurrence[]): EventOccurrence[] {
  return [...list.filter((o) => o.allDay), ...list.filter((o) => !o.allDay)];
}

function byAllDayThenStart(a: EventOccurrence, b: EventOccurrence): number {
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
