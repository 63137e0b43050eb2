/**
 * The SDK's failure matrix, against a fault-injecting loopback server whose
 * behaviour per request is scripted (test/support/fault-server.ts), and — for the
 * "server committed, client never heard" booking — against the real reference
 * server behind a proxy that cuts the connection after the server has answered.
 *
 * Every case asserts how many requests the server saw. Timings are measured with
 * performance.now() and checked against the configured timeouts plus a margin that
 * allows for a loaded 2-core machine.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createHallClient,
  HallBadRequestError,
  HallConflictError,
  HallHttpError,
  HallNetworkError,
  HallNotFoundError,
  HallRateLimitError,
  HallResponseShapeError,
  HallServerError,
  HallTimeoutError,
  HallUnprocessableError,
  isHallError,
  type HallClient,
  type HallClientOptions,
} from '@promotion-hall/sdk';
import { Booking, BookingCreated, listOf, Venue, type BookingInput } from '@promotion-hall/sdk/schemas';
import { FIXTURE_NOW, fixtureData, venues } from '../../server/test/support/fixtures.js';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';
import {
  answer,
  destroy,
  hang,
  problem,
  raw,
  stallBody,
  startFaultServer,
  truncated,
  type FaultServer,
  type SeenRequest,
  type Step,
} from './support/fault-server.js';

/** Per-attempt timeout of the test clients, in ms. */
const TIMEOUT = 300;
/** Room for a loaded machine when checking that something happened "in time". */
const MARGIN = 250;

let fault: FaultServer;

before(async () => {
  fault = await startFaultServer();
});
after(async () => {
  await fault?.close();
});

function client(over: Partial<HallClientOptions> = {}): HallClient {
  return createHallClient({ baseUrl: fault.api, timeout: TIMEOUT, totalTimeout: 4_000, retry: { limit: 2, backoffLimit: 20 }, ...over });
}

const VENUE_LIST = { items: venues };

const applicant: BookingInput['applicant'] = {
  name: '山田 花子',
  furigana: 'やまだ はなこ',
  email: 'hanako@example.com',
  phone: '03-1234-5678',
  applicantType: 'prospective_founder',
  business: { name: '山田商店', employees: 3, inWard: true },
};

/** The fault server checks no form token; the real server gets one of its own. */
function bookingInput(slotId = 'startup.sato.20261209T1000', formToken = 'fault-server-form-token'): BookingInput {
  return {
    slotId,
    channel: 'in_person',
    applicant,
    topic: { category: 'startup', text: '事業計画の相談をしたい' },
    consents: { purposeOfUse: true, privacyNotice: true },
    formToken,
  };
}

const ts = '2026-12-01T09:00:00+09:00';
const BOOKING: Booking = Booking.parse({
  reference: 'PH-7K3M9Q2A',
  status: 'confirmed',
  serviceId: 'startup',
  serviceTitle: { ja: '創業相談' },
  slot: { id: 'startup.sato.20261209T1000', start: '2026-12-09T10:00:00+09:00', end: '2026-12-09T11:00:00+09:00', advisorName: { ja: '佐藤 相談員' } },
  channel: 'in_person',
  applicant,
  topic: { category: 'startup', text: '事業計画の相談をしたい' },
  consents: { purposeOfUseAt: ts, privacyNoticeAt: ts },
  whatToBring: null,
  cancellableUntil: '2026-12-08T10:00:00+09:00',
  createdAt: ts,
  cancelledAt: null,
});
const CREATED: BookingCreated = BookingCreated.parse({ ...BOOKING, manageToken: 'A'.repeat(43) });
const TOKEN = CREATED.manageToken;

/** Runs `promise`, expecting a rejection; returns the error and how long it took. */
async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    const value = await promise;
    assert.fail(`expected a rejection, got ${JSON.stringify(value).slice(0, 200)}`);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    return { error, ms: performance.now() - started };
  }
}

