/**
 * Form tokens: a minimum fill time for the booking form, without puzzles
 * (docs/decisions/0009-form-token.md).
 *
 * A token is `<issued ms>.<nonce>.<HMAC>`: the moment the form was shown, a random
 * nonce (two tokens of one millisecond differ), and an HMAC-SHA256 of both under the
 * form secret. The server keeps nothing: it reads the issue time back from a token
 * it signed, so any process holding the same secret can check it. A token is not
 * single-use; it only proves that the form was fetched some time ago, and recently.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const FORMAT = /^(\d{1,15})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

function macOf(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(`form:${payload}`).digest('base64url');
}

export function newFormToken(secret: Buffer, issuedAtMs: number): string {
  const payload = `${Math.floor(issuedAtMs)}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${macOf(secret, payload)}`;
}

/** The issue time of a token this secret signed; undefined for anything else. */
export function formTokenIssuedAt(secret: Buffer, token: string): number | undefined {
  const match = FORMAT.exec(token);
  if (!match) return undefined;
  const [, issued = '', nonce = '', mac = ''] = match;
  const expected = Buffer.from(macOf(secret, `${issued}.${nonce}`));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? Number(issued) : undefined;
}

export interface FormTimes {
  /** The form may not be sent sooner than this after the token was issued (0: no minimum). */
  minFillMs: number;
  /** Tokens older than this are refused. */
  maxAgeMs: number;
}

/** Why a token is refused: not signed with this secret, too old, or too new. */
export type FormTokenRefusal = 'invalid' | 'expired' | 'too_fast';

export type FormTokenCheck = { ok: true } | { ok: false; reason: FormTokenRefusal };

export function checkFormToken(secret: Buffer, token: string, nowMs: number, times: FormTimes): FormTokenCheck {
  const issuedAt = formTokenIssuedAt(secret, token);
  if (issuedAt === undefined) return { ok: false, reason: 'invalid' };
  const age = nowMs - issuedAt;
  if (age > times.maxAgeMs) return { ok: false, reason: 'expired' };
  // A token from a moment ahead of this clock (another process's) is "too fast" only
  // when there is a minimum at all.
  if (times.minFillMs > 0 && age < times.minFillMs) return { ok: false, reason: 'too_fast' };
  return { ok: true };
}
