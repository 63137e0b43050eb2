/** Sending JSON that has been checked against the shared contract. */
import type { z } from '@promotion-hall/sdk/schemas';
import type { Context } from 'hono';
import { etagOf, keep, send, type Answer } from './answers.js';

const utf8 = new TextEncoder();

export const CACHE = {
  /** Reference data: cache briefly, then revalidate with the ETag. */
  public: 'public, max-age=60, stale-while-revalidate=60',
  /** Availability changes with every booking: always revalidate (cheap with ETag/304). */
  revalidate: 'no-cache',
  /** Personal data: never stored by any cache. */
  private: 'no-store',
} as const;

export class ResponseShapeError extends Error {
  override name = 'ResponseShapeError';
}

/**
 * Validates `value` with `schema` (when enabled) before it leaves the server: the
 * server must never send what the SDK would reject. A failure is a server bug (500).
 * Public answers get an ETag and are kept for the next identical request.
 */
export function sendJson<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  value: z.infer<S>,
  options: { validate: boolean; cache: string; status?: 200 | 201 },
): Response {
  if (options.validate) {
    const result = schema.safeParse(value);
    if (!result.success) {
      const where = result.error.issues.slice(0, 3).map((i) => i.path.join('.') + ': ' + i.code);
      throw new ResponseShapeError(`response does not match its schema (${where.join('; ')})`);
    }
  }
  const body = utf8.encode(JSON.stringify(value));
  const isPrivate = options.cache === CACHE.private;
  const answer: Answer = { body, contentType: 'application/json; charset=utf-8', cacheControl: options.cache, etag: isPrivate ? null : etagOf(body) };
  if (!isPrivate && (options.status ?? 200) === 200) keep(c, answer);
  return send(c, answer, options.status ?? 200);
}

/** Sends text (iCalendar) the same way: ETag, 304, kept for the next identical request. */
export function sendText(c: Context, body: string, contentType: string, cache: string, headers: Record<string, string> = {}): Response {
  const bytes = utf8.encode(body);
  const answer: Answer = { body: bytes, contentType, cacheControl: cache, etag: etagOf(bytes), headers };
  keep(c, answer);
  return send(c, answer);
}