function keysOf(requests: readonly SeenRequest[]): string[] {
  return requests.map((r) => {
    const key = r.headers['idempotency-key'];
    assert.equal(typeof key, 'string', 'every booking attempt carries an Idempotency-Key');
    return key as string;
  });
}

function assertOneKey(requests: readonly SeenRequest[]): string {
  const keys = keysOf(requests);
  assert.ok(keys[0] && keys[0].length >= 8, 'a usable key');
  assert.deepEqual(new Set(keys).size, 1, `one key on every attempt: ${keys.join(', ')}`);
  assert.equal(new Set(requests.map((r) => r.body)).size, 1, 'the same body on every attempt');
  return keys[0];
}

async function waitFor(check: () => boolean, ms = 2_000): Promise<void> {
  const until = performance.now() + ms;
  while (!check()) {
    if (performance.now() > until) assert.fail('condition not met in time');
    await sleep(5);
  }
}

// ——— GET: retryable statuses ———

const RETRYABLE: Array<[number, (error: unknown) => void]> = [
  [408, (e) => assert.ok(e instanceof HallHttpError && e.kind === 'http' && e.status === 408)],
  [500, (e) => assert.ok(e instanceof HallServerError && e.status === 500)],
  [502, (e) => assert.ok(e instanceof HallServerError && e.status === 502)],
  [503, (e) => assert.ok(e instanceof HallServerError && e.status === 503)],
  [504, (e) => assert.ok(e instanceof HallServerError && e.status === 504)],
];

describe('GET on a retryable status', () => {
  for (const [status, check] of RETRYABLE) {
    it(`${status}: retried up to retry.limit (2 → 3 requests), then the typed error`, async () => {
      fault.script(problem(status));
      const { error } = await failure(client().venues.list());
      check(error);
      assert.equal((error as HallHttpError).problem?.title, `Status ${status}`, 'the problem+json body is kept');
      assert.equal(fault.requests.length, 3);
    });

    it(`${status} then 200: the second attempt's data`, async () => {
      fault.script(problem(status), answer(200, VENUE_LIST));
      const list = await client().venues.list();
      assert.deepEqual(list, venues);
      assert.equal(fault.requests.length, 2);
    });
  }

  it('429: retried up to retry.limit, then HallRateLimitError with the last Retry-After', async () => {
    fault.script(problem(429, {}, { 'Retry-After': '0' }), problem(429, {}, { 'Retry-After': '0' }), problem(429, { retryAfter: 7 }, { 'Retry-After': '7' }));
    const { error } = await failure(client().venues.list());
    assert.ok(error instanceof HallRateLimitError);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfter, 7);
    assert.equal(fault.requests.length, 3);
  });

  it('429 then 200: the second attempt\'s data', async () => {
    fault.script(problem(429, {}, { 'Retry-After': '0' }), answer(200, VENUE_LIST));
    assert.deepEqual(await client().venues.list(), venues);
    assert.equal(fault.requests.length, 2);
  });

  it('a network error (connection destroyed) is retried like a 5xx', async () => {
    fault.script(destroy, destroy, answer(200, VENUE_LIST));
    assert.deepEqual(await client().venues.list(), venues);
    assert.equal(fault.requests.length, 3);
  });

  it('network errors on every attempt end in HallNetworkError with the cause', async () => {
    fault.script(destroy);
    const { error } = await failure(client().venues.list());
    assert.ok(error instanceof HallNetworkError, String(error));
    assert.ok(error.cause, 'the platform error is the cause');
    assert.equal(fault.requests.length, 3);
  });

  it('a GET that never answers is retried after each per-attempt timeout, then HallTimeoutError', async () => {
    fault.script(hang);
    const { error, ms } = await failure(client().venues.list());
    assert.ok(error instanceof HallTimeoutError, String(error));
    assert.equal(fault.requests.length, 3);
    assert.ok(ms >= 3 * TIMEOUT - 20 && ms < 3 * TIMEOUT + 2 * 20 + MARGIN, `${ms.toFixed(0)} ms`);
  });
});

