import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  Advisor,
  ConsultationService,
  EVENT_CATEGORIES,
  HallEvent,
  PROGRAM_KINDS,
  PROGRAM_LEVELS,
  Shop,
  ShoppingStreet,
  SupportProgram,
  Venue,
  type z,
} from '@promotion-hall/sdk/schemas';
import { normalizeForSearch } from '@promotion-hall/sdk/normalize';
import { hallClosure } from '../src/domain/holidays.js';
import { addDays, tokyoParts } from '../src/domain/time.js';
import { createDemoData, type HallData } from '../src/seed/demo.js';
import { createRandom } from '../src/seed/random.js';
import { createSyntheticData } from '../src/seed/synthetic.js';

// An ordinary day, a public holiday (憲法記念日) and a day inside the year-end closure.
const TODAYS = ['2026-11-26', '2027-05-03', '2026-12-31'] as const;

const KATAKANA_READING = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/;
const dateOf = (iso: string): string => iso.slice(0, 10);
const minutesOfIso = (iso: string): number => {
  const p = tokyoParts(Date.parse(iso));
  return p.hour * 60 + p.minute;
};

/** Fails with the first issue's path, so a broken record is easy to find. */
function assertValid(schema: z.ZodMiniType, items: readonly unknown[], label: string): void {
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      const id = (item as { id?: string }).id ?? index;
      assert.fail(`${label} ${String(id)} is invalid at ${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message}`);
    }
  });
}

function assertUniqueIds(items: ReadonlyArray<{ id: string }>, label: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    assert.ok(!seen.has(id), `${label} id ${id} is not unique`);
    seen.add(id);
  }
}

function assertReferences(data: HallData): void {
  const streetIds = new Set(data.streets.map((s) => s.id));
  const serviceIds = new Set(data.services.map((s) => s.id));
  const eventIds = new Set(data.events.map((e) => e.id));
  const rooms = new Map(data.venues.map((v) => [v.id, new Set(v.rooms.map((r) => r.id))]));
  for (const shop of data.shops) for (const id of shop.streetIds) assert.ok(streetIds.has(id), `shop ${shop.id} → street ${id}`);
  for (const event of data.events) {
    if (event.venueId !== null) {
      assert.ok(rooms.has(event.venueId), `event ${event.id} → venue ${event.venueId}`);
      assert.ok(event.roomId === null || rooms.get(event.venueId)?.has(event.roomId), `event ${event.id} → room ${event.roomId}`);
    } else {
      assert.equal(event.roomId, null, `event ${event.id} has a room but no venue`);
    }
    if (event.streetId !== null) assert.ok(streetIds.has(event.streetId), `event ${event.id} → street ${event.streetId}`);
    assert.ok(event.venueId !== null || event.online || event.place !== null, `event ${event.id} happens nowhere`);
  }
  for (const program of data.programs) {
    for (const id of program.relatedServiceIds) assert.ok(serviceIds.has(id), `program ${program.id} → service ${id}`);
    for (const id of program.relatedEventIds) assert.ok(eventIds.has(id), `program ${program.id} → event ${id}`);
  }
  for (const advisor of data.advisors) for (const id of advisor.serviceIds) assert.ok(serviceIds.has(id), `advisor ${advisor.id} → service ${id}`);
  for (const service of data.services) {
    assert.ok(data.advisors.some((a) => a.serviceIds.includes(service.id)), `no advisor serves ${service.id}`);
  }
  const counts = new Map<string, number>();
  for (const shop of data.shops) for (const id of shop.streetIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const street of data.streets) assert.equal(street.shopCount, counts.get(street.id) ?? 0, `shopCount of ${street.id}`);
}

/** Every start/end pair of a hall event: its sessions, explicit dates, or itself. */
function hallTimes(event: HallEvent): Array<[string, string]> {
  if (event.sessions.length > 0) return event.sessions.map((s) => [s.start, s.end]);
  const length = Date.parse(event.end) - Date.parse(event.start);
  const extra = (event.recurrence?.rdates ?? []).map((d): [string, string] => [d, new Date(Date.parse(d) + length).toISOString()]);
  return [[event.start, event.end], ...extra];
}

const demoCache = new Map<string, HallData>();
const demoFor = (today: string): HallData => {
  let data = demoCache.get(today);
  if (!data) demoCache.set(today, (data = createDemoData(today)));
  return data;
};

