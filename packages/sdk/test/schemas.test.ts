/**
 * The contract itself: what it accepts and refuses, that it never needs eval
 * (strict CSP), the shared Japanese normalisation, and its size in a browser bundle.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import {
  BookingInput,
  EventOccurrence,
  Furigana,
  HallEvent,
  PhoneNumber,
  Period,
  PostalCode,
  Registration,
  TokyoDateTime,
  WebUrl,
} from '@promotion-hall/sdk/schemas';
import { matchesQuery, normalizeForSearch } from '@promotion-hall/sdk/normalize';
import { NORMALIZATION_TABLE } from './fixtures/normalization-table.js';

/** Ceiling for every schema of the contract with zod/mini, minified + gzip -9 (ADR 0003). */
const SCHEMAS_GZIP_CEILING = 14 * 1024;

describe('contract values', () => {
  it('accepts Japan time only, with its +09:00 offset', () => {
    assert.ok(TokyoDateTime.safeParse('2026-12-08T10:00:00+09:00').success);
    for (const bad of ['2026-12-08T01:00:00Z', '2026-12-08T10:00:00', '2026-12-08', '2026-13-08T10:00:00+09:00']) {
      assert.equal(TokyoDateTime.safeParse(bad).success, false, bad);
    }
  });

  it('accepts Japanese phone numbers and postal codes with or without hyphens', () => {
    for (const ok of ['03-1234-5678', '0312345678', '090-1234-5678', '09012345678', '0120-123-456']) assert.ok(PhoneNumber.safeParse(ok).success, ok);
    for (const bad of ['1234', '03-1234-56789', '+81-3-1234-5678', '03–1234–5678', 'abc']) assert.equal(PhoneNumber.safeParse(bad).success, false, bad);
    assert.ok(PostalCode.safeParse('176-0012').success);
    assert.ok(PostalCode.safeParse('1760012').success);
    assert.equal(PostalCode.safeParse('176-012').success, false);
  });

  it('accepts furigana in hiragana or katakana with spaces and long vowels, and nothing else', () => {
    for (const ok of ['やまだ たろう', 'ヤマダ　タロウ', 'さとう ゆーこ', 'ヴァイオリン']) assert.ok(Furigana.safeParse(ok).success, ok);
    for (const bad of ['山田', 'yamada', 'ﾔﾏﾀﾞ', '']) assert.equal(Furigana.safeParse(bad).success, false, bad);
  });

  it('lets only http(s) links through', () => {
    assert.ok(WebUrl.safeParse('https://shop.example.jp/').success);
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>', 'ftp://x.example', 'vbscript:x']) assert.equal(WebUrl.safeParse(bad).success, false, bad);
  });

  it('keeps registration and opening periods consistent', () => {
    const base = { capacity: null, remaining: null, opensAt: null, closesAt: null, waitlist: false, url: null };
    assert.ok(Registration.safeParse({ ...base, kind: 'none' }).success);
    assert.equal(Registration.safeParse({ ...base, kind: 'none', capacity: 10 }).success, false, 'no capacity without registration');
    assert.equal(Registration.safeParse({ ...base, kind: 'first_come', capacity: 10, remaining: 11 }).success, false, 'remaining ≤ capacity');
    assert.ok(Period.safeParse({ opens: '17:00', closes: '25:30' }).success, 'past midnight');
    assert.equal(Period.safeParse({ opens: '19:00', closes: '10:00' }).success, false);
  });

  it('keeps a course\'s schedule in order, its dates its sessions, a course from recurring as well, and a street event to its street', () => {
    const at = (day: number, hour: number) => `2026-12-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+09:00`;
    const session = (index: number, day: number, hour = 18) => ({ index, start: at(day, hour), end: at(day, hour + 2) });
    const course = {
      id: 'dx-course',
      title: { ja: 'DX講座 全3回' },
      category: 'course',
      description: { ja: '説明' },
      start: at(7, 18),
      end: at(7, 20),
      allDay: false,
      venueId: null,
      roomId: null,
      place: null,
      online: true,
      organizer: { ja: '産業振興会館' },
      audience: null,
      fee: { amountYen: 0, note: null },
      registration: { kind: 'none', capacity: null, remaining: null, opensAt: null, closesAt: null, waitlist: false, url: null },
      whatToBring: null,
      sessions: [session(1, 7), session(2, 14), session(4, 21)],
      allSessionsRequired: true,
      recurrence: null,
      streetId: null,
      url: null,
      updatedAt: '2026-11-01T09:00:00+09:00',
    };
    const refused = (result: { success: boolean; error?: { issues: ReadonlyArray<{ path: PropertyKey[] }> } }, why: string) => {
      assert.equal(result.success, false, why);
      return result.error!.issues.map((issue) => issue.path.join('.'));
    };
    assert.ok(HallEvent.safeParse(course).success, 'a gap in the numbers (a cancelled session) is fine');
    assert.deepEqual(refused(HallEvent.safeParse({ ...course, sessions: [session(1, 7), session(2, 21), session(3, 14)] }), 'out of order'), ['sessions']);
    assert.deepEqual(refused(HallEvent.safeParse({ ...course, sessions: [session(1, 7), session(2, 14), session(3, 14)] }), 'two sessions at one start'), ['sessions']);
    assert.deepEqual(refused(HallEvent.safeParse({ ...course, sessions: [session(1, 7), session(1, 14)] }), 'one number twice'), ['sessions']);
    assert.ok(refused(HallEvent.safeParse({ ...course, sessions: [{ ...session(1, 7), end: at(7, 17) }] }), 'a session ending before it starts').includes('sessions.0.end'));
    assert.deepEqual(refused(HallEvent.safeParse({ ...course, start: at(14, 18), end: at(14, 20) }), 'a course listed elsewhere than its first session'), ['start']);
    assert.deepEqual(
      refused(HallEvent.safeParse({ ...course, recurrence: { rrule: 'FREQ=WEEKLY', rdates: [], exdates: [] } }), 'a course that also recurs'),
      ['recurrence'],
    );
    // An occurrence of a course is any one of its sessions, never a time between them.
    const occurrence = (start: string, end: string) => EventOccurrence.safeParse({ ...course, start, end, occurrenceId: `dx-course@${start.slice(0, 10)}` });
    assert.ok(occurrence(at(14, 18), at(14, 20)).success);
    assert.deepEqual(refused(occurrence(at(15, 18), at(15, 20)), 'no session that day'), ['start']);
    // A shopping street's event names its street (so category=street_event is the streets' alone).
    const streetEvent = { ...course, category: 'street_event', sessions: [], allSessionsRequired: false };
    assert.deepEqual(refused(HallEvent.safeParse(streetEvent), 'a street event of no street'), ['streetId']);
    assert.ok(HallEvent.safeParse({ ...streetEvent, streetId: 'hikari-dori' }).success);
  });

  it('refuses unknown fields and unticked consents in a booking', () => {
    const input = {
      slotId: 'startup.sato.20261209T1000',
      channel: 'in_person',
      applicant: { name: '山田 太郎', furigana: 'やまだ たろう', email: 'taro@example.jp', phone: '090-1234-5678', applicantType: 'prospective_founder' },
      topic: { category: 'startup', text: '開業資金の相談' },
      consents: { purposeOfUse: true, privacyNotice: true },
      formToken: '1796083200000.AAAAAAAAAAAAAAAA.' + 'A'.repeat(43),
    };
    assert.ok(BookingInput.safeParse(input).success);
    const { formToken: _token, ...withoutToken } = input;
    assert.equal(BookingInput.safeParse(withoutToken).success, false, 'the form token is required');
    assert.equal(BookingInput.safeParse({ ...input, formToken: 'A'.repeat(301) }).success, false, 'a form token is at most 300 characters');
    assert.equal(BookingInput.safeParse({ ...input, admin: true }).success, false);
    assert.equal(BookingInput.safeParse({ ...input, consents: { purposeOfUse: true, privacyNotice: false } }).success, false);
    assert.equal(BookingInput.safeParse({ ...input, topic: { category: 'startup', text: 'あ'.repeat(201) } }).success, false);
    assert.equal(BookingInput.safeParse({ ...input, website: 'spam' }).success, false, 'honeypot must stay empty');
  });
});