// ——— GET: answers about the request itself ———

describe('GET on a 4xx that is an answer about the request', () => {
  const fieldErrors = [{ field: 'query.limit', code: 'too_big', message: 'must be 500 or less' }];
  const cases: Array<[number, new (...args: never[]) => HallHttpError, boolean]> = [
    [400, HallBadRequestError, true],
    [404, HallNotFoundError, false],
    [409, HallConflictError, false],
    [422, HallUnprocessableError, true],
  ];
  for (const [status, type, withFields] of cases) {
    it(`${status}: exactly 1 request and ${type.name}${withFields ? ' with fieldErrors' : ''}`, async () => {
      fault.script(problem(status, withFields ? { errors: fieldErrors } : {}));
      const { error } = await failure(client().venues.list());
      assert.ok(error instanceof type, String(error));
      assert.equal(error.status, status);
      assert.deepEqual(error.fieldErrors, withFields ? fieldErrors : []);
      assert.equal(fault.requests.length, 1);
    });
  }
});

// ——— Retry-After ———

describe('Retry-After', () => {
  it('in seconds is honoured, even past backoffLimit (gap between attempts ≥ 1 s)', async (t) => {
    fault.script(problem(429, {}, { 'Retry-After': '1' }), answer(200, VENUE_LIST));
    assert.deepEqual(await client().venues.list(), venues);
    assert.equal(fault.requests.length, 2);
    const gap = fault.requests[1]!.at - fault.requests[0]!.at;
    t.diagnostic(`Retry-After: 1 → gap ${gap.toFixed(0)} ms`);
    assert.ok(gap >= 1_000 - 20, `gap ${gap.toFixed(0)} ms`);
    assert.ok(gap < 1_000 + MARGIN, `gap ${gap.toFixed(0)} ms`);
  });

  it('as an HTTP date is honoured (a 503)', async (t) => {
    let target = 0;
    const withDate: Step = (req, res, seen) => {
      // Two whole seconds ahead at least: HTTP dates have a resolution of one second.
      target = Math.ceil((seen.wallAt + 2_000) / 1_000) * 1_000;
      return problem(503, {}, { 'Retry-After': new Date(target).toUTCString() })(req, res, seen);
    };
    fault.script(withDate, answer(200, VENUE_LIST));
    assert.deepEqual(await client().venues.list(), venues);
    assert.equal(fault.requests.length, 2);
    const second = fault.requests[1]!;
    const asked = target - fault.requests[0]!.wallAt;
    const gap = second.at - fault.requests[0]!.at;
    t.diagnostic(`Retry-After: <date ${asked} ms ahead> → gap ${gap.toFixed(0)} ms`);
    assert.ok(second.wallAt >= target - 20, `retried ${target - second.wallAt} ms before the date`);
    assert.ok(gap < asked + MARGIN, `gap ${gap.toFixed(0)} ms for ${asked} ms`);
  });

  it('longer than the remaining time budget: no retry, HallRateLimitError at once', async () => {
    fault.script(problem(429, { retryAfter: 10 }, { 'Retry-After': '10' }), answer(200, VENUE_LIST));
    const { error, ms } = await failure(client({ totalTimeout: 2_000 }).venues.list());
    assert.ok(error instanceof HallRateLimitError, String(error));
    assert.equal(error.retryAfter, 10);
    assert.equal(fault.requests.length, 1);
    assert.ok(ms < MARGIN, `failed after ${ms.toFixed(0)} ms`);
  });

  it('an HTTP date past the time budget on a 503: no retry, HallServerError at once', async () => {
    fault.script(problem(503, {}, { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() }), answer(200, VENUE_LIST));
    const { error, ms } = await failure(client({ totalTimeout: 2_000 }).venues.list());
    assert.ok(error instanceof HallServerError, String(error));
    assert.equal(fault.requests.length, 1);
    assert.ok(ms < MARGIN, `failed after ${ms.toFixed(0)} ms`);
  });
});

