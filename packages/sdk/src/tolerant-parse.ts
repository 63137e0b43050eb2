/**
 * Validating answers while tolerating a newer server.
 *
 * Extra fields are dropped by the object schemas. Unknown enum values are handled
 * by one documented fallback (docs/sdk.md → "Newer servers"):
 * - an unknown value inside a list of values (a shop's payments, a service's
 *   channels) is removed from that list;
 * - an item of a page or list whose own single value is unknown (an event of a
 *   category this SDK does not know) is left out of the page;
 * anything else that breaks the schema raises HallResponseShapeError: callers get
 * a valid, fully typed value or an error, never half-typed data.
 */
import type { z } from './schemas/index.js';

export interface Issue {
  path: ReadonlyArray<string | number>;
  code: string;
  message: string;
}

export type TolerantResult<T> = { ok: true; value: T; dropped: ReadonlyArray<ReadonlyArray<string | number>> } | { ok: false; issues: Issue[] };

const MAX_ROUNDS = 4;

export function parseTolerant<S extends z.ZodMiniType>(schema: S, data: unknown): TolerantResult<z.infer<S>> {
  let current = data;
  const dropped: Array<ReadonlyArray<string | number>> = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(current);
    if (result.success) return { ok: true, value: result.data as z.infer<S>, dropped };
    const issues: Issue[] = result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), code: i.code, message: i.message }));
    const removals = issues.map(removalFor);
    if (removals.some((r) => r === undefined)) return { ok: false, issues };
    if (round === 0) current = structuredClone(current);
    // Remove from the highest index down so earlier removals do not shift later ones.
    const unique = new Map<string, { parent: ReadonlyArray<string | number>; index: number }>();
    for (const r of removals as Array<{ parent: ReadonlyArray<string | number>; index: number }>) unique.set(JSON.stringify([r.parent, r.index]), r);
    for (const r of [...unique.values()].sort((a, b) => b.index - a.index)) {
      const parent = at(current, r.parent);
      if (!Array.isArray(parent)) return { ok: false, issues };
      parent.splice(r.index, 1);
      dropped.push([...r.parent, r.index]);
    }
  }
  return { ok: false, issues: [{ path: [], code: 'too_many_unknown_values', message: 'too many unknown values' }] };
}

/** Where to cut for an unknown enum value, or undefined when it cannot be tolerated. */
function removalFor(issue: Issue): { parent: ReadonlyArray<string | number>; index: number } | undefined {
  if (issue.code !== 'invalid_value') return undefined;
  const last = issue.path.at(-1);
  if (typeof last === 'number') return { parent: issue.path.slice(0, -1), index: last };
  // A single-valued field: drop the enclosing item of the page or list.
  if (issue.path[0] === 'items' && typeof issue.path[1] === 'number') return { parent: ['items'], index: issue.path[1] };
  return undefined;
}

function at(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
