/** The languages the elements speak. Japanese is the source and the default. */
import { LANGUAGES } from '@promotion-hall/sdk/schemas';

/** The contract's languages (its `LocalizedText` has `ja` and `en`). */
export const LANGS = LANGUAGES;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

/**
 * The supported language of a BCP 47 tag, by its primary subtag only
 * (`en-GB` → `en`, `ja-JP` → `ja`); `undefined` for absent or unsupported tags.
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().split(/[-_]/, 1)[0]?.toLowerCase();
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}
