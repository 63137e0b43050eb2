/** Opaque cursors for offset pagination of sorted results. */
import { validationProblem } from './problem.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0 && value.o <= 10_000_000) return value.o;
  } catch {
    // fall through to the field error
  }
  throw validationProblem([{ field: 'query.cursor', code: 'invalid_cursor', message: 'must be a nextCursor from an earlier page' }]);
}

export function paginate<T>(all: readonly T[], cursor: string | undefined, limit: number): { items: T[]; nextCursor: string | null; total: number } {
  const offset = decodeCursor(cursor);
  const items = all.slice(offset, offset + limit);
  const next = offset + limit;
  return { items, nextCursor: next < all.length ? encodeCursor(next) : null, total: all.length };
}
