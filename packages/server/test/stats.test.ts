/**
 * `GET /stats` against the real server with the fixture data set: events held per
 * month by category, consultations booked through the API by category and channel
 * (confirmed and cancelled), bad ranges, and no trace of the people who booked.
 * The clock starts at FIXTURE_NOW (Tuesday 2026-12-01 09:00 Japan time) and moves
 * to January for one more booking, so bookings fall in two creation months.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BookingCreated, FormToken, Problem, Stats, type BookingInput, type MonthStats } from '@promotion-hall/sdk/schemas';
import { createHallClient } from '@promotion-hall/sdk';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../src/db/migrations.js';
import { FIXTURE_NOW, fixtureData } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Personal data put into the bookings; none of it may reach the statistics. */
const CANARY = {
  name: '鳥見 加那理',
  furigana: 'とりみ かなり',
  email: 'canary.stats@example.com',
  phone: '090-4242-1717',
  business: 'カナリア商会',
  topic: '見つけてはいけない相談文',
};

let clock = FIXTURE_NOW;
let server: TestServer;
const created: BookingCreated[] = [];

async function formToken(): Promise<string> {
  const answer = await fetch(`${server.api}/consultations/form-token`);
  assert.equal(answer.status, 200);
  return FormToken.parse(await answer.json()).token;
}

