/**
 * Japan time arithmetic on epoch milliseconds and `YYYY-MM-DD` dates: the one
 * implementation the server (booking rules, ranges), the opening-hours rules and the
 * widgets share. The hall lives in Asia/Tokyo, which has had no daylight saving since
 * 1951, so a fixed +09:00 offset is exact and needs no tz database. Nothing here depends
 * on the process's or the browser's own time zone.
 */

export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of an instant in Tokyo. */
export function tokyoDate(ms: number): string {
  const d = new Date(ms + TOKYO_OFFSET_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Epoch ms of 00:00 in Tokyo on a `YYYY-MM-DD`. */
export function tokyoMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Not Date.UTC(y, …): it reads years 0–99 as 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return utc.getTime() - TOKYO_OFFSET_MS;
}

/** Epoch ms of a wall-clock `HH:MM` on a Tokyo date; `25:30` is 1:30 the next day (the Japanese way). */
export function tokyoAt(date: string, time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return tokyoMidnight(date) + (h * 60 + m) * 60 * 1000;
}

/** The Tokyo date `n` days after `date` (`n` may be negative). */
export function addDays(date: string, n: number): string {
  return tokyoDate(tokyoMidnight(date) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday for a Tokyo date. */
export function weekdayOf(date: string): number {
  return new Date(tokyoMidnight(date) + TOKYO_OFFSET_MS).getUTCDay();
}
