/**
 * A Google Calendar "add event" link for one occurrence. Google takes the
 * times in UTC (`YYYYMMDDTHHMMSSZ`) or, for all-day events, dates with an
 * exclusive end; `ctz` makes it show them in Japan time.
 */
import type { EventOccurrence } from '@promotion-hall/sdk';
import { addDays } from '../../internal/japan-dates.js';
import { datesCovered } from './day-index.js';

const compactUtc = (instant: string) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const compactDate = (iso: string) => iso.replace(/-/g, '');

export function googleCalendarUrl(occurrence: EventOccurrence, text: { title: string; details: string; location: string }): string {
  const covered = datesCovered(occurrence);
  const dates = occurrence.allDay
    ? `${compactDate(covered.first)}/${compactDate(addDays(covered.last, 1))}`
    : `${compactUtc(occurrence.start)}/${compactUtc(occurrence.end)}`;
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', text.title);
  url.searchParams.set('dates', dates);
  url.searchParams.set('ctz', 'Asia/Tokyo');
  // Google cuts long query strings: the details are the summary, not the whole description.
  if (text.details) url.searchParams.set('details', text.details.slice(0, 500));
  if (text.location) url.searchParams.set('location', text.location);
  return url.href;
}
