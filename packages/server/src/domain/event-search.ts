/** What an event is found by (`GET /events?q=`), folded once when it is stored. */
import { sessionAt, type CourseSession, type HallEvent } from '@promotion-hall/sdk/schemas';
import { matchesWords, searchText } from '@promotion-hall/sdk/normalize';

/** Its title (and reading), summary, description, organiser and place, in each language. */
function eventPieces(e: HallEvent): Array<string | undefined> {
  return [e.title.ja, e.title.kana, e.title.en, e.summary?.ja, e.summary?.en, e.description.ja, e.description.en, e.organizer.ja, e.organizer.en, e.place?.ja, e.place?.en];
}

function sessionPieces(session: CourseSession): Array<string | undefined> {
  return [session.title?.ja, session.title?.kana, session.title?.en];
}

/**
 * The event's text and the titles of all a course's sessions: the stored column, which finds
 * a course when any of its sessions matches (the listing then keeps only those, see below).
 */
export function eventSearchText(e: HallEvent): string {
  return searchText([...eventPieces(e), ...e.sessions.flatMap(sessionPieces)]);
}

/**
 * Whether the occurrence of `event` starting at `startMs` matches the folded words. Each session
 * of a course is a listing of its own: the course's text finds all of them, a session's title
 * only that session (ピボットテーブル finds the Excel course's second session, not the others).
 */
export function occurrenceMatches(event: HallEvent, startMs: number, words: readonly string[]): boolean {
  if (words.length === 0 || event.sessions.length === 0) return true;
  const session = sessionAt(event, startMs);
  return matchesWords(searchText([...eventPieces(event), ...(session ? sessionPieces(session) : [])]), words);
}