describe('seeded random', () => {
  test('gives the same sequence for a seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    assert.deepEqual(seqA, Array.from({ length: 20 }, () => b.next()));
    assert.notDeepEqual(seqA, Array.from({ length: 20 }, () => c.next()));
    assert.ok(seqA.every((x) => x >= 0 && x < 1));
    const r = createRandom(7);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      assert.ok(n >= 3 && n <= 5 && Number.isInteger(n));
    }
    assert.deepEqual([...r.shuffle([1, 2, 3, 4, 5])].sort(), [1, 2, 3, 4, 5]);
    assert.deepEqual(createRandom(1).fork('x').next(), createRandom(1).fork('x').next());
  });
});

for (const today of TODAYS) {
  describe(`demo data for ${today}`, () => {
    const data = demoFor(today);

    test('meets the minimum counts', () => {
      assert.equal(data.venues.length, 1);
      assert.ok(data.venues[0]!.rooms.length >= 4, 'rooms');
      assert.ok(data.streets.length >= 8, 'streets');
      assert.ok(data.shops.length >= 300, 'shops');
      assert.ok(data.services.length >= 8, 'services');
      assert.ok(data.programs.length >= 10, 'programmes');
      assert.ok(data.advisors.length >= 1, 'advisors');
      const sixMonths = addDays(today, 183);
      const upcoming = data.events.filter((e) => dateOf(e.start) >= today && dateOf(e.start) <= sixMonths);
      assert.ok(upcoming.length >= 150, `only ${upcoming.length} events in the next six months`);
      const pastMonth = data.events.filter((e) => dateOf(e.start) < today && dateOf(e.start) >= addDays(today, -31));
      assert.ok(pastMonth.length >= 3, 'a few events in the past month');
    });

    test('every object parses with its schema', () => {
      assertValid(Venue, data.venues, 'venue');
      assertValid(ShoppingStreet, data.streets, 'street');
      assertValid(Shop, data.shops, 'shop');
      assertValid(HallEvent, data.events, 'event');
      assertValid(ConsultationService, data.services, 'service');
      assertValid(Advisor, data.advisors, 'advisor');
      assertValid(SupportProgram, data.programs, 'programme');
    });

    test('ids are unique and every reference resolves', () => {
      assertUniqueIds(data.venues, 'venue');
      assertUniqueIds(data.venues[0]!.rooms, 'room');
      assertUniqueIds(data.streets, 'street');
      assertUniqueIds(data.shops, 'shop');
      assertUniqueIds(data.events, 'event');
      assertUniqueIds(data.services, 'service');
      assertUniqueIds(data.advisors, 'advisor');
      assertUniqueIds(data.programs, 'programme');
      assertReferences(data);
    });

    test('dates are relative to today', () => {
      const first = addDays(today, -31);
      const last = addDays(today, 366);
      for (const event of data.events) {
        assert.ok(dateOf(event.start) >= first && dateOf(event.start) <= last, `event ${event.id} starts ${event.start}`);
        assert.ok(dateOf(event.updatedAt) <= today, `event ${event.id} updated in the future`);
        for (const iso of [event.start, event.end, ...event.sessions.flatMap((s) => [s.start, s.end])]) assert.ok(iso.endsWith('+09:00'));
      }
      for (const shop of data.shops) {
        assert.ok(dateOf(shop.updatedAt) < today, `shop ${shop.id} updated ${shop.updatedAt}`);
        for (const exception of shop.hours.exceptions) assert.ok(exception.date >= addDays(today, -7) && exception.date <= last);
      }
      for (const program of data.programs) {
        for (const w of program.acceptance) {
          assert.ok(w.from <= w.to, `${program.id} window`);
          assert.ok(w.to >= addDays(today, -60) && w.from <= last, `${program.id} window ${w.from}–${w.to} is not near ${today}`);
        }
      }
      assert.ok(data.programs.some((p) => p.acceptance.some((w) => w.from <= today && today <= w.to)), 'a programme accepts today');
    });

    test('no hall event on a closure day, and all within the hall’s hours', () => {
      const hours = new Map(data.venues[0]!.hours.map((h) => [h.day, h]));
      const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
      for (const event of data.events.filter((e) => e.venueId === 'hall')) {
        assert.notEqual(event.roomId, null, `hall event ${event.id} has no room`);
        assert.equal(event.recurrence?.rrule ?? null, null, `hall event ${event.id} uses an RRULE`);
        for (const [start, end] of hallTimes(event)) {
          const date = dateOf(start);
          assert.equal(hallClosure(date), null, `hall event ${event.id} on ${date} (${hallClosure(date)})`);
          assert.equal(dateOf(end), date, `hall event ${event.id} runs past midnight`);
          const open = hours.get(days[tokyoParts(Date.parse(start)).weekday]!);
          assert.ok(open, `hall closed on ${date}`);
          assert.ok(minutesOfIso(start) >= 9 * 60, `${event.id} starts before opening`);
          const closes = Number(open.closes.slice(0, 2)) * 60 + Number(open.closes.slice(3));
          assert.ok(minutesOfIso(end) <= closes, `${event.id} ends after closing on ${date}`);
        }
      }
    });

    test('no two hall events share a room at the same time', () => {
      const intervals = data.events
        .filter((e) => e.venueId === 'hall')
        .flatMap((e) => hallTimes(e).map(([s, t]) => ({ id: e.id, room: e.roomId, s: Date.parse(s), t: Date.parse(t) })))
        .sort((a, b) => a.s - b.s);
      for (let i = 0; i < intervals.length; i++) {
        for (let j = i + 1; j < intervals.length && intervals[j]!.s < intervals[i]!.t; j++) {
          assert.ok(intervals[i]!.room !== intervals[j]!.room, `${intervals[i]!.id} and ${intervals[j]!.id} overlap in ${intervals[i]!.room}`);
        }
      }
    });
  });
}

