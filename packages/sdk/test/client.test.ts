/**
 * The typed client against the real reference server on a loopback port: the
 * fixture data set (known answers, clock at FIXTURE_NOW, Tuesday 2026-12-01 09:00
 * Japan time) and, for a few checks, the demo data set. Behaviour the real server
 * cannot show (a slow answer, a newer server's JSON) comes from a tiny loopback
 * server or an injected `fetch`.
 *
 * Slots used by bookings, one test each, so the tests do not depend on their order:
 *   startup.sato.20261216T1000 (book → get → cancel), startup.sato.20261223T1100 (409),
 *   subsidy-clinic.suzuki.20261210T1300 (idempotency), subsidy-clinic.suzuki.20261203T1430 (422).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  createHallClient,
  createIdempotencyKey,
  HallConflictError,
  HallError,
  HallInvalidInputError,
  HallNotFoundError,
  HallRateLimitError,
  HallResponseShapeError,
  HallUnprocessableError,
  isHallConflictError,
  isHallError,
  isHallHttpError,
  isHallInvalidInputError,
  isHallNotFoundError,
  isHallRateLimitError,
  isHallResponseShapeError,
  isHallUnprocessableError,
  type BookingInput,
  type HallClient,
  type HallClientOptions,
  type HallHooks,
} from '@promotion-hall/sdk';
import { FIXTURE_NOW, fixtureData } from '../../server/test/support/fixtures.js';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';

/** Fixtures, no booking rate limit: most tests. */
let main: TestServer;
/** Fixtures, the default limit of 10 booking POSTs a minute. */
let limited: TestServer;
/** The demo data set. */
let demo: TestServer;

/** A form token of `main` and one of `limited` (their clocks stand still: the tokens never expire). */
let mainToken = '';
let limitedToken = '';

before(async () => {
  [main, limited, demo] = await Promise.all([
    startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW, config: { bookingRateLimitPerMinute: 0 } }),
    startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW }),
    startTestServer(),
  ]);
  const tokenOf = async (server: TestServer) => (await clientFor(server).consultations.formToken()).token;
  [mainToken, limitedToken] = await Promise.all([tokenOf(main), tokenOf(limited)]);
});

after(async () => {
  await Promise.all([main?.close(), limited?.close(), demo?.close()]);
});

// ── Personal data canaries ─────────────────────────────────────────────────────
// Every booking in this file is made by this applicant (with a unique e-mail);
// every error any test sees is kept, and the last test checks none of them
// carries the applicant's data in its message.
const CANARY_NAME = 'Canaryname 花子';
const CANARY_PHONE = '090-7777-3131';
const canaryEmail = () => `canarymail-${randomUUID().slice(0, 8)}@example.com`;
const seenErrors: unknown[] = [];

function bookingInput(slotId: string, over: Partial<BookingInput> = {}, applicant: Partial<BookingInput['applicant']> = {}): BookingInput {
  const subsidy = slotId.startsWith('subsidy-clinic.');
  return {
    slotId,
    channel: 'in_person',
    applicant: {
      name: CANARY_NAME,
      furigana: 'かなりあ はなこ',
      email: canaryEmail(),
      phone: CANARY_PHONE,
      applicantType: subsidy ? 'sme' : 'prospective_founder',
      business: { name: 'カナリア商店', employees: 3, inWard: true },
      ...applicant,
    },
    topic: { category: subsidy ? 'subsidy' : 'startup', text: '事業計画の相談をしたい' },
    consents: { purposeOfUse: true, privacyNotice: true },
    formToken: mainToken,
    ...over,
  };
}

/** Awaits a call that must fail, checks the error with `guard`, keeps it for the privacy check and returns it. */
async function failure<E>(call: () => Promise<unknown>, guard: (e: unknown) => e is E, what: string): Promise<E> {
  let caught: unknown;
  try {
    await call();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, `${what}: expected a rejection, got a value`);
  seenErrors.push(caught);
  assert.ok(guard(caught), `${what}: unexpected ${caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught)}`);
  return caught;
}

// ── Watching the wire ──────────────────────────────────────────────────────────
interface Sent {
  method: string;
  url: URL;
  headers: Headers;
}

/** A fetch that records every request it passes on to `inner` (default: the real one). */
function recordingFetch(inner: typeof globalThis.fetch = globalThis.fetch) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const headers = new Headers(request?.headers);
    new Headers(init?.headers).forEach((value, key) => headers.set(key, value));
    sent.push({ method: init?.method ?? request?.method ?? 'GET', url: new URL(request?.url ?? String(input)), headers });
    return inner(input, init);
  };
  return { fetch, sent };
}

function clientFor(server: { api: string }, options: Partial<HallClientOptions> = {}): HallClient {
  return createHallClient({ baseUrl: server.api, ...options });
}

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id);
const occ = (items: ReadonlyArray<{ occurrenceId: string }>) => items.map((i) => i.occurrenceId);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** The slot as a picker with full slots would show it. */
async function slotNow(hall: HallClient, slotId: string) {
  const [serviceId, , stamp] = slotId.split('.') as [string, string, string];
  const date = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
  const slots = await hall.consultations.slots({ serviceId, from: date, to: date, includeFull: true });
  return slots.find((s) => s.id === slotId);
}

