/**
 * The read API against the real server on a loopback port: the fixture data set
 * (known answers, clock at FIXTURE_NOW) and, for a few checks, the demo data set.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Advisor,
  ConsultationService,
  EventOccurrence,
  HallEvent,
  listOf,
  pageOf,
  Problem,
  Shop,
  ShoppingStreet,
  Slot,
  SupportProgram,
  Venue,
  type z,
  type Page,
} from '@promotion-hall/sdk/schemas';
import { readingSortKey } from '@promotion-hall/sdk/normalize';
import { capFeed } from '../src/routes/events.js';
import { FIXTURE_NOW, event, fixtureData } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const EventPage = pageOf(EventOccurrence);
const ShopPage = pageOf(Shop);

let fixtures: TestServer;
let demo: TestServer;
let clock = FIXTURE_NOW;
/** Every Set-Cookie header any answer carried (there must be none). */
const cookies: string[] = [];

before(async () => {
  [fixtures, demo] = await Promise.all([
    startTestServer({ data: fixtureData(), now: () => clock }),
    startTestServer(),
  ]);
});

after(async () => {
  await Promise.all([fixtures?.close(), demo?.close()]);
});

async function call(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, init);
  const cookie = res.headers.get('set-cookie');
  if (cookie !== null) cookies.push(`${init.method ?? 'GET'} ${url}: ${cookie}`);
  return res;
}

