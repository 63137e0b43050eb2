/**
 * Booking references, manage tokens and applicant keys.
 *
 * The manage token is an HMAC of the reference under the server's secret, so the
 * database never holds a usable token (a leaked backup cannot cancel bookings) and
 * an idempotent replay can hand the same token out again without having stored it.
 * The applicant key (for per-applicant caps) is an HMAC of the e-mail, so the cap
 * needs no plain e-mail in an index.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read out on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newBookingReference(): string {
  const bytes = randomBytes(8);
  let text = '';
  for (let i = 0; i < 8; i++) text += ALPHABET[(bytes[i] ?? 0) & 31];
  return `PH-${text}`;
}

export function manageTokenFor(secret: Buffer, reference: string): string {
  return createHmac('sha256', secret).update(`manage:${reference}`).digest('base64url');
}

export function isManageTokenValid(secret: Buffer, reference: string, token: string): boolean {
  const expected = Buffer.from(manageTokenFor(secret, reference));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function applicantKeyFor(secret: Buffer, email: string): string {
  return createHmac('sha256', secret).update(`applicant:${email.trim().toLowerCase()}`).digest('base64url');
}

/** A canonical JSON (keys sorted) so that the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHashOf(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('base64url');
}

export function newSecret(): Buffer {
  return randomBytes(32);
}
