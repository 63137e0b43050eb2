/**
 * GET /calendar against the real server on a loopback port: public holidays with
 * their names and the hall's closures, computed from the holiday data set (no
 * database), validated, cached and tagged like every public GET.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CalendarDayList, Problem, type CalendarDay } from '@promotion-hall/sdk/schemas';
import { holidaysBetween } from '../src/domain/holidays.js';
import { FIXTURE_NOW, fixtureData } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
/** The server's clock; one test moves it to show the answer does not depend on the day. */
let clock = FIXTURE_NOW;

before(async () => {
  server = await startTestServer({ data: fixtureData(), now: () => clock });
});

after(async () => {
  await server?.close();
});

/** GET that must succeed: 200 JSON, parsed with the contract's schema. */
async function days(query: string): Promise<CalendarDay[]> {
  const res = await fetch(`${server.api}/calendar?${query}`);
  const text = await res.text();
  assert.equal(res.status, 200, `GET /calendar?${query} → ${res.status} ${text}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return CalendarDayList.parse(JSON.parse(text)).items;
}

/** GET that must fail with a 400 validation problem; returns the problem. */
async function refused(query: string): Promise<Problem> {
  const res = await fetch(`${server.api}/calendar${query}`);
  assert.equal(res.status, 400, `GET /calendar${query} → ${res.status}`);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.equal(res.headers.get('etag'), null, 'errors carry no ETag');
  const problem = Problem.parse(await res.json());
  assert.equal(problem.type, '/problems/validation');
  return problem;
}

describe('GET /calendar', () => {
  it('marks the year-end closure (元日 with its name) and 成人の日 around the new year, and nothing else', async () => {
    const yearEnd = (date: string): CalendarDay => ({ date, holiday: null, closed: 'year_end' });
    assert.deepEqual(await days('from=2026-12-20&to=2027-01-15'), [
      // No public holiday in late December: 天皇誕生日 has been 23 February since 2020.
      yearEnd('2026-12-29'),
      yearEnd('2026-12-30'),
      yearEnd('2026-12-31'),
      // Closed for the year end, and a public holiday too: both are told.
      { date: '2027-01-01', holiday: { ja: '元日', en: "New Year's Day" }, closed: 'year_end' },
      yearEnd('2027-01-02'),
      yearEnd('2027-01-03'),
      { date: '2027-01-11', holiday: { ja: '成人の日', en: 'Coming of Age Day' }, closed: 'holiday' },
    ]);
  });

  it('marks the public holidays of November, the hall closed on each', async () => {
    assert.deepEqual(await days('from=2026-11-01&to=2026-11-30'), [
      { date: '2026-11-03', holiday: { ja: '文化の日', en: 'National Culture Day' }, closed: 'holiday' },
      { date: '2026-11-23', holiday: { ja: '勤労感謝の日', en: 'Labor Thanksgiving Day' }, closed: 'holiday' },
    ]);
    assert.deepEqual(await days('from=2026-11-23&to=2026-11-23'), [
      { date: '2026-11-23', holiday: { ja: '勤労感謝の日', en: 'Labor Thanksgiving Day' }, closed: 'holiday' },
    ]);
    assert.deepEqual(await days('from=2026-11-24&to=2026-11-30'), [], 'a range without any is an empty list');
  });

  it('answers the longest range (400 days) sparse, in date order, with every holiday of the data set', async () => {
    const items = await days('from=2026-01-01&to=2027-02-04');
    const dates = items.map((d) => d.date);
    assert.deepEqual(dates, [...dates].sort(), 'date order');
    assert.equal(new Set(dates).size, dates.length, 'each day once');
    assert.ok(items.every((d) => d.holiday !== null || d.closed !== null), 'only days with a holiday or a closure');
    assert.deepEqual(
      items.filter((d) => d.holiday !== null).map((d) => d.date),
      holidaysBetween('2026-01-01', '2027-02-04').map((h) => h.date),
    );
    // 1/1–1/3 of 2026, 12/29–1/3 of 2026–27.
    assert.equal(items.filter((d) => d.closed === 'year_end').length, 3 + 6);
  });

  it('answers at the ends of the calendar, where dates stop comparing as text', async () => {
    assert.deepEqual(await days('from=9999-12-31&to=9999-12-31'), [{ date: '9999-12-31', holiday: null, closed: 'year_end' }]);
    assert.deepEqual(await days('from=0001-01-03&to=0001-01-04'), [{ date: '0001-01-03', holiday: null, closed: 'year_end' }]);
  });

  it('answers bad input with 400 problem+json naming the field', async () => {
    const cases: Array<[query: string, fields: string[], message?: RegExp]> = [
      ['?from=2027-01-15&to=2026-12-20', ['query.to'], /must not be before from/],
      ['?from=2026-01-01&to=2027-05-15', ['query.to'], /at most 400 days/], // 500 days
      ['?from=2026-01-01&to=2027-02-05', ['query.to'], /at most 400 days/], // 401 days
      ['?from=2026-12-20', ['query.to']],
      ['?to=2026-12-20', ['query.from']],
      ['', ['query.from', 'query.to']],
      ['?from=2026-13-01&to=2026-12-31', ['query.from']],
      ['?from=2026-02-30&to=2026-03-31', ['query.from']],
      ['?from=tomorrow&to=2026-12-31', ['query.from']],
      ['?from=2026-12-01&to=2026-12-31&to=2027-01-31', ['query.to']],
    ];
    for (const [query, fields, message] of cases) {
      const problem = await refused(query);
      // An invalid date is reported once, on its own field: the range rules wait for valid dates.
      assert.deepEqual([...new Set((problem.errors ?? []).map((e) => e.field))].sort(), fields, query);
      if (message) assert.match(problem.errors?.[0]?.message ?? '', message, query);
    }
  });

  it('is public reference data: Cache-Control, ETag and 304, HEAD, any origin', async () => {
    const url = `${server.api}/calendar?from=2026-12-01&to=2027-01-31`;
    const first = await fetch(url, { headers: { Origin: 'https://street.example' } });
    await first.arrayBuffer();
    assert.equal(first.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=60');
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    const etag = first.headers.get('etag');
    assert.ok(etag);

    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');

    const head = await fetch(url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), etag);

    // The query's order does not matter to the kept answer.
    const swapped = await fetch(`${server.api}/calendar?to=2027-01-31&from=2026-12-01`, { headers: { 'If-None-Match': etag } });
    assert.equal(swapped.status, 304);

    const other = await fetch(`${server.api}/calendar?from=2026-11-01&to=2026-11-30`, { headers: { 'If-None-Match': etag } });
    assert.equal(other.status, 200, 'another range has another tag');
    await other.arrayBuffer();
  });

  it('does not depend on the day it is asked: the next day the answer and its ETag are the same', async () => {
    const url = `${server.api}/calendar?from=2027-04-01&to=2027-05-31`;
    const today = await fetch(url);
    const body = await today.text();
    const etag = today.headers.get('etag');
    assert.ok(etag);
    clock = FIXTURE_NOW + 86_400_000;
    try {
      // The kept answer is keyed by the day, so this one is built afresh: same bytes, same tag.
      const tomorrow = await fetch(url);
      assert.equal(await tomorrow.text(), body);
      assert.equal(tomorrow.headers.get('etag'), etag);
      assert.equal((await fetch(url, { headers: { 'If-None-Match': etag } })).status, 304);
    } finally {
      clock = FIXTURE_NOW;
    }
  });
});
