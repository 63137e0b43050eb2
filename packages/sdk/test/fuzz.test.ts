/**
 * Property-based tests of the SDK's answer handling: for every response schema,
 * arbitrary HTTP answers are served through an injected `fetch` (no network), and
 * every call must either resolve with a value the strict shared schema accepts, or
 * reject with a HallError — never another exception, never an unhandled rejection.
 *
 * Half the runs are fully arbitrary answers (any JSON, any text, problem bodies,
 * random statuses and headers); half are realistic answers — real bodies taken
 * from the reference server once — with random mutations (a key dropped, a type
 * changed, unknown fields added, unknown enum values, emptied or padded lists).
 *
 * In Node the client validates with compiled schemas (zod's `compile`, see
 * src/schema-compiler.ts), browsers with the interpreted ones: a second property checks,
 * on the same mutated real answers, that both accept the same values with the same
 * result and refuse the same values with the same issues.
 *
 * HALL_SDK_FUZZ_RUNS sets the runs per schema (default 1,000).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { compile, type ZodMiniType } from 'zod/mini';
import { createHallClient, isHallError, isHallHttpError, type HallClient } from '@promotion-hall/sdk';
import {
  Advisor,
  Booking,
  BookingCreated,
  CalendarDayList,
  ConsultationService,
  EventOccurrence,
  FormToken,
  HallEvent,
  listOf,
  pageOf,
  Shop,
  ShoppingStreet,
  Slot,
  SupportProgram,
  Venue,
  type BookingInput,
} from '@promotion-hall/sdk/schemas';
import { FIXTURE_NOW, fixtureData } from '../../server/test/support/fixtures.js';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';

const RUNS = Math.max(2, Number(process.env.HALL_SDK_FUZZ_RUNS ?? 1_000) || 1_000);
const ARBITRARY_RUNS = Math.ceil(RUNS / 2);
const REALISTIC_RUNS = RUNS - ARBITRARY_RUNS;

const STATUSES = [200, 201, 400, 404, 409, 422, 429, 500, 503] as const;
const REF = 'PH-7K3M9Q2A';
const TOKEN = 'A'.repeat(43);

const input: BookingInput = {
  slotId: 'startup.sato.20261209T1000',
  channel: 'in_person',
  applicant: {
    name: '山田 花子',
    furigana: 'やまだ はなこ',
    email: 'hanako@example.com',
    phone: '03-1234-5678',
    applicantType: 'prospective_founder',
    business: { name: '山田商店', employees: 3, inWard: true },
  },
  topic: { category: 'startup', text: '事業計画の相談をしたい' },
  consents: { purposeOfUse: true, privacyNotice: true },
  // Answers here are fake; the one real booking (bookingSample) gets a real token.
  formToken: 'fuzz-form-token',
};

interface Target {
  name: string;
  /** Where the realistic body comes from on the reference server. */
  sample: (api: string) => Promise<unknown>;
  /** The SDK call under test. */
  call: (hall: HallClient) => Promise<unknown>;
  /** The schema of the whole answer, as the client validates it. */
  schema: ZodMiniType;
  /** The call resolves with the answer's `items` (a list), not with the whole answer. */
  resolvesItems?: true;
  okStatus: number;
}

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  assert.ok(response.ok, `${url}: ${response.status}`);
  return response.json();
}

/** The strict check of what a call resolved with: the interpreted schema accepts it (as the answer, or as its items). */
const valid = (target: Target, value: unknown) => target.schema.safeParse(target.resolvesItems ? { items: value } : value).success;

