/**
 * Hostile input, property-based: random and malicious bodies, query strings, path
 * segments and headers thrown at every endpoint of the real server (fixtures data,
 * booking rate limit off). Whatever arrives, the server answers below 500, every
 * error body is problem+json that the shared `Problem` schema accepts, and no
 * hostile body ever stores a booking.
 *
 * Runs per property: HALL_FUZZ_RUNS (default 1,000; the two body properties run 5× that,
 * so 10,000 hostile bodies by default). A long run:
 *   HALL_FUZZ_RUNS=20000 node --conditions=source --import tsx --test packages/server/test/hostile-input.test.ts
 * fast-check prints the seed and the shrunk counterexample of a failure; replay with HALL_FUZZ_SEED.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { Problem } from '@promotion-hall/sdk/schemas';
import { DATABASE_FILE } from '../src/server.js';
import { FIXTURE_NOW, fixtureData } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const RUNS = positiveInt(process.env.HALL_FUZZ_RUNS, 1000);
/** The two body properties run 5× as often: 10,000 hostile bodies by default (targets.md). */
const BODY_RUNS = RUNS * 5;
const SEED = process.env.HALL_FUZZ_SEED === undefined ? undefined : Number(process.env.HALL_FUZZ_SEED);
const BOOKINGS = '/api/v1/consultations/bookings';

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

// ---------------------------------------------------------------------------
// A raw-ish HTTP client: node:http lets us send odd paths, `%` sequences, Latin-1
// bytes and any header a proxy would pass on, which fetch would normalise or refuse.

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function send(base: URL, req: Sent): Promise<Answer> {
  // node:http frames a DELETE/OPTIONS body with no Content-Length at all (the server would
  // read it as the next request), so always say how long the body is.
  const headers = { ...req.headers, ...(req.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(req.body)) }) };
  return new Promise((resolve, reject) => {
    const r = http.request(
      { agent, host: base.hostname, port: base.port, method: req.method, path: req.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

// ---------------------------------------------------------------------------
// What every answer must satisfy.

class Tally {
  readonly statuses = new Map<number, number>();
  runs = 0;
  add(status: number) {
    this.runs++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }
  report(t: TestContext, name: string) {
    const seen = [...this.statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(', ');
    t.diagnostic(`${name}: ${this.runs} requests; statuses ${seen}`);
  }
}

/** Returns a failure description, or null when the answer is acceptable. */
// Requests node's HTTP parser or the adapter refuse before the app sees them (bytes
// outside ASCII in the target, a backslash in the path, headers past 16 KB) are
// answered with problem+json by server.ts too, so every 4xx is held to one rule.
function checkAnswer(req: Sent, answer: Answer): string | null {
  if (answer.status >= 500) return `status ${answer.status} (${answer.body.toString('utf8').slice(0, 300)})`;
  if (answer.status < 400 || req.method === 'HEAD') return null;
  const type = String(answer.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `status ${answer.status} with Content-Type "${type}"`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body.toString('utf8'));
  } catch {
    return `status ${answer.status} with a body that is not JSON`;
  }
  const problem = Problem.safeParse(parsed);
  if (!problem.success) return `status ${answer.status} with a body the Problem schema rejects: ${JSON.stringify(problem.error.issues.slice(0, 3))}`;
  if (problem.data.status !== answer.status) return `problem.status ${problem.data.status} differs from the HTTP status ${answer.status}`;
  return null;
}

function describeRequest(req: Sent): string {
  const body = req.body === undefined ? '' : ` body[${req.body.length}]=${JSON.stringify(req.body.toString().slice(0, 200))}`;
  return `${req.method} ${req.path.slice(0, 300)} headers=${JSON.stringify(req.headers ?? {}).slice(0, 300)}${body}`;
}

// ---------------------------------------------------------------------------
// Hostile values.

const NAUGHTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\uDE00y',
  '\uFEFF',
  '\u202Eevil',
  '\r\n',
  '\u2028\u2029',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE bookings; --",
  "' OR '1'='1",
  '../../../etc/passwd',
  '%00',
  '%',
  '%%',
  '%E0%A4%A',
  '%uD800',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '1e309',
  '-1e308',
  '5e-324',
  '0x10',
  '1_000',
  ' 1',
  '9007199254740993',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'ｱｲｳｴｵ',
  'テスト',
  '𠮷野家',
  '👨‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
];

const hugeString = fc.integer({ min: 1_000, max: 40_000 }).chain((n) => fc.constantFrom('A', 'あ', '\u0000', '%', '\uD800', '𠮷').map((c) => c.repeat(n)));

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAUGHTY) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NAUGHTY), { maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: hugeString },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, -0, 0, 5e-324, Number.MAX_SAFE_INTEGER + 2, -1, 2 ** 31, 2 ** 53, 0.5),
  fc.double(), // NaN and ±Infinity become null in JSON
  fc.integer(),
);