/** GET on the fixtures' API; asserts 200 JSON and parses the body with the contract's schema. */
async function getJson<S extends z.ZodMiniType>(path: string, schema: S, server: TestServer = fixtures): Promise<z.infer<S>> {
  const res = await call(`${server.api}${path}`);
  const text = await res.text();
  assert.equal(res.status, 200, `GET ${path} → ${res.status} ${text}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return schema.parse(JSON.parse(text));
}

/** GET that must fail: asserts the status and problem+json, returns the parsed problem. */
async function getProblem(path: string, status: number, server: TestServer = fixtures): Promise<Problem> {
  const res = await call(`${server.api}${path}`);
  assert.equal(res.status, status, `GET ${path} → ${res.status}`);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const problem = Problem.parse(await res.json());
  assert.equal(problem.status, status);
  return problem;
}

const fields = (problem: Problem) => (problem.errors ?? []).map((e) => e.field);
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id);
const occ = (items: ReadonlyArray<{ occurrenceId: string }>) => items.map((i) => i.occurrenceId);

/** Walks a paginated list to its end, returning every item and the number of pages. */
async function allPages<T>(path: string, schema: z.ZodMiniType<Page<T>>, server: TestServer = fixtures) {
  const items: T[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page: Page<T> = await getJson(cursor === null ? path : `${path}${sep}cursor=${encodeURIComponent(cursor)}`, schema, server);
    items.push(...page.items);
    totals.add(page.total);
    cursor = page.nextCursor;
    pages++;
    assert.ok(pages < 1000, 'the cursor chain must end');
  } while (cursor !== null);
  assert.equal(totals.size, 1, 'every page reports the same total');
  return { items, pages, total: [...totals][0] };
}

describe('GET /events', () => {
  it('lists the occurrences of the next 31 days from today (Japan time) by default, in start order', async () => {
    const page = await getJson('/events', EventPage);
    assert.deepEqual(occ(page.items), [
      'startup-seminar@2026-12-05',
      'hachi-no-hi@2026-12-08',
      'dx-course@2026-12-10',
      'tori-no-ichi@2026-12-12',
      'dx-course@2026-12-17',
      'hachi-no-hi@2026-12-18',
    ]);
    assert.equal(page.total, 6);
    assert.equal(page.nextCursor, null);
    const starts = page.items.map((e) => Date.parse(e.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('expands 8の日 (8th/18th, the 28th removed by EXDATE) and 酉の市 (RDATE) with exact times', async () => {
    const page = await getJson('/events?from=2026-12-01&to=2026-12-31&streetId=hikari', EventPage);
    assert.deepEqual(
      page.items.map((e) => [e.occurrenceId, e.start, e.end]),
      [
        ['hachi-no-hi@2026-12-08', '2026-12-08T10:00:00+09:00', '2026-12-08T18:00:00+09:00'],
        ['hachi-no-hi@2026-12-18', '2026-12-18T10:00:00+09:00', '2026-12-18T18:00:00+09:00'],
      ],
    );
    const tori = await getJson('/events?from=2026-11-01&to=2026-12-31&streetId=asahi', EventPage);
    assert.deepEqual(
      tori.items.map((e) => [e.occurrenceId, e.start, e.end]),
      [
        ['tori-no-ichi@2026-11-30', '2026-11-30T09:00:00+09:00', '2026-11-30T21:00:00+09:00'],
        ['tori-no-ichi@2026-12-12', '2026-12-12T09:00:00+09:00', '2026-12-12T21:00:00+09:00'],
      ],
    );
  });

  it('stops 8の日 after COUNT=9 (the EXDATE still counts)', async () => {
    const page = await getJson('/events?from=2026-12-01&to=2027-06-30&streetId=hikari', EventPage);
    assert.deepEqual(occ(page.items), [
      'hachi-no-hi@2026-12-08',
      'hachi-no-hi@2026-12-18',
      'hachi-no-hi@2027-01-08',
      'hachi-no-hi@2027-01-18',
      'hachi-no-hi@2027-01-28',
      'hachi-no-hi@2027-02-08',
      'hachi-no-hi@2027-02-18',
      'hachi-no-hi@2027-02-28',
    ]);
  });

  it('lists a course on each of its session days, with that session’s times, and only the sessions in range', async () => {
    const page = await getJson('/events?from=2026-12-11&to=2027-01-31&category=course', EventPage);
    assert.deepEqual(
      page.items.map((e) => [e.occurrenceId, e.start, e.end, e.sessions.length]),
      [
        ['dx-course@2026-12-17', '2026-12-17T18:30:00+09:00', '2026-12-17T20:30:00+09:00', 3],
        ['dx-course@2027-01-14', '2027-01-14T18:30:00+09:00', '2027-01-14T20:30:00+09:00', 3],
      ],
    );
    // A month with only a later session finds the course (its row spans all its sessions).
    const jan = await getJson('/events?from=2027-01-14&to=2027-01-14', EventPage);
    assert.deepEqual(occ(jan.items), ['dx-course@2027-01-14']);
    const after = await getJson('/events?from=2027-01-15&to=2027-02-28&category=course', EventPage);
    assert.equal(after.total, 0);
  });

  it('honours from/to as Tokyo dates, both inclusive', async () => {
    const jan = await getJson('/events?from=2027-01-01&to=2027-01-31', EventPage);
    assert.deepEqual(occ(jan.items), ['hachi-no-hi@2027-01-08', 'dx-course@2027-01-14', 'hachi-no-hi@2027-01-18', 'bussan-fair@2027-01-20', 'hachi-no-hi@2027-01-28']);
    const oneDay = await getJson('/events?from=2026-12-05&to=2026-12-05', EventPage);
    assert.deepEqual(occ(oneDay.items), ['startup-seminar@2026-12-05']);
    const fair = jan.items.find((e) => e.id === 'bussan-fair');
    assert.equal(fair?.allDay, true);
  });

  it('lists an event lasting no time on its day, also when it starts at the first instant of the range', async () => {
    const data = fixtureData();
    // A notice of a day (a deadline, say) stored as a moment: start and end at midnight on 1 December.
    data.events.push(event({ id: 'deadline', title: { ja: '補助金 申請締切' }, category: 'briefing', start: '2026-12-01T00:00:00+09:00', end: '2026-12-01T00:00:00+09:00' }));
    const server = await startTestServer({ data, now: () => clock });
    try {
      for (const [from, to] of [['2026-12-01', '2026-12-01'], ['2026-12-01', '2026-12-31'], ['2026-11-29', '2027-01-02']]) {
        const page = await getJson(`/events?from=${from}&to=${to}`, EventPage, server);
        assert.ok(ids(page.items).includes('deadline'), `${from}..${to}: ${ids(page.items).join(', ')}`);
      }
      const before = await getJson('/events?from=2026-11-30&to=2026-11-30', EventPage, server);
      assert.ok(!ids(before.items).includes('deadline'), 'not on the day before');
    } finally {
      await server.close();
    }
  });

  it('filters by a comma list of categories and by street, with or without the hall’s own events', async () => {
    const page = await getJson('/events?from=2026-12-01&to=2027-01-31&category=seminar,course,fair', EventPage);
    assert.deepEqual(occ(page.items), ['startup-seminar@2026-12-05', 'dx-course@2026-12-10', 'dx-course@2026-12-17', 'dx-course@2027-01-14', 'bussan-fair@2027-01-20']);
    const street = await getJson('/events?from=2026-12-01&to=2026-12-31&category=street_event', EventPage);
    assert.deepEqual(new Set(ids(street.items)), new Set(['hachi-no-hi', 'tori-no-ichi']));
    // A street's site: its own events and the hall's (no street), never another street's.
    const site = await getJson('/events?from=2026-12-01&to=2026-12-31&streetId=hikari&includeHall=true', EventPage);
    assert.deepEqual(occ(site.items), ['startup-seminar@2026-12-05', 'hachi-no-hi@2026-12-08', 'dx-course@2026-12-10', 'dx-course@2026-12-17', 'hachi-no-hi@2026-12-18']);
    assert.deepEqual(fields(await getProblem('/events?streetId=hikari&includeHall=yes', 400)), ['query.includeHall']);
    // A street the hall does not have is a 400, not the hall's events alone (a typo an association would never see).
    for (const path of ['/events?streetId=nowhere&includeHall=true', '/events?streetId=nowhere', '/events.ics?streetId=nowhere']) {
      const problem = await getProblem(path, 400);
      assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]), [['query.streetId', 'unknown_street']], path);
    }
    // includeHall=false is the street alone; without streetId it changes nothing.
    const alone = await getJson('/events?from=2026-12-01&to=2026-12-31&streetId=hikari&includeHall=false', EventPage);
    assert.deepEqual(occ(alone.items), ['hachi-no-hi@2026-12-08', 'hachi-no-hi@2026-12-18']);
    const every = await getJson('/events?from=2026-12-01&to=2026-12-31', EventPage);
    assert.deepEqual(occ((await getJson('/events?from=2026-12-01&to=2026-12-31&includeHall=true', EventPage)).items), occ(every.items));
    const none = await getJson('/events?category=networking', EventPage);
    assert.deepEqual(none, { items: [], nextCursor: null, total: 0 });
  });

  it('finds events by their kana reading and folds hiragana, half-width katakana and long vowels', async () => {
    for (const q of ['そうぎょう', 'ｾﾐﾅｰ', 'セミナ', '創業セミナー']) {
      const page = await getJson(`/events?q=${encodeURIComponent(q)}`, EventPage);
      assert.deepEqual(ids(page.items), ['startup-seminar'], `q=${q}`);
    }
    // Each session of a course is a listing of its own: its title finds it, and only it; the course's title finds them all.
    const session = await getJson(`/events?from=2026-12-01&to=2027-01-31&q=${encodeURIComponent('でーたかつよう')}`, EventPage);
    assert.deepEqual(occ(session.items), ['dx-course@2027-01-14']);
    const course = await getJson(`/events?from=2026-12-01&to=2027-01-31&q=${encodeURIComponent('DX講座')}`, EventPage);
    assert.deepEqual(occ(course.items), ['dx-course@2026-12-10', 'dx-course@2026-12-17', 'dx-course@2027-01-14']);
    const dx = await getJson(`/events?q=${encodeURIComponent('ＤＸ')}`, EventPage);
    assert.deepEqual(occ(dx.items), ['dx-course@2026-12-10', 'dx-course@2026-12-17']);
    const both = await getJson(`/events?q=${encodeURIComponent('はち　せーる')}`, EventPage);
    assert.deepEqual(occ(both.items), ['hachi-no-hi@2026-12-08', 'hachi-no-hi@2026-12-18']);
    const nothing = await getJson(`/events?q=${encodeURIComponent('存在しない')}`, EventPage);
    assert.equal(nothing.total, 0);
  });

  it('pages with limit and nextCursor: the chain covers every occurrence once, with the right total', async () => {
    const first = await getJson('/events?limit=2', EventPage);
    assert.equal(first.items.length, 2);
    assert.equal(first.total, 6);
    assert.notEqual(first.nextCursor, null);
    const { items, pages, total } = await allPages<EventOccurrence>('/events?limit=2', EventPage);
    assert.equal(pages, 3);
    assert.equal(total, 6);
    assert.deepEqual(occ(items), occ((await getJson('/events', EventPage)).items));
  });

  it('answers bad input with 400 problem+json naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['/events?limit=0', 'query.limit'],
      ['/events?limit=501', 'query.limit'],
      ['/events?limit=ten', 'query.limit'],
      ['/events?from=2026-13-01', 'query.from'],
      ['/events?from=tomorrow', 'query.from'],
      ['/events?category=party', 'query.category'],
      ['/events?limit=1&limit=2', 'query.limit'],
      ['/events?from=2026-12-10&to=2026-12-01', 'query.to'],
      ['/events?from=2026-12-01&to=2027-12-02', 'query.to'],
      ['/events?cursor=not-a-cursor', 'query.cursor'],
      [`/events?cursor=${Buffer.from('{"o":-5}').toString('base64url')}`, 'query.cursor'],
      ['/events?streetId=Not%20An%20Id', 'query.streetId'],
    ];
    for (const [path, field] of cases) {
      const problem = await getProblem(path, 400);
      assert.equal(problem.type, '/problems/validation', path);
      assert.ok(
        fields(problem).some((f) => f === field || f.startsWith(`${field}.`)),
        `${path} should name ${field}, named ${fields(problem).join(', ')}`,
      );
    }
    const duplicate = await getProblem('/events?limit=1&limit=2', 400);
    assert.equal(duplicate.errors?.[0]?.code, 'duplicate');
    // 366 days is the longest range allowed.
    await getJson('/events?from=2026-12-01&to=2027-12-01', EventPage);
  });
});

describe('GET /events/{id} and iCalendar', () => {
  it('returns one event (the series, with its recurrence) and a 404 problem for an unknown id', async () => {
    const event = await getJson('/events/hachi-no-hi', HallEvent);
    assert.equal(event.start, '2026-12-08T10:00:00+09:00');
    assert.deepEqual(event.recurrence?.exdates, ['2026-12-28T10:00:00+09:00']);
    const course = await getJson('/events/dx-course', HallEvent);
    assert.equal(course.sessions.length, 3);
    const problem = await getProblem('/events/no-such-event', 404);
    assert.equal(problem.type, '/problems/not-found');
    assert.deepEqual(fields(await getProblem('/events/BAD_ID', 400)), ['path.id']);
  });

  it('serves one event as text/calendar with its RRULE and EXDATE', async () => {
    const res = await call(`${fixtures.api}/events/hachi-no-hi.ics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    const body = await res.text();
    assert.match(body, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(body.split('BEGIN:VEVENT').length - 1, 1);
    assert.match(body, /\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=8,18,28;COUNT=9\r\n/);
    assert.match(body, /\r\nEXDATE;TZID=Asia\/Tokyo:20261228T100000\r\n/);
    assert.match(body, /\r\nDTSTART;TZID=Asia\/Tokyo:20261208T100000\r\n/);
    assert.equal((await call(`${fixtures.api}/events/no-such-event.ics`)).status, 404);
  });

  it('serves a course as one VEVENT per session, with the UIDs the feed gives them', async () => {
    const body = await (await call(`${fixtures.api}/events/dx-course.ics`)).text();
    assert.equal(body.split('BEGIN:VEVENT').length - 1, 3);
    for (const [uid, start, summary] of [
      ['dx-course@2026-12-10', '20261210T183000', 'DX講座 全3回 第1回'],
      ['dx-course@2026-12-17', '20261217T183000', 'DX講座 全3回 第2回'],
      ['dx-course@2027-01-14', '20270114T183000', 'DX講座 全3回 第3回 データ活用'],
    ] as const) {
      assert.match(body, new RegExp(`\\r\\nUID:${uid}@`));
      assert.match(body, new RegExp(`\\r\\nDTSTART;TZID=Asia/Tokyo:${start}\\r\\n`));
      assert.ok(body.includes(`\r\nSUMMARY:${summary}\r\n`), summary);
    }
    assert.doesNotMatch(body, /RRULE|RDATE/);
  });

  it('writes the texts in English with lang=en, falling back to Japanese where there is no English, and refuses other languages', async () => {
    const course = await (await call(`${fixtures.api}/events/dx-course.ics?lang=en`)).text();
    assert.match(course, /\r\nSUMMARY:DX course\\, session 3: Using data\r\n/);
    // The fixture's venue and room have Japanese names only; "online" is the server's own word.
    assert.match(course, /\r\nLOCATION:テスト区立産業振興会館\\, 研修室1\\, Online\r\n/);
    const feed = await (await call(`${fixtures.api}/events.ics?from=2026-12-01&to=2026-12-31&lang=en`)).text();
    assert.match(feed, /\r\nX-WR-CALNAME:Industry Promotion Hall events\r\n/);
    assert.match(feed, /\r\nSUMMARY:DX course\\, session 2\r\n/);
    // The 8の日 market has no English title in the fixture: its Japanese one stands in.
    assert.match(feed, /\r\nSUMMARY:ひかり通り 8の日セール\r\n/);
    assert.deepEqual(fields(await getProblem('/events/dx-course.ics?lang=fr', 400)), ['query.lang']);
    // Both mistakes of one request at once: the id and the language.
    assert.deepEqual(fields(await getProblem('/events/BAD_ID.ics?lang=fr', 400)), ['path.id', 'query.lang']);
    assert.deepEqual(fields(await getProblem('/events.ics?lang=fr', 400)), ['query.lang']);
  });

  it('names the hall’s venue and room in an event’s LOCATION, as the calendar’s detail does', async () => {
    const body = await (await call(`${fixtures.api}/events/startup-seminar.ics`)).text();
    assert.match(body, /\r\nLOCATION:テスト区立産業振興会館 研修室1\r\n/);
    const feed = await (await call(`${fixtures.api}/events.ics?from=2026-12-01&to=2026-12-31`)).text();
    assert.match(feed, /\r\nLOCATION:テスト区立産業振興会館 研修室1\r\n/);
  });

  it('serves a feed without dates as a subscription: from 30 days ago, 366 days in all', async () => {
    const feedAt = async (now: string, query = '') => {
      clock = Date.parse(now);
      try {
        return await (await call(`${fixtures.api}/events.ics${query}`)).text();
      } finally {
        clock = FIXTURE_NOW;
      }
    };
    // The clock is 1 December 2026: the fair (20 January) is past GET /events' 31 days, not the feed's.
    const listed = await (await call(`${fixtures.api}/events`)).json();
    assert.ok(!listed.items.some((o: { id: string }) => o.id === 'bussan-fair'), 'GET /events keeps its 31 days');
    const feed = await feedAt('2026-12-01T09:00:00+09:00');
    assert.match(feed, /UID:bussan-fair@2027-01-20@/);
    assert.match(feed, /UID:dx-course@2027-01-14@/);
    // The whole market series (COUNT=9, one date excluded), to its end three months ahead.
    const market = [...feed.matchAll(/UID:hachi-no-hi@(\d{4}-\d{2}-\d{2})@/g)].map((m) => m[1]);
    assert.deepEqual([market.length, market[0], market.at(-1)], [8, '2026-12-08', '2027-02-28']);
    // The first day: 30 November is in on 30 December (30 days on), out on the 31st.
    assert.match(await feedAt('2026-12-30T09:00:00+09:00'), /UID:tori-no-ichi@2026-11-30@/);
    assert.doesNotMatch(await feedAt('2026-12-31T09:00:00+09:00'), /UID:tori-no-ichi@2026-11-30@/);
    // The last day, 365 days after the first: the fair is in on 19 February 2026, out on the 18th.
    assert.match(await feedAt('2026-02-19T09:00:00+09:00'), /UID:bussan-fair@2027-01-20@/);
    assert.doesNotMatch(await feedAt('2026-02-18T09:00:00+09:00'), /UID:bussan-fair@2027-01-20@/);
    // With `from` alone, GET /events' 31 days, as before.
    assert.doesNotMatch(await feedAt('2026-12-01T09:00:00+09:00', '?from=2026-12-01'), /UID:bussan-fair@/);
  });

  it('keeps the nearest occurrences when a feed holds too many: the past ones go first, then the furthest ahead', () => {
    const at = (...starts: number[]) => starts.map((start) => ({ start }));
    const found = at(1, 2, 3, 10, 11, 12);
    assert.deepEqual(capFeed(found, 10, 6), found);
    assert.deepEqual(capFeed(found, 10, 4), at(3, 10, 11, 12));
    assert.deepEqual(capFeed(found, 10, 2), at(10, 11));
    assert.deepEqual(capFeed(found, 20, 2), at(11, 12), 'all past: the latest');
    assert.deepEqual(capFeed(found, 0, 2), at(1, 2), 'all ahead: the nearest');
  });

  it('serves the list as a feed of one VEVENT per occurrence', async () => {
    const res = await call(`${fixtures.api}/events.ics?from=2026-12-01&to=2026-12-31`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    const body = await res.text();
    assert.equal(body.split('BEGIN:VEVENT').length - 1, 6);
    assert.match(body, /UID:hachi-no-hi@2026-12-18@/);
    assert.match(body, /UID:dx-course@2026-12-17@/);
    assert.match(body, /\r\nSUMMARY:DX講座 全3回 第2回\r\n/);
    assert.match(body, /UID:tori-no-ichi@2026-12-12@/);
    assert.doesNotMatch(body, /RRULE/, 'a feed of expanded occurrences repeats nothing');
    assert.equal((await call(`${fixtures.api}/events.ics?limit=0`)).status, 400);
  });
});