const TARGETS: Target[] = [
  {
    name: 'HallEvent (events.get)',
    sample: (api) => getJson(`${api}/events/${fixtureData().events[0]!.id}`),
    call: (hall) => hall.events.get('some-event'),
    schema: HallEvent,
    okStatus: 200,
  },
  {
    name: 'EventOccurrence page (events.list)',
    sample: (api) => getJson(`${api}/events?from=2026-12-01&to=2026-12-31`),
    call: (hall) => hall.events.list({ from: '2026-12-01', to: '2026-12-31' }),
    schema: pageOf(EventOccurrence),
    okStatus: 200,
  },
  {
    name: 'Shop page (shops.list)',
    sample: (api) => getJson(`${api}/shops`),
    call: (hall) => hall.shops.list({ q: 'ｶﾌｪ' }),
    schema: pageOf(Shop),
    okStatus: 200,
  },
  {
    name: 'ShoppingStreet list (streets.list)',
    sample: (api) => getJson(`${api}/streets`),
    call: (hall) => hall.streets.list(),
    schema: listOf(ShoppingStreet),
    resolvesItems: true,
    okStatus: 200,
  },
  {
    name: 'Venue list (venues.list)',
    sample: (api) => getJson(`${api}/venues`),
    call: (hall) => hall.venues.list(),
    schema: listOf(Venue),
    resolvesItems: true,
    okStatus: 200,
  },
  {
    name: 'ConsultationService list (consultations.services)',
    sample: (api) => getJson(`${api}/consultations/services`),
    call: (hall) => hall.consultations.services(),
    schema: listOf(ConsultationService),
    resolvesItems: true,
    okStatus: 200,
  },
  {
    name: 'Advisor list (consultations.advisors)',
    sample: (api) => getJson(`${api}/consultations/advisors`),
    call: (hall) => hall.consultations.advisors(),
    schema: listOf(Advisor),
    resolvesItems: true,
    okStatus: 200,
  },
  {
    name: 'Slot list (consultations.slots)',
    sample: (api) => getJson(`${api}/consultations/slots?serviceId=startup&from=2026-12-01&to=2026-12-31&includeFull=true`),
    call: (hall) => hall.consultations.slots({ serviceId: 'startup', from: '2026-12-01', to: '2026-12-31' }),
    schema: listOf(Slot),
    resolvesItems: true,
    okStatus: 200,
  },
  {
    name: 'SupportProgram list (programs.list)',
    sample: (api) => getJson(`${api}/programs`),
    call: (hall) => hall.programs.list({ applicantType: 'sme' }),
    schema: listOf(SupportProgram),
    resolvesItems: true,
    okStatus: 200,
  },
  {
    name: 'CalendarDay list (calendar.days)',
    // Across the year end: holidays with names, closures, and both on one day (元日).
    sample: (api) => getJson(`${api}/calendar?from=2026-11-01&to=2027-01-31`),
    call: (hall) => hall.calendar.days({ from: '2026-11-01', to: '2027-01-31' }),
    schema: CalendarDayList,
    resolvesItems: true,
    okStatus: 200,
  },
  {
    name: 'FormToken (consultations.formToken)',
    sample: (api) => getJson(`${api}/consultations/form-token`),
    call: (hall) => hall.consultations.formToken(),
    schema: FormToken,
    okStatus: 200,
  },
  {
    name: 'BookingCreated (consultations.book)',
    sample: async (api) => bookingSample(api),
    call: (hall) => hall.consultations.book(input),
    schema: BookingCreated,
    okStatus: 201,
  },
  {
    name: 'Booking (consultations.get)',
    sample: async (api) => {
      const created = (await bookingSample(api)) as { reference: string; manageToken: string };
      return getJson(`${api}/consultations/bookings/${created.reference}`, { headers: { Authorization: `Bearer ${created.manageToken}` } });
    },
    call: (hall) => hall.consultations.get(REF, { token: TOKEN }),
    schema: Booking,
    okStatus: 200,
  },
];