// ——— Writes other than book() ———

describe('writes other than book() are never retried', () => {
  it('cancel() (DELETE) on 503: exactly 1 request, HallServerError', async () => {
    fault.script(problem(503), answer(200, { ...BOOKING, status: 'cancelled', cancelledAt: ts }));
    const { error } = await failure(client().consultations.cancel(BOOKING.reference, { token: TOKEN }));
    assert.ok(error instanceof HallServerError, String(error));
    assert.equal(fault.requests.length, 1);
    assert.equal(fault.requests[0]!.method, 'DELETE');
    assert.equal(fault.requests[0]!.headers.authorization, `Bearer ${TOKEN}`);
  });

  it('cancel() on a network error or a 429: exactly 1 request', async () => {
    fault.script(destroy, answer(200, BOOKING));
    const cut = await failure(client().consultations.cancel(BOOKING.reference, { token: TOKEN }));
    assert.ok(cut.error instanceof HallNetworkError, String(cut.error));
    assert.equal(fault.requests.length, 1);

    fault.script(problem(429, {}, { 'Retry-After': '0' }), answer(200, BOOKING));
    const limited = await failure(client().consultations.cancel(BOOKING.reference, { token: TOKEN }));
    assert.ok(limited.error instanceof HallRateLimitError, String(limited.error));
    assert.equal(fault.requests.length, 1);
  });

  it('get() of a booking is a read: retried on 503', async () => {
    fault.script(problem(503), answer(200, BOOKING));
    assert.deepEqual(await client().consultations.get(BOOKING.reference, { token: TOKEN }), BOOKING);
    assert.equal(fault.requests.length, 2);
  });
});

// ——— formToken(): a read, but never shared or kept ———

describe('formToken()', () => {
  const FORM_TOKEN = { token: 'a-form-token', issuedAt: ts, minFillSeconds: 3, expiresAt: '2026-12-01T11:00:00+09:00' };

  it('is retried like a read on 503', async () => {
    fault.script(problem(503), answer(200, FORM_TOKEN));
    assert.deepEqual(await client().consultations.formToken(), FORM_TOKEN);
    assert.equal(fault.requests.length, 2);
    assert.ok(fault.requests.every((r) => r.method === 'GET' && r.url === '/api/v1/consultations/form-token'));
  });

  it('asks the server every time: concurrent and repeated calls are not shared, and send no If-None-Match', async () => {
    // Even with an ETag (the real server sends none), nothing is kept to revalidate.
    fault.script(answer(200, FORM_TOKEN, { ETag: '"same"', 'Cache-Control': 'no-store' }));
    const hall = client();
    await Promise.all([hall.consultations.formToken(), hall.consultations.formToken()]);
    await hall.consultations.formToken();
    assert.equal(fault.requests.length, 3);
    assert.ok(fault.requests.every((r) => r.headers['if-none-match'] === undefined));
  });

  it('an answer that is not a form token is a HallResponseShapeError', async () => {
    fault.script(answer(200, { ...FORM_TOKEN, minFillSeconds: 'three' }));
    const { error } = await failure(client().consultations.formToken());
    assert.ok(error instanceof HallResponseShapeError, String(error));
  });
});

// ——— book(): safe to retry with its idempotency key ———

