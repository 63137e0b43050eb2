/**
 * The booking API against the real server on a loopback port, with the fixture
 * data set and the clock at FIXTURE_NOW (Tuesday 2026-12-01 09:00 Japan time).
 *
 * Fixture services: `startup` (1 place a slot, Wednesdays 10:00/11:00/12:00 with
 * 佐藤, in-ward founders only, in person or online) and `subsidy-clinic` (3 places,
 * Thursdays 13:00/14:30 with 鈴木, in person). Both: book 24 h to 60 days ahead,
 * cancel until 24 h before, at most 2 upcoming bookings per e-mail.
 * Each test books slots no other test uses, so the tests do not depend on their order.
 * The servers here need a form token but no fill time (test-server.ts sets it to 0); the
 * form token's own tests run on a server of their own with the default 3 s and a clock.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Booking, BookingCreated, FormToken, listOf, Problem, Slot, type BookingInput } from '@promotion-hall/sdk/schemas';
import Database from 'better-sqlite3';
import { ConfigError, loadConfig, type ServerConfig } from '../src/config.js';
import { SqliteHallRepository } from '../src/db/sqlite-repository.js';
import { runRetention } from '../src/retention.js';
import { DATABASE_FILE, startServer } from '../src/server.js';
import { FIXTURE_NOW, fixtureData } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const STREET_ORIGIN = 'https://street.example.jp';

let clock = FIXTURE_NOW;
/** Fixtures, no rate limit: most tests. */
let main: TestServer;
/** Fixtures, the default limit of 10 booking POSTs a minute. */
let limited: TestServer;
/** Fixtures, bookings allowed from one association's site. */
let street: TestServer;
/** Every Set-Cookie header any answer carried (there must be none). */
const cookies: string[] = [];

before(async () => {
  [main, limited, street] = await Promise.all([
    startTestServer({ data: fixtureData(), now: () => clock, config: { bookingRateLimitPerMinute: 0 } }),
    startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW }),
    startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW, config: { bookingRateLimitPerMinute: 0, allowedOrigins: [STREET_ORIGIN] } }),
  ]);
  assert.equal(limited.repo !== undefined, true);
});

after(async () => {
  await Promise.all([main?.close(), limited?.close(), street?.close()]);
});

type Input = BookingInput;

/** A fresh form token from the server (as the booking form fetches one when it is shown). */
async function formToken(server: TestServer = main, origin?: string): Promise<string> {
  const answer = await send(`${server.api}/consultations/form-token`, origin === undefined ? {} : { headers: { Origin: origin } });
  assert.equal(answer.status, 200, answer.text);
  return FormToken.parse(answer.json).token;
}

/**
 * A valid booking request with a fresh form token of `server`; `over` replaces
 * top-level parts, `applicant` merges into the applicant.
 */
