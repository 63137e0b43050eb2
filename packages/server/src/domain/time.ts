/**
 * Japan time arithmetic for the server. The date arithmetic the server shares with the
 * opening-hours rules and the widgets (the offset, a date's midnight, adding days, the
 * weekday) is the SDK's `@promotion-hall/sdk/japan-time`, re-exported here; what only the
 * server needs (clock fields, ISO and compact stamps) follows. The hall lives in
 * Asia/Tokyo, which has had no daylight saving since 1951, so a fixed +09:00 offset is
 * exact. None of it depends on the server's own time zone.
 */
import { TOKYO_OFFSET_MS, tokyoDate } from '@promotion-hall/sdk/japan-time';

export { addDays, DAY_MS, TOKYO_OFFSET_MS, tokyoAt, tokyoDate, tokyoMidnight, weekdayOf } from '@promotion-hall/sdk/japan-time';

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

/** ISO 8601 with the +09:00 offset, to the second: `2026-12-08T10:00:00+09:00`. */
export function toTokyoIso(ms: number): string {
  const p = tokyoParts(ms);
  return `${tokyoDate(ms)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+09:00`;
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