// ── Every resource against the fixtures ────────────────────────────────────────
describe('events', () => {
  it('lists the next 31 days by default, filters by dates, category lists and street', async () => {
    const hall = clientFor(main);
    const page = await hall.events.list();
    assert.deepEqual(occ(page.items), [
      'startup-seminar@2026-12-05',
      'hachi-no-hi@2026-12-08',
      'dx-course@2026-12-10',
      'tori-no-ichi@2026-12-12',
      'dx-course@2026-12-17',
      'hachi-no-hi@2026-12-18',
    ]);
    assert.deepEqual([page.total, page.nextCursor], [6, null]);

    const some = await hall.events.list({ from: '2026-12-01', to: '2027-01-31', category: ['seminar', 'course', 'fair'] });
    // A course is listed on each of its session days.
    assert.deepEqual(occ(some.items), ['startup-seminar@2026-12-05', 'dx-course@2026-12-10', 'dx-course@2026-12-17', 'dx-course@2027-01-14', 'bussan-fair@2027-01-20']);
    const one = await hall.events.list({ category: ['street_event'], streetId: 'hikari', from: '2026-12-01', to: '2026-12-31' });
    assert.deepEqual(
      one.items.map((e) => [e.occurrenceId, e.start, e.end]),
      [
        ['hachi-no-hi@2026-12-08', '2026-12-08T10:00:00+09:00', '2026-12-08T18:00:00+09:00'],
        ['hachi-no-hi@2026-12-18', '2026-12-18T10:00:00+09:00', '2026-12-18T18:00:00+09:00'],
      ],
    );
    assert.deepEqual(await hall.events.list({ category: ['networking'] }), { items: [], nextCursor: null, total: 0 });
  });

  it('finds events however the Japanese is typed (hiragana, half-width katakana, long vowels, full-width latin)', async () => {
    const hall = clientFor(main);
    for (const q of ['そうぎょう', 'ｾﾐﾅｰ', 'セミナ', '創業セミナー']) {
      assert.deepEqual(ids((await hall.events.list({ q })).items), ['startup-seminar'], `q=${q}`);
    }
    assert.deepEqual(ids((await hall.events.list({ q: 'ＤＸ' })).items), ['dx-course', 'dx-course']);
    assert.equal((await hall.events.list({ q: '存在しない' })).total, 0);
  });

  it('iterates every page with limit 2: all occurrences once, in order, as many as total', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const range = { from: '2026-12-01', to: '2027-01-31' } as const;
    const firstPage = await hall.events.list({ ...range, limit: 2 });
    assert.equal(firstPage.items.length, 2);
    assert.notEqual(firstPage.nextCursor, null);
    const whole = await hall.events.list({ ...range, limit: 500 });

    const before = sent.length;
    const items = await collect(hall.events.iterate({ ...range, limit: 2 }));
    assert.equal(items.length, firstPage.total);
    assert.equal(new Set(occ(items)).size, items.length, 'no occurrence twice');
    assert.deepEqual(occ(items), occ(whole.items), 'the same order as one big page');
    assert.equal(sent.length - before, Math.ceil(firstPage.total / 2), 'one request per page');
  });

  it('returns one event with its recurrence, and iCalendar links that serve text/calendar', async () => {
    const hall = clientFor(main);
    const event = await hall.events.get('hachi-no-hi');
    assert.equal(event.start, '2026-12-08T10:00:00+09:00');
    assert.deepEqual(event.recurrence?.exdates, ['2026-12-28T10:00:00+09:00']);
    assert.equal((await hall.events.get('dx-course')).sessions.length, 3);

    const ics = await fetch(hall.events.icsUrl('hachi-no-hi'));
    assert.equal(ics.status, 200);
    assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
    const body = await ics.text();
    assert.match(body, /^BEGIN:VCALENDAR\r\n/);
    assert.match(body, /\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=8,18,28;COUNT=9\r\n/);

    const feedUrl = hall.events.feedUrl({ from: '2026-12-01', to: '2026-12-31', category: ['street_event', 'seminar'] });
    assert.equal(new URL(feedUrl).searchParams.get('category'), 'street_event,seminar');
    const feed = await fetch(feedUrl);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
    const text = await feed.text();
    assert.equal(text.split('BEGIN:VEVENT').length - 1, 4, 'the seminar, two 8の日 and one 酉の市 in December');

    // English texts where the hall has them: the course's file has every session.
    const english = hall.events.icsUrl('dx-course', { lang: 'en' });
    assert.equal(new URL(english).searchParams.get('lang'), 'en');
    const course = await (await fetch(english)).text();
    assert.equal(course.split('BEGIN:VEVENT').length - 1, 3);
    assert.match(course, /\r\nSUMMARY:DX course\\, session 2\r\n/);
    const englishFeed = await (await fetch(hall.events.feedUrl({ from: '2026-12-01', to: '2026-12-31', lang: 'en' }))).text();
    assert.match(englishFeed, /\r\nX-WR-CALNAME:Industry Promotion Hall events\r\n/);
    assert.equal(new URL(hall.events.icsUrl('dx-course')).search, '', 'Japanese, the default, adds nothing to the address');
    assert.throws(() => hall.events.icsUrl('dx-course', { lang: 'fr' as 'en' }), isHallInvalidInputError);
  });
});

describe('shops, streets, venues', () => {
  it('lists shops in reading order, with filters, and finds カフェ ひかり typed as ｶﾌｪ', async () => {
    const hall = clientFor(main);
    const page = await hall.shops.list();
    assert.deepEqual(ids(page.items), ['yaoya-asahi', 'izakaya-tsuki', 'cafe-hikari', 'biyoshitsu-hana']);
    assert.equal(page.total, 4);
    assert.deepEqual(ids((await hall.shops.list({ q: 'ｶﾌｪ' })).items), ['cafe-hikari']);
    assert.deepEqual(ids((await hall.shops.list({ category: ['food', 'beauty'] })).items), ['yaoya-asahi', 'biyoshitsu-hana']);
    assert.deepEqual(ids((await hall.shops.list({ streetId: 'hikari', payment: ['cashless'] })).items), ['izakaya-tsuki', 'cafe-hikari']);
    assert.deepEqual(ids((await hall.shops.list({ barrierFree: ['step_free_entrance', 'accessible_toilet'] })).items), ['cafe-hikari']);
    assert.deepEqual(ids((await hall.shops.list({ openAt: '2026-12-02T00:30:00+09:00' })).items), ['izakaya-tsuki']);
  });

  it('iterates shops across pages and returns one shop', async () => {
    const hall = clientFor(main);
    const all = await collect(hall.shops.iterate({ limit: 3 }));
    assert.deepEqual(ids(all), ['yaoya-asahi', 'izakaya-tsuki', 'cafe-hikari', 'biyoshitsu-hana']);
    assert.deepEqual(ids(await collect(hall.shops.iterate({ q: 'ｶﾌｪ', limit: 1 }))), ['cafe-hikari']);
    const shop = await hall.shops.get('cafe-hikari');
    assert.equal(shop.name.ja, 'カフェ ひかり');
    assert.deepEqual(shop.payments, ['cash', 'qr_code', 'credit_card']);
  });

  it('lists streets and venues and returns one street', async () => {
    const hall = clientFor(main);
    assert.deepEqual(ids(await hall.streets.list()), ['asahi', 'hikari']);
    const street = await hall.streets.get('hikari');
    assert.equal(street.name.ja, 'ひかり通り商店会');
    assert.equal(street.shopCount, 3);
    const venues = await hall.venues.list();
    assert.deepEqual(ids(venues), ['hall']);
    assert.equal(venues[0]?.rooms[0]?.capacity, 40);
  });
});