let booked: Promise<unknown> | undefined;
/** One real booking (same key on every call: the server replays it). */
function bookingSample(api: string): Promise<unknown> {
  booked ??= (async () => {
    const { token } = (await getJson(`${api}/consultations/form-token`)) as { token: string };
    return getJson(`${api}/consultations/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fuzz-sample-booking-0001' },
      body: JSON.stringify({ ...input, formToken: token }),
    });
  })();
  return booked;
}

// ——— The answers ———

interface FakeAnswer {
  status: number;
  body: string | null;
  headers: Record<string, string>;
}

/** Printable ASCII only, as header values must be. */
const headerText = fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '').trim());

const retryAfter = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  headerText,
);

const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/problem+json', 'text/html', 'text/plain', 'application/x-json-ish', '');

const fieldError = fc.record({ field: fc.string(), code: fc.string(), message: fc.string() }, { requiredKeys: [] });
const problemBody = fc
  .record(
    {
      type: fc.oneof(fc.constant('/problems/validation'), fc.string()),
      title: fc.oneof(fc.string(), fc.integer()),
      status: fc.oneof(fc.constantFrom(...STATUSES), fc.integer({ min: -1, max: 1_000 }), fc.string()),
      detail: fc.string(),
      errors: fc.oneof(fc.array(fieldError, { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })),
      retryAfter: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string()),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((p) => JSON.stringify(p));

function serialise(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** A fully arbitrary answer; `sampleText` (a real body) is used for truncations. */
function arbitraryAnswer(sampleText: string): fc.Arbitrary<FakeAnswer> {
  const body = fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.anything({ maxDepth: 3 }).map(serialise),
    problemBody,
    fc.string({ maxLength: 200 }),
    fc.constant(''),
    fc.nat().map((n) => sampleText.slice(0, n % sampleText.length)),
    fc.constantFrom('<html><body><h1>502 Bad Gateway</h1></body></html>', 'null', '[]', '{}', '"x"', '0', 'true', '\u{FEFF}{}', '{"items":null}'),
  );
  return fc
    .record({
      status: fc.constantFrom(...STATUSES),
      body,
      type: contentType,
      retryAfter: fc.option(retryAfter, { nil: undefined }),
      etag: fc.option(fc.constantFrom('"a"', '"b"', 'W/"c"'), { nil: undefined }),
    })
    .map(({ status, body, type, retryAfter: ra, etag }) => {
      const headers: Record<string, string> = {};
      if (type) headers['Content-Type'] = type;
      if (ra !== undefined) headers['Retry-After'] = ra;
      if (etag !== undefined) headers.ETag = etag;
      return { status, body, headers };
    });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Mutation {
  kind: 'drop' | 'retype' | 'extra' | 'enum' | 'null' | 'empty' | 'duplicate' | 'number';
  pick: number;
  key: string;
  value: Json;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'retype', 'extra', 'enum', 'null', 'empty', 'duplicate', 'number'),
  pick: fc.nat(),
  key: fc.oneof(fc.constantFrom('newField', 'x-extension', '__proto__', 'constructor', 'items'), fc.string({ maxLength: 12 })),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
});

/** Every place in `root` holding a value: [container, key], depth first. */
function places(root: Json): Array<[Json[] | { [key: string]: Json }, string | number]> {
  const out: Array<[Json[] | { [key: string]: Json }, string | number]> = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push([node, i]);
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        out.push([node, key]);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

function applyMutation(root: Json, m: Mutation): Json {
  const all = places(root);
  const where = (filter: (value: Json) => boolean) => {
    const candidates = all.filter(([container, key]) => filter((container as Record<string | number, Json>)[key]!));
    return candidates.length === 0 ? undefined : candidates[m.pick % candidates.length];
  };
  const set = (place: [Json[] | { [key: string]: Json }, string | number] | undefined, value: Json) => {
    if (place) (place[0] as Record<string | number, Json>)[place[1]] = value;
  };
  switch (m.kind) {
    case 'drop': {
      const place = where(() => true);
      if (!place) return root;
      if (Array.isArray(place[0])) place[0].splice(place[1] as number, 1);
      else delete place[0][place[1] as string];
      return root;
    }
    case 'retype':
      set(where(() => true), m.value);
      return root;
    case 'null':
      set(where(() => true), null);
      return root;
    case 'number':
      set(where((v) => typeof v === 'number'), typeof m.value === 'number' ? m.value : -1.5);
      return root;
    case 'enum':
      // An unknown value where a known word stood (an enum from a newer server, usually).
      set(where((v) => typeof v === 'string' && /^[a-z_]+$/.test(v)), `future_${m.key.replace(/[^a-z]/gi, '').toLowerCase() || 'value'}`);
      return root;
    case 'extra': {
      const objects = [root, ...all.map(([c, k]) => (c as Record<string | number, Json>)[k]!)].filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v)) as Array<{ [key: string]: Json }>;
      const target = objects[m.pick % objects.length];
      if (target) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      return root;
    }
    case 'empty': {
      const place = where((v) => Array.isArray(v));
      set(place, []);
      return root;
    }
    case 'duplicate': {
      const place = where((v) => Array.isArray(v) && v.length > 0);
      if (place) {
        const list = (place[0] as Record<string | number, Json>)[place[1]] as Json[];
        list.push(structuredClone(list[m.pick % list.length]!));
      }
      return root;
    }
  }
}

/** A real answer with 0–4 random mutations. */
function realisticAnswer(sample: unknown, okStatus: number): fc.Arbitrary<FakeAnswer> {
  return fc.record({ mutations: fc.array(mutation, { maxLength: 4 }), status: fc.constantFrom(okStatus, okStatus, okStatus, 200, 201) }).map(({ mutations, status }) => {
    let body = structuredClone(sample) as Json;
    for (const m of mutations) body = applyMutation(body, m);
    return { status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  });
}

// ——— The property ———

interface Tally {
  resolved: number;
  rejected: Record<string, number>;
}

async function check(target: Target, hall: HallClient, answer: FakeAnswer, serve: (a: FakeAnswer) => void, tally: Tally): Promise<void> {
  serve(answer);
  let value: unknown;
  try {
    value = await target.call(hall);
  } catch (error) {
    if (!isHallError(error)) throw new Error(`not a HallError: ${String(error)}`, { cause: error });
    // An error status is always reported as that status.
    if (answer.status >= 400) {
      assert.ok(isHallHttpError(error), `${answer.status} gave ${error.name}`);
      assert.equal(error.status, answer.status);
    }
    const name = error.kind === 'response_shape' ? `response_shape/${(error as { reason?: string }).reason}` : error.kind;
    tally.rejected[name] = (tally.rejected[name] ?? 0) + 1;
    return;
  }
  assert.ok(answer.status < 300, `resolved on a ${answer.status}`);
  assert.ok(valid(target, value), `resolved with a value the strict schema refuses: ${serialise(value).slice(0, 300)}`);
  tally.resolved++;
}

let real: TestServer;
const samples = new Map<string, unknown>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => {
  unhandled.push(reason);
};

before(async () => {
  process.on('unhandledRejection', onUnhandled);
  real = await startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW, config: { bookingRateLimitPerMinute: 0 } });
  for (const target of TARGETS) samples.set(target.name, await target.sample(real.api));
  await real.close();
});

after(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe(`fuzz: ${RUNS} runs per response schema (${ARBITRARY_RUNS} arbitrary + ${REALISTIC_RUNS} mutated real answers)`, () => {
  for (const target of TARGETS) {
    it(`${target.name}: a strictly valid value or a HallError`, async (t) => {
      const sample = samples.get(target.name);
      assert.ok(sample !== undefined);

      let next: FakeAnswer = { status: 500, body: '', headers: {} };
      let requests = 0;
      let tolerated = 0;
      const hall = createHallClient({
        baseUrl: 'http://hall.test/api/v1',
        timeout: 2_000,
        retry: { limit: 0 },
        hooks: { onTolerated: () => void tolerated++ },
        fetch: async () => {
          requests++;
          return new Response(next.body, { status: next.status, headers: next.headers });
        },
      });
      const serve = (answer: FakeAnswer) => {
        next = answer;
      };

      // The real answer itself resolves.
      const untouched: Tally = { resolved: 0, rejected: {} };
      await check(target, hall, { status: target.okStatus, body: JSON.stringify(sample), headers: { 'Content-Type': 'application/json' } }, serve, untouched);
      assert.equal(untouched.resolved, 1, 'the unmutated real answer resolves');

      const started = performance.now();
      const arbitrary: Tally = { resolved: 0, rejected: {} };
      await fc.assert(
        fc.asyncProperty(arbitraryAnswer(JSON.stringify(sample)), (answer) => check(target, hall, answer, serve, arbitrary)),
        { numRuns: ARBITRARY_RUNS },
      );
      const realistic: Tally = { resolved: 0, rejected: {} };
      await fc.assert(
        fc.asyncProperty(realisticAnswer(sample, target.okStatus), (answer) => check(target, hall, answer, serve, realistic)),
        { numRuns: REALISTIC_RUNS },
      );
      const ms = performance.now() - started;
      await new Promise((resolve) => setImmediate(resolve));

      const runs = (tally: Tally) => tally.resolved + Object.values(tally.rejected).reduce((a, b) => a + b, 0);
      t.diagnostic(
        `${target.name}: ${runs(arbitrary) + runs(realistic)} runs (${requests - 1} requests) in ${ms.toFixed(0)} ms — ` +
          `arbitrary: ${arbitrary.resolved} resolved, rejected ${JSON.stringify(arbitrary.rejected)}; ` +
          `mutated: ${realistic.resolved} resolved (${tolerated} with unknown values left out), rejected ${JSON.stringify(realistic.rejected)}`,
      );
      assert.ok(runs(arbitrary) >= ARBITRARY_RUNS && runs(realistic) >= REALISTIC_RUNS);
      assert.ok(realistic.resolved > 0, 'some mutated answers are still valid (unknown fields, tolerated values)');
      assert.deepEqual(unhandled, [], 'no unhandled rejections');
    });
  }
});

describe(`compiled and interpreted validation agree: ${RUNS} runs per response schema`, () => {
  for (const target of TARGETS) {
    it(`${target.name}: the same value, or the same issues`, () => {
      const sample = samples.get(target.name);
      assert.ok(sample !== undefined);
      // strict: a schema zod cannot compile throws here instead of silently staying interpreted (and slow).
      const compiled = compile(target.schema, { strict: true });
      const tally = { accepted: 0, refused: 0 };
      const agree = (value: unknown) => {
        const interpreted = target.schema.safeParse(structuredClone(value));
        const fast = compiled.safeParse(structuredClone(value));
        assert.equal(fast.success, interpreted.success, 'both accept, or both refuse');
        if (interpreted.success) {
          assert.deepEqual(fast.data, interpreted.data);
          tally.accepted++;
        } else {
          assert.deepEqual(fast.error?.issues, interpreted.error?.issues);
          tally.refused++;
        }
      };
      agree(sample);
      fc.assert(
        fc.property(
          fc.oneof(
            realisticAnswer(sample, target.okStatus).map((answer) => JSON.parse(answer.body!) as unknown),
            fc.jsonValue({ maxDepth: 4 }),
          ),
          agree,
        ),
        { numRuns: RUNS },
      );
      assert.ok(tally.accepted > 0 && tally.refused > 0, `both outcomes were tried: ${JSON.stringify(tally)}`);
    });
  }
});