async function bookingBody(slotId: string, over: Partial<Input> = {}, applicant: Partial<Input['applicant']> = {}, server: TestServer = main): Promise<Input> {
  const subsidy = slotId.startsWith('subsidy-clinic.');
  return {
    slotId,
    channel: 'in_person',
    applicant: {
      name: '山田 花子',
      furigana: 'やまだ はなこ',
      email: `${randomUUID()}@example.com`,
      phone: '03-1234-5678',
      applicantType: subsidy ? 'sme' : 'prospective_founder',
      business: { name: '山田商店', employees: 3, inWard: true },
      ...applicant,
    },
    topic: { category: subsidy ? 'subsidy' : 'startup', text: '事業計画の相談をしたい' },
    consents: { purposeOfUse: true, privacyNotice: true },
    formToken: await formToken(server),
    ...over,
  };
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  const cookie = res.headers.get('set-cookie');
  if (cookie !== null) cookies.push(`${init.method ?? 'GET'} ${url}: ${cookie}`);
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** POST /consultations/bookings with a fresh Idempotency-Key unless one is given (`null`: none). */
function post(
  body: unknown,
  options: { server?: TestServer; key?: string | null; headers?: Record<string, string>; raw?: string } = {},
): Promise<Answer> {
  const { server = main, key = randomUUID(), headers = {}, raw } = options;
  return send(`${server.api}/consultations/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }), ...headers },
    body: raw ?? JSON.stringify(body),
  });
}

async function book(body: Input, server: TestServer = main): Promise<BookingCreated> {
  const answer = await post(body, { server });
  assert.equal(answer.status, 201, `booking ${body.slotId}: ${answer.text}`);
  return BookingCreated.parse(answer.json);
}

function manage(reference: string, method: 'GET' | 'DELETE', token: string | null, server: TestServer = main): Promise<Answer> {
  return send(`${server.api}/consultations/bookings/${reference}`, {
    method,
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

/** Asserts a problem+json answer and returns it parsed. */
function problemOf(answer: Answer, status: number, type?: string): Problem {
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.headers.get('content-type'), 'application/problem+json');
  assert.equal(answer.headers.get('cache-control'), 'no-store');
  const problem = Problem.parse(answer.json);
  assert.equal(problem.status, status);
  if (type !== undefined) assert.equal(problem.type, type);
  return problem;
}

const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((e) => e.field);

/** The slot as the slot list shows it (with full slots), or undefined when it is not listed. */
async function slotNow(slotId: string, server: TestServer = main): Promise<Slot | undefined> {
  const [serviceId, , stamp] = slotId.split('.') as [string, string, string];
  const date = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
  const answer = await send(`${server.api}/consultations/slots?serviceId=${serviceId}&from=${date}&to=${date}&includeFull=true`, {});
  assert.equal(answer.status, 200);
  return listOf(Slot).parse(answer.json).items.find((s) => s.id === slotId);
}

describe('booking and managing a consultation', () => {
  const slotId = 'startup.sato.20261202T1000';

  it('books a slot from the slot list: 201 with reference, manage token and Location', async () => {
    const list = await send(`${main.api}/consultations/slots?serviceId=startup&from=2026-12-02&to=2026-12-02`, {});
    const offered = listOf(Slot).parse(list.json).items.map((s) => s.id);
    assert.ok(offered.includes(slotId));

    const answer = await post(await bookingBody(slotId));
    assert.equal(answer.status, 201, answer.text);
    const created = BookingCreated.parse(answer.json);
    assert.match(created.reference, /^PH-[0-9A-HJKMNP-TV-Z]{8}$/);
    assert.equal(answer.headers.get('location'), `/api/v1/consultations/bookings/${created.reference}`);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.equal(answer.headers.get('etag'), null);
    assert.equal(created.status, 'confirmed');
    assert.deepEqual(created.slot, { id: slotId, start: '2026-12-02T10:00:00+09:00', end: '2026-12-02T11:00:00+09:00', advisorName: { ja: '佐藤 相談員' } });
    assert.equal(created.cancellableUntil, '2026-12-01T10:00:00+09:00');
    assert.equal(created.createdAt, '2026-12-01T09:00:00+09:00');
    assert.deepEqual(created.whatToBring, { ja: '事業計画書（あれば）' });

    // The one place is taken: the slot leaves the list and shows 0 with includeFull.
    const afterBooking = await send(`${main.api}/consultations/slots?serviceId=startup&from=2026-12-02&to=2026-12-02`, {});
    assert.deepEqual(listOf(Slot).parse(afterBooking.json).items.map((s) => s.id), offered.filter((id) => id !== slotId));
    assert.equal((await slotNow(slotId))?.remaining, 0);
  });

  it('shows the booking to the holder of the manage token, and the same 404 to anyone else', async () => {
    const created = await book(await bookingBody('startup.sato.20261223T1000', {}, { furigana: 'ヤマダ ハナコ' }));
    const shown = await manage(created.reference, 'GET', created.manageToken);
    assert.equal(shown.status, 200, shown.text);
    assert.equal(shown.headers.get('cache-control'), 'no-store');
    const booking = Booking.parse(shown.json);
    const { manageToken, ...withoutToken } = created;
    assert.deepEqual(booking, withoutToken);
    assert.equal((shown.json as Record<string, unknown>).manageToken, undefined, 'the token is shown once, at booking');
    assert.ok(manageToken.length === 43);

    const wrongToken = await manage(created.reference, 'GET', 'A'.repeat(43));
    const unknownReference = await manage('PH-00000000', 'GET', created.manageToken);
    const malformedToken = await manage(created.reference, 'GET', 'nonsense');
    for (const answer of [wrongToken, unknownReference, malformedToken]) problemOf(answer, 404, '/problems/not-found');
    assert.equal(wrongToken.text, unknownReference.text, 'a wrong token and an unknown reference look the same');
    assert.equal(wrongToken.text, malformedToken.text);

    const noToken = await manage(created.reference, 'GET', null);
    const problem = problemOf(noToken, 401, '/problems/manage-token');
    assert.deepEqual(fieldsOf(problem), ['header.authorization']);
    assert.equal(noToken.headers.get('www-authenticate'), 'Bearer');
    assert.deepEqual(fieldsOf(problemOf(await manage('not-a-reference', 'GET', created.manageToken), 400)), ['path.reference']);
    // A wrong token cannot cancel either.
    problemOf(await manage(created.reference, 'DELETE', 'A'.repeat(43)), 404);
    assert.equal(Booking.parse((await manage(created.reference, 'GET', created.manageToken)).json).status, 'confirmed');
  });
});

describe('idempotency', () => {
  it('requires an Idempotency-Key', async () => {
    const problem = problemOf(await post(await bookingBody('subsidy-clinic.suzuki.20261210T1430'), { key: null }), 400, '/problems/idempotency-key-missing');
    assert.deepEqual(fieldsOf(problem), ['header.idempotency-key']);
    const short = problemOf(await post(await bookingBody('subsidy-clinic.suzuki.20261210T1430'), { key: 'abc' }), 400, '/problems/validation');
    assert.deepEqual(fieldsOf(short), ['header.idempotency-key']);
    assert.equal((await slotNow('subsidy-clinic.suzuki.20261210T1430'))?.remaining, 3, 'nothing was booked');
  });

  it('replays the same answer for the same key and body, and books once', async () => {
    const slotId = 'subsidy-clinic.suzuki.20261210T1300';
    assert.equal((await slotNow(slotId))?.remaining, 3);
    const key = randomUUID();
    const body = await bookingBody(slotId);
    const first = await post(body, { key });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    // The same body with its keys in another order is the same request.
    const reordered = { formToken: body.formToken, consents: body.consents, topic: body.topic, applicant: body.applicant, channel: body.channel, slotId: body.slotId };
    const second = await post(reordered, { key });
    assert.equal(second.status, 201, second.text);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(BookingCreated.parse(second.json), BookingCreated.parse(first.json));
    assert.equal(second.headers.get('location'), first.headers.get('location'), 'the replay points at the same booking');
    assert.equal((await slotNow(slotId))?.remaining, 2, 'exactly one place taken');

    const other = await post(await bookingBody(slotId), { key });
    const problem = problemOf(other, 422, '/problems/idempotency-key-reuse');
    assert.deepEqual(fieldsOf(problem), ['header.idempotency-key']);
    assert.equal((await slotNow(slotId))?.remaining, 2);
  });

  it('books once when a client retries with one key many times at once', async () => {
    const slotId = 'subsidy-clinic.suzuki.20261224T1300';
    const key = randomUUID();
    const body = await bookingBody(slotId);
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(body, { key })));
    assert.deepEqual(answers.map((a) => a.status), Array(20).fill(201));
    const references = new Set(answers.map((a) => BookingCreated.parse(a.json).reference));
    assert.equal(references.size, 1);
    assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === null).length, 1, 'one original answer, the rest replays');
    assert.equal((await slotNow(slotId))?.remaining, 2);
  });

  it('replays a 409 for the same key as a 409', async () => {
    const slotId = 'startup.sato.20270106T1000';
    await book(await bookingBody(slotId));
    const key = randomUUID();
    const body = await bookingBody(slotId);
    const first = problemOf(await post(body, { key }), 409, '/problems/slot-unavailable');
    const again = await post(body, { key });
    assert.deepEqual(problemOf(again, 409), first);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
  });
});

describe('request validation', () => {
  const slotId = 'subsidy-clinic.suzuki.20261203T1430';

  it('accepts only application/json (415) and valid JSON (400 field body)', async () => {
    const plain = await post(undefined, { raw: JSON.stringify(await bookingBody(slotId)), headers: { 'Content-Type': 'text/plain' } });
    assert.deepEqual(fieldsOf(problemOf(plain, 415, '/problems/unsupported-media-type')), ['header.content-type']);
    const broken = await post(undefined, { raw: '{"slotId": "subsidy-clinic.suzuki.20261203T1430",' });
    const problem = problemOf(broken, 400, '/problems/validation');
    assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]), [['body', 'invalid_json']]);
    // Charset parameters are fine.
    const withCharset = await post(await bookingBody(slotId), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    assert.equal(withCharset.status, 201, withCharset.text);
  });

  it('answers schema errors with 400 and the fields at fault', async () => {
    const remaining = (await slotNow(slotId))?.remaining;
    const cases: Array<[string, unknown, string]> = [
      ['bad e-mail', await bookingBody(slotId, {}, { email: 'not-an-email' }), 'body.applicant.email'],
      ['kanji furigana', await bookingBody(slotId, {}, { furigana: '山田 花子' }), 'body.applicant.furigana'],
      ['latin furigana', await bookingBody(slotId, {}, { furigana: 'yamada' }), 'body.applicant.furigana'],
      ['bad phone', await bookingBody(slotId, {}, { phone: '12345' }), 'body.applicant.phone'],
      ['topic of 201 characters', await bookingBody(slotId, { topic: { category: 'subsidy', text: 'あ'.repeat(201) } }), 'body.topic.text'],
      ['purpose of use not accepted', await bookingBody(slotId, { consents: { purposeOfUse: false as true, privacyNotice: true } }), 'body.consents.purposeOfUse'],
      ['privacy notice not accepted', await bookingBody(slotId, { consents: { purposeOfUse: true, privacyNotice: false as true } }), 'body.consents.privacyNotice'],
      ['honeypot filled', await bookingBody(slotId, { website: 'https://spam.example' }), 'body.website'],
      ['no applicant', { ...(await bookingBody(slotId)), applicant: undefined }, 'body.applicant'],
      ['unknown channel', await bookingBody(slotId, { channel: 'fax' as 'phone' }), 'body.channel'],
      ['malformed slot id', await bookingBody('2026-12-03 13:00'), 'body.slotId'],
    ];
    for (const [name, body, field] of cases) {
      const problem = problemOf(await post(body), 400, '/problems/validation');
      assert.ok(fieldsOf(problem).includes(field), `${name}: expected ${field}, got ${fieldsOf(problem).join(', ')}`);
    }
    const extra = problemOf(await post({ ...(await bookingBody(slotId)), isAdmin: true }), 400, '/problems/validation');
    assert.deepEqual(extra.errors?.map((e) => e.code), ['unrecognized_keys'], 'an unknown extra field is refused');
    // Key names are chosen by the client and may hold anything: the answer does not echo them.
    assert.doesNotMatch(JSON.stringify(extra), /isAdmin/);
    // Hiragana, katakana, spaces and the long-vowel mark are all fine as furigana; 200 characters of topic too.
    const fine = problemOf(
      await post(await bookingBody(slotId, { topic: { category: 'subsidy', text: 'あ'.repeat(200) } }, { furigana: 'サトウ　ゆーこ', email: 'nope' })),
      400,
    );
    assert.deepEqual(fieldsOf(fine), ['body.applicant.email']);
    assert.equal((await slotNow(slotId))?.remaining, remaining, 'no invalid request booked');
  });

  it('refuses a body over 16 KB with 413', async () => {
    const huge = JSON.stringify({ ...(await bookingBody(slotId)), padding: 'x'.repeat(17 * 1024) });
    problemOf(await post(undefined, { raw: huge }), 413);
    const compact = JSON.stringify(await bookingBody(slotId, { topic: { category: 'subsidy', text: '' } }));
    const justUnder = compact + ' '.repeat(16 * 1024 - Buffer.byteLength(compact));
    assert.equal(Buffer.byteLength(justUnder), 16 * 1024);
    assert.equal((await post(undefined, { raw: justUnder })).status, 201, 'a 16 KB body is still read');
  });
});

describe('booking rules (422)', () => {
  it('refuses slots outside the booking window, on closed days and forged ones', async () => {
    const cases: Array<[string, string, string]> = [
      ['too soon (last week)', 'startup.sato.20261125T1000', 'too_soon'],
      ['too far (> 60 days)', 'startup.sato.20270203T1000', 'too_far'],
      ['public holiday (建国記念の日)', 'subsidy-clinic.suzuki.20270211T1300', 'hall_closed'],
      ['year-end closure', 'startup.sato.20261230T1000', 'hall_closed'],
      ['not on the schedule', 'startup.sato.20261202T1030', 'outside_schedule'],
      ['a Tuesday', 'startup.sato.20261208T1000', 'outside_schedule'],
      ['unknown advisor', 'startup.tanaka.20261202T1100', 'unknown_slot'],
      ['advisor of another service', 'startup.suzuki.20261203T1300', 'unknown_slot'],
      ['unknown service', 'tax.sato.20261202T1100', 'unknown_slot'],
    ];
    for (const [name, slotId, code] of cases) {
      const problem = problemOf(await post(await bookingBody(slotId)), 422, '/problems/booking-rule');
      assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]), [['body.slotId', code]], name);
    }
  });

  it('refuses a slot starting in under 24 hours', async () => {
    clock = Date.parse('2026-12-01T11:30:00+09:00'); // 23.5 h before 12-02 11:00
    try {
      const problem = problemOf(await post(await bookingBody('startup.sato.20261202T1100')), 422, '/problems/booking-rule');
      assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]), [['body.slotId', 'too_soon']]);
    } finally {
      clock = FIXTURE_NOW;
    }
  });

  it('refuses a channel the service does not offer, an ineligible applicant and a business outside the ward', async () => {
    const cases: Array<[string, Input, string]> = [
      ['online for an in-person-only clinic', await bookingBody('subsidy-clinic.suzuki.20261203T1430', { channel: 'online' }), 'body.channel'],
      ['phone for startup', await bookingBody('startup.sato.20261202T1200', { channel: 'phone' }), 'body.channel'],
      ['an SME at the founders’ desk', await bookingBody('startup.sato.20261202T1200', {}, { applicantType: 'sme' }), 'body.applicant.applicantType'],
      ['a founder at the SME clinic', await bookingBody('subsidy-clinic.suzuki.20261203T1430', {}, { applicantType: 'prospective_founder' }), 'body.applicant.applicantType'],
      ['outside the ward', await bookingBody('startup.sato.20261202T1200', {}, { business: { inWard: false } }), 'body.applicant.business.inWard'],
    ];
    for (const [name, body, field] of cases) {
      const problem = problemOf(await post(body), 422, '/problems/booking-rule');
      assert.deepEqual(fieldsOf(problem), [field], name);
    }
    // Online is offered for startup; inWard left out is not "outside the ward".
    const online = await book(await bookingBody('startup.sato.20261202T1200', { channel: 'online' }, { business: { name: '未定' } }));
    assert.equal(online.channel, 'online');
  });

  it('caps upcoming bookings per e-mail: the 3rd for startup is refused until one is cancelled', async () => {
    const email = 'cap-test@example.com';
    const first = await book(await bookingBody('startup.sato.20261209T1000', {}, { email }));
    await book(await bookingBody('startup.sato.20261209T1100', {}, { email: 'CAP-TEST@example.com' }));
    const third = problemOf(await post(await bookingBody('startup.sato.20261209T1200', {}, { email })), 422, '/problems/booking-rule');
    assert.deepEqual(fieldsOf(third), ['body.applicant.email']);
    assert.equal((await slotNow('startup.sato.20261209T1200'))?.remaining, 1);
    // Another service has its own cap.
    await book(await bookingBody('subsidy-clinic.suzuki.20261217T1430', {}, { email }));
    assert.equal((await manage(first.reference, 'DELETE', first.manageToken)).status, 200);
    await book(await bookingBody('startup.sato.20261209T1200', {}, { email }));
  });
});

describe('capacity and cancellation', () => {
  it('takes exactly 3 bookings in a 3-place slot, then 409; a cancellation frees a place', async () => {
    const slotId = 'subsidy-clinic.suzuki.20261203T1300';
    const made: BookingCreated[] = [];
    for (let i = 0; i < 3; i++) made.push(await book(await bookingBody(slotId)));
    assert.equal(new Set(made.map((b) => b.reference)).size, 3);
    assert.equal((await slotNow(slotId))?.remaining, 0);
    const full = problemOf(await post(await bookingBody(slotId)), 409, '/problems/slot-unavailable');
    assert.deepEqual(full.errors?.map((e) => [e.field, e.code]), [['body.slotId', 'slot_full']]);

    const victim = made[1]!;
    const cancelled = await manage(victim.reference, 'DELETE', victim.manageToken);
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.headers.get('cache-control'), 'no-store');
    const booking = Booking.parse(cancelled.json);
    assert.equal(booking.status, 'cancelled');
    assert.equal(booking.cancelledAt, '2026-12-01T09:00:00+09:00');
    assert.equal((await slotNow(slotId))?.remaining, 1);

    const again = await manage(victim.reference, 'DELETE', victim.manageToken);
    assert.equal(again.status, 200, 'cancelling twice is fine');
    assert.deepEqual(Booking.parse(again.json), booking);
    assert.equal((await slotNow(slotId))?.remaining, 1, 'a second cancel frees nothing more');

    await book(await bookingBody(slotId));
    problemOf(await post(await bookingBody(slotId)), 409, '/problems/slot-unavailable');
    assert.equal(Booking.parse((await manage(victim.reference, 'GET', victim.manageToken)).json).status, 'cancelled');
  });

  it('refuses online cancellation after the cutoff (24 h before the start)', async () => {
    const created = await book(await bookingBody('subsidy-clinic.suzuki.20261217T1300'));
    assert.equal(created.cancellableUntil, '2026-12-16T13:00:00+09:00');
    clock = Date.parse('2026-12-16T13:00:01+09:00');
    try {
      const late = await manage(created.reference, 'DELETE', created.manageToken);
      const problem = problemOf(late, 422, '/problems/not-cancellable');
      assert.match(problem.detail ?? '', /2026-12-16T13:00:00\+09:00/);
      assert.equal(Booking.parse((await manage(created.reference, 'GET', created.manageToken)).json).status, 'confirmed');
      clock = Date.parse('2026-12-16T12:59:59+09:00');
      assert.equal((await manage(created.reference, 'DELETE', created.manageToken)).status, 200, 'a second before the cutoff still works');
    } finally {
      clock = FIXTURE_NOW;
    }
  });
});

describe('200 concurrent bookings for one slot', () => {
  async function race(slotId: string, requests: number) {
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: requests }, async (_, i) => post(await bookingBody(slotId, {}, { email: `racer-${i}-${randomUUID().slice(0, 8)}@example.com` }))),
    );
    const ms = performance.now() - started;
    const count = (test: (status: number) => boolean) => answers.filter((a) => test(a.status)).length;
    for (const a of answers.filter((x) => x.status === 409)) Problem.parse(a.json);
    for (const a of answers.filter((x) => x.status === 201)) BookingCreated.parse(a.json);
    return { created: count((s) => s === 201), full: count((s) => s === 409), serverErrors: count((s) => s >= 500), other: count((s) => s !== 201 && s !== 409 && s < 500), ms };
  }

  it('a 1-place slot: exactly 1 × 201, 199 × 409, no 5xx', async (t) => {
    const slotId = 'startup.sato.20261216T1000';
    const r = await race(slotId, 200);
    t.diagnostic(`capacity 1: 201 × ${r.created}, 409 × ${r.full}, 5xx × ${r.serverErrors}, other × ${r.other} in ${r.ms.toFixed(0)} ms`);
    assert.deepEqual([r.created, r.full, r.serverErrors, r.other], [1, 199, 0, 0]);
    assert.equal((await slotNow(slotId))?.remaining, 0);
  });

  it('a 3-place slot: exactly 3 × 201, 197 × 409, no 5xx', async (t) => {
    const slotId = 'subsidy-clinic.suzuki.20261224T1430';
    const r = await race(slotId, 200);
    t.diagnostic(`capacity 3: 201 × ${r.created}, 409 × ${r.full}, 5xx × ${r.serverErrors}, other × ${r.other} in ${r.ms.toFixed(0)} ms`);
    assert.deepEqual([r.created, r.full, r.serverErrors, r.other], [3, 197, 0, 0]);
    assert.equal((await slotNow(slotId))?.remaining, 0);
  });
});

describe('rate limit', () => {
  it('answers the 11th booking POST in a minute from one client with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    // The first is a real booking; the others fail validation, which counts all the same.
    statuses.push((await post(await bookingBody('subsidy-clinic.suzuki.20261203T1300', {}, {}, limited), { server: limited })).status);
    for (let i = 0; i < 9; i++) statuses.push((await post({}, { server: limited })).status);
    assert.deepEqual(statuses, [201, ...Array(9).fill(400)]);
    const eleventh = await post(await bookingBody('subsidy-clinic.suzuki.20261203T1300', {}, {}, limited), { server: limited });
    const problem = problemOf(eleventh, 429, '/problems/rate-limited');
    const retryAfter = Number(eleventh.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After: ${retryAfter}`);
    assert.equal(problem.retryAfter, retryAfter);
    assert.equal((await slotNow('subsidy-clinic.suzuki.20261203T1300', limited))?.remaining, 2, 'the 11th did not book');
    // Reads are not limited.
    assert.equal((await send(`${limited.api}/consultations/services`, {})).status, 200);
  });
});

