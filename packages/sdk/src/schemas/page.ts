/** Pages of results: cursor pagination. */
import * as z from './zod.js';

/** A page of `item`s; `nextCursor` is null on the last page. */
export function pageOf<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    /** Number of matching items in all pages. */
    total: z.int().check(z.gte(0)),
  });
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
  total: number;
}

/** A list that is never paginated (streets, venues, services). */
export function listOf<Item extends z.ZodMiniType>(item: Item) {
  return z.object({ items: z.array(item) });
}
