/** Turning typed parameters into a query string the server reads (lists comma-separated). */
import type { z } from './schemas/index.js';
import { HallInvalidInputError, type RequestInfo } from './errors.js';

export function toQuery(params: Readonly<Record<string, unknown>>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    query[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return query;
}

/**
 * Checks arguments with the contract before any request, so a mistake is reported
 * with the same field names the server would use (`query.limit`, `body.applicant.email`).
 * The resource methods calling it are `async`, so the error reaches callers as a
 * rejected promise, never as a synchronous throw from a method that returns one.
 */
export function checkInput<S extends z.ZodMiniType>(schema: S, value: unknown, prefix: string, request: RequestInfo): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<S>;
  throw new HallInvalidInputError(
    request,
    // `prefix` names where the value goes, as the server would: query, body, path.id, header.authorization.
    result.error.issues.map((issue) => ({ field: [prefix, ...issue.path.map(String)].join('.'), code: issue.code, message: issue.message })),
  );
}