describe('GET /shops', () => {
  it('lists every shop in 五十音 order of its reading by default', async () => {
    const page = await getJson('/shops', ShopPage);
    assert.deepEqual(ids(page.items), ['yaoya-asahi', 'izakaya-tsuki', 'cafe-hikari', 'biyoshitsu-hana']);
    assert.equal(page.total, 4);
    const byCategory = await getJson('/shops?sort=category', ShopPage);
    assert.deepEqual(ids(byCategory.items), ['izakaya-tsuki', 'cafe-hikari', 'yaoya-asahi', 'biyoshitsu-hana']);
  });

  it('finds カフェ ひかり however カフェ is typed', async () => {
    for (const q of ['かふぇ', 'ｶﾌｪ', 'カフェー', 'ＣＡＦＥ', 'cafe', 'きっさてん', 'かふぇ　ひかり']) {
      const page = await getJson(`/shops?q=${encodeURIComponent(q)}`, ShopPage);
      assert.deepEqual(ids(page.items), ['cafe-hikari'], `q=${q}`);
    }
    const izakaya = await getJson(`/shops?q=${encodeURIComponent('ｲｻﾞｶﾔ')}`, ShopPage);
    assert.deepEqual(ids(izakaya.items), ['izakaya-tsuki']);
    assert.equal((await getJson(`/shops?q=${encodeURIComponent('すし')}`, ShopPage)).total, 0);
  });

  it('filters by street, category, payment, service and barrier-free facts', async () => {
    const cases: Array<[string, string[]]> = [
      ['streetId=hikari', ['izakaya-tsuki', 'cafe-hikari', 'biyoshitsu-hana']],
      ['streetId=asahi', ['yaoya-asahi', 'izakaya-tsuki']],
      ['category=restaurant', ['izakaya-tsuki', 'cafe-hikari']],
      ['category=food,beauty', ['yaoya-asahi', 'biyoshitsu-hana']],
      ['payment=cashless', ['izakaya-tsuki', 'cafe-hikari']],
      ['payment=cash', ['yaoya-asahi', 'cafe-hikari', 'biyoshitsu-hana']],
      ['payment=cash,qr_code', ['cafe-hikari']],
      ['payment=e_money', ['izakaya-tsuki']],
      ['service=takeout', ['cafe-hikari']],
      ['service=reservation', ['biyoshitsu-hana']],
      ['service=takeout,reservation', []],
      ['barrierFree=step_free_entrance,accessible_toilet', ['cafe-hikari']],
      ['barrierFree=accessible_parking', []],
      ['streetId=hikari&category=restaurant&payment=cashless', ['izakaya-tsuki', 'cafe-hikari']],
    ];
    for (const [query, expected] of cases) {
      const page = await getJson(`/shops?${query}`, ShopPage);
      assert.deepEqual(ids(page.items), expected, query);
      assert.equal(page.total, expected.length, query);
    }
    // A street the hall does not have is a mistake to say, not an empty directory.
    const unknown = await getProblem('/shops?streetId=nowhere', 400);
    assert.deepEqual(unknown.errors?.map((e) => [e.field, e.code]), [['query.streetId', 'unknown_street']]);
  });

  it('filters by openAt in Japan time: past midnight, dated exceptions and public holidays', async () => {
    const openAt = async (instant: string) => {
      const res = await call(`${fixtures.api}/shops?openAt=${encodeURIComponent(instant)}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-cache', 'openAt answers change by the minute');
      return ids(ShopPage.parse(await res.json()).items);
    };
    // Tuesday 17:00–25:00 is still open at 00:30 on Wednesday.
    assert.deepEqual(await openAt('2026-12-02T00:30:00+09:00'), ['izakaya-tsuki']);
    assert.deepEqual(await openAt('2026-12-02T01:00:00+09:00'), []);
    // The same instant written in UTC.
    assert.deepEqual(await openAt('2026-12-01T15:30:00Z'), ['izakaya-tsuki']);
    assert.deepEqual(await openAt('2026-12-01T10:00:00+09:00'), ['yaoya-asahi', 'cafe-hikari', 'biyoshitsu-hana']);
    // 年末休業 exception on 2026-12-30 (a Wednesday).
    assert.deepEqual(await openAt('2026-12-30T10:00:00+09:00'), ['cafe-hikari', 'biyoshitsu-hana']);
    // 勤労感謝の日 (Monday 2026-11-23): the greengrocer closes on public holidays.
    assert.deepEqual(await openAt('2026-11-23T10:00:00+09:00'), ['cafe-hikari', 'biyoshitsu-hana']);
    // Sunday: every fixture shop is closed.
    assert.deepEqual(await openAt('2026-12-06T12:00:00+09:00'), []);
    const bad = await getProblem('/shops?openAt=2026-12-01', 400);
    assert.deepEqual(fields(bad), ['query.openAt']);
  });

  it('pages with limit and nextCursor', async () => {
    const { items, pages, total } = await allPages<Shop>('/shops?limit=3', ShopPage);
    assert.equal(pages, 2);
    assert.equal(total, 4);
    assert.deepEqual(ids(items), ['yaoya-asahi', 'izakaya-tsuki', 'cafe-hikari', 'biyoshitsu-hana']);
    const page = await getJson('/shops?limit=2&category=restaurant', ShopPage);
    assert.deepEqual([ids(page.items), page.nextCursor, page.total], [['izakaya-tsuki', 'cafe-hikari'], null, 2]);
  });

  it('returns one shop, 404 for an unknown id and 400 path.id for a malformed one', async () => {
    const shop = await getJson('/shops/cafe-hikari', Shop);
    assert.equal(shop.name.ja, 'カフェ ひかり');
    assert.deepEqual(shop.payments, ['cash', 'qr_code', 'credit_card']);
    assert.equal((await getProblem('/shops/no-such-shop', 404)).type, '/problems/not-found');
    const bad = await getProblem('/shops/Cafe%20Hikari', 400);
    assert.deepEqual(fields(bad), ['path.id']);
    assert.deepEqual(fields(await getProblem('/shops?category=bakery', 400)).map((f) => f.split('.').slice(0, 2).join('.')), ['query.category']);
  });
});

describe('streets, venues, programmes', () => {
  it('lists streets in reading order and returns one street', async () => {
    const list = await getJson('/streets', listOf(ShoppingStreet));
    assert.deepEqual(ids(list.items), ['asahi', 'hikari']);
    const street = await getJson('/streets/hikari', ShoppingStreet);
    assert.equal(street.name.ja, 'ひかり通り商店会');
    assert.equal((await getProblem('/streets/nowhere', 404)).type, '/problems/not-found');
  });

  it('lists venues', async () => {
    const list = await getJson('/venues', listOf(Venue));
    assert.deepEqual(ids(list.items), ['hall']);
    assert.equal(list.items[0]?.rooms[0]?.capacity, 40);
  });

  it('filters programmes by eligibility facts and by level/kind lists', async () => {
    const cases: Array<[string, string[]]> = [
      ['', ['ward-loan', 'metro-startup-grant', 'national-it']],
      ['applicantType=sme', ['ward-loan', 'national-it']],
      ['applicantType=prospective_founder', ['metro-startup-grant']],
      ['applicantType=npo', []],
      ['employees=300', ['ward-loan', 'metro-startup-grant', 'national-it']],
      ['employees=301', ['metro-startup-grant']],
      ['inWard=false', ['metro-startup-grant', 'national-it']],
      ['inWard=true', ['ward-loan', 'metro-startup-grant', 'national-it']],
      ['yearsSinceFounding=5', ['ward-loan', 'metro-startup-grant', 'national-it']],
      ['yearsSinceFounding=6', ['ward-loan', 'national-it']],
      ['level=ward,national', ['ward-loan', 'national-it']],
      ['kind=grant,subsidy', ['metro-startup-grant', 'national-it']],
      ['level=metro&kind=loan', []],
      ['applicantType=sole_proprietor&inWard=false', []],
    ];
    for (const [query, expected] of cases) {
      const list = await getJson(`/programs${query ? `?${query}` : ''}`, listOf(SupportProgram));
      assert.deepEqual(ids(list.items), expected, query || '(no filter)');
    }
    for (const [query, field] of [['inWard=maybe', 'query.inWard'], ['employees=-1', 'query.employees'], ['applicantType=giant', 'query.applicantType']]) {
      assert.deepEqual(fields(await getProblem(`/programs?${query}`, 400)), [field], query);
    }
  });

  it('returns one programme and 404 for an unknown one', async () => {
    const program = await getJson('/programs/ward-loan', SupportProgram);
    assert.equal(program.loanTerms?.borrowerRatePercent, 0.4);
    assert.equal((await getProblem('/programs/no-such-programme', 404)).type, '/problems/not-found');
  });
});

describe('consultations', () => {
  it('lists services and advisors, by service too', async () => {
    const services = await getJson('/consultations/services', listOf(ConsultationService));
    assert.deepEqual(ids(services.items), ['startup', 'subsidy-clinic']);
    const one = await getJson('/consultations/services/subsidy-clinic', ConsultationService);
    assert.equal(one.capacityPerSlot, 3);
    assert.equal((await getProblem('/consultations/services/nope', 404)).type, '/problems/not-found');
    const advisors = await getJson('/consultations/advisors', listOf(Advisor));
    assert.deepEqual(ids(advisors.items), ['sato', 'suzuki']);
    const forStartup = await getJson('/consultations/advisors?serviceId=startup', listOf(Advisor));
    assert.deepEqual(ids(forStartup.items), ['sato']);
  });

  it('lists the exact slots of a week: Wednesday 10:00–13:00, 60 min, last intake 30 min before closing', async () => {
    const list = await getJson('/consultations/slots?serviceId=startup&from=2026-12-01&to=2026-12-07', listOf(Slot));
    assert.deepEqual(
      list.items.map((s) => [s.id, s.start, s.end, s.remaining]),
      [
        ['startup.sato.20261202T1000', '2026-12-02T10:00:00+09:00', '2026-12-02T11:00:00+09:00', 1],
        ['startup.sato.20261202T1100', '2026-12-02T11:00:00+09:00', '2026-12-02T12:00:00+09:00', 1],
        ['startup.sato.20261202T1200', '2026-12-02T12:00:00+09:00', '2026-12-02T13:00:00+09:00', 1],
      ],
    );
    assert.deepEqual(list.items[0]?.channels, ['in_person', 'online']);
    assert.equal(list.items[0]?.advisorName.ja, '佐藤 相談員');
    // Default: 14 days from today.
    const fortnight = await getJson('/consultations/slots?serviceId=startup', listOf(Slot));
    assert.deepEqual(ids(fortnight.items).map((id) => id.slice(-13)), [
      '20261202T1000',
      '20261202T1100',
      '20261202T1200',
      '20261209T1000',
      '20261209T1100',
      '20261209T1200',
    ]);
  });

  it('lists no slots in the year-end closure or on a public holiday', async () => {
    const closure = await getJson('/consultations/slots?serviceId=startup&from=2026-12-28&to=2027-01-03', listOf(Slot));
    assert.deepEqual(closure.items, []);
    const nextWeek = await getJson('/consultations/slots?serviceId=startup&from=2027-01-04&to=2027-01-10', listOf(Slot));
    assert.equal(nextWeek.items.length, 3);
    // 建国記念の日 (Thursday 2027-02-11), seen from a clock two months on so the date is bookable.
    clock = Date.parse('2027-02-01T09:00:00+09:00');
    try {
      const feb = await getJson('/consultations/slots?serviceId=subsidy-clinic&from=2027-02-04&to=2027-02-18', listOf(Slot));
      assert.deepEqual(ids(feb.items), [
        'subsidy-clinic.suzuki.20270204T1300',
        'subsidy-clinic.suzuki.20270204T1430',
        'subsidy-clinic.suzuki.20270218T1300',
        'subsidy-clinic.suzuki.20270218T1430',
      ]);
      assert.ok(feb.items.every((s) => s.remaining === 3 && s.capacity === 3));
    } finally {
      clock = FIXTURE_NOW;
    }
  });

  it('answers an unknown service with 404 and a missing one with 400 query.serviceId', async () => {
    assert.equal((await getProblem('/consultations/slots?serviceId=no-such-service', 404)).type, '/problems/not-found');
    assert.deepEqual(fields(await getProblem('/consultations/slots', 400)), ['query.serviceId']);
    assert.deepEqual(fields(await getProblem('/consultations/slots?serviceId=startup&from=2026-12-01&to=2027-03-31', 400)), ['query.to']);
  });
});

describe('HTTP behaviour', () => {
  it('sends an ETag and answers If-None-Match with an empty 304', async () => {
    const first = await call(`${fixtures.api}/shops?category=restaurant`);
    assert.equal(first.status, 200);
    const tag = first.headers.get('etag');
    assert.ok(tag, 'ETag present');
    await first.arrayBuffer();
    const again = await call(`${fixtures.api}/shops?category=restaurant`, { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), tag);
    const other = await call(`${fixtures.api}/shops?category=food`, { headers: { 'If-None-Match': tag } });
    assert.equal(other.status, 200, 'another answer has another tag');
    await other.arrayBuffer();
  });

  it('sends Cache-Control by kind of data', async () => {
    const expectations: Array<[string, string]> = [
      ['/events', 'public, max-age=60, stale-while-revalidate=60'],
      ['/shops', 'public, max-age=60, stale-while-revalidate=60'],
      ['/streets', 'public, max-age=60, stale-while-revalidate=60'],
      ['/programs', 'public, max-age=60, stale-while-revalidate=60'],
      ['/events.ics', 'public, max-age=60, stale-while-revalidate=60'],
      ['/consultations/slots?serviceId=startup', 'no-cache'],
      ['/shops?openAt=2026-12-01T10%3A00%3A00%2B09%3A00', 'no-cache'],
      ['/events?limit=0', 'no-store'],
      ['/nowhere', 'no-store'],
    ];
    for (const [path, expected] of expectations) {
      const res = await call(`${fixtures.api}${path}`);
      await res.arrayBuffer();
      assert.equal(res.headers.get('cache-control'), expected, path);
    }
  });

  it('lets any origin read: Access-Control-Allow-Origin * on GET and on preflight', async () => {
    const res = await call(`${fixtures.api}/events`, { headers: { Origin: 'https://anything.example' } });
    await res.arrayBuffer();
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag/);
    const problem = await call(`${fixtures.api}/events/nope`, { headers: { Origin: 'https://anything.example' } });
    await problem.arrayBuffer();
    assert.equal(problem.headers.get('access-control-allow-origin'), '*', 'errors are readable cross-origin too');
    const preflight = await call(`${fixtures.api}/shops`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://anything.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /\bGET\b/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-None-Match/i);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
  });

  it('answers an unknown path with a 404 problem and reports health', async () => {
    for (const url of [`${fixtures.api}/nowhere`, `${fixtures.url}/no/such/page`]) {
      const res = await call(url);
      assert.equal(res.status, 404, url);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      const problem = Problem.parse(await res.json());
      assert.equal(problem.type, '/problems/not-found');
    }
    const health = await call(`${fixtures.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    assert.equal(health.headers.get('cache-control'), 'no-store');
  });
});

describe('the demo data set', () => {
  it('serves a full, valid demo set: ≥ 8 streets, ≥ 300 shops, ≥ 8 services, ≥ 10 programmes at three levels', async () => {
    const streets = await getJson('/streets', listOf(ShoppingStreet), demo);
    assert.ok(streets.items.length >= 8, `${streets.items.length} streets`);
    const shops = await getJson('/shops?limit=1', ShopPage, demo);
    assert.ok(shops.total >= 300, `${shops.total} shops`);
    const services = await getJson('/consultations/services', listOf(ConsultationService), demo);
    assert.ok(services.items.length >= 8, `${services.items.length} services`);
    const programs = await getJson('/programs', listOf(SupportProgram), demo);
    assert.ok(programs.items.length >= 10, `${programs.items.length} programmes`);
    assert.deepEqual(new Set(programs.items.map((p) => p.level)), new Set(['ward', 'metro', 'national']));
    await getJson('/venues', listOf(Venue), demo);
    await getJson('/consultations/advisors', listOf(Advisor), demo);
  });

  it('pages through every demo shop once, in reading order', async () => {
    const { items, total } = await allPages<Shop>('/shops?limit=100', ShopPage, demo);
    assert.equal(items.length, total);
    assert.equal(new Set(ids(items)).size, total, 'no shop twice');
    const keys = items.map((shop) => readingSortKey(shop.name.kana));
    const outOfOrder = keys.findIndex((key, i) => i > 0 && key < keys[i - 1]!);
    assert.equal(outOfOrder, -1, `shop ${outOfOrder} is out of 五十音 order`);
  });

  it('has ≥ 150 event occurrences in the next six months, all valid and in start order', async () => {
    const page = await getJson('/events?limit=500&to=' + sixMonthsAhead(), EventPage, demo);
    assert.ok(page.total >= 150, `${page.total} occurrences`);
    const starts = page.items.map((e) => Date.parse(e.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(new Set(occ(page.items)).size, page.items.length, 'occurrence ids are unique');
  });

  it('offers bookable slots for its services', async () => {
    const services = await getJson('/consultations/services', listOf(ConsultationService), demo);
    let slots = 0;
    for (const service of services.items) {
      slots += (await getJson(`/consultations/slots?serviceId=${service.id}`, listOf(Slot), demo)).items.length;
    }
    assert.ok(slots > 0, `${slots} slots in the next 14 days`);
  });
});

/** Six months from today, Japan time, as the demo data is relative to today. */
function sixMonthsAhead(): string {
  const tokyo = new Date(Date.now() + 9 * 3_600_000 + 182 * 86_400_000);
  return tokyo.toISOString().slice(0, 10);
}

describe('privacy of reads', () => {
  it('never sets a cookie', () => {
    assert.deepEqual(cookies, []);
  });
});
