import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en, type Catalogue } from '../src/i18n/en.js';
import { ja } from '../src/i18n/ja.js';
import { toLang } from '../src/i18n/lang.js';
import { groupDigits, registerMessages, translate } from '../src/i18n/translate.js';
import { calendarMessages } from '../src/components/event-calendar/messages.js';
import { directoryMessages } from '../src/components/shop-directory/messages.js';
import { bookingMessages } from '../src/components/consultation-booking/messages.js';

// In an element, a widget registers its words when it is first created; here, by hand.
for (const messages of [calendarMessages, directoryMessages, bookingMessages]) registerMessages(messages);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The shared catalogue and every widget's, as pairs. */
const CATALOGUES: ReadonlyArray<[name: string, ja: Readonly<Record<string, string>>, en: Readonly<Record<string, string>>]> = [
  ['shared', ja, en],
  ['calendar', calendarMessages.ja, calendarMessages.en],
  ['directory', directoryMessages.ja, directoryMessages.en],
  ['booking', bookingMessages.ja, bookingMessages.en],
];

describe('catalogues', () => {
  it('have the same keys in Japanese and English', () => {
    for (const [name, source, english] of CATALOGUES) assert.deepEqual(Object.keys(english).sort(), Object.keys(source).sort(), name);
  });

  it('have the same placeholders in both languages', () => {
    for (const [name, source, english] of CATALOGUES) {
      for (const key of Object.keys(source)) assert.deepEqual(placeholders(english[key]!), placeholders(source[key]!), `${name}: ${key}`);
    }
  });

  it('have no empty strings', () => {
    for (const [name, source, english] of CATALOGUES) {
      for (const [key, text] of [...Object.entries(source), ...Object.entries(english)]) assert.ok(text.trim() !== '', `${name}: ${key}`);
    }
  });

  it('never define a key twice (a widget cannot change another’s words)', () => {
    const seen = new Map<string, string>();
    for (const [name, source] of CATALOGUES) {
      for (const key of Object.keys(source)) {
        assert.ok(!seen.has(key), `${key} is in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    }
  });

  it('are checked by the compiler (missing, extra keys and missing params are type errors)', () => {
    // These lines only compile because of the @ts-expect-error marks: `tsc` fails if any stops being an error.
    // @ts-expect-error a catalogue without every key
    const missing: Catalogue = { 'state.loading': 'Loading…' };
    // @ts-expect-error a catalogue with a key the source does not have
    const extra: Catalogue = { ...en, 'state.unknown': 'x' };
    // @ts-expect-error a message with a placeholder needs its value
    const noParams = () => translate('en', 'error.rateLimit');
    // @ts-expect-error a message without placeholders takes none
    const strayParams = () => translate('en', 'action.retry', { seconds: 1 });
    assert.equal(Object.keys(missing).length + Object.keys(extra).length, 1 + Object.keys(en).length + 1);
    // At run time (from untyped JavaScript) a missing value leaves the placeholder visible rather than throwing.
    assert.equal(noParams(), en['error.rateLimit']);
    assert.equal(strayParams(), en['action.retry']);
  });
});

describe('translate', () => {
  it('returns the message in the language', () => {
    assert.equal(translate('ja', 'time.japanTime'), '日本時間');
    assert.equal(translate('en', 'time.japanTime'), 'Japan time');
    assert.equal(translate('ja', 'action.retry'), '再読み込み');
  });

  it('fills placeholders as text', () => {
    assert.equal(translate('en', 'error.rateLimit', { seconds: 30 }), 'Too many requests right now. Please wait about 30 seconds and try again.');
    assert.equal(translate('ja', 'error.rateLimit', { seconds: '<b>5</b>' }), 'アクセスが集中しています。<b>5</b>秒ほど待ってから、もう一度お試しください。');
  });
});

describe('groupDigits', () => {
  it('writes whole numbers exactly as Intl.NumberFormat does in both languages, and leaves the rest to it', () => {
    const values = [0, 1, 9, 10, 99, 100, 999, 1_000, 1_001, 9_999, 10_000, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER];
    const all = [...values, ...values.map((v) => -v), -0, 0.5, 1.5, 2.5, -2.5, 1234.56, Number.MAX_SAFE_INTEGER + 2, 1e21, NaN, Infinity, -Infinity];
    // Random whole numbers of every length too.
    for (let i = 0; i < 500; i++) all.push(Math.floor(Math.random() * 10 ** (1 + (i % 15))) * (i % 2 ? -1 : 1));
    for (const [lang, locale] of [['ja', 'ja-JP'], ['en', 'en-US']] as const) {
      const intl = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 });
      for (const value of all) assert.equal(groupDigits(lang, value), intl.format(value), `${lang} ${value}`);
    }
  });
});

describe('toLang', () => {
  const cases: ReadonlyArray<[string | null | undefined, string | undefined]> = [
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA', 'ja'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    [' en ', 'en'],
    ['fr', undefined],
    ['eng', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [tag, lang] of cases) {
    it(`${JSON.stringify(tag)} → ${String(lang)}`, () => assert.equal(toLang(tag), lang));
  }
});

describe('counts', () => {
  it('say "1 shop" but "2 shops" in English, and group large numbers the visitor’s way', () => {
    assert.equal(translate('en', 'directory.count', { count: 1 }), '1 shop');
    assert.equal(translate('en', 'directory.count', { count: 2 }), '2 shops');
    assert.equal(translate('en', 'directory.count', { count: 10000 }), '10,000 shops');
    assert.equal(translate('ja', 'directory.count', { count: 1 }), '1件のお店');
    assert.equal(translate('ja', 'directory.count', { count: 10000 }), '10,000件のお店');
  });

  it('say "no events" (予定なし) for none where a message has a `#zero` form, and the count elsewhere', () => {
    assert.equal(translate('en', 'calendar.monthLoaded', { month: 'December 2026', count: 0 }), 'December 2026, no events');
    assert.equal(translate('ja', 'calendar.monthLoaded', { month: '2026年12月', count: 0 }), '2026年12月、予定なし');
    assert.equal(translate('ja', 'calendar.dayLabel', { date: '12月3日(木)', count: 0 }), '12月3日(木)、予定なし');
    assert.equal(translate('ja', 'calendar.monthLoaded', { month: '2026年12月', count: 2 }), '2026年12月、予定2件');
    assert.equal(translate('en', 'directory.count', { count: 0 }), '0 shops');
  });

  it('have a `#one` or `#zero` form only beside a message with {count}', () => {
    const catalogues: Array<Readonly<Record<string, string>>> = [ja, ...[calendarMessages, directoryMessages, bookingMessages].map((m) => m.ja)];
    for (const catalogue of catalogues) {
      for (const key of Object.keys(catalogue).filter((k) => k.endsWith('#one') || k.endsWith('#zero'))) {
        const base = key.slice(0, key.indexOf('#'));
        assert.ok(Object.hasOwn(catalogue, base), `${key} has no base message`);
        assert.match(catalogue[base]!, /\{count\}/, `${base} has no {count}`);
      }
    }
  });
});