describe('Japanese search normalisation', () => {
  for (const [typed, stored, what] of NORMALIZATION_TABLE) {
    it(`"${typed}" matches "${stored}" (${what})`, () => {
      assert.equal(normalizeForSearch(typed), normalizeForSearch(stored));
      assert.ok(matchesQuery(normalizeForSearch(stored), typed));
    });
  }
  it('does not make different words equal', () => {
    assert.notEqual(normalizeForSearch('カフェ'), normalizeForSearch('カレー'));
    assert.equal(matchesQuery(normalizeForSearch('喫茶店'), 'カフェ'), false);
  });
});

describe('strict Content-Security-Policy', () => {
  it('is configured jitless on import and validates without constructing a Function', () => {
    // A fresh process in which any use of the Function constructor is counted.
    const script = `
      let made = 0;
      const RealFunction = Function;
      globalThis.Function = new Proxy(RealFunction, { construct(t, a) { made++; return Reflect.construct(t, a); }, apply(t, s, a) { made++; return Reflect.apply(t, s, a); } });
      const s = await import('@promotion-hall/sdk/schemas');
      for (let i = 0; i < 50; i++) {
        s.BookingInput.safeParse({ slotId: 'a.b.20261209T1000', channel: 'phone' });
        s.Shop.safeParse({ id: 'x' });
        s.EventOccurrence.safeParse({});
      }
      const { globalConfig } = await import('zod/v4/core');
      console.log(JSON.stringify({ made, jitless: globalConfig.jitless === true }));
    `;
    const output = execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const { made, jitless } = JSON.parse(output) as { made: number; jitless: boolean };
    assert.equal(jitless, true, 'zod is configured jitless as soon as the schemas load');
    assert.equal(made, 0, 'no Function was constructed while validating');
  });
});

describe('size in a browser bundle', () => {
  it(`keeps every schema with zod/mini within ${SCHEMAS_GZIP_CEILING} bytes gzip`, async (t) => {
    const result = await build({
      entryPoints: [new URL('../src/schemas/index.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzip = gzipSync(code, { level: 9 }).length;
    t.diagnostic(`schemas: ${code.length} bytes minified, ${gzip} bytes gzip -9`);
    assert.ok(gzip <= SCHEMAS_GZIP_CEILING, `${gzip} bytes gzip`);
  });
});
