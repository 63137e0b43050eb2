/**
 * Validation at the boundary with the shared schemas: query strings, path ids,
 * JSON bodies and headers, each failing with a 400 that names the field.
 */
import { Id, type FieldError, type z } from '@promotion-hall/sdk/schemas';
import type { Context } from 'hono';
import type { HallRepository } from '../db/repository.js';
import { fieldErrorsFrom, HttpProblem, validationProblem } from './problem.js';

type Shape = Record<string, z.ZodMiniType>;

/** What a query schema's field expects from its text, read off the schema itself. */
function kindOf(schema: z.ZodMiniType): 'array' | 'number' | 'boolean' | 'string' {
  let def = schema._zod.def as { type: string; innerType?: z.ZodMiniType };
  while ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
    def = def.innerType._zod.def as typeof def;
  }
  if (def.type === 'array') return 'array';
  if (def.type === 'number') return 'number';
  if (def.type === 'boolean') return 'boolean';
  return 'string';
}

/**
 * Parses the query string with an object schema of the shared contract. Lists are
 * comma-separated (`category=seminar,fair`), numbers and booleans are read from
 * text, a parameter given twice is an error, and unknown parameters are ignored
 * (so a newer client's extra parameters do not break an older server).
 */
export function parseQuery<S extends z.ZodMiniObject<Shape>>(c: Context, schema: S): z.infer<S> {
  const raw = c.req.queries();
  const shape = schema._zod.def.shape as Shape;
  const input: Record<string, unknown> = {};
  const errors = [];
  for (const [name, field] of Object.entries(shape)) {
    const values = raw[name];
    if (values === undefined) continue;
    if (values.length > 1) {
      errors.push({ field: `query.${name}`, code: 'duplicate', message: 'must be given once (use commas for several values)' });
      continue;
    }
    const text = values[0] ?? '';
    switch (kindOf(field)) {
      case 'array':
        input[name] = text.split(',').map((v) => v.trim()).filter((v) => v.length > 0);
        break;
      case 'number':
        input[name] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
        break;
      case 'boolean':
        input[name] = text === 'true' ? true : text === 'false' ? false : text;
        break;
      default:
        input[name] = text;
    }
  }
  const result = schema.safeParse(input);
  if (errors.length > 0 || !result.success) {
    throw validationProblem([...errors, ...(result.success ? [] : fieldErrorsFrom('query', result.error.issues))]);
  }
  return result.data;
}

/** A path id; a malformed one is a 400 naming `path.<name>`. */
export function parseId(c: Context, name = 'id'): string {
  return parseIdValue(c.req.param(name) ?? '', name);
}

/** An id taken from part of a path segment (e.g. `seminar-1` of `seminar-1.ics`). */
export function parseIdValue(value: string, name = 'id'): string {
  const result = Id.safeParse(value);
  if (!result.success) throw validationProblem(fieldErrorsFrom(`path.${name}`, result.error.issues));
  return result.data;
}

/** Parses a value with a schema, failing with field errors under `prefix`. */
export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationProblem(fieldErrorsFrom(prefix, result.error.issues));
  return result.data as z.infer<S>;
}

/** The code of a query that names a shopping street the hall does not have. */
export const UNKNOWN_STREET = 'unknown_street';

/**
 * A `streetId` filter must name one of the hall's streets: a typo would otherwise pass as a
 * street with no events or shops (and, with `includeHall`, as the hall's events alone), which
 * an association could not tell from a quiet month. A 400 on `query.streetId`.
 */
export async function assertKnownStreet(streetId: string | undefined, repo: Pick<HallRepository, 'getStreet'>): Promise<void> {
  if (streetId === undefined || (await repo.getStreet(streetId)) !== undefined) return;
  throw validationProblem(
    [{ field: 'query.streetId', code: UNKNOWN_STREET, message: 'is not one of the hall\'s shopping streets (GET /streets lists them)' }],
    'The request names a shopping street the hall does not have.',
  );
}

/**
 * Two parses of one request (its path and its query), every field error of both reported in
 * one 400: a request wrong in two places hears of both at once.
 */
export function parseBoth<A, B>(first: () => A, second: () => B): [A, B] {
  const errors: FieldError[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof HttpProblem) || error.problem.status !== 400 || !error.problem.errors) throw error;
      errors.push(...error.problem.errors);
      return undefined;
    }
  };
  const a = attempt(first);
  const b = attempt(second);
  if (errors.length > 0) throw validationProblem(errors);
  return [a as A, b as B];
}