/** Keys that poison objects built naively from JSON. */
const pollutionKey = fc.constantFrom('__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON');

function deepNest(depth: number, leaf: unknown, kind: 'array' | 'object'): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

/** An object that carries a real own `__proto__` (or other poisoned) key, as JSON.parse makes one. */
function withOwnKey(key: string, value: unknown, rest: Record<string, unknown> = {}): Record<string, unknown> {
  const o: Record<string, unknown> = { ...rest };
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: hostileString },
    { weight: 2, arbitrary: hostileNumber },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(hostileString, pollutionKey), tie('value'), { maxKeys: 4 }) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([d, k]) => deepNest(d, 1, k)),
    },
    { weight: 1, arbitrary: fc.tuple(pollutionKey, tie('value')).map(([k, v]) => withOwnKey(k, v)) },
    { weight: 1, arbitrary: fc.constant(withOwnKey('__proto__', { polluted: true, isAdmin: true, consents: { purposeOfUse: true } })) },
    { weight: 1, arbitrary: fc.constant({ constructor: { prototype: { polluted: true } } }) },
  ),
})).value;

// ---------------------------------------------------------------------------
// Booking bodies: a well-formed booking, then mutated. Hostile bodies must never book:
// either their slot can never be booked (a well-formed id of a slot that does not
// exist, is past, on a closed day or too far ahead), or the last mutation makes the
// body invalid whatever came before it.

/** Wednesday 2026-12-02 10:00: bookable at FIXTURE_NOW (Tue 09:00, lead 24 h). */
const REAL_SLOT = 'startup.sato.20261202T1000';

const UNBOOKABLE_SLOTS = [
  'startup.sato.20261125T1000', // past
  'startup.sato.20261202T1015', // not on the schedule
  'startup.sato.20261203T1000', // Thursday: the advisor is not in
  'startup.suzuki.20261202T1000', // advisor of another service
  'startup.nobody.20261202T1000', // no such advisor
  'nosuch.sato.20261202T1000', // no such service
  'startup.sato.20261230T1000', // the hall is closed (year end)
  'startup.sato.20270602T1000', // too far ahead
  'startup.sato.20261301T1000', // month 13
  'startup.sato.99991231T2359',
  'startup.sato.00000101T0000',
  'subsidy-clinic.sato.20261203T1300',
];

/** A form token of the server under test, fetched once it runs (the clock stands still, so it never expires). */
let formToken = '';

function validBody(slotId: string): Record<string, unknown> {
  return {
    slotId,
    channel: 'in_person',
    applicant: {
      name: '試験 太郎',
      furigana: 'しけん たろう',
      email: 'fuzz@example.jp',
      phone: '03-1234-5678',
      applicantType: 'prospective_founder',
      business: { name: '試験商店', inWard: true, employees: 1 },
    },
    topic: { category: 'startup', text: '事業計画の相談' },
    consents: { purposeOfUse: true, privacyNotice: true },
    source: { streetId: 'hikari', utm: { utm_source: 'fuzz' } },
    formToken,
  };
}

