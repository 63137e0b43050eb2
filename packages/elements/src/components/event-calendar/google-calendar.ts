/**
 * Google Calendar links: "add event" for one occurrence, and "subscribe" to a feed.
 * For an event Google takes the times in UTC (`YYYYMMDDTHHMMSSZ`) or, for all-day
 * events, dates with an exclusive end; `ctz` makes it show them in Japan time.
 */
import type { EventOccurrence } from '@promotion-hall/sdk';
import { addDays } from '../../internal/japan-dates.js';
import { datesCovered } from './day-index.js';

const compactUtc = (instant: string) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const compactDate = (iso: string) => iso.replace(/-/g, '');
/** The first `max` characters (code points: never half of a surrogate pair). */
const clip = (text: string, max: number) => (text.length <= max ? text : Array.from(text).slice(0, max).join(''));

export function googleCalendarUrl(occurrence: EventOccurrence, text: { title: string; details: string; location: string }): string {
  const covered = datesCovered(occurrence);
  const dates = occurrence.allDay
    ? `${compactDate(covered.first)}/${compactDate(addDays(covered.last, 1))}`
    : `${compactUtc(occurrence.start)}/${compactUtc(occurrence.end)}`;
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  // Google cuts long query strings (a few kB): every text is capped, the details most.
  url.searchParams.set('text', clip(text.title, 200));
  url.searchParams.set('dates', dates);
  url.searchParams.set('ctz', 'Asia/Tokyo');
  // The details are the summary, not the whole description.
  if (text.details) url.searchParams.set('details', clip(text.details, 500));
  if (text.location) url.searchParams.set('location', clip(text.location, 200));
  return url.href;
}

/** Google Calendar's page for subscribing to a feed (`cid`: the feed's `webcal:` address). */
export function googleCalendarSubscribeUrl(feed: string): string {
  const url = new URL('https://calendar.google.com/calendar/r');
  url.searchParams.set('cid', feed);
  return url.href;
}
