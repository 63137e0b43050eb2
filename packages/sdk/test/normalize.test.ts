/**
 * The search pieces the server and the shop directory share: query words, folded
 * search text, and matching. (The folding table itself is in schemas.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesQuery, matchesWords, searchText, searchWords, shopSearchText } from '../src/normalize.js';

const cafe = { name: { ja: '喫茶ひかり', kana: 'きっさひかり', en: 'Kissa Hikari' }, subcategory: { ja: 'カフェ', kana: 'かふぇ', en: 'Café' } };

describe('search words and text', () => {
  it('splits queries on ASCII and ideographic spaces and folds each word', () => {
    assert.deepEqual(searchWords('  ｶﾌｪ\u3000ヒカリ  '), ['かふぇ', 'ひかり']);
    assert.deepEqual(searchWords(' \u3000 '), []);
  });

  it('finds a shop by name, reading, English name and kind, in any width or kana', () => {
    const text = shopSearchText(cafe);
    for (const query of ['ｶﾌｪ', 'かふぇ', 'カフェー', 'キッサ', 'ＨＩＫＡＲＩ', 'kissa hikari', '喫茶 カフェ']) assert.ok(matchesQuery(text, query), query);
    for (const query of ['パン', 'ひかりかふぇ', 'cafe bakery']) assert.ok(!matchesQuery(text, query), query);
  });

  it('never matches across two pieces of text', () => {
    // "ひかり" ends the reading and "かふぇ" starts the kind: together they are not one word.
    assert.equal(matchesQuery(searchText(['きっさひかり', 'かふぇ']), 'ひかりかふぇ'), false);
  });

  it('matches words folded once the same way as the query', () => {
    const text = shopSearchText(cafe);
    assert.equal(matchesWords(text, searchWords('ｷｯｻ ｶﾌｪ')), matchesQuery(text, 'ｷｯｻ ｶﾌｪ'));
    assert.equal(matchesWords(text, []), true);
  });
});

describe('searchText folds the joined pieces as each piece alone', () => {
  it('gives the same string as folding piece by piece, for the normalisation table and tricky boundaries', async () => {
    const { normalizeForSearch } = await import('../src/normalize.js');
    const { NORMALIZATION_TABLE } = await import('./fixtures/normalization-table.js');
    const pieces = [...NORMALIZATION_TABLE.flatMap(([typed, stored]) => [typed, stored]), 'ｶ', '\u3099', 'ﾞ', 'A', '\u0301', ' ', 'ー'];
    for (let i = 0; i < pieces.length; i++) {
      for (let j = 0; j < pieces.length; j++) {
        const pair = [pieces[i]!, pieces[j]!];
        const oneByOne = pair.filter((p) => p.length > 0).map(normalizeForSearch).join('\u0001');
        assert.equal(searchText(pair), oneByOne, JSON.stringify(pair));
      }
    }
  });
});