const FIELD_PATHS: readonly (readonly string[])[] = [
  [],
  ['slotId'],
  ['channel'],
  ['applicant'],
  ['applicant', 'name'],
  ['applicant', 'furigana'],
  ['applicant', 'email'],
  ['applicant', 'phone'],
  ['applicant', 'applicantType'],
  ['applicant', 'business'],
  ['applicant', 'business', 'name'],
  ['applicant', 'business', 'employees'],
  ['applicant', 'business', 'inWard'],
  ['topic'],
  ['topic', 'category'],
  ['topic', 'text'],
  ['consents'],
  ['consents', 'purposeOfUse'],
  ['consents', 'privacyNotice'],
  ['source'],
  ['source', 'streetId'],
  ['source', 'utm'],
  ['source', 'utm', 'utm_source'],
  ['website'],
  ['formToken'],
  ['__proto__'],
  ['constructor'],
  ['constructor', 'prototype'],
  ['applicant', '__proto__'],
];

type Mutation = { op: 'set'; path: readonly string[]; value: unknown } | { op: 'delete'; path: readonly string[] } | { op: 'add'; path: readonly string[]; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...FIELD_PATHS), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...FIELD_PATHS.filter((p) => p.length > 0)) }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('add' as const), path: fc.constantFrom(...FIELD_PATHS), key: fc.oneof(pollutionKey, hostileString), value: hostileValue }),
  },
);

/** Mutations after which no body can be a valid booking. */
const invalidating: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), path: fc.constant([] as readonly string[]), key: fc.oneof(pollutionKey, fc.constantFrom('extra', 'isAdmin', 'status', 'reference')), value: hostileValue }),
  fc.record({ op: fc.constant('set' as const), path: fc.constant(['consents', 'purposeOfUse'] as const), value: hostileValue.filter((v) => v !== true) }),
  fc.record({ op: fc.constant('set' as const), path: fc.constant(['website'] as const), value: hostileValue.filter((v) => v !== '' && v !== undefined) }),
  // Anything but the server's own token: refused as invalid (422) or malformed (400).
  fc.record({ op: fc.constant('set' as const), path: fc.constant(['formToken'] as const), value: hostileValue.filter((v) => v !== formToken) }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom<readonly string[]>(['slotId'], ['applicant'], ['applicant', 'email'], ['topic'], ['consents'], ['formToken']) }),
);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A fresh copy of a generated value (generators may hand out the same object twice); own `__proto__` keys survive. */
function fresh(value: unknown): unknown {
  const json = JSON.stringify(value);
  return json === undefined ? undefined : (JSON.parse(json) as unknown);
}

/** Applies a mutation, creating (or replacing non-objects with) objects along the path. */
function applyMutation(body: unknown, mutation: Mutation): unknown {
  const m: Mutation = mutation.op === 'delete' ? mutation : { ...mutation, value: fresh(mutation.value) };
  if (m.path.length === 0) {
    if (m.op === 'set') return m.value;
    if (m.op === 'add') return isObject(body) && !Array.isArray(body) ? withOwnKey(m.key, m.value, body) : withOwnKey(m.key, m.value);
    return body;
  }
  const root: Record<string, unknown> = isObject(body) && !Array.isArray(body) ? body : {};
  let node = root;
  for (const key of m.path.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    const child: Record<string, unknown> = isObject(next) && !Array.isArray(next) ? next : {};
    Object.defineProperty(node, key, { value: child, enumerable: true, writable: true, configurable: true });
    node = child;
  }
  const last = m.path[m.path.length - 1] as string;
  if (m.op === 'delete') delete node[last];
  else if (m.op === 'set') Object.defineProperty(node, last, { value: m.value, enumerable: true, writable: true, configurable: true });
  else {
    const target = Object.prototype.hasOwnProperty.call(node, last) && isObject(node[last]) ? (node[last] as Record<string, unknown>) : {};
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(node, last, { value: target, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

const bookingBody: fc.Arbitrary<string> = fc.oneof(
  // A real slot: free mutations, then one that makes the body invalid.
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.array(mutation, { maxLength: 3 }), invalidating)
      .map(([ms, last]) => JSON.stringify([...ms, last].reduce<unknown>(applyMutation, validBody(REAL_SLOT))) ?? 'null'),
  },
  // A slot that can never be booked: any mutations, including none (reaches the booking rules).
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...UNBOOKABLE_SLOTS), fc.array(mutation, { maxLength: 3 }))
      .map(([slot, ms]) => JSON.stringify(ms.reduce<unknown>(applyMutation, validBody(slot))) ?? 'null'),
  },
  // Anything at all as JSON (top-level scalars, arrays, poisoned objects). `?? 'null'`: undefined stringifies to nothing.
  { weight: 2, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
);

