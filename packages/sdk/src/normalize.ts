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

/** True when every word of the query (split on spaces) occurs in the folded text. */
export function matchesQuery(foldedText: string, query: string): boolean {
  const words = query
    .normalize('NFKC')
    .split(/[\s\u3000]+/)
    .map(normalizeForSearch)
    .filter((w) => w.length > 0);
  return words.every((w) => foldedText.includes(w));
}