describe('book()', () => {
  it('network error then success: 2 requests with the same Idempotency-Key', async () => {
    fault.script(destroy, answer(201, CREATED));
    const booked = await client().consultations.book(bookingInput());
    assert.deepEqual(booked, CREATED);
    assert.equal(fault.requests.length, 2);
    assertOneKey(fault.requests);
    assert.ok(fault.requests.every((r) => r.method === 'POST'));
  });

  it('5xx then success: the same key on every attempt', async () => {
    fault.script(problem(500), problem(503), answer(201, CREATED));
    assert.deepEqual(await client().consultations.book(bookingInput()), CREATED);
    assert.equal(fault.requests.length, 3);
    assertOneKey(fault.requests);
  });

  it('timeout (no answer) then success: 2 requests with the same key', async () => {
    fault.script(hang, answer(201, CREATED));
    const started = performance.now();
    assert.deepEqual(await client().consultations.book(bookingInput()), CREATED);
    assert.ok(performance.now() - started >= TIMEOUT - 20);
    assert.equal(fault.requests.length, 2);
    assertOneKey(fault.requests);
  });

  it('the 201 body stalls, then the retry is answered: 2 requests with the same key', async () => {
    fault.script(stallBody(201), answer(201, CREATED));
    assert.deepEqual(await client().consultations.book(bookingInput()), CREATED);
    assert.equal(fault.requests.length, 2);
    assertOneKey(fault.requests);
  });

  it('5xx on every attempt: retry.limit retries with one key, then HallServerError', async () => {
    fault.script(problem(502));
    const { error } = await failure(client().consultations.book(bookingInput()));
    assert.ok(error instanceof HallServerError, String(error));
    assert.equal(fault.requests.length, 3);
    assertOneKey(fault.requests);
  });

  const fourXX: Array<[number, new (...args: never[]) => HallHttpError, Record<string, string>]> = [
    [409, HallConflictError, {}],
    [422, HallUnprocessableError, {}],
    [429, HallRateLimitError, { 'Retry-After': '0' }],
  ];
  for (const [status, type, headers] of fourXX) {
    it(`${status}: exactly 1 request, ${type.name}`, async () => {
      fault.script(problem(status, {}, headers), answer(201, CREATED));
      const { error } = await failure(client().consultations.book(bookingInput()));
      assert.ok(error instanceof type, String(error));
      assert.equal(fault.requests.length, 1);
    });
  }

  it('a new key per call; a key passed in is used as is', async () => {
    fault.script(answer(201, CREATED));
    const hall = client();
    await hall.consultations.book(bookingInput());
    await hall.consultations.book(bookingInput());
    await hall.consultations.book(bookingInput(), { idempotencyKey: 'my-own-key-123' });
    const keys = keysOf(fault.requests);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'my-own-key-123');
  });
});

// ——— book() against the real server: committed, but the client never heard ———

interface CuttingProxy {
  api: string;
  /** Answers the server gave to requests whose connection the proxy then cut. */
  cutAnswers: Array<{ status: number; body: string; key: string | undefined }>;
  posts: number;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);
function forwardable(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  return out;
}

