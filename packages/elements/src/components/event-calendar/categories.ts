/** Event categories as the visitor reads them, and the category tokens the `categories` attribute accepts. */
import { EVENT_CATEGORIES, type EventCategory } from '@promotion-hall/sdk/schemas';

export function isEventCategory(value: string): value is EventCategory {
  return (EVENT_CATEGORIES as readonly string[]).includes(value);
}

/** The label of a category; a category this version does not know (from a newer server) reads "Other". */
export function categoryLabel(category: string, t: (key: `category.${EventCategory | 'unknown'}`) => string): string {
  return t(isEventCategory(category) ? `category.${category}` : 'category.unknown');
}

/** `"seminar fair"` (in any case) → the known categories, in the hall's order; unknown tokens are ignored. */
export function parseCategories(value: string | null | undefined): EventCategory[] {
  const tokens = new Set((value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean));
  return EVENT_CATEGORIES.filter((category) => tokens.has(category));
}
