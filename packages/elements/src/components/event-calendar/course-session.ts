/**
 * A multi-session course (全N回) in the calendar. The API lists a course on each of its
 * session days, with that session's start and end; which session an occurrence is comes
 * from its start. (A server that lists a course once gives its first session.)
 */
import type { EventOccurrence } from '@promotion-hall/sdk';
import { sessionAt, type CourseSession } from '@promotion-hall/sdk/schemas';

/** The session an occurrence is, or `undefined` for anything but a course's session. */
export function sessionOf(occurrence: Pick<EventOccurrence, 'start' | 'sessions'>): CourseSession | undefined {
  return occurrence.sessions.length === 0 ? undefined : sessionAt(occurrence, occurrence.start);
}

/**
 * When it becomes too late to apply, whatever the stated deadline: when the event is over
 * (a course: its last session), or for a course that must be attended whole, when its first
 * session begins. Session 3 of such a course cannot be joined on its own.
 */
export function tooLateAfter(occurrence: Pick<EventOccurrence, 'end' | 'sessions' | 'allSessionsRequired'>): number {
  if (occurrence.sessions.length === 0) return Date.parse(occurrence.end);
  if (occurrence.allSessionsRequired) return Math.min(...occurrence.sessions.map((s) => Date.parse(s.start)));
  return Math.max(...occurrence.sessions.map((s) => Date.parse(s.end)));
}