/** Bodies that are not JSON: text, broken JSON, deep nesting past any parser, invalid UTF-8 bytes. */
const rawBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  hostileString,
  bookingBody.chain((json) => fc.nat({ max: Math.max(0, json.length - 1) }).map((cut) => json.slice(0, cut))), // truncated
  fc.integer({ min: 1, max: 20_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
  fc.integer({ min: 1, max: 8_000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
  fc.integer({ min: 1, max: 8_000 }).map((d) => `{"slotId":${'['.repeat(d)}${']'.repeat(d)}}`),
  fc.constantFrom(
    '{"slotId": "a", "slotId": "b"}',
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"a": NaN}',
    '{"a": Infinity}',
    '{"a": 1e400}',
    '{"a": -0}',
    "{'single': 'quotes'}",
    '{"a": 1,}',
    '\uFEFF{}',
    '{"a":"\\uD800"}',
    '{"a":"\\u0000"}',
  ),
  fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
  fc.constantFrom(
    Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), // UTF-16 LE "{}" with a BOM
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0x80, 0x22, 0x7d]), // overlong NUL in a string
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // CESU-8 lone surrogate
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
  ),
);

// ---------------------------------------------------------------------------
// Headers, query strings and paths.

/** Characters node:http lets through in a header value (tab, printable ASCII, Latin-1). */
const headerChar = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
  { weight: 1, arbitrary: fc.constant(0x09) },
  { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
).map((c) => String.fromCharCode(c));
const headerJunk = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: headerChar, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 8_000 }).map((n) => 'k'.repeat(n)) },
  { weight: 3, arbitrary: fc.constantFrom('', ' ', '\t', 'null', 'undefined', '%00', 'ÿÿÿÿÿÿÿÿ', '________', 'key with spaces', 'abc:def.ghi-jkl_mno') },
);

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json;charset=utf-16',
    ' application/json ',
    'application/json; boundary=x; charset="unknown"',
    'application/json-patch+json',
    'application/problem+json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=----x',
    'text/plain',
    'text/json',
    '*/*',
    'application/',
    ';',
    '',
  ),
  headerJunk,
);

const idempotencyKey = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: headerJunk },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_\-:.]{8,200}$/) },
);

let keySeq = 0;
const freshKey = () => `fuzz-${process.pid}-${++keySeq}-${Math.random().toString(36).slice(2)}`;

const QUERY_KEYS = [
  'from', 'to', 'category', 'streetId', 'q', 'cursor', 'limit', 'serviceId', 'includeFull', 'openAt', 'sort',
  'payment', 'service', 'barrierFree', 'level', 'kind', 'applicantType', 'employees', 'capitalYen', 'inWard', 'yearsSinceFounding',
];

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const queryValue = fc.oneof(
  { weight: 3, arbitrary: hostileString.filter((s) => s.length < 3_000) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '2026-12-01', '2026-12-31', '2027-01-01', '0000-01-01', '0001-01-01', '0099-12-31', '9999-12-31', '2026-02-29', '2024-02-29', '2026-13-01',
      '2026-12-32', '+002026-12-01', '20261201', '2026-1-1', '2026-12-01T00:00', '2026-12-01T10:00:00+09:00', '2026-12-01T10:00:00Z',
      '2026-02-30T10:00:00+09:00', '2026-12-01T24:00:00+09:00', '9999-12-31T23:59:59+14:00', '0000-01-01T00:00:00-12:00',
      'seminar', 'seminar,fair', 'seminar,seminar', ',,,', 'restaurant,food', 'cashless', 'qr_code,cash', 'takeout', 'step_free_entrance',
      'ward', 'loan', 'sme', 'startup', 'subsidy-clinic', 'hikari', 'reading', 'category', 'true', 'false', 'TRUE', '1', '0',
      '500', '501', '-1', '1.5', '1e3', '99999999999999999999', '10000000000', b64('{"o":5}'), b64('{"o":-1}'), b64('{"o":1e20}'),
      b64('null'), b64('[]'), b64('{"o":"1"}'), b64('{"__proto__":{"o":1}}'), 'not-a-cursor',
    ),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

type Encoding = 'component' | 'raw' | 'latin1' | 'plus';
const encoding = fc.constantFrom<Encoding>('component', 'raw', 'latin1', 'plus');

/**
 * Encodes a query or path piece. `raw` keeps `%`, `&`, `=`, `+`, `;`, `#` as they are
 * (malformed percent sequences reach the server); `latin1` also sends bytes
 * 0x80–0xFF unencoded (not UTF-8). node:http only refuses characters outside 0x21–0xFF.
 */
function encode(text: string, how: Encoding): string {
  if (how === 'component') return encodeURIComponent(wellFormed(text));
  if (how === 'plus') return encodeURIComponent(wellFormed(text)).replace(/%20/g, '+');
  const keep = how === 'latin1' ? /[\u0021-\u00ff]/ : /[\u0021-\u007e]/;
  let out = '';
  for (const ch of text) {
    if (keep.test(ch) && ch !== '?') out += ch;
    else out += encodeURIComponent(wellFormed(ch));
  }
  return out;
}

/** Lone surrogates → U+FFFD (encodeURIComponent throws on them; bodies carry them escaped instead). */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const queryPair = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: hostileString.filter((s) => s.length < 200) }, { weight: 1, arbitrary: pollutionKey }),
  fc.option(queryValue, { nil: undefined, freq: 8 }),
  encoding,
);