describe('consultations and programmes', () => {
  it('lists services, one service, advisors (by service too) and the free slots of a week', async () => {
    const hall = clientFor(main);
    assert.deepEqual(ids(await hall.consultations.services()), ['startup', 'subsidy-clinic']);
    assert.equal((await hall.consultations.service('subsidy-clinic')).capacityPerSlot, 3);
    assert.deepEqual(ids(await hall.consultations.advisors()), ['sato', 'suzuki']);
    assert.deepEqual(ids(await hall.consultations.advisors({ serviceId: 'startup' })), ['sato']);
    const slots = await hall.consultations.slots({ serviceId: 'startup', from: '2026-12-01', to: '2026-12-07' });
    assert.deepEqual(
      slots.map((s) => [s.id, s.start, s.remaining]),
      [
        ['startup.sato.20261202T1000', '2026-12-02T10:00:00+09:00', 1],
        ['startup.sato.20261202T1100', '2026-12-02T11:00:00+09:00', 1],
        ['startup.sato.20261202T1200', '2026-12-02T12:00:00+09:00', 1],
      ],
    );
    assert.deepEqual(slots[0]?.channels, ['in_person', 'online']);
  });

  it('books a slot, shows the booking to the manage token and cancels it, freeing the place', async () => {
    const hall = clientFor(main);
    const slotId = 'startup.sato.20261216T1000';
    assert.equal((await slotNow(hall, slotId))?.remaining, 1);
    const input = bookingInput(slotId, { channel: 'online' });
    const created = await hall.consultations.book(input);
    assert.match(created.reference, /^PH-[0-9A-HJKMNP-TV-Z]{8}$/);
    assert.equal(created.status, 'confirmed');
    assert.equal(created.channel, 'online');
    assert.equal(created.slot.start, '2026-12-16T10:00:00+09:00');
    assert.equal(created.applicant.email, input.applicant.email);
    assert.equal((await slotNow(hall, slotId))?.remaining, 0);

    const shown = await hall.consultations.get(created.reference, { token: created.manageToken });
    const { manageToken: _token, ...withoutToken } = created;
    assert.deepEqual(shown, withoutToken);
    await failure(() => hall.consultations.get(created.reference, { token: 'A'.repeat(43) }), isHallNotFoundError, 'wrong token');

    const cancelled = await hall.consultations.cancel(created.reference, { token: created.manageToken });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelledAt, '2026-12-01T09:00:00+09:00');
    assert.equal((await hall.consultations.get(created.reference, { token: created.manageToken })).status, 'cancelled');
    assert.equal((await slotNow(hall, slotId))?.remaining, 1, 'the place is free again');
  });

  it('lists programmes by eligibility facts and returns one', async () => {
    const hall = clientFor(main);
    const cases: Array<[Parameters<HallClient['programs']['list']>[0], string[]]> = [
      [{}, ['ward-loan', 'metro-startup-grant', 'national-it']],
      [{ applicantType: 'sme' }, ['ward-loan', 'national-it']],
      [{ applicantType: 'prospective_founder' }, ['metro-startup-grant']],
      [{ employees: 301 }, ['metro-startup-grant']],
      [{ inWard: false }, ['metro-startup-grant', 'national-it']],
      [{ yearsSinceFounding: 6 }, ['ward-loan', 'national-it']],
      [{ level: ['ward', 'national'] }, ['ward-loan', 'national-it']],
      [{ kind: ['grant', 'subsidy'] }, ['metro-startup-grant', 'national-it']],
      [{ applicantType: 'sole_proprietor', inWard: false }, []],
    ];
    for (const [facts, expected] of cases) assert.deepEqual(ids(await hall.programs.list(facts)), expected, JSON.stringify(facts));
    const loan = await hall.programs.get('ward-loan');
    assert.equal(loan.loanTerms?.borrowerRatePercent, 0.4);
  });
});

describe('calendar', () => {
  it('gives the holidays (with their names) and closures of a range, only those days, in date order', async () => {
    const hall = clientFor(main);
    assert.deepEqual(await hall.calendar.days({ from: '2026-12-20', to: '2027-01-15' }), [
      { date: '2026-12-29', holiday: null, closed: 'year_end' },
      { date: '2026-12-30', holiday: null, closed: 'year_end' },
      { date: '2026-12-31', holiday: null, closed: 'year_end' },
      { date: '2027-01-01', holiday: { ja: '元日', en: "New Year's Day" }, closed: 'year_end' },
      { date: '2027-01-02', holiday: null, closed: 'year_end' },
      { date: '2027-01-03', holiday: null, closed: 'year_end' },
      { date: '2027-01-11', holiday: { ja: '成人の日', en: 'Coming of Age Day' }, closed: 'holiday' },
    ]);
    const november = await hall.calendar.days({ from: '2026-11-01', to: '2026-11-30' });
    assert.deepEqual(november.map((d) => [d.date, d.holiday?.ja, d.closed]), [
      ['2026-11-03', '文化の日', 'holiday'],
      ['2026-11-23', '勤労感謝の日', 'holiday'],
    ]);
    assert.deepEqual(await hall.calendar.days({ from: '2026-11-24', to: '2026-11-30' }), []);
  });

  it('refuses a backwards or too long range before any request, naming query.to as the server would', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const cases: Array<[string, () => Promise<unknown>, string, RegExp]> = [
      ['backwards', () => hall.calendar.days({ from: '2027-01-15', to: '2026-12-20' }), 'query.to', /not be before from/],
      ['500 days', () => hall.calendar.days({ from: '2026-01-01', to: '2027-05-15' }), 'query.to', /at most 400 days/],
      ['bad date', () => hall.calendar.days({ from: '2026-02-30', to: '2026-03-31' }), 'query.from', /./],
      ['to missing', () => hall.calendar.days({ from: '2026-12-01' } as { from: string; to: string }), 'query.to', /./],
    ];
    for (const [name, call, field, message] of cases) {
      const error = await failure(call, isHallInvalidInputError, name);
      assert.deepEqual(error.fieldErrors.map((f) => f.field), [field], name);
      assert.match(error.fieldErrors[0]?.message ?? '', message, name);
    }
    assert.equal(sent.length, 0, 'no request reached the wire');
    // The same rule, checked by the server with the same contract, names the same field.
    const raw = await (await globalThis.fetch(`${main.api}/calendar?from=2027-01-15&to=2026-12-20`)).json();
    assert.deepEqual((raw as { errors: Array<{ field: string }> }).errors.map((e) => e.field), ['query.to']);
  });

  it('shares identical reads and revalidates with the ETag (304)', async () => {
    const { fetch, sent } = recordingFetch();
    const statuses: number[] = [];
    const hall = clientFor(main, { fetch, hooks: { afterResponse: ({ status }) => void statuses.push(status) } });
    const range = { from: '2027-01-01', to: '2027-12-31' };
    const [a, b] = await Promise.all([hall.calendar.days(range), hall.calendar.days(range)]);
    assert.equal(sent.length, 1, 'one request for two callers');
    assert.equal(a, b);
    const again = await hall.calendar.days(range);
    assert.equal(sent.length, 2);
    assert.ok(sent[1]?.headers.get('if-none-match'), 'the second read revalidates');
    assert.deepEqual(statuses, [200, 304]);
    assert.equal(again, a, 'the kept value');
  });
});