/** Forwards everything to `server`, but cuts the client's connection after the server answered the first POST. */
async function startCuttingProxy(server: TestServer): Promise<CuttingProxy> {
  const target = new URL(server.url);
  const state: CuttingProxy = { api: '', cutAnswers: [], posts: 0, close: async () => {} };
  const proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isPost = req.method === 'POST';
      if (isPost) state.posts++;
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...forwardable(req.headers), 'content-length': String(body.length) } },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (part: Buffer) => parts.push(part));
          answer.on('end', () => {
            const text = Buffer.concat(parts);
            if (isPost && state.posts === 1) {
              // The server has committed and answered; the client will never see it.
              state.cutAnswers.push({ status: answer.statusCode ?? 0, body: text.toString('utf8'), key: req.headers['idempotency-key'] as string | undefined });
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, { ...forwardable(answer.headers), 'content-length': String(text.length) });
            res.end(text);
          });
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  state.api = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api/v1`;
  state.close = () => {
    proxy.closeAllConnections();
    return new Promise<void>((resolve) => proxy.close(() => resolve()));
  };
  return state;
}

describe('book() against the real server when the connection is cut after the commit', () => {
  let real: TestServer;
  let proxy: CuttingProxy;
  before(async () => {
    real = await startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW, config: { bookingRateLimitPerMinute: 0 } });
    proxy = await startCuttingProxy(real);
  });
  after(async () => {
    await proxy?.close();
    await real?.close();
  });

  it('retries with the same key: book() resolves and exactly one booking exists', async (t) => {
    const slotId = 'startup.sato.20261209T1000';
    const query = { serviceId: 'startup', from: '2026-12-09', to: '2026-12-09', includeFull: true } as const;
    const remaining = async () => {
      // A fresh client straight to the server: no cache, no proxy.
      const slots = await createHallClient({ baseUrl: real.api }).consultations.slots(query);
      const slot = slots.find((s) => s.id === slotId);
      assert.ok(slot, `slot ${slotId} is listed`);
      return slot.remaining;
    };
    const booked = async () => {
      const counts = await real.repo.bookedCounts('startup', Date.parse('2026-12-09T00:00:00+09:00'), Date.parse('2026-12-10T00:00:00+09:00'));
      return [...counts.values()].reduce((a, b) => a + b, 0);
    };
    const before = await remaining();
    assert.equal(before, 1);
    assert.equal(await booked(), 0);

    const hall = createHallClient({ baseUrl: proxy.api, timeout: 3_000, totalTimeout: 10_000, retry: { limit: 2, backoffLimit: 20 } });
    const { token } = await createHallClient({ baseUrl: real.api }).consultations.formToken();
    const result = await hall.consultations.book(bookingInput(slotId, token));

    assert.equal(proxy.posts, 2, 'the first POST (cut) and one retry');
    assert.equal(proxy.cutAnswers.length, 1);
    const cut = proxy.cutAnswers[0]!;
    assert.equal(cut.status, 201, 'the server had committed the first attempt');
    const first = BookingCreated.parse(JSON.parse(cut.body));
    assert.equal(result.reference, first.reference, 'the retry replays the first answer');
    assert.equal(result.manageToken, first.manageToken);
    assert.equal(result.slot.id, slotId);

    const afterwards = await remaining();
    assert.equal(before - afterwards, 1, 'remaining dropped by exactly 1');
    assert.equal(await booked(), 1, 'exactly one booking in the database');
    const stored = await createHallClient({ baseUrl: real.api }).consultations.get(result.reference, { token: result.manageToken });
    assert.equal(stored.status, 'confirmed');
    t.diagnostic(`cut after commit: 2 POSTs, 1 booking (${result.reference}), remaining ${before} → ${afterwards}`);
  });
});

// ——— Bodies that stall, break or lie ———

describe('answers that stall, break or are not JSON', () => {
  it('headers sent, then the body stalls (no retries allowed): HallTimeoutError within timeout + margin, socket released', async (t) => {
    fault.script(stallBody());
    const { error, ms } = await failure(client({ retry: { limit: 0, backoffLimit: 20 } }).venues.list());
    assert.ok(error instanceof HallTimeoutError, String(error));
    assert.equal(error.timeoutMs, TIMEOUT);
    t.diagnostic(`stalled body → HallTimeoutError after ${ms.toFixed(0)} ms (timeout ${TIMEOUT} ms)`);
    assert.ok(ms >= TIMEOUT - 20 && ms < TIMEOUT + MARGIN, `${ms.toFixed(0)} ms`);
    assert.equal(fault.requests.length, 1);
    const socket = fault.requests[0]!.socket;
    const failedAt = performance.now();
    await waitFor(() => socket.closedAt !== undefined, 1_000);
    t.diagnostic(`socket released ${(socket.closedAt! - failedAt).toFixed(0)} ms after the error`);
  });

  it('a stalled body is retried like a network error: stall, stall, then the answer', async () => {
    fault.script(stallBody(), stallBody(), answer(200, VENUE_LIST));
    const list = await client().venues.list();
    assert.equal(list.length, venues.length);
    assert.equal(fault.requests.length, 3);
  });

  it('a stalled body on every attempt: retry.limit retries, then HallTimeoutError', async () => {
    fault.script(stallBody());
    const { error, ms } = await failure(client().venues.list());
    assert.ok(error instanceof HallTimeoutError, String(error));
    assert.equal(fault.requests.length, 3);
    assert.ok(ms >= 3 * TIMEOUT - 60 && ms < 3 * TIMEOUT + MARGIN, `${ms.toFixed(0)} ms`);
  });

  it('a stalled body under a per-call timeout uses that timeout', async () => {
    fault.script(stallBody());
    const { error, ms } = await failure(client({ retry: { limit: 0, backoffLimit: 20 } }).venues.list({ timeout: 150 }));
    assert.ok(error instanceof HallTimeoutError, String(error));
    assert.ok(ms >= 150 - 20 && ms < 150 + MARGIN, `${ms.toFixed(0)} ms`);
  });

  it('invalid JSON with 200: HallResponseShapeError invalid_json, not retried', async () => {
    fault.script(raw(200, '{"items": [', { 'Content-Type': 'application/json' }));
    const { error } = await failure(client().venues.list());
    assert.ok(error instanceof HallResponseShapeError, String(error));
    assert.equal(error.reason, 'invalid_json');
    assert.equal(error.status, 200);
    assert.equal(fault.requests.length, 1);
  });

  it('a truncated body (Content-Length larger than sent, then close): a typed HallError', async (t) => {
    fault.script(truncated('{"items":[{"id":"hall","na', 5_000));
    const { error } = await failure(client().venues.list());
    assert.ok(isHallError(error), `not a HallError: ${String(error)}`);
    assert.ok(error instanceof HallNetworkError || error instanceof HallResponseShapeError, String(error));
    t.diagnostic(`truncated body → ${error.name} (${error.kind})`);
  });

  it('an HTML error page from a proxy with 502: HallServerError without a problem', async () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    fault.script(raw(502, html, { 'Content-Type': 'text/html' }));
    const { error } = await failure(client().venues.list());
    assert.ok(error instanceof HallServerError, String(error));
    assert.equal(error.status, 502);
    assert.equal(error.problem, undefined);
    assert.deepEqual(error.fieldErrors, []);
    assert.equal(fault.requests.length, 3, '502 is retried');
  });

  it('an HTML page with 200: HallResponseShapeError not_json', async () => {
    fault.script(raw(200, '<!doctype html><title>Welcome</title><p>Captive portal', { 'Content-Type': 'text/html; charset=utf-8' }));
    const { error } = await failure(client().venues.list());
    assert.ok(error instanceof HallResponseShapeError, String(error));
    assert.equal(error.reason, 'not_json');
  });

  it('204 where JSON was expected: HallResponseShapeError empty_body', async () => {
    fault.script((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const { error } = await failure(client().venues.list());
    assert.ok(error instanceof HallResponseShapeError, String(error));
    assert.equal(error.reason, 'empty_body');
    assert.equal(error.status, 204);
  });

  it('JSON of the wrong shape: HallResponseShapeError schema with the issues, never half-typed data', async () => {
    fault.script(answer(200, { items: [{ ...venues[0], id: 42 }] }));
    const { error } = await failure(client().venues.list());
    assert.ok(error instanceof HallResponseShapeError, String(error));
    assert.equal(error.reason, 'schema');
    assert.deepEqual(error.issues[0]?.path, ['items', 0, 'id']);
  });

  it('extra fields from a newer server are dropped, the value still parses strictly', async () => {
    fault.script(answer(200, { items: [{ ...venues[0], newField: { x: 1 } }], next: 'x' }));
    const list = await client().venues.list();
    assert.ok(listOf(Venue).safeParse({ items: list }).success);
    assert.equal('newField' in list[0]!, false);
  });
});

// ——— Cancellation ———

describe('abort via signal', () => {
  async function abortDuringBackoff(t: TestContext, call: (hall: HallClient, signal: AbortSignal) => Promise<unknown>) {
    fault.script(problem(503, {}, { 'Retry-After': '1' }), answer(200, VENUE_LIST));
    const controller = new AbortController();
    const reason = new Error('the user left the page');
    const pending = failure(call(client(), controller.signal));
    await waitFor(() => fault.requests.length === 1);
    await sleep(50); // now inside the 1 s wait before the retry
    const abortedAt = performance.now();
    controller.abort(reason);
    const { error } = await pending;
    const took = performance.now() - abortedAt;
    assert.equal(error, reason, 'rejects with the signal\'s reason');
    assert.ok(took < 50, `rejected ${took.toFixed(1)} ms after abort`);
    await sleep(1_300); // past the moment the retry would have been sent
    assert.equal(fault.requests.length, 1, 'no request after the abort');
    t.diagnostic(`aborted in the backoff wait: rejected after ${took.toFixed(1)} ms, 0 further requests in 1.3 s`);
  }

  it('a GET aborted mid-retry rejects with the reason and sends nothing more', (t) => abortDuringBackoff(t, (hall, signal) => hall.venues.list({ signal })));

  it('book() aborted mid-retry rejects with the reason and sends nothing more', (t) =>
    abortDuringBackoff(t, (hall, signal) => {
      fault.script(problem(503, {}, { 'Retry-After': '1' }), answer(201, CREATED));
      return hall.consultations.book(bookingInput(), { signal });
    }));

  it('an already aborted signal sends no request', async () => {
    fault.script(answer(200, VENUE_LIST));
    const reason = new Error('already gone');
    const { error } = await failure(client().venues.list({ signal: AbortSignal.abort(reason) }));
    assert.equal(error, reason);
    await sleep(100); // a request started for nobody would arrive by now
    assert.equal(fault.requests.length, 0);
  });

  it('aborting during a stalled body rejects with the reason', async () => {
    fault.script(stallBody());
    const controller = new AbortController();
    const reason = new Error('stop');
    const pending = failure(client({ timeout: 5_000 }).venues.list({ signal: controller.signal }));
    await waitFor(() => fault.requests.length === 1);
    await sleep(50);
    controller.abort(reason);
    const { error, ms } = await pending;
    assert.equal(error, reason);
    assert.ok(ms < 1_000);
  });
});

// ——— The whole call's time budget ———

describe('totalTimeout', () => {
  it('always 503 without Retry-After and a large retry limit: fails within totalTimeout + margin', async (t) => {
    fault.script(problem(503));
    const total = 1_000;
    const { error, ms } = await failure(client({ totalTimeout: total, retry: { limit: 10, backoffLimit: 150 } }).venues.list());
    assert.ok(isHallError(error), String(error));
    assert.ok(error instanceof HallTimeoutError || error instanceof HallServerError, String(error));
    if (error instanceof HallTimeoutError) assert.equal(error.timeoutMs, total, 'names the budget that ran out, not the per-attempt timeout');
    t.diagnostic(`always 503: ${error.name} after ${ms.toFixed(0)} ms and ${fault.requests.length} requests (budget ${total} ms)`);
    assert.ok(ms < total + MARGIN, `${ms.toFixed(0)} ms`);
    assert.ok(fault.requests.length > 1 && fault.requests.length <= 11);
  });

  it('a stalled body after retries still ends within the time budget', async (t) => {
    // First attempt: no answer (timeout 600 ms); second: headers, then the body stalls.
    fault.script(hang, stallBody());
    const total = 800;
    const { error, ms } = await failure(client({ timeout: 600, totalTimeout: total }).venues.list());
    assert.ok(error instanceof HallTimeoutError, String(error));
    assert.equal(error.timeoutMs, total);
    t.diagnostic(`timeout then stalled body: ${error.name} after ${ms.toFixed(0)} ms (budget ${total} ms)`);
    assert.ok(ms < total + MARGIN, `${ms.toFixed(0)} ms`);
    assert.equal(fault.requests.length, 2);
  });
});