describe('demo data covers the domain', () => {
  const today = TODAYS[0];
  const data = demoFor(today);

  test('is marked as demo data with fictional contacts', () => {
    for (const item of [...data.shops, ...data.streets]) {
      assert.ok(item.description?.ja.startsWith('【デモ】') && item.description.en?.startsWith('[Demo]'), `${item.id} is not marked`);
    }
    for (const event of data.events) assert.ok(event.description.ja.startsWith('【デモ】'), `${event.id} is not marked`);
    for (const program of data.programs) assert.ok(program.summary.ja.startsWith('【デモ】'), `${program.id} is not marked`);
    const urls = [
      ...data.shops.map((s) => s.url),
      ...data.streets.map((s) => s.url),
      ...data.events.flatMap((e) => [e.url, e.registration.url]),
      ...data.programs.map((p) => p.url),
      data.venues[0]!.url,
    ].filter((u): u is string => typeof u === 'string');
    for (const url of urls) assert.match(new URL(url).hostname, /(^|\.)example\.(jp|com)$/);
    const phones = [...data.shops.map((s) => s.phone), ...data.streets.map((s) => s.office.phone), data.venues[0]!.phone];
    for (const phone of phones) if (phone) assert.match(phone, /^0\d0?-0000-\d{4}$/);
  });

  test('the hall has its rooms and hours', () => {
    const hall = data.venues[0]!;
    assert.equal(hall.id, 'hall');
    for (const name of ['研修室1', '研修室2', '多目的室', 'イベントコーナー']) assert.ok(hall.rooms.some((r) => r.name.ja === name), name);
    assert.deepEqual(
      hall.hours.map((h) => `${h.day} ${h.opens}-${h.closes}`).sort(),
      ['fri 09:00-21:00', 'mon 09:00-21:00', 'sat 09:00-21:00', 'sun 09:00-17:00', 'thu 09:00-21:00', 'tue 09:00-21:00', 'wed 09:00-21:00'],
    );
  });

  test('shops have katakana readings, places in the ward and varied attributes', () => {
    const { shops } = data;
    for (const shop of shops) {
      assert.match(shop.name.kana, KATAKANA_READING, `${shop.id} reading ${shop.name.kana}`);
      assert.match(shop.address.postalCode, /^(176|177|179)-00\d\d$/);
      assert.ok(shop.address.location.lat >= 35.73 && shop.address.location.lat <= 35.77, `${shop.id} lat`);
      assert.ok(shop.address.location.lng >= 139.58 && shop.address.location.lng <= 139.68, `${shop.id} lng`);
    }
    for (const street of data.streets) assert.match(street.name.kana, KATAKANA_READING);
    const cafes = shops.filter((s) => s.subcategory.ja === 'カフェ');
    assert.ok(cafes.length >= 3, 'several cafés');
    assert.ok(cafes.some((s) => s.subcategory.kana === 'カフェ'));
    // A hiragana query finds the katakana names.
    assert.ok(shops.filter((s) => normalizeForSearch(s.name.ja).includes(normalizeForSearch('かふぇ'))).length >= 3);
    assert.ok(new Set(shops.map((s) => s.category)).size >= 8, 'categories');
    assert.ok(new Set(shops.map((s) => s.subcategory.ja)).size >= 30, 'subcategories');
    assert.ok(shops.some((s) => s.payments.length === 1 && s.payments[0] === 'cash'), 'cash only');
    assert.ok(shops.some((s) => !s.payments.includes('cash')), 'cashless only');
    assert.ok(shops.some((s) => s.hours.weekly.some((p) => p.closes > '24:00')), 'open past midnight');
    assert.ok(shops.some((s) => s.hours.weekly.filter((p) => p.day === 'fri').length >= 2), 'lunch and dinner');
    assert.ok(shops.some((s) => s.hours.closedOnPublicHolidays) && shops.some((s) => !s.hours.closedOnPublicHolidays));
    const yearEnd = shops.filter((s) => s.hours.exceptions.some((e) => e.closed && e.date.endsWith('-01-01')));
    assert.ok(yearEnd.length >= shops.length / 2, 'most shops close for the New Year');
    assert.ok(shops.some((s) => s.hours.exceptions.some((e) => !e.closed && e.periods.length > 0)), 'a special-hours day');
    assert.ok(shops.some((s) => s.barrierFree.stepFreeEntrance) && shops.some((s) => !s.barrierFree.stepFreeEntrance));
    assert.ok(shops.some((s) => (s.barrierFree.maxStepCm ?? 0) > 0 && s.barrierFree.entranceWidthCm !== null));
    assert.ok(shops.some((s) => s.name.ja.length >= 35), 'a very long name');
    assert.ok(shops.filter((s) => s.name.en).length >= 30, 'English names');
    for (const service of ['takeout', 'delivery', 'reservation', 'tax_free', 'english_ok'] as const) {
      assert.ok(shops.some((s) => s.services.includes(service)), service);
    }
    assert.ok(shops.some((s) => s.streetIds.length > 1), 'a shop in two streets');
  });

  test('events cover categories, registration kinds, recurrence and places', () => {
    const { events } = data;
    for (const category of EVENT_CATEGORIES) assert.ok(events.some((e) => e.category === category), category);
    const rrules = events.map((e) => e.recurrence?.rrule).filter((r): r is string => !!r);
    assert.ok(rrules.some((r) => r.startsWith('FREQ=MONTHLY;BYMONTHDAY=8,18,28')), '8の日');
    assert.ok(rrules.some((r) => r.startsWith('FREQ=MONTHLY;BYDAY=2SU')), '第2日曜');
    for (const rule of rrules) assert.match(rule, /;(UNTIL=\d{8}T\d{6}Z|COUNT=\d+)$/, `${rule} is unbounded`);
    assert.ok(events.some((e) => e.recurrence && e.recurrence.rrule === null && e.recurrence.rdates.length >= 2 && e.title.ja.includes('酉の市')), '酉の市');
    assert.ok(events.some((e) => (e.recurrence?.exdates.length ?? 0) > 0), 'exdates');

    const course = events.find((e) => e.id === 'course-sogyojuku');
    assert.ok(course && course.sessions.length === 5 && course.allSessionsRequired && course.category === 'course');
    assert.deepEqual(course.sessions.map((s) => s.index), [1, 2, 3, 4, 5]);

    const lotteriesBeforeDraw = events.filter((e) => e.registration.kind === 'lottery' && Date.parse(e.registration.closesAt!) > Date.parse(`${today}T00:00:00+09:00`));
    assert.ok(lotteriesBeforeDraw.length > 0, 'lottery before the draw');
    for (const e of lotteriesBeforeDraw) assert.equal(e.registration.remaining, null, `${e.id} shows seats before the draw`);
    assert.ok(events.some((e) => e.registration.kind === 'first_come' && e.registration.remaining === 0 && e.registration.waitlist && dateOf(e.start) > today), 'a full event');
    assert.ok(events.some((e) => e.registration.kind === 'none'));
    assert.ok(events.some((e) => e.fee.amountYen === 0) && events.some((e) => e.fee.amountYen > 0), 'free and paid');
    assert.ok(events.some((e) => e.online && e.venueId === null), 'online only');
    assert.ok(events.some((e) => e.online && e.venueId === 'hall'), 'hybrid');
    assert.ok(events.some((e) => !e.online && e.venueId === null && e.place !== null && e.category !== 'street_event'), 'outside place');
    assert.ok(events.some((e) => e.registration.opensAt !== null && e.registration.closesAt !== null), 'registration windows');
    for (const e of events.filter((ev) => ev.category === 'street_event')) assert.ok(e.streetId, `${e.id} has no street`);
  });

  test('consultation services and advisors', () => {
    const { services, advisors } = data;
    assert.ok(new Set(services.map((s) => s.durationMinutes)).size >= 3, 'durations vary');
    assert.ok(services.some((s) => s.capacityPerSlot === 5), 'a group service');
    assert.ok(services.filter((s) => s.capacityPerSlot === 1).length >= services.length - 2);
    const categories = new Set(services.flatMap((s) => s.categories));
    for (const c of ['startup', 'management', 'cash_flow', 'loan', 'subsidy', 'tax', 'labour', 'legal', 'ip', 'it_dx', 'succession']) assert.ok(categories.has(c as never), c);
    const hours = new Map(data.venues[0]!.hours.map((h) => [h.day, h]));
    for (const advisor of advisors) {
      for (const period of advisor.schedule) {
        const open = hours.get(period.day);
        assert.ok(open && period.opens >= open.opens && period.closes <= open.closes, `${advisor.id} ${period.day} outside the hall's hours`);
      }
    }
    assert.ok(advisors.some((a) => a.qualifications.length > 0));
  });

  test('programmes span levels and kinds', () => {
    const { programs } = data;
    for (const level of PROGRAM_LEVELS) assert.ok(programs.some((p) => p.level === level), level);
    for (const kind of PROGRAM_KINDS) assert.ok(programs.some((p) => p.kind === kind), kind);
    const loan = programs.find((p) => p.id === 'ward-loan');
    assert.deepEqual(
      loan && { i: loan.loanTerms?.interestRatePercent, s: loan.loanTerms?.subsidizedRatePercent, b: loan.loanTerms?.borrowerRatePercent },
      { i: 1.9, s: 1.5, b: 0.4 },
    );
    assert.ok(programs.some((p) => p.relatedEventIds.length > 0));
    assert.ok(programs.some((p) => p.eligibility.maxEmployees !== null && p.eligibility.inWardRequired));
  });
});