const queryString: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.webQueryParameters({ size: 'medium' }) },
  {
    weight: 4,
    arbitrary: fc
      .array(queryPair, { maxLength: 8 })
      .chain((pairs) =>
        // Sometimes repeat a key.
        fc.boolean().map((dup) => (dup && pairs.length > 0 ? [...pairs, pairs[0]!] : pairs)),
      )
      .map((pairs) => pairs.map(([k, v, how]) => (v === undefined ? encode(k, how) : `${encode(k, how)}=${encode(v, how)}`)).join('&')),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '&', '&&&', '=', '==', '?', '%', 'a=%', 'from=%E0%A4%A', 'q=%FF', 'q=%00', 'q=%C0%80', 'limit=1&limit=2', 'q') },
);

/** Every GET route, with the parameters that make it answer 200 (so the fuzz reaches the handler's logic). */
const GET_ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['/api/v1/events', 'from=2026-12-01&to=2026-12-31'],
  ['/api/v1/events.ics', 'from=2026-12-01'],
  ['/api/v1/events/startup-seminar', ''],
  ['/api/v1/events/hachi-no-hi.ics', ''],
  ['/api/v1/shops', 'category=restaurant'],
  ['/api/v1/shops/cafe-hikari', ''],
  ['/api/v1/streets', ''],
  ['/api/v1/streets/hikari', ''],
  ['/api/v1/venues', ''],
  ['/api/v1/consultations/services', ''],
  ['/api/v1/consultations/services/startup', ''],
  ['/api/v1/consultations/advisors', 'serviceId=startup'],
  ['/api/v1/consultations/slots', 'serviceId=startup'],
  ['/api/v1/consultations/slots', 'serviceId=subsidy-clinic&includeFull=true'],
  ['/api/v1/consultations/form-token', ''],
  ['/api/v1/programs', 'applicantType=sme'],
  ['/api/v1/programs/ward-loan', ''],
  ['/api/v1/calendar', 'from=2026-12-01&to=2027-01-31'],
  ['/api/v1/openapi.json', ''],
  ['/healthz', ''],
  [`${BOOKINGS}/PH-7K3M9Q2A`, ''],
];

const PATH_PREFIXES = [
  '/',
  '/api/v1/',
  '/api/v1/events/',
  '/api/v1/shops/',
  '/api/v1/streets/',
  '/api/v1/programs/',
  '/api/v1/consultations/',
  '/api/v1/consultations/services/',
  `${BOOKINGS}/`,
  '/widgets/',
  '/api/v2/',
];