describe('the demo data set', () => {
  it('reads a full demo set through the client: every shop once, valid events, services with slots, three levels of programmes', async () => {
    const hall = clientFor(demo);
    assert.ok((await hall.streets.list()).length >= 8);
    const first = await hall.shops.list({ limit: 1 });
    assert.ok(first.total >= 300, `${first.total} shops`);
    const shops = await collect(hall.shops.iterate({ limit: 100 }));
    assert.equal(shops.length, first.total);
    assert.equal(new Set(ids(shops)).size, shops.length, 'no shop twice');
    const events = await hall.events.list({ limit: 500 });
    assert.ok(events.items.length > 0);
    const starts = events.items.map((e) => Date.parse(e.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    const services = await hall.consultations.services();
    assert.ok(services.length >= 8);
    const slots = await hall.consultations.slots({ serviceId: services[0]!.id });
    assert.ok(slots.every((s) => s.serviceId === services[0]!.id));
    assert.deepEqual(new Set((await hall.programs.list()).map((p) => p.level)), new Set(['ward', 'metro', 'national']));
  });
});

describe('validation in Node', () => {
  it('Node gets the entry with compiled validation; it reads the demo set exactly as the interpreted validation of browsers does', async () => {
    // The `node` export condition (under `source` here, as in every test) picks src/node.ts.
    assert.match(import.meta.resolve('@promotion-hall/sdk'), /\/packages\/sdk\/src\/node\.ts$/);
    const { schemaCompilerInstalled } = await import('../src/schema-compiler.js');
    assert.equal(schemaCompilerInstalled(), true);
    const read = async (hall: HallClient) => ({
      events: await hall.events.list({ limit: 500 }),
      shops: await hall.shops.list({ limit: 200 }),
      slots: await hall.consultations.slots({ serviceId: (await hall.consultations.services())[0]!.id }),
      programs: await hall.programs.list(),
    });
    const compiled = await read(clientFor(demo));
    const interpreted = await read(clientFor(demo, { compileSchemas: false }));
    assert.ok(compiled.events.items.length > 0 && compiled.shops.items.length > 0 && compiled.slots.length > 0);
    assert.deepEqual(compiled, interpreted);
  });

  it('validates (interpreted) where Node forbids code generation: a valid answer is read, a bad one refused', async () => {
    // zod's compile then hands the schema back as it is (ADR 0013); run in a child process with the flag.
    const script = `
      import { createHallClient, isHallResponseShapeError } from '@promotion-hall/sdk';
      const event = ${JSON.stringify(fixtureData().events[0])};
      const answer = (url) => JSON.stringify({ items: [{ ...event, occurrenceId: event.id + '@2026-12-01', url }], nextCursor: null, total: 1 });
      const client = (url) => createHallClient({ baseUrl: 'http://hall.test/api/v1', fetch: async () => new Response(answer(url), { headers: { 'content-type': 'application/json' } }) });
      const page = await client('https://example.jp/e').events.list();
      let refused = false;
      try { await client('javascript:alert(1)').events.list(); } catch (error) { refused = isHallResponseShapeError(error); }
      console.log(JSON.stringify({ items: page.items.length, refused }));
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: fileURLToPath(new URL('.', import.meta.url)) },
    );
    assert.deepEqual(JSON.parse(stdout.trim().split('\n').at(-1)!), { items: 1, refused: true });
  });
});

// ── Typed errors from the real server ──────────────────────────────────────────
describe('typed errors', () => {
  it('an unknown shop is a HallNotFoundError naming the method and path', async () => {
    const hall = clientFor(main);
    const error = await failure(() => hall.shops.get('no-such-shop'), isHallNotFoundError, 'unknown shop');
    assert.ok(error instanceof HallNotFoundError);
    assert.ok(error instanceof HallError);
    assert.equal(error.status, 404);
    assert.equal(error.kind, 'not_found');
    assert.equal(error.method, 'GET');
    assert.equal(error.path, '/api/v1/shops/no-such-shop');
    assert.match(error.message, /^GET \/api\/v1\/shops\/no-such-shop: 404/);
    assert.equal(error.problem?.type, '/problems/not-found');
    assert.ok(isHallHttpError(error) && isHallError(error));
    await failure(() => hall.events.get('no-such-event'), isHallNotFoundError, 'unknown event');
    await failure(() => hall.programs.get('no-such-programme'), isHallNotFoundError, 'unknown programme');
    await failure(() => hall.consultations.slots({ serviceId: 'no-such-service' }), isHallNotFoundError, 'unknown service');
  });

  it('a slot already taken is a HallConflictError, sent once', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const slotId = 'startup.sato.20261223T1100';
    await hall.consultations.book(bookingInput(slotId));
    const before = sent.length;
    const error = await failure(() => hall.consultations.book(bookingInput(slotId)), isHallConflictError, 'second booking');
    assert.ok(error instanceof HallConflictError);
    assert.equal(error.status, 409);
    assert.deepEqual(error.fieldErrors.map((f) => [f.field, f.code]), [['body.slotId', 'slot_full']]);
    assert.equal(sent.length - before, 1, 'a 409 is not retried');
  });

  it('a booking rule broken is a HallUnprocessableError with fieldErrors, sent once', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const slotId = 'subsidy-clinic.suzuki.20261203T1430';
    const error = await failure(() => hall.consultations.book(bookingInput(slotId, { channel: 'online' })), isHallUnprocessableError, 'online at the clinic');
    assert.ok(error instanceof HallUnprocessableError);
    assert.equal(error.status, 422);
    assert.deepEqual(error.fieldErrors.map((f) => [f.field, f.code]), [['body.channel', 'channel_not_offered']]);
    assert.equal(sent.length, 1);
    const ineligible = await failure(
      () => hall.consultations.book(bookingInput(slotId, {}, { applicantType: 'prospective_founder' })),
      isHallUnprocessableError,
      'founder at the SME clinic',
    );
    assert.deepEqual(ineligible.fieldErrors.map((f) => f.field), ['body.applicant.applicantType']);
    assert.equal((await slotNow(hall, slotId))?.remaining, 3, 'nothing was booked');
  });

  it('bad arguments are a HallInvalidInputError (a rejected promise) before any request', async () => {
    let attempts = 0;
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch, hooks: { beforeRequest: () => void attempts++ } });
    const cases: Array<[string, () => Promise<unknown>, string]> = [
      ['limit 0', () => hall.events.list({ limit: 0 }), 'query.limit'],
      ['unknown category', () => hall.events.list({ category: ['party' as 'seminar'] }), 'query.category'],
      ['bad date', () => hall.events.list({ from: '2026-13-01' }), 'query.from'],
      ['shop id with spaces', () => hall.shops.get('Cafe Hikari'), 'path.id'],
      ['bad openAt', () => hall.shops.list({ openAt: '2026-12-01' }), 'query.openAt'],
      ['bad service id', () => hall.consultations.slots({ serviceId: 'NOT AN ID' }), 'query.serviceId'],
      ['negative employees', () => hall.programs.list({ employees: -1 }), 'query.employees'],
      ['bad reference', () => hall.consultations.get('PH-nope', { token: 'A'.repeat(43) }), 'path.reference'],
      ['bad token', () => hall.consultations.cancel('PH-00000000', { token: 'short' }), 'header.authorization'],
      ['bad e-mail', () => hall.consultations.book(bookingInput('startup.sato.20261202T1000', {}, { email: 'canarymail-not-an-address' })), 'body.applicant.email'],
      ['consent missing', () => hall.consultations.book(bookingInput('startup.sato.20261202T1000', { consents: { purposeOfUse: false as true, privacyNotice: true } })), 'body.consents.purposeOfUse'],
      ['no form token', () => hall.consultations.book({ ...bookingInput('startup.sato.20261202T1000'), formToken: undefined as unknown as string }), 'body.formToken'],
    ];
    for (const [name, call, field] of cases) {
      let promise: Promise<unknown> | undefined;
      assert.doesNotThrow(() => {
        promise = call();
      }, `${name}: a bad argument rejects the promise instead of throwing synchronously`);
      const error = await failure(() => promise!, isHallInvalidInputError, name);
      assert.ok(error instanceof HallInvalidInputError);
      assert.ok(error.fieldErrors.some((f) => f.field.startsWith(field)), `${name}: ${error.fieldErrors.map((f) => f.field).join(', ')}`);
    }
    assert.equal(sent.length, 0, 'no request reached the wire');
    assert.equal(attempts, 0);
    assert.throws(() => hall.events.icsUrl('Not An Id'), isHallInvalidInputError);
  });

  it('too many bookings is a HallRateLimitError with retryAfter, and book() does not retry a 429', async () => {
    let attempts = 0;
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(limited, { fetch, hooks: { beforeRequest: () => void attempts++ } });
    // Ten POSTs a minute are allowed; these break a booking rule so they book nothing.
    const slotId = 'subsidy-clinic.suzuki.20261217T1430';
    for (let i = 0; i < 10; i++) {
      await failure(() => hall.consultations.book(bookingInput(slotId, { channel: 'online', formToken: limitedToken })), isHallUnprocessableError, `attempt ${i + 1}`);
    }
    assert.equal(sent.length, 10);
    const started = Date.now();
    const error = await failure(() => hall.consultations.book(bookingInput(slotId, { formToken: limitedToken })), isHallRateLimitError, 'the 11th');
    assert.ok(error instanceof HallRateLimitError);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfter, 60, 'the window of the fixed clock ends in 60 s');
    assert.ok(Date.now() - started < 2_000, 'no waiting for Retry-After');
    await failure(() => hall.consultations.book(bookingInput(slotId, { formToken: limitedToken })), isHallRateLimitError, 'the 12th');
    assert.equal(sent.length, 12, 'exactly one request per call');
    assert.equal(attempts, 12);
    // Reads are not limited.
    assert.equal((await slotNow(hall, slotId))?.remaining, 3);
  });
});

// ── The form token (a minimum fill time) ───────────────────────────────────────
describe('form token', () => {
  it('formToken() asks the server every time: never shared, never revalidated', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const [a, b] = await Promise.all([hall.consultations.formToken(), hall.consultations.formToken()]);
    const c = await hall.consultations.formToken();
    assert.deepEqual({ ...a, token: '…' }, { token: '…', issuedAt: '2026-12-01T09:00:00+09:00', minFillSeconds: 0, expiresAt: '2026-12-01T11:00:00+09:00' });
    assert.equal(new Set([a.token, b.token, c.token]).size, 3, 'three tokens');
    assert.deepEqual(sent.map((s) => `${s.method} ${s.url.pathname}`), Array(3).fill('GET /api/v1/consultations/form-token'));
    assert.ok(sent.every((s) => !s.headers.has('if-none-match')));
  });

  it('a booking sent too soon is a HallUnprocessableError on body.formToken, sent once; with the same key a moment later it books', async () => {
    let now = FIXTURE_NOW;
    const timed = await startTestServer({ data: fixtureData(), now: () => now, config: { bookingRateLimitPerMinute: 0, minFillSeconds: 3 } });
    try {
      const { fetch, sent } = recordingFetch();
      const hall = clientFor(timed, { fetch });
      const form = await hall.consultations.formToken();
      assert.equal(form.minFillSeconds, 3);
      const input = bookingInput('startup.sato.20261202T1000', { formToken: form.token });
      const idempotencyKey = createIdempotencyKey();
      now = FIXTURE_NOW + 1_000;
      const tooFast = await failure(() => hall.consultations.book(input, { idempotencyKey }), isHallUnprocessableError, 'too fast');
      assert.equal(tooFast.problem?.type, '/problems/form-too-fast');
      assert.deepEqual(tooFast.fieldErrors.map((f) => [f.field, f.code]), [['body.formToken', 'too_fast']]);
      assert.equal(sent.filter((s) => s.method === 'POST').length, 1, 'a 422 is not retried');

      now = FIXTURE_NOW + 3_000;
      const created = await hall.consultations.book(input, { idempotencyKey });
      assert.equal(created.slot.id, 'startup.sato.20261202T1000');

      now = FIXTURE_NOW + 7_200_001;
      const expired = await failure(() => hall.consultations.book(bookingInput('subsidy-clinic.suzuki.20261210T1300', { formToken: form.token })), isHallUnprocessableError, 'expired');
      assert.equal(expired.problem?.type, '/problems/form-expired');
      assert.deepEqual(expired.fieldErrors.map((f) => [f.field, f.code]), [['body.formToken', 'expired']]);
    } finally {
      await timed.close();
    }
  });
});

// ── Idempotency ────────────────────────────────────────────────────────────────
describe('idempotency', () => {
  it('book() with the same key twice gives the same booking and takes one place', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const slotId = 'subsidy-clinic.suzuki.20261210T1300';
    assert.equal((await slotNow(hall, slotId))?.remaining, 3);
    const input = bookingInput(slotId);
    const idempotencyKey = createIdempotencyKey();
    const first = await hall.consultations.book(input, { idempotencyKey });
    const again = await hall.consultations.book(input, { idempotencyKey });
    assert.equal(again.reference, first.reference);
    assert.deepEqual(again, first);
    assert.equal((await slotNow(hall, slotId))?.remaining, 2, 'exactly one place taken');
    const posts = sent.filter((s) => s.method === 'POST');
    assert.deepEqual(posts.map((s) => s.headers.get('idempotency-key')), [idempotencyKey, idempotencyKey]);

    // Without a key, each call is a new booking with its own key.
    const other = await hall.consultations.book(bookingInput(slotId));
    assert.notEqual(other.reference, first.reference);
    const keys = sent.filter((s) => s.method === 'POST').map((s) => s.headers.get('idempotency-key'));
    assert.equal(new Set(keys).size, 2);
    assert.equal((await slotNow(hall, slotId))?.remaining, 1);
  });

  it('createIdempotencyKey() gives distinct 32-hex-digit keys', () => {
    const keys = Array.from({ length: 1000 }, () => createIdempotencyKey());
    for (const key of keys) assert.match(key, /^[0-9a-f]{32}$/);
    assert.equal(new Set(keys).size, keys.length);
  });
});

// ── Shared GETs and ETag revalidation ──────────────────────────────────────────
describe('de-duplication and ETag', () => {
  it('three identical concurrent reads are one request; a later read revalidates with If-None-Match (304) and gives the same data', async () => {
    const statuses: number[] = [];
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch, hooks: { afterResponse: ({ status }) => void statuses.push(status) } });
    const [a, b, c] = await Promise.all([hall.streets.list(), hall.streets.list(), hall.streets.list()]);
    assert.equal(sent.length, 1, 'one request on the wire');
    assert.deepEqual(ids(a), ['asahi', 'hikari']);
    assert.deepEqual(b, a);
    assert.deepEqual(c, a);
    assert.equal(sent[0]?.headers.get('if-none-match'), null);
    assert.deepEqual(statuses, [200]);

    const later = await hall.streets.list();
    assert.equal(sent.length, 2);
    assert.match(sent[1]?.headers.get('if-none-match') ?? '', /^(W\/)?".+"$/);
    assert.deepEqual(statuses, [200, 304]);
    assert.deepEqual(later, a);
  });

  it('keeps no answer read with { keep: false }: the next read downloads it again, and concurrent reads are still one', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const [a, b] = await Promise.all([hall.streets.list({ keep: false }), hall.streets.list({ keep: false })]);
    assert.equal(sent.length, 1, 'shared while in flight');
    assert.deepEqual(b, a);
    const again = await hall.streets.list();
    assert.equal(sent.length, 2);
    assert.equal(sent[1]?.headers.get('if-none-match'), null, 'nothing kept to revalidate');
    assert.deepEqual(again, a);
    // A kept answer is still used by a { keep: false } read (a 304), and not dropped by it.
    await hall.streets.list({ keep: false });
    assert.match(sent[2]?.headers.get('if-none-match') ?? '', /^(W\/)?".+"$/);
  });

  it('gives what it keeps without a request (events.kept, calendar.keptDays): every page or nothing, the same objects a 304 then gives', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const range = { from: '2026-12-01', to: '2027-01-31' } as const;
    const query = { ...range, limit: 2 };
    assert.equal(hall.events.kept(query), undefined, 'nothing read yet');
    assert.equal(hall.calendar.keptDays(range), undefined);

    const read = await collect(hall.events.iterate(query));
    const days = await hall.calendar.days(range);
    const wire = sent.length;
    assert.ok(read.length > 4, 'several pages of 2');
    const kept = hall.events.kept(query);
    assert.deepEqual(occ(kept ?? []), occ(read), 'every page, in order');
    assert.ok(kept?.every((o, i) => o === read[i]), 'the very objects read');
    assert.equal(hall.calendar.keptDays(range), days);
    assert.equal(sent.length, wire, 'no request');

    // Another query, another language or a page never read: nothing kept.
    assert.equal(hall.events.kept({ ...range, limit: 3 }), undefined);
    assert.equal(hall.events.kept({ ...query, category: ['seminar'] }), undefined);
    assert.equal(clientFor(main, { fetch, locale: 'en' }).events.kept(query), undefined);
    const partly = clientFor(main, { fetch });
    await partly.events.list(query);
    assert.equal(partly.events.kept(query), undefined, 'the first page alone is not the whole range');

    // Revalidated: 304s give back the same objects, so a caller can tell nothing changed.
    const again = await collect(hall.events.iterate(query));
    assert.ok(again.every((o, i) => o === kept?.[i]));
    // Bad arguments fail as every read's do, before anything is looked up.
    assert.throws(() => hall.calendar.keptDays({ from: '2027-01-15', to: '2026-12-20' }), isHallInvalidInputError);
    assert.throws(() => hall.events.kept({ from: 'tomorrow' }), isHallInvalidInputError);
  });

  it('does not merge reads of different queries or locales', async () => {
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch });
    const [food, restaurants] = await Promise.all([hall.shops.list({ category: ['food'] }), hall.shops.list({ category: ['restaurant'] })]);
    assert.equal(sent.length, 2);
    assert.deepEqual(ids(food.items), ['yaoya-asahi']);
    assert.deepEqual(ids(restaurants.items), ['izakaya-tsuki', 'cafe-hikari']);
    // Revalidated one by one, each keeps its own answer.
    assert.deepEqual(ids((await hall.shops.list({ category: ['restaurant'] })).items), ['izakaya-tsuki', 'cafe-hikari']);
    assert.deepEqual(ids((await hall.shops.list({ category: ['food'] })).items), ['yaoya-asahi']);

    const wire = recordingFetch();
    const ja = clientFor(main, { fetch: wire.fetch, locale: 'ja' });
    const en = clientFor(main, { fetch: wire.fetch, locale: 'en' });
    const [inJa, inEn] = await Promise.all([ja.venues.list(), en.venues.list()]);
    assert.deepEqual(wire.sent.map((s) => s.headers.get('accept-language')).sort(), ['en', 'ja']);
    assert.deepEqual(ids(inJa), ids(inEn));
  });
});

// ── Cancellation ───────────────────────────────────────────────────────────────
/** A loopback server that answers `body` after `delayMs`, counting what reaches it. */
async function slowServer(delayMs: number, body: unknown) {
  const hits: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    const timer = setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    }, delayMs);
    res.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api/v1`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cancellation', () => {
  it('a signal aborted before the call rejects at once with its reason and sends nothing', async () => {
    let attempts = 0;
    const { fetch, sent } = recordingFetch();
    const hall = clientFor(main, { fetch, hooks: { beforeRequest: () => void attempts++ } });
    const reason = new Error('the user left the page');
    const controller = new AbortController();
    controller.abort(reason);
    const { signal } = controller;
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['events.list', () => hall.events.list({}, { signal })],
      ['shops.get', () => hall.shops.get('cafe-hikari', { signal })],
      ['streets.list', () => hall.streets.list({ signal })],
      ['slots', () => hall.consultations.slots({ serviceId: 'startup' }, { signal })],
      ['book', () => hall.consultations.book(bookingInput('startup.sato.20261202T1000'), { signal })],
      ['get booking', () => hall.consultations.get('PH-00000000', { token: 'A'.repeat(43), signal })],
    ];
    for (const [name, call] of calls) {
      await assert.rejects(call, (error) => error === reason, name);
    }
    await sleep(50);
    assert.equal(sent.length, 0, `nothing sent, got ${sent.map((s) => s.url.pathname).join(', ')}`);
    assert.equal(attempts, 0);
  });

  it('a signal aborted during a slow request rejects with its reason, and nothing more is sent', async () => {
    const slow = await slowServer(5_000, { items: [] });
    try {
      const hall = clientFor(slow, { retry: { limit: 2 } });
      for (const [name, call] of [
        ['a read', (signal: AbortSignal) => hall.streets.list({ signal })],
        ['a booking', (signal: AbortSignal) => hall.consultations.book(bookingInput('startup.sato.20261202T1000'), { signal })],
      ] as const) {
        const before = slow.hits.length;
        const controller = new AbortController();
        const reason = new Error(`stop ${name}`);
        const started = Date.now();
        const pending = call(controller.signal);
        await sleep(100);
        controller.abort(reason);
        await assert.rejects(pending, (error) => error === reason, name);
        assert.ok(Date.now() - started < 1_000, `${name}: rejected promptly`);
        await sleep(300);
        assert.equal(slow.hits.length - before, 1, `${name}: one request, no retry after the abort`);
      }
    } finally {
      await slow.close();
    }
  });

  it('one caller of a shared read giving up does not fail the others', async () => {
    const answer = { items: (await clientFor(main).streets.list()).map((s) => ({ ...s })) };
    const slow = await slowServer(300, answer);
    try {
      const hall = clientFor(slow);
      const leaving = new AbortController();
      const staying = new AbortController();
      const reason = new Error('this widget was removed');
      const a = hall.streets.list({ signal: leaving.signal });
      const b = hall.streets.list();
      const c = hall.streets.list({ signal: staying.signal });
      await sleep(50);
      leaving.abort(reason);
      await assert.rejects(a, (error) => error === reason);
      const [fromB, fromC] = await Promise.all([b, c]);
      assert.deepEqual(ids(fromB), ['asahi', 'hikari']);
      assert.deepEqual(fromC, fromB);
      assert.equal(slow.hits.length, 1, 'still one shared request');

      // When every caller gives up, the shared request is cancelled and the next caller starts afresh.
      const x = new AbortController();
      const y = new AbortController();
      const p = hall.streets.list({ signal: x.signal });
      const q = hall.streets.list({ signal: y.signal });
      await sleep(50);
      x.abort(reason);
      y.abort(reason);
      await assert.rejects(p, (error) => error === reason);
      await assert.rejects(q, (error) => error === reason);
      assert.equal(slow.hits.length, 2);
      assert.deepEqual(ids(await hall.streets.list()), ['asahi', 'hikari']);
      assert.equal(slow.hits.length, 3);
    } finally {
      await slow.close();
    }
  });
});

// ── Two copies of the SDK ──────────────────────────────────────────────────────
describe('cross-copy guards', () => {
  it('recognises errors made by another copy of the SDK, and nothing without the brand', async () => {
    // The same module loaded again under another URL is a second copy: other classes, same brand.
    const specifier = '../src/errors.ts?copy=2';
    const other = (await import(specifier)) as typeof import('../src/errors.js');
    assert.notEqual(other.HallError, HallError, 'really another copy');
    const request = { method: 'GET', path: '/api/v1/shops/x' };
    const foreign = other.createHttpError(request, 409, undefined);
    assert.equal(foreign instanceof HallError, false, 'instanceof cannot see across copies');
    assert.ok(isHallError(foreign));
    assert.ok(isHallHttpError(foreign));
    assert.ok(isHallConflictError(foreign));
    assert.equal(isHallNotFoundError(foreign), false);
    assert.ok(isHallRateLimitError(other.createHttpError(request, 429, undefined, 5)));
    assert.ok(isHallResponseShapeError(new other.HallResponseShapeError(request, 200, 'schema')));
    // And the other way round: the other copy's guards recognise this copy's errors.
    const mine = await failure(() => clientFor(main).shops.get('no-such-shop'), isHallNotFoundError, 'unknown shop');
    assert.ok(other.isHallNotFoundError(mine));

    // Look-alikes are not HallErrors.
    assert.equal(isHallError(new Error('GET /x: 404')), false);
    assert.equal(isHallError({ name: 'HallNotFoundError', kind: 'not_found', method: 'GET', path: '/x', status: 404, message: 'x' }), false);
    const wrongSymbol = Object.assign(new Error('x'), { kind: 'not_found', [Symbol('promotion-hall.sdk.error')]: true });
    assert.equal(isHallError(wrongSymbol), false);
    const stringKey = Object.assign(new Error('x'), { kind: 'not_found', 'promotion-hall.sdk.error': true });
    assert.equal(isHallError(stringKey), false);
    for (const value of [null, undefined, 'HallError', 404, Symbol.for('promotion-hall.sdk.error')]) assert.equal(isHallError(value), false);
    // What a copy built elsewhere (another bundle) carries: the registered brand.
    const branded = Object.assign(new Error('GET /x: 404'), { kind: 'not_found', [Symbol.for('promotion-hall.sdk.error')]: true });
    assert.ok(isHallError(branded));
    assert.ok(isHallNotFoundError(branded));
  });
});

// ── A newer server ─────────────────────────────────────────────────────────────
describe('tolerance of a newer server', () => {
  /** A client whose fetch answers every request with `body` as JSON, and records what it tolerated. */
  function stubbed(body: unknown) {
    const tolerated: Array<Parameters<NonNullable<HallHooks['onTolerated']>>[0]> = [];
    const fetch: typeof globalThis.fetch = async () =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    const hall = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 }, hooks: { onTolerated: (info) => void tolerated.push(info) } });
    return { hall, tolerated };
  }

  /** The real server's JSON for a path of the fixtures. */
  async function real(path: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${main.api}/${path}`);
    assert.equal(res.status, 200);
    return (await res.json()) as Record<string, unknown>;
  }

  it('drops extra unknown fields and succeeds', async () => {
    const shop = await real('shops/cafe-hikari');
    const expected = await clientFor(main).shops.get('cafe-hikari');
    const newer = { ...shop, rating: 4.5, address: { ...(shop.address as object), floorGuide: { ja: '1階' } }, hours: { ...(shop.hours as object), lastOrder: '18:30' } };
    const { hall, tolerated } = stubbed(newer);
    const got = await hall.shops.get('cafe-hikari');
    assert.deepEqual(got, expected);
    assert.equal('rating' in got, false);
    assert.equal('floorGuide' in got.address, false);
    assert.deepEqual(tolerated, [], 'extra fields are not worth a report');

    const page = await real('shops?limit=2');
    const { hall: pages } = stubbed({ ...page, facets: { category: {} }, items: (page.items as object[]).map((s) => ({ ...s, badge: 'new' })) });
    const got2 = await pages.shops.list({ limit: 2 });
    assert.deepEqual(Object.keys(got2).sort(), ['items', 'nextCursor', 'total']);
    assert.deepEqual(got2.items, (await clientFor(main).shops.list({ limit: 2 })).items);
  });

  it('removes an unknown payment method and reports it with the path', async () => {
    const shop = await real('shops/cafe-hikari');
    const { hall, tolerated } = stubbed({ ...shop, payments: ['cash', 'crypto_coin', 'qr_code', 'credit_card', 'face_pay'] });
    const got = await hall.shops.get('cafe-hikari');
    assert.deepEqual(got.payments, ['cash', 'qr_code', 'credit_card']);
    assert.equal(tolerated.length, 1);
    assert.equal(tolerated[0]?.method, 'GET');
    assert.equal(tolerated[0]?.path, '/api/v1/shops/cafe-hikari');
    assert.deepEqual([...(tolerated[0]?.dropped ?? [])].map((p) => [...p]).sort(), [
      ['payments', 1],
      ['payments', 4],
    ]);

    // Inside a page: only the payment goes, the shop stays.
    const page = await real('shops');
    const items = (page.items as Array<Record<string, unknown>>).map((s) => (s.id === 'izakaya-tsuki' ? { ...s, payments: ['point_card', 'e_money'] } : s));
    const paged = stubbed({ ...page, items });
    const list = await paged.hall.shops.list();
    assert.deepEqual(ids(list.items), ['yaoya-asahi', 'izakaya-tsuki', 'cafe-hikari', 'biyoshitsu-hana']);
    assert.deepEqual(list.items[1]?.payments, ['e_money']);
    assert.deepEqual(paged.tolerated[0]?.dropped, [['items', 1, 'payments', 0]]);
  });

  it('leaves an event of an unknown category out of the page', async () => {
    const page = await real('events');
    const items = (page.items as Array<Record<string, unknown>>).map((e) => (e.occurrenceId === 'dx-course@2026-12-10' ? { ...e, category: 'hackathon' } : e));
    const { hall, tolerated } = stubbed({ ...page, items });
    const got = await hall.events.list();
    assert.deepEqual(occ(got.items), ['startup-seminar@2026-12-05', 'hachi-no-hi@2026-12-08', 'tori-no-ichi@2026-12-12', 'dx-course@2026-12-17', 'hachi-no-hi@2026-12-18']);
    assert.deepEqual(tolerated.map((t) => [t.path, t.dropped]), [['/api/v1/events', [['items', 2]]]]);
    // One event of an unknown category on its own cannot be shown: an error, not a half-typed event.
    const event = await real('events/dx-course');
    const single = stubbed({ ...event, category: 'hackathon' });
    const error = await failure(() => single.hall.events.get('dx-course'), isHallResponseShapeError, 'unknown category alone');
    assert.deepEqual(error.issues.map((i) => i.path), [['category']]);
  });

  it('leaves a calendar day with an unknown closure reason out of the list', async () => {
    const answer = await real('calendar?from=2026-12-20&to=2027-01-15');
    const items = (answer.items as Array<Record<string, unknown>>).map((d) => (d.date === '2027-01-11' ? { ...d, closed: 'maintenance' } : d));
    const { hall, tolerated } = stubbed({ ...answer, items });
    const got = await hall.calendar.days({ from: '2026-12-20', to: '2027-01-15' });
    assert.deepEqual(
      got.map((d) => d.date),
      ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'],
    );
    assert.deepEqual(tolerated.map((t) => [t.path, t.dropped]), [['/api/v1/calendar', [['items', 6]]]]);
  });

  it('a required field missing is a HallResponseShapeError with the issues; nothing half-typed is returned', async () => {
    const shop = await real('shops/cafe-hikari');
    const { name: _name, ...nameless } = shop;
    const cases: Array<[string, unknown, ReadonlyArray<string | number>]> = [
      ['no name', nameless, ['name']],
      ['no name, unknown payment too', { ...nameless, payments: ['cash', 'crypto_coin'] }, ['name']],
      ['only unknown payments', { ...shop, payments: ['crypto_coin'] }, ['payments']],
      ['a number for a string', { ...shop, phone: 312345678 }, ['phone']],
      ['a javascript: link', { ...shop, url: 'javascript:alert(1)' }, ['url']],
    ];
    for (const [name, body, path] of cases) {
      const { hall } = stubbed(body);
      const error = await failure(() => hall.shops.get('cafe-hikari'), isHallResponseShapeError, name);
      assert.ok(error instanceof HallResponseShapeError);
      assert.equal(error.reason, 'schema', name);
      assert.equal(error.status, 200);
      assert.ok(error.issues.length > 0);
      assert.ok(error.issues.some((i) => JSON.stringify(i.path) === JSON.stringify(path)), `${name}: ${JSON.stringify(error.issues)}`);
      assert.match(error.message, /^GET \/api\/v1\/shops\/cafe-hikari: /);
    }
    const page = await real('events');
    const items = page.items as Array<Record<string, unknown>>;
    const broken = stubbed({ ...page, items: items.map((e, i) => (i === 3 ? { ...e, start: 'soon' } : e)) });
    const error = await failure(() => broken.hall.events.list(), isHallResponseShapeError, 'a bad start in a page');
    assert.ok(error.issues.some((i) => i.path[0] === 'items' && i.path[1] === 3));
    const noTotal = stubbed({ items, nextCursor: null });
    await failure(() => noTotal.hall.events.list(), isHallResponseShapeError, 'a page without total');
  });
});

// ── Personal data ──────────────────────────────────────────────────────────────
describe('personal data', () => {
  it('no error message seen in these tests carries the applicant’s name, e-mail or phone', () => {
    assert.ok(seenErrors.length >= 20, `${seenErrors.length} errors seen (this check needs the whole file to run)`);
    const canaries = [/canary/i, /花子/, /かなりあ/, /カナリア/, /7777/, /3131/];
    for (const error of seenErrors) {
      assert.ok(error instanceof Error);
      const texts = [error.message, String(error), ...('fieldErrors' in error ? [JSON.stringify(error.fieldErrors)] : [])];
      for (const text of texts) for (const canary of canaries) assert.doesNotMatch(text, canary, `${error.name}: ${text}`);
    }
  });
});
