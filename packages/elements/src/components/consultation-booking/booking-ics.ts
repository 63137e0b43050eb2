/**
 * An iCalendar file (RFC 5545) for a confirmed booking, made in the browser: the
 * booking can be read only with its manage token, so a plain link to the server
 * could not fetch it. One VEVENT in UTC; text escaped as §3.3.11 asks; lines folded
 * at 75 octets. It holds no personal data: the reference, the service and the time.
 */
import type { Booking } from '@promotion-hall/sdk';

const utc = (instant: string) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function bookingIcs(booking: Pick<Booking, 'reference' | 'slot' | 'createdAt'>, text: { summary: string; location: string; description: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//promotion-hall//consultation-booking//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.reference}@promotion-hall`,
    `DTSTAMP:${utc(booking.createdAt)}`,
    `DTSTART:${utc(booking.slot.start)}`,
    `DTEND:${utc(booking.slot.end)}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `LOCATION:${escapeText(text.location)}`,
    `DESCRIPTION:${escapeText(text.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