const segment: fc.Arbitrary<string> = fc.oneof(
  fc.webSegment(),
  fc.tuple(hostileString.filter((s) => s.length < 2_000), encoding).map(([s, how]) => encode(s, how)),
  fc.constantFrom(
    '..', '.', '%2e%2e', '..%2f..%2fetc%2fpasswd', '%2F', '%00', '%', '%zz', '%E0%A4%A', '%FF', 'startup-seminar.ics', '.ics', 'x.ics.ics',
    'PH-7K3M9Q2A', 'PH-00000000', 'ph-7k3m9q2a', 'startup', 'STARTUP', 'cafe-hikari%00', 'a'.repeat(65), 'a'.repeat(5000), '~', ';a=b', 'a;b',
    '@', '*', 'bookings', '__proto__', 'constructor',
  ),
);

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const oddHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      'content-type': contentType,
      accept: fc.oneof(fc.constantFrom('application/json', 'text/html', '*/*', 'application/problem+json', ''), headerJunk),
      'accept-language': fc.oneof(fc.constantFrom('ja', 'en', 'ja-JP,en;q=0.5', '*', 'x'.repeat(3000)), headerJunk),
      'if-none-match': fc.oneof(fc.constantFrom('*', 'W/"x"', '"abc"', '"', 'W/', '"a", "b", W/"c"', ''), headerJunk),
      'if-modified-since': fc.oneof(fc.constantFrom('Thu, 01 Jan 1970 00:00:00 GMT', 'garbage'), headerJunk),
      origin: fc.oneof(fc.constantFrom('null', 'http://localhost:8787', 'https://evil.example', 'http://127.0.0.1:8787', 'file://', ''), headerJunk),
      authorization: fc.oneof(fc.constantFrom('Bearer ', 'Bearer', 'Basic YTpi', `Bearer ${'A'.repeat(43)}`, 'Bearer  x', 'bearer x'), headerJunk),
      'idempotency-key': idempotencyKey,
      'x-forwarded-for': fc.oneof(fc.constantFrom('1.2.3.4', '::1', ', ,', 'unknown'), headerJunk),
      'accept-encoding': fc.constantFrom('gzip', 'br', 'identity;q=0', '*;q=0', 'x'),
      'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x'),
      range: fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=999999-', 'lines=1'),
      'x-http-method-override': fc.constantFrom('DELETE', 'PUT', 'GET'),
    },
    { requiredKeys: [] },
  )
  .chain((known) =>
    fc
      .dictionary(fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,40}$/), headerJunk, { maxKeys: 3 })
      .map((extra) => {
        // Extra random header names must not override framing headers node:http computes.
        const safe = Object.fromEntries(Object.entries(extra).filter(([k]) => !/^(content-length|transfer-encoding|host|connection|expect|upgrade|te|trailer|keep-alive)$/i.test(k)));
        return { ...safe, ...known };
      }),
  );

// ---------------------------------------------------------------------------

