import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeUrl, webcalUrl } from '../src/internal/url.js';

const allowed: ReadonlyArray<[input: string, expected: string]> = [
  ['https://hall.example.jp/events/1', 'https://hall.example.jp/events/1'],
  ['  https://hall.example.jp/  ', 'https://hall.example.jp/'],
  ['HTTPS://Hall.Example.JP', 'https://hall.example.jp/'],
  ['http://shop.example.jp/menu?lang=ja#top', 'http://shop.example.jp/menu?lang=ja#top'],
  ['https://例え.jp/店舗', 'https://xn--r8jz45g.jp/%E5%BA%97%E8%88%97'],
  ['mailto:info@shotengai.example.jp', 'mailto:info@shotengai.example.jp'],
  ['tel:03-1234-5678', 'tel:03-1234-5678'],
  ['tel:+81312345678', 'tel:+81312345678'],
];

const rejected: ReadonlyArray<[label: string, input: unknown]> = [
  ['javascript:', 'javascript:alert(1)'],
  ['JavaScript: mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript: leading space', '  javascript:alert(1)'],
  ['javascript: with a tab inside', 'java\tscript:alert(1)'],
  ['javascript: with a newline inside', 'java\nscript:alert(1)'],
  ['javascript: with a carriage return inside', 'java\rscript:alert(1)'],
  ['javascript: with a NUL', 'java\u0000script:alert(1)'],
  ['javascript: with a zero-width space', 'java\u200Bscript:alert(1)'],
  ['javascript: leading control character', '\u0001javascript:alert(1)'],
  ['javascript: entity-encoded colon (never decoded)', 'javascript&colon;alert(1)'],
  ['javascript: percent-encoded', 'javascript%3Aalert(1)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['ftp:', 'ftp://example.jp/'],
  ['blob:', 'blob:https://example.jp/uuid'],
  ['protocol-relative', '//evil.example/'],
  ['backslash protocol-relative', '\\\\evil.example/'],
  ['relative path', '/events/1'],
  ['bare host', 'evil.example'],
  ['credentials that look like the hall', 'https://hall.example.jp@evil.example/'],
  ['user and password', 'https://user:pass@hall.example.jp/'],
  ['https without a host', 'https://'],
  ['right-to-left override', 'https://hall.example.jp/\u202Egpj.exe'],
  ['line separator', 'https://hall.example.jp/\u2028x'],
  ['empty', ''],
  ['blank', '   '],
  ['not a string: number', 42],
  ['not a string: URL object', new URL('https://hall.example.jp/')],
  ['not a string: null', null],
  ['not a string: undefined', undefined],
];

describe('safeUrl', () => {
  for (const [input, expected] of allowed) {
    it(`allows ${JSON.stringify(input)}`, () => assert.equal(safeUrl(input), expected));
  }
  for (const [label, input] of rejected) {
    it(`rejects ${label}`, () => assert.equal(safeUrl(input), undefined));
  }
});

describe('webcalUrl', () => {
  it('turns an allowed http(s) feed address into webcal:, and anything else into nothing', () => {
    assert.equal(webcalUrl('https://hall.example.jp/api/v1/events.ics?lang=en'), 'webcal://hall.example.jp/api/v1/events.ics?lang=en');
    assert.equal(webcalUrl('http://127.0.0.1:8787/api/v1/events.ics'), 'webcal://127.0.0.1:8787/api/v1/events.ics');
    for (const input of ['javascript:alert(1)//https:', 'mailto:info@example.jp', 'webcal://hall.example.jp/x.ics', '/api/v1/events.ics', 'https://a@evil.example/', undefined]) {
      assert.equal(webcalUrl(input), undefined, String(input));
    }
  });
});
