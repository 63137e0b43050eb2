/** What an event is found by (`GET /events?q=`), folded once when it is stored. */
import type { HallEvent } from '@promotion-hall/sdk/schemas';
import { searchText } from '@promotion-hall/sdk/normalize';

/**
 * Its title (and reading), summary, description, organiser and place, in each language, and the
 * titles of a course's sessions: each session is a listing of its own (ピボットテーブル finds the
 * Excel course).
 */
export function eventSearchText(e: HallEvent): string {
  return searchText([
    e.title.ja,
    e.title.kana,
    e.title.en,
    e.summary?.ja,
    e.summary?.en,
    e.description.ja,
    e.description.en,
    e.organizer.ja,
    e.organizer.en,
    e.place?.ja,
    e.place?.en,
    ...e.sessions.flatMap((s) => [s.title?.ja, s.title?.kana, s.title?.en]),
  ]);
}