describe('hostile input never causes a 5xx, always gets problem+json, never stores a booking', { concurrency: false }, () => {
  let server: TestServer;
  let base: URL;
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  const started = performance.now();

  before(async () => {
    server = await startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW, config: { bookingRateLimitPerMinute: 0, accessLog: true } });
    base = new URL(server.url);
    const answer = await send(base, { method: 'GET', path: '/api/v1/consultations/form-token' });
    assert.equal(answer.status, 200);
    formToken = (JSON.parse(answer.body.toString('utf8')) as { token: string }).token;
  });

  after(async () => {
    agent.destroy();
    await server?.close();
  });

  /** Sends, checks, tallies; fails the property with the request described. */
  async function probe(tally: Tally, req: Sent): Promise<void> {
    const answer = await send(base, req);
    tally.add(answer.status);
    const failure = checkAnswer(req, answer);
    if (failure !== null) throw new Error(`${failure}\n  request: ${describeRequest(req)}`);
  }

  const params = (numRuns = RUNS) => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false, includeErrorInReport: true });
  let hostileBodies = 0;

  it('booking bodies: JSON of any shape, wrong types, poisoned keys, huge strings → 4xx problem+json', async (t) => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(bookingBody, async (body) => {
        await probe(tally, { method: 'POST', path: BOOKINGS, headers: { 'content-type': 'application/json', 'idempotency-key': freshKey() }, body });
      }),
      params(BODY_RUNS),
    );
    hostileBodies += tally.runs;
    tally.report(t, 'booking bodies');
    assert.equal(tally.statuses.get(201), undefined, 'no hostile body was accepted');
  });

  it('booking requests: bodies that are not JSON, odd Content-Types and Idempotency-Keys → 4xx problem+json', async (t) => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, fc.option(idempotencyKey, { nil: undefined }), async (body, type, key) => {
        const headers: Record<string, string> = { 'content-type': type };
        if (key !== undefined) headers['idempotency-key'] = key;
        await probe(tally, { method: 'POST', path: BOOKINGS, headers, body });
      }),
      params(BODY_RUNS),
    );
    hostileBodies += tally.runs;
    tally.report(t, 'raw booking requests');
  });

  it('query strings on every GET route: unicode, % sequences, repeated keys, wrong types → never 5xx', async (t) => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...GET_ROUTES), fc.boolean(), queryString, fc.constantFrom('GET', 'HEAD'), async ([route, valid], keepValid, query, method) => {
        const q = [keepValid ? valid : '', query].filter(Boolean).join('&');
        await probe(tally, { method, path: q ? `${route}?${q}` : route });
      }),
      params(),
    );
    tally.report(t, 'query strings');
    assert.ok((tally.statuses.get(200) ?? 0) > 0 && (tally.statuses.get(400) ?? 0) > 0, 'the runs reached both answers and validation errors');
  });

  it('random path segments with every method → never 5xx', async (t) => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATH_PREFIXES),
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...METHODS),
        fc.option(bookingBody, { nil: undefined }),
        async (prefix, segments, method, body) => {
          const headers: Record<string, string> = { 'idempotency-key': freshKey() };
          if (body !== undefined && method !== 'GET' && method !== 'HEAD') headers['content-type'] = 'application/json';
          const req: Sent = { method, path: prefix + segments.join('/'), headers };
          if (body !== undefined && method !== 'GET' && method !== 'HEAD') req.body = body;
          await probe(tally, req);
        },
      ),
      params(),
    );
    tally.report(t, 'paths');
  });

  it('odd headers on reads and bookings → never 5xx', async (t) => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...GET_ROUTES).map(([route, q]) => ({ method: 'GET', path: q ? `${route}?${q}` : route })),
          fc.constant({ method: 'OPTIONS', path: BOOKINGS }),
          fc.constant({ method: 'OPTIONS', path: '/api/v1/events' }),
          fc.constantFrom(...UNBOOKABLE_SLOTS).map((slot) => ({ method: 'POST', path: BOOKINGS, body: JSON.stringify(validBody(slot)) })),
          fc.constant({ method: 'DELETE', path: `${BOOKINGS}/PH-7K3M9Q2A` }),
        ),
        oddHeaders,
        async (req, headers) => {
          await probe(tally, { ...req, headers });
        },
      ),
      params(),
    );
    tally.report(t, 'headers');
  });

  it('stored nothing, logged no error, polluted no prototype; a valid booking still succeeds', async (t) => {
    const db = new Database(path.join(server.dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    try {
      const rows = { bookings: count('bookings'), idempotency_keys: count('idempotency_keys'), slot_load: count('slot_load') };
      t.diagnostic(`hostile booking bodies: ${hostileBodies}; rows stored by hostile requests: ${JSON.stringify(rows)}`);
      assert.deepEqual(rows, { bookings: 0, idempotency_keys: 0, slot_load: 0 });

      const errors = server.logs.filter((line) => line.startsWith('error'));
      assert.deepEqual(errors, [], 'the server logged no internal error');
      assert.equal(Object.getOwnPropertyNames(Object.prototype).sort().join(','), prototypeBefore, 'Object.prototype is untouched');
      assert.equal(({} as Record<string, unknown>).polluted, undefined);

      // Not vacuous: the same endpoint books a well-formed request.
      const ok = await send(base, {
        method: 'POST',
        path: BOOKINGS,
        headers: { 'content-type': 'application/json', 'idempotency-key': freshKey() },
        body: JSON.stringify(validBody(REAL_SLOT)),
      });
      assert.equal(ok.status, 201, ok.body.toString());
      assert.equal(count('bookings'), 1);
      t.diagnostic(`fuzz runs per property: ${RUNS} (body properties ${BODY_RUNS}); whole file ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      db.close();
    }
  });
});
