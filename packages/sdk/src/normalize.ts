/**
 * Japanese search normalisation: the one implementation shared by the server's
 * `q` search and the shop directory's in-browser index, so both find the same shops.
 *
 * A user may type カフェ as ｶﾌｪ (half width), かふぇ (hiragana), カフェー (long vowel)
 * or ＣＡＦＥ (full-width Latin). Folding both the query and the text makes them meet:
 * 1. NFKC: full-width Latin/digits → ASCII, half-width katakana → full width,
 *    compatibility characters (①, ㈱) → plain forms;
 * 2. lower case;
 * 3. katakana → hiragana (ァ–ヶ shift by 0x60; ヽヾ too);
 * 4. the long-vowel mark and every hyphen/dash variant are dropped, so カフェー,
 *    カフェ and カ-フェ agree (a reading never depends on them for search);
 * 5. white space (ASCII and ideographic) and the middle dot are dropped.
 */

// ー ｰ ‐ ‑ ‒ – — ― − - ～ 〜 and the NFKC result of full-width hyphen-minus
const DASHES_AND_LONG_VOWELS = /[\u30FC\uFF70\u2010-\u2015\u2212\-\uFF5E\u301C~]/g;
const SPACES_AND_DOTS = /[\s\u3000\u30FB\u00B7]/g;
const KATAKANA = /[\u30A1-\u30F6\u30FD\u30FE]/g;

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(DASHES_AND_LONG_VOWELS, '')
    .replace(SPACES_AND_DOTS, '');
}

/**
 * Sort key for 五十音 order: the reading in hiragana (long vowels kept out as
 * above), so アイス and あいす sort together. Compare keys with `<`, or with
 * `Intl.Collator('ja')` for display.
 */
export function readingSortKey(kana: string): string {
  return normalizeForSearch(kana);
}

/** The folded words of a search query (split on ASCII and ideographic spaces); every one must match. */
export function searchWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\s\u3000]+/)
    .map(normalizeForSearch)
    .filter((w) => w.length > 0);
}

/** Between folded pieces of text: no folded query word contains it, so no match spans two pieces. */
const PIECE_SEPARATOR = '\u0001';

/**
 * Several pieces of text (a name, its reading, its English) folded into one
 * searchable string. Joined first and folded once: the separator survives every
 * folding step and stops NFKC from composing across two pieces, so this equals
 * folding each piece alone (one NFKC pass instead of six: the directory folds
 * 10,000 shops when it loads).
 */
export function searchText(pieces: ReadonlyArray<string | null | undefined>): string {
  return normalizeForSearch(pieces.filter((p): p is string => typeof p === 'string' && p.length > 0 && !p.includes(PIECE_SEPARATOR)).join(PIECE_SEPARATOR));
}

/** What a shop is found by: its name, reading and English name, and its kind (カフェ, 青果店 …) in each form. */
export function shopSearchText(shop: {
  name: { ja: string; kana: string; en?: string | undefined };
  subcategory: { ja: string; kana?: string | undefined; en?: string | undefined };
}): string {
  return searchText([shop.name.ja, shop.name.kana, shop.name.en, shop.subcategory.ja, shop.subcategory.kana, shop.subcategory.en]);
}

/** True when every word of the query occurs in the folded text (from `searchText`). */
export function matchesQuery(foldedText: string, query: string): boolean {
  return matchesWords(foldedText, searchWords(query));
}

/** `matchesQuery` with the words folded once (for filtering many records per keystroke). */
export function matchesWords(foldedText: string, words: readonly string[]): boolean {
  for (const word of words) if (!foldedText.includes(word)) return false;
  return true;
}
