/**
 * Japan time arithmetic. The hall lives in Asia/Tokyo, which has had no daylight
 * saving since 1951, so a fixed +09:00 offset is exact and needs no tz database.
 * All functions take and return epoch milliseconds or Tokyo calendar strings;
 * none depends on the server's own time zone.
 */

export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar fields of an instant as read on a clock in Tokyo. */
export interface TokyoParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function tokyoParts(ms: number): TokyoParts {
  const d = new Date(ms + TOKYO_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of the instant in Tokyo. */
export function tokyoDate(ms: number): string {
  const p = tokyoParts(ms);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** ISO 8601 with the +09:00 offset, to the second: `2026-12-08T10:00:00+09:00`. */
export function toTokyoIso(ms: number): string {
  const p = tokyoParts(ms);
  return `${tokyoDate(ms)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+09:00`;
}

/** Epoch ms of 00:00 in Tokyo on the given `YYYY-MM-DD`. */
export function tokyoMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Not Date.UTC(y, …): it reads years 0–99 as 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return utc.getTime() - TOKYO_OFFSET_MS;
}

/**
 * Epoch ms of a wall-clock time on a Tokyo date. `HH:MM` may pass midnight the
 * Japanese way (`25:30` is 1:30 on the next day).
 */
export function tokyoAt(date: string, time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return tokyoMidnight(date) + (h * 60 + m) * 60 * 1000;
}

/** The Tokyo date `n` days after `date`. */
export function addDays(date: string, n: number): string {
  return tokyoDate(tokyoMidnight(date) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday for a Tokyo date. */
export function weekdayOf(date: string): number {
  return tokyoParts(tokyoMidnight(date)).weekday;
}

/** Minutes since Tokyo midnight of an instant, e.g. 13:30 → 810. */
export function tokyoMinuteOfDay(ms: number): number {
  const p = tokyoParts(ms);
  return p.hour * 60 + p.minute;
}

/** `HH:MM` (up to 29:59) as minutes since midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Compact `YYYYMMDDTHHMM` of an instant in Tokyo, used inside slot ids. */
export function compactTokyo(ms: number): string {
  const p = tokyoParts(ms);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}`;
}

/** Inverse of {@link compactTokyo}; `undefined` when the text is not such a stamp. */
export function parseCompactTokyo(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi) - TOKYO_OFFSET_MS;
  return compactTokyo(ms) === text ? ms : undefined;
}