async function book(slotId: string, channel: BookingInput['channel'], email = CANARY.email): Promise<BookingCreated> {
  const subsidy = slotId.startsWith('subsidy-clinic.');
  const body: BookingInput = {
    slotId,
    channel,
    applicant: {
      name: CANARY.name,
      furigana: CANARY.furigana,
      email,
      phone: CANARY.phone,
      applicantType: subsidy ? 'sme' : 'prospective_founder',
      business: { name: CANARY.business, employees: 3, inWard: true },
    },
    topic: { category: subsidy ? 'subsidy' : 'startup', text: CANARY.topic },
    consents: { purposeOfUse: true, privacyNotice: true },
    formToken: await formToken(),
  };
  const answer = await fetch(`${server.api}/consultations/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  const text = await answer.text();
  assert.equal(answer.status, 201, `booking ${slotId}: ${text}`);
  const booking = BookingCreated.parse(JSON.parse(text));
  created.push(booking);
  return booking;
}

async function stats(query: string): Promise<{ response: Response; text: string; stats: Stats }> {
  const response = await fetch(`${server.api}/stats${query}`);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  return { response, text, stats: Stats.parse(JSON.parse(text)) };
}

/** The non-zero entries of a month, compactly. */
function summary(month: MonthStats) {
  const nonZero = <T extends { booked: number }>(rows: T[]) => rows.filter((r) => r.booked > 0);
  return {
    month: month.month,
    held: month.events.held,
    events: Object.fromEntries(month.events.byCategory.filter((e) => e.held > 0).map((e) => [e.category, e.held])),
    booked: month.consultations.booked,
    confirmed: month.consultations.confirmed,
    cancelled: month.consultations.cancelled,
    byCategory: nonZero(month.consultations.byCategory),
    byChannel: nonZero(month.consultations.byChannel),
  };
}

before(async () => {
  server = await startTestServer({ data: fixtureData(), now: () => clock, config: { bookingRateLimitPerMinute: 0 } });
});

after(async () => {
  await server?.close();
});

describe('GET /stats', () => {
  it('counts events held by category, and bookings by category and channel, per month', async () => {
    const before = await stats('?from=2026-11&to=2027-01');
    assert.equal(before.response.headers.get('access-control-allow-origin'), '*', 'public read');
    assert.deepEqual(before.stats.months.map((m) => m.consultations.booked), [0, 0, 0]);

    // December: four bookings, one of them cancelled.
    await book('startup.sato.20261202T1000', 'in_person');
    await book('startup.sato.20261202T1100', 'online', `${randomUUID()}@example.com`);
    await book('subsidy-clinic.suzuki.20261203T1300', 'in_person', `${randomUUID()}@example.com`);
    const cancelled = await book('subsidy-clinic.suzuki.20261203T1300', 'in_person');
    const cancel = await fetch(`${server.api}/consultations/bookings/${cancelled.reference}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${cancelled.manageToken}` },
    });
    assert.equal(cancel.status, 200, await cancel.text());
    // January: one more.
    clock = Date.parse('2027-01-05T09:00:00+09:00');
    await book('subsidy-clinic.suzuki.20270107T1300', 'in_person');

    const { response, stats: answer } = await stats('?from=2026-11&to=2027-01');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.ok(response.headers.get('etag'));
    assert.equal(answer.from, '2026-11');
    assert.equal(answer.to, '2027-01');
    assert.deepEqual(answer.months.map(summary), [
      { month: '2026-11', held: 1, events: { street_event: 1 }, booked: 0, confirmed: 0, cancelled: 0, byCategory: [], byChannel: [] },
      {
        month: '2026-12',
        // 8の日 on the 8th and 18th (the 28th is excluded), 酉の市's extra date, the seminar, the course's first session.
        held: 5,
        events: { seminar: 1, street_event: 3, course: 1 },
        booked: 4,
        confirmed: 3,
        cancelled: 1,
        byCategory: [
          { category: 'startup', booked: 2, confirmed: 2, cancelled: 0 },
          { category: 'subsidy', booked: 2, confirmed: 1, cancelled: 1 },
        ],
        byChannel: [
          { channel: 'in_person', booked: 3, confirmed: 2, cancelled: 1 },
          { channel: 'online', booked: 1, confirmed: 1, cancelled: 0 },
        ],
      },
      {
        month: '2027-01',
        held: 4,
        events: { street_event: 3, fair: 1 },
        booked: 1,
        confirmed: 1,
        cancelled: 0,
        byCategory: [{ category: 'subsidy', booked: 1, confirmed: 1, cancelled: 0 }],
        byChannel: [{ channel: 'in_person', booked: 1, confirmed: 1, cancelled: 0 }],
      },
    ]);
    // Every category and channel is listed, zeros included, so tables line up month by month.
    for (const month of answer.months) {
      assert.equal(month.events.byCategory.length, 8);
      assert.equal(month.consultations.byChannel.length, 4);
    }
  });

  it('carries no personal data: no name, e-mail, phone, business, text or reference of those bookings', async () => {
    assert.ok(created.length >= 5, 'the counting test made the bookings');
    const { text } = await stats('?from=2025-01&to=2026-12');
    const { text: recent } = await stats('?from=2026-11&to=2027-01');
    const needles = [...Object.values(CANARY), 'canary', ...created.flatMap((b) => [b.reference, b.manageToken])];
    for (const body of [text, recent]) {
      for (const needle of needles) assert.equal(body.split(needle).length - 1, 0, `${needle} appears in the statistics`);
      // Only months, category and channel names, and numbers: no other strings at all.
      const strings = [...body.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
      for (const s of strings) assert.match(s, /^([a-zA-Z_]+|\d{4}-\d{2})$/, `unexpected string ${s}`);
    }
  });

  it('keeps the counts after retention purges the bookings themselves', async () => {
    const before = (await stats('?from=2026-12&to=2027-01')).stats;
    const purged = await server.repo.purge(Date.parse('2027-12-01T00:00:00+09:00'), 0);
    assert.ok(purged.bookingsDeleted >= 5);
    const afterPurge = (await stats('?from=2026-12&to=2027-01')).stats;
    assert.deepEqual(afterPurge, before);
  });

  it('is what the SDK gives as hall.stats.get', async () => {
    const hall = createHallClient({ baseUrl: server.api });
    const viaSdk = await hall.stats.get({ from: '2026-11', to: '2027-01' });
    assert.deepEqual(viaSdk, (await stats('?from=2026-11&to=2027-01')).stats);
  });

  it('answers a bad range with 400 problem+json naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['?from=2027-01&to=2026-12', 'query.to'],
      ['?from=2025-01&to=2027-01', 'query.to'], // 25 months
      ['?from=2026-13&to=2027-01', 'query.from'],
      ['?from=2026-1&to=2027-01', 'query.from'],
      ['?from=2026-12-01&to=2027-01', 'query.from'],
      ['?from=2026-12', 'query.to'],
      ['', 'query.from'],
    ];
    for (const [query, field] of cases) {
      const response = await fetch(`${server.api}/stats${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.headers.get('content-type'), 'application/problem+json', query);
      const problem = Problem.parse(await response.json());
      assert.ok(problem.errors?.some((e) => e.field === field), `${query}: ${JSON.stringify(problem.errors)}`);
    }
    // 24 months is the longest range.
    assert.equal((await stats('?from=2025-02&to=2027-01')).stats.months.length, 24);
  });

  it('upgrading fills the tallies from the bookings already stored, by creation month in Japan time', () => {
    const db = new Database(':memory:');
    try {
      migrate(db, MIGRATIONS.slice(0, 1));
      db.prepare("INSERT INTO slot_load (slot_id, service_id, starts_at, capacity) VALUES ('s', 'svc', 0, 5)").run();
      const insert = db.prepare(
        "INSERT INTO bookings (reference, slot_id, service_id, starts_at, status, applicant_key, doc, created_at) VALUES (?, 's', 'svc', 0, ?, 'k', ?, ?)",
      );
      const doc = (category: string, channel: string) => JSON.stringify({ topic: { category, text: CANARY.topic }, channel });
      // 31 March 15:30 UTC is 1 April 00:30 in Japan.
      insert.run('a', 'confirmed', doc('startup', 'online'), Date.parse('2026-03-31T15:30:00Z'));
      insert.run('b', 'cancelled', doc('startup', 'online'), Date.parse('2026-04-10T00:00:00Z'));
      insert.run('c', 'confirmed', doc('subsidy', 'phone'), Date.parse('2026-03-31T14:59:59Z'));
      assert.deepEqual(migrate(db), MIGRATIONS.slice(1).map((m) => m.version));
      // After the upgrade the triggers count; deleting bookings (retention) does not.
      insert.run('d', 'confirmed', doc('startup', 'online'), Date.parse('2026-04-11T00:00:00Z'));
      db.prepare("UPDATE bookings SET status = 'cancelled' WHERE reference = 'd'").run();
      db.prepare('DELETE FROM bookings').run();
      assert.deepEqual(db.prepare('SELECT month, category, channel, booked, cancelled FROM booking_tallies ORDER BY month, category').all(), [
        { month: '2026-03', category: 'subsidy', channel: 'phone', booked: 1, cancelled: 0 },
        { month: '2026-04', category: 'startup', channel: 'online', booked: 3, cancelled: 2 },
      ]);
    } finally {
      db.close();
    }
  });
});