describe('CORS on bookings', () => {
  const slotId = 'subsidy-clinic.suzuki.20261210T1300';

  it('lets the allow-listed site book and read the answer', async () => {
    const answer = await post(await bookingBody(slotId, {}, {}, street), { server: street, headers: { Origin: STREET_ORIGIN } });
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.headers.get('access-control-allow-origin'), STREET_ORIGIN);
    assert.match(answer.headers.get('access-control-expose-headers') ?? '', /Location/);
    assert.match(answer.headers.get('vary') ?? '', /Origin/);
    assert.equal(answer.headers.get('access-control-allow-credentials'), null);
    const created = BookingCreated.parse(answer.json);
    const shown = await send(`${street.api}/consultations/bookings/${created.reference}`, {
      headers: { Authorization: `Bearer ${created.manageToken}`, Origin: STREET_ORIGIN },
    });
    assert.equal(shown.status, 200);
    assert.equal(shown.headers.get('access-control-allow-origin'), STREET_ORIGIN);
    // Errors are readable by the allowed site too, so the form can show them.
    const invalid = await post({}, { server: street, headers: { Origin: STREET_ORIGIN } });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.headers.get('access-control-allow-origin'), STREET_ORIGIN);
  });

  it('refuses another origin with 403 and books nothing', async () => {
    const before = (await slotNow(slotId, street))?.remaining;
    for (const origin of ['https://evil.example', 'https://street.example.jp.evil.example', 'http://street.example.jp', 'null']) {
      const answer = await post(await bookingBody(slotId, {}, {}, street), { server: street, headers: { Origin: origin } });
      problemOf(answer, 403, '/problems/origin-not-allowed');
      // The refusal itself is readable by that page (so a widget can explain it); nothing else is.
      assert.equal(answer.headers.get('access-control-allow-origin'), origin, origin);
    }
    assert.equal((await slotNow(slotId, street))?.remaining, before);
  });

  it('answers preflight for the allowed site only', async () => {
    const preflight = (origin: string) =>
      send(`${street.api}/consultations/bookings`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      });
    const ok = await preflight(STREET_ORIGIN);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), STREET_ORIGIN);
    assert.match(ok.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
    assert.match(ok.headers.get('access-control-allow-methods') ?? '', /\bDELETE\b/);
    const allowed = (ok.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['content-type', 'idempotency-key', 'authorization']) assert.ok(allowed.includes(header), header);
    problemOf(await preflight('https://evil.example'), 403, '/problems/origin-not-allowed');
  });

  it('lets requests without an Origin (servers, curl) book', async () => {
    const answer = await post(await bookingBody(slotId, {}, {}, street), { server: street });
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.headers.get('access-control-allow-origin'), null);
  });
});

