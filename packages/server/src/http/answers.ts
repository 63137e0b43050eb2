/**
 * Answers of GET requests: serialised once, tagged with an ETag, and kept in memory
 * so that the same question asked again (three widgets on a page, every visitor of
 * a street's site asking for this month) costs a map lookup, and a revalidation
 * costs a 304 without rebuilding anything.
 *
 * A kept answer is tied to the data it came from: its key holds the repository's
 * revision (reference data, or bookings for availability) and the time it depends
 * on (today's date for default ranges, the minute for slots). The reference server
 * is one process, so its own revisions see every change; see docs/decisions/0005.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

export interface Answer {
  /** Encoded once: writing a kept Buffer costs nothing per byte, re-encoding a string does. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  cacheControl: string;
  /** null for private answers (bookings), which no cache may keep. */
  etag: string | null;
  headers?: Readonly<Record<string, string>>;
}

export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Sends an answer, or 304 when the client already holds it (If-None-Match). */
export function send(c: Context, answer: Answer, status: 200 | 201 = 200): Response {
  const headers: Record<string, string> = { 'Content-Type': answer.contentType, 'Cache-Control': answer.cacheControl, ...answer.headers };
  if (answer.etag !== null) {
    headers.ETag = answer.etag;
    if (status === 200 && ifNoneMatch(c.req.header('If-None-Match'), answer.etag)) {
      return c.body(null, 304, { ETag: answer.etag, 'Cache-Control': answer.cacheControl });
    }
  }
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  if (c.req.method === 'HEAD') return c.body(null, status);
  return c.body(answer.body, status);
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/** A bounded store of answers, least recently used out first. */
export class AnswerCache {
  private readonly entries = new Map<string, Answer>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 2000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string): Answer | undefined {
    const answer = this.entries.get(key);
    if (answer) {
      this.entries.delete(key);
      this.entries.set(key, answer);
    }
    return answer;
  }

  set(key: string, answer: Answer): void {
    if (answer.body.byteLength > this.maxBytes / 16) return; // one huge answer must not flush the rest
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.byteLength;
    this.entries.delete(key);
    this.entries.set(key, answer);
    this.bytes += answer.body.byteLength;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldest, value] = this.entries.entries().next().value as [string, Answer];
      this.entries.delete(oldest);
      this.bytes -= value.body.byteLength;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The cache key a route computed for this request, read by the code that answers it. */
const keys = new WeakMap<Request, { cache: AnswerCache; key: string }>();

export function rememberKey(c: Context, cache: AnswerCache, key: string): void {
  keys.set(c.req.raw, { cache, key });
}

/** Keeps `answer` under the key computed for this request, if any. */
export function keep(c: Context, answer: Answer): void {
  const slot = keys.get(c.req.raw);
  if (slot) slot.cache.set(slot.key, answer);
}