describe('determinism', () => {
  test('the same today and seed give deep-equal data; another seed differs', () => {
    const today = TODAYS[0];
    assert.deepEqual(createDemoData(today), createDemoData(today));
    assert.deepEqual(createDemoData(today, 7), createDemoData(today, 7));
    const other = createDemoData(today, 7);
    assert.notDeepEqual(other.shops, demoFor(today).shops);
    assert.notDeepEqual(other.events, demoFor(today).events);
  });

  test('another today moves the dates', () => {
    const a = demoFor(TODAYS[0]);
    const b = demoFor(TODAYS[1]);
    assert.notDeepEqual(a.events.map((e) => e.start), b.events.map((e) => e.start));
    const earliest = (d: HallData) => d.events.map((e) => dateOf(e.start)).sort()[0]!;
    assert.ok(earliest(a) < TODAYS[0] && earliest(a) >= addDays(TODAYS[0], -31));
    assert.ok(earliest(b) < TODAYS[1] && earliest(b) >= addDays(TODAYS[1], -31));
  });
});

describe('synthetic data', () => {
  const today = TODAYS[0];
  const started = performance.now();
  const data = createSyntheticData({ today });
  const elapsed = performance.now() - started;

  // Timings are reported, never asserted (a loaded 2-core machine is not a slow generator).
  test('makes 10,000 shops and 10,000 events', (t) => {
    t.diagnostic(`generated in ${Math.round(elapsed)} ms`);
    assert.equal(data.shops.length, 10_000);
    assert.equal(data.events.length, 10_000);
  });

  test('a sample is schema-valid and references resolve', () => {
    assertValid(Shop, data.shops.filter((_, i) => i % 25 === 0), 'synthetic shop');
    assertValid(HallEvent, data.events.filter((_, i) => i % 25 === 0), 'synthetic event');
    assertValid(ShoppingStreet, data.streets, 'synthetic street');
    assertValid(SupportProgram, data.programs, 'synthetic programme');
    assertUniqueIds(data.shops, 'synthetic shop');
    assertUniqueIds(data.events, 'synthetic event');
    assertReferences(data);
    for (const event of data.events) if (event.venueId === 'hall') assert.equal(hallClosure(dateOf(event.start)), null, event.id);
  });

  test('is deterministic and sized by the options', () => {
    const small = createSyntheticData({ today, shops: 50, events: 40, seed: 3 });
    assert.deepEqual(small, createSyntheticData({ today, shops: 50, events: 40, seed: 3 }));
    assert.equal(small.shops.length, 50);
    assert.equal(small.events.length, 40);
  });
});