describe('form token: a minimum fill time (no CAPTCHA)', () => {
  /** Fixtures, the default fill time of 3 s and token age of 2 h, its own clock. */
  let timed: TestServer;
  let now = FIXTURE_NOW;
  const SECOND = 1000;

  before(async () => {
    timed = await startTestServer({ data: fixtureData(), now: () => now, config: { bookingRateLimitPerMinute: 0, minFillSeconds: 3, formTokenMaxAgeSeconds: 7200 } });
  });
  after(async () => {
    await timed?.close();
  });

  /** Runs `body` with the clock at FIXTURE_NOW first, and puts it back afterwards. */
  async function atFixtureNow(body: () => Promise<void>): Promise<void> {
    now = FIXTURE_NOW;
    try {
      await body();
    } finally {
      now = FIXTURE_NOW;
    }
  }

  /** A booking body for the timed server, with the token given (fetched earlier). */
  const timedBody = async (slotId: string, token: string, applicant: Partial<Input['applicant']> = {}) => ({ ...(await bookingBody(slotId, {}, applicant, timed)), formToken: token });

  /** Rows the booking tables hold (the 422s must have written none). */
  function storedRows(): { bookings: number; idempotency_keys: number; slot_load: number } {
    const db = new Database(path.join(timed.dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return { bookings: count('bookings'), idempotency_keys: count('idempotency_keys'), slot_load: count('slot_load') };
    } finally {
      db.close();
    }
  }

  const codesOf = (problem: Problem) => problem.errors?.map((e) => [e.field, e.code]);

  it('GET /consultations/form-token: a new token on every call, never cached, with its times', async () => {
    const first = await send(`${timed.api}/consultations/form-token`, {});
    assert.equal(first.status, 200, first.text);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.equal(first.headers.get('etag'), null);
    const answer = FormToken.parse(first.json);
    assert.deepEqual({ ...answer, token: '…' }, { token: '…', issuedAt: '2026-12-01T09:00:00+09:00', minFillSeconds: 3, expiresAt: '2026-12-01T11:00:00+09:00' });
    assert.ok(answer.token.length <= 300);
    // The same millisecond, the same question: still another token (not a kept answer).
    const again = FormToken.parse((await send(`${timed.api}/consultations/form-token`, {})).json);
    assert.notEqual(again.token, answer.token);
    assert.equal((await send(`${timed.api}/consultations/form-token`, { headers: { 'If-None-Match': '*' } })).status, 200);
  });

  it('refuses a form sent sooner than the fill time (422 on formToken), stores nothing, and books once it is over', () =>
    atFixtureNow(async () => {
      const slotId = 'startup.sato.20261202T1000';
      const before = storedRows();
      const token = await formToken(timed);
      const body = await timedBody(slotId, token);
      const key = randomUUID();
      for (const ms of [0, 1 * SECOND, 3 * SECOND - 1]) {
        now = FIXTURE_NOW + ms;
        const problem = problemOf(await post(body, { server: timed, key }), 422, '/problems/form-too-fast');
        assert.deepEqual(codesOf(problem), [['body.formToken', 'too_fast']], `${ms} ms after the token`);
        assert.match(problem.detail ?? '', /take a moment/);
      }
      assert.deepEqual(storedRows(), before, 'nothing stored: no booking, no idempotency record, no slot row');
      assert.equal((await slotNow(slotId, timed))?.remaining, 1);

      // Three seconds on, the same request (same key: the refusal did not use it up) books.
      now = FIXTURE_NOW + 3 * SECOND;
      const booked = await post(body, { server: timed, key });
      assert.equal(booked.status, 201, booked.text);
      assert.equal(booked.headers.get('idempotent-replayed'), null, 'a first answer, not a replay');
      assert.equal((await slotNow(slotId, timed))?.remaining, 0);
    }));

  it('refuses a token older than HALL_FORM_TOKEN_MAX_AGE_SECONDS (422 form-expired) and accepts one just that old', () =>
    atFixtureNow(async () => {
      const token = await formToken(timed);
      const before = storedRows();
      now = FIXTURE_NOW + 7200 * SECOND + 1;
      const late = problemOf(await post(await timedBody('subsidy-clinic.suzuki.20261203T1430', token), { server: timed }), 422, '/problems/form-expired');
      assert.deepEqual(codesOf(late), [['body.formToken', 'expired']]);
      assert.deepEqual(storedRows(), before);
      now = FIXTURE_NOW + 7200 * SECOND;
      const inTime = await post(await timedBody('subsidy-clinic.suzuki.20261203T1430', token), { server: timed });
      assert.equal(inTime.status, 201, inTime.text);
    }));

  it('refuses forged, altered and foreign tokens (422 form-expired, code invalid) and stores nothing', () =>
    atFixtureNow(async () => {
      const slotId = 'startup.sato.20261209T1000';
      const token = await formToken(timed);
      const [issued = '', nonce = '', mac = ''] = token.split('.');
      assert.ok(issued && nonce && mac, 'the token has its three parts');
      const flip = (text: string) => text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A');
      now = FIXTURE_NOW + 60 * SECOND;
      const before = storedRows();
      const cases: Array<[string, string]> = [
        ['the signature altered', `${issued}.${nonce}.${flip(mac)}`],
        ['an earlier issue time', `${Number(issued) - 60 * SECOND}.${nonce}.${mac}`],
        ['another nonce', `${issued}.${flip(nonce)}.${mac}`],
        ['a token of another server (another secret)', await formToken(main)],
        ['made up', `${FIXTURE_NOW - 10 * SECOND}.AAAAAAAAAAAAAAAA.${'A'.repeat(43)}`],
        ['not a token at all', 'not-a-token'],
        ['empty', ''],
      ];
      for (const [name, forged] of cases) {
        const problem = problemOf(await post(await timedBody(slotId, forged), { server: timed }), 422, '/problems/form-expired');
        assert.deepEqual(codesOf(problem), [['body.formToken', 'invalid']], name);
        assert.ok(forged === '' || !JSON.stringify(problem).includes(forged), `${name}: the answer does not echo the token`);
      }
      assert.deepEqual(storedRows(), before);
      assert.equal((await slotNow(slotId, timed))?.remaining, 1);
      // The real one still books.
      assert.equal((await post(await timedBody(slotId, token), { server: timed })).status, 201);
    }));

  it('needs a formToken: missing or not a string is a 400 naming body.formToken', () =>
    atFixtureNow(async () => {
      const body = await bookingBody('startup.sato.20261209T1100', {}, {}, timed);
      const { formToken: _dropped, ...withoutToken } = body;
      const cases: Array<[string, unknown]> = [
        ['missing', withoutToken],
        ['null', { ...body, formToken: null }],
        ['a number', { ...body, formToken: Date.now() }],
        ['over 300 characters', { ...body, formToken: 'A'.repeat(301) }],
      ];
      for (const [name, sent] of cases) {
        const problem = problemOf(await post(sent, { server: timed }), 400, '/problems/validation');
        assert.deepEqual(fieldsOf(problem), ['body.formToken'], name);
      }
    }));

  it('replays a stored booking for the same key and body however old its token is, or with a new token', () =>
    atFixtureNow(async () => {
      const slotId = 'subsidy-clinic.suzuki.20261210T1300';
      const token = await formToken(timed);
      const body = await timedBody(slotId, token);
      const key = randomUUID();
      now = FIXTURE_NOW + 5 * SECOND;
      const first = await post(body, { server: timed, key });
      assert.equal(first.status, 201, first.text);

      // Three hours later the token has expired; a retry with the same key still replays.
      now = FIXTURE_NOW + 3 * 3600 * SECOND;
      const retry = await post(body, { server: timed, key });
      assert.equal(retry.status, 201, retry.text);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(retry.json, first.json);
      // A retry after the form fetched a new token (too new to send) is the same request too.
      const retokened = await post({ ...body, formToken: await formToken(timed) }, { server: timed, key });
      assert.equal(retokened.status, 201, retokened.text);
      assert.equal(retokened.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(retokened.json, first.json);
      // Another booking under that key is still a key reuse, whatever the token.
      const other = await post(await timedBody(slotId, token), { server: timed, key });
      problemOf(other, 422, '/problems/idempotency-key-reuse');
      assert.equal((await slotNow(slotId, timed))?.remaining, 2, 'one place taken');
      // Under a new key the expired token is refused: only the replay was let through.
      problemOf(await post(body, { server: timed }), 422, '/problems/form-expired');
    }));

  it('lets one token serve several bookings (not single-use)', () =>
    atFixtureNow(async () => {
      const token = await formToken(timed);
      now = FIXTURE_NOW + 10 * SECOND;
      const a = await post(await timedBody('subsidy-clinic.suzuki.20261217T1300', token), { server: timed });
      const b = await post(await timedBody('subsidy-clinic.suzuki.20261217T1430', token), { server: timed });
      assert.deepEqual([a.status, b.status], [201, 201], `${a.text} ${b.text}`);
      assert.notEqual(BookingCreated.parse(a.json).reference, BookingCreated.parse(b.json).reference);
    }));

  it('never logs or stores the token, and logged no server error', () =>
    atFixtureNow(async () => {
      const token = await formToken(timed);
      const key = randomUUID();
      const body = await timedBody('startup.sato.20261216T1000', token);
      problemOf(await post(body, { server: timed, key }), 422, '/problems/form-too-fast');
      now = FIXTURE_NOW + 4 * SECOND;
      const created = BookingCreated.parse((await post(body, { server: timed, key })).json);
      assert.equal(JSON.stringify((await manage(created.reference, 'GET', created.manageToken, timed)).json).includes(token), false, 'not in the booking');
      assert.ok(timed.logs.some((line) => line.includes('/consultations/form-token')), 'the token requests were logged');
      assert.deepEqual(timed.logs.filter((line) => line.includes(token)), [], 'not in the log');
      assert.deepEqual(timed.logs.filter((line) => /^error|\s5\d\d\s/.test(line)), []);
      const nib = token.split('.')[2] ?? token; // its signature alone is already unique
      for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
        const where = path.join(timed.dataDir, file);
        if (existsSync(where)) assert.equal(readFileSync(where).includes(nib), false, `not in ${file}`);
      }
    }));

  it('follows the booking endpoints’ CORS: the allow-listed site only', async () => {
    const url = `${street.api}/consultations/form-token`;
    const allowed = await send(url, { headers: { Origin: STREET_ORIGIN } });
    assert.equal(allowed.status, 200, allowed.text);
    assert.equal(allowed.headers.get('access-control-allow-origin'), STREET_ORIGIN);
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    problemOf(await send(url, { headers: { Origin: 'https://evil.example' } }), 403, '/problems/origin-not-allowed');
    const preflight = await send(url, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' } });
    problemOf(preflight, 403, '/problems/origin-not-allowed');
    const ok = await send(url, { method: 'OPTIONS', headers: { Origin: STREET_ORIGIN, 'Access-Control-Request-Method': 'GET' } });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), STREET_ORIGIN);
    const noOrigin = await send(url, {});
    assert.equal(noOrigin.status, 200);
    assert.equal(noOrigin.headers.get('access-control-allow-origin'), null);
  });

  it('reads its settings from the environment and refuses unusable ones', () => {
    const defaults = loadConfig({});
    assert.deepEqual([defaults.minFillSeconds, defaults.formTokenMaxAgeSeconds, defaults.formSecret], [3, 7200, null]);
    const set = loadConfig({ HALL_MIN_FILL_SECONDS: '0', HALL_FORM_TOKEN_MAX_AGE_SECONDS: '600', HALL_FORM_SECRET: 's'.repeat(32) });
    assert.deepEqual([set.minFillSeconds, set.formTokenMaxAgeSeconds, set.formSecret], [0, 600, 's'.repeat(32)]);
    assert.throws(() => loadConfig({ HALL_FORM_SECRET: 'short-secret' }), (e: unknown) => e instanceof ConfigError && /HALL_FORM_SECRET/.test(e.message) && !e.message.includes('short-secret'));
    assert.throws(() => loadConfig({ HALL_MIN_FILL_SECONDS: '-1' }), ConfigError);
    assert.throws(() => loadConfig({ HALL_MIN_FILL_SECONDS: '120', HALL_FORM_TOKEN_MAX_AGE_SECONDS: '120' }), /must be more than HALL_MIN_FILL_SECONDS/);
  });

  it('accepts the tokens of another process that shares HALL_FORM_SECRET', async () => {
    const formSecret = 'x'.repeat(40);
    const [one, two] = await Promise.all([
      startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW + 10 * SECOND, config: { bookingRateLimitPerMinute: 0, minFillSeconds: 3, formSecret } }),
      startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW + 20 * SECOND, config: { bookingRateLimitPerMinute: 0, minFillSeconds: 3, formSecret } }),
    ]);
    try {
      const token = await formToken(one);
      const answer = await post(await timedBody('startup.sato.20261202T1000', token), { server: two });
      assert.equal(answer.status, 201, answer.text);
      problemOf(await post(await timedBody('startup.sato.20261202T1100', await formToken(main)), { server: two }), 422, '/problems/form-expired');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe('personal data', () => {
  it('never writes the applicant’s name, e-mail or phone to the log or into an error', async (t) => {
    const canaries = ['カナリア太郎', 'カナリア', 'canary-7f3@example.com', 'canary-7f3', '090-7777-3333', '09077773333', '7777-3333'];
    const canary = { name: 'カナリア太郎', furigana: 'かなりあ たろう', email: 'canary-7f3@example.com', phone: '090-7777-3333' } as const;
    const slotId = 'startup.sato.20261216T1100';
    const logStart = main.logs.length;

    const created = await book(await bookingBody(slotId, {}, canary));
    const errors: Answer[] = [];
    const expectFailure = async (answer: Answer, status: number) => {
      assert.equal(answer.status, status, answer.text);
      errors.push(answer);
    };
    const key = randomUUID();
    await post(await bookingBody('startup.sato.20261216T1200', {}, canary), { key });
    await expectFailure(await post(await bookingBody('startup.sato.20261216T1200', {}, { ...canary, phone: '090-7777-3334' }), { key }), 422);
    await expectFailure(await post(await bookingBody(slotId, {}, { ...canary, email: 'other-canary@example.com' })), 409);
    await expectFailure(await post(await bookingBody('startup.sato.20261223T1100', {}, canary)), 422); // the per-applicant cap
    await expectFailure(await post(await bookingBody(slotId, {}, { ...canary, furigana: canary.name })), 400);
    await expectFailure(await post(await bookingBody(slotId, {}, { ...canary, email: 'canary-7f3@' })), 400);
    await expectFailure(await post(await bookingBody(slotId, {}, { ...canary, phone: '090-7777-33339' })), 400);
    await expectFailure(await post(await bookingBody(slotId, {}, { ...canary, name: `${canary.name}${'あ'.repeat(100)}` })), 400);
    await expectFailure(await post(undefined, { raw: `{"name":"${canary.name}","email":"${canary.email}"` }), 400);
    await expectFailure(await post(undefined, { raw: JSON.stringify(await bookingBody(slotId, {}, canary)), headers: { 'Content-Type': 'text/plain' } }), 415);
    await expectFailure(await post(undefined, { raw: JSON.stringify({ ...(await bookingBody(slotId, {}, canary)), pad: canary.name.repeat(3000) }) }), 413);
    await expectFailure(await post(await bookingBody('startup.sato.20261125T1000', {}, canary)), 422);
    await expectFailure(await post(await bookingBody(slotId, {}, canary), { headers: { Origin: 'https://evil.example' } }), 403);
    await expectFailure(await manage(created.reference, 'GET', null), 401);
    await expectFailure(await manage(created.reference, 'GET', 'A'.repeat(43)), 404);

    const logText = main.logs.slice(logStart).join('\n');
    const occurrences = (text: string) => canaries.reduce((n, c) => n + text.split(c).length - 1, 0);
    const inLogs = occurrences(logText);
    const inErrors = errors.reduce((n, a) => n + occurrences(a.text) + occurrences([...a.headers].join('\n')), 0);
    t.diagnostic(`canary strings: ${inLogs} in ${main.logs.length - logStart} log lines, ${inErrors} in ${errors.length} error answers`);
    assert.equal(inLogs, 0);
    assert.equal(inErrors, 0);
    assert.ok(main.logs.length - logStart >= errors.length, 'the requests were logged (the check looked at real lines)');
    // The booking itself does hold them, for its holder only.
    assert.equal(occurrences(JSON.stringify((await manage(created.reference, 'GET', created.manageToken)).json)) > 0, true);
  });

  it('logged no server error during these tests and set no cookie', () => {
    for (const server of [main, limited, street]) {
      assert.deepEqual(server.logs.filter((line) => /^error|\s5\d\d\s/.test(line)), []);
    }
    assert.deepEqual(cookies, []);
  });
});

describe('retention', () => {
  it('purges bookings of consultations long past and keeps recent ones', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hall-retention-'));
    try {
      const seed = SqliteHallRepository.open(path.join(dataDir, DATABASE_FILE));
      await seed.importData(fixtureData());
      await seed.close();
      const config: ServerConfig = {
        ...loadConfig({}),
        port: 0,
        host: '127.0.0.1',
        dataDir,
        seedDemo: false,
        siteDir: null,
        widgetsDir: null,
        accessLog: false,
        bookingRateLimitPerMinute: 0,
        minFillSeconds: 0,
      };
      let now = FIXTURE_NOW;
      const run = async () => {
        const server = await startServer(config, { now: () => now, log: () => {} });
        return { ...server, api: `${server.url}/api/v1`, dataDir, logs: [] } satisfies TestServer;
      };

      let server = await run();
      const old = await book(await bookingBody('startup.sato.20261202T1000', {}, {}, server), server);
      now = Date.parse('2027-06-01T09:00:00+09:00');
      const fresh = await book(await bookingBody('startup.sato.20270602T1000', {}, {}, server), server);
      await server.close();

      // 180 days (the default) after 2027-01-11: the December consultation is past keeping.
      const result = await runRetention(config, Date.parse('2027-07-10T09:00:00+09:00'));
      assert.deepEqual(result, { bookingsDeleted: 1, idempotencyKeysDeleted: 2, slotLoadsDeleted: 1 });

      now = Date.parse('2027-07-10T09:00:00+09:00');
      server = await run();
      try {
        problemOf(await manage(old.reference, 'GET', old.manageToken, server), 404, '/problems/not-found');
        const kept = await manage(fresh.reference, 'GET', fresh.manageToken, server);
        assert.equal(kept.status, 200);
        assert.equal(Booking.parse(kept.json).applicant.email, fresh.applicant.email);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
