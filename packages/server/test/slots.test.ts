import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Advisor, ConsultationService, OpeningHours, Slot } from '@promotion-hall/sdk/schemas';
import { checkBookableSlot, generateSlots, MAX_SLOT_RANGE_DAYS, parseSlotId, slotIdOf } from '../src/domain/slots.js';

/** Instant of a Japan-time wall clock, independent of the process's zone. */
const at = (local: string) => Date.parse(`${local}:00+09:00`);

function service(input: Partial<Omit<ConsultationService, 'rules'>> & { rules?: Partial<ConsultationService['rules']> } = {}): ConsultationService {
  const { rules, ...rest } = input;
  return ConsultationService.parse({
    id: 'startup',
    title: { ja: '創業相談' },
    summary: { ja: '創業前後の事業計画・資金調達の相談' },
    categories: ['startup'],
    channels: ['in_person', 'online'],
    durationMinutes: 60,
    capacityPerSlot: 1,
    eligibleApplicantTypes: ['prospective_founder', 'founder_under_5y'],
    inWardRequired: false,
    whatToBring: null,
    feeYen: 0,
    ...rest,
    rules: {
      minLeadHours: 24,
      maxDaysAhead: 90,
      cancellationCutoffHours: 24,
      lastIntakeMinutesBeforeClose: 30,
      maxActiveBookingsPerApplicant: 2,
      ...rules,
    },
  });
}

function advisor(id: string, schedule: Advisor['schedule'], serviceIds = ['startup']): Advisor {
  return Advisor.parse({
    id,
    displayName: { ja: `相談員 ${id}` },
    specialties: ['startup'],
    qualifications: ['sme_consultant'],
    serviceIds,
    schedule,
  });
}

const MONDAY_10_17 = [{ day: 'mon' as const, opens: '10:00', closes: '17:00' }];
/** Sunday 2026-11-01 09:00: far enough before the Mondays below for any lead time. */
const NOW = at('2026-11-01T09:00');
const NONE = new Map<string, number>();

const starts = (slots: Slot[]) => slots.map((s) => s.start);

describe('slot ids', () => {
  it('round-trips service, advisor and the Japan-time start', () => {
    const id = slotIdOf('startup', 'tanaka', at('2026-11-16T10:00'));
    assert.equal(id, 'startup.tanaka.20261116T1000');
    assert.deepEqual(parseSlotId(id), { serviceId: 'startup', advisorId: 'tanaka', startMs: at('2026-11-16T10:00') });
    assert.ok(Slot.shape.id.safeParse(id).success);
  });

  it('rejects malformed ids', () => {
    for (const bad of ['', 'startup', 'startup.tanaka', 'startup.tanaka.20261116T1000.x', 'Startup.tanaka.20261116T1000', 'startup.tanaka.20261316T1000', 'startup.tanaka.20261131T1000', 'startup.tanaka.20261116T2400', 'startup..20261116T1000']) {
      assert.equal(parseSlotId(bad), undefined, bad);
    }
  });
});

describe('generateSlots', () => {
  it('lists 10:00…16:00 for a Monday 10:00–17:00 schedule, 60-minute service, last intake 30', () => {
    const slots = generateSlots({ service: service(), advisors: [advisor('tanaka', MONDAY_10_17)], fromDate: '2026-11-16', toDate: '2026-11-16', nowMs: NOW, booked: NONE });
    assert.deepEqual(starts(slots), ['10', '11', '12', '13', '14', '15', '16'].map((h) => `2026-11-16T${h}:00:00+09:00`));
    assert.deepEqual(slots[0], {
      id: 'startup.tanaka.20261116T1000',
      serviceId: 'startup',
      advisorId: 'tanaka',
      advisorName: { ja: '相談員 tanaka' },
      start: '2026-11-16T10:00:00+09:00',
      end: '2026-11-16T11:00:00+09:00',
      channels: ['in_person', 'online'],
      capacity: 1,
      remaining: 1,
    });
    for (const slot of slots) Slot.parse(slot);
  });

  it('lets a long last intake stop slots earlier than the closing time would', () => {
    const slots = generateSlots({ service: service({ durationMinutes: 30, rules: { lastIntakeMinutesBeforeClose: 90 } }), advisors: [advisor('tanaka', MONDAY_10_17)], fromDate: '2026-11-16', toDate: '2026-11-16', nowMs: NOW, booked: NONE });
    assert.equal(starts(slots).at(-1), '2026-11-16T15:30:00+09:00');
    assert.equal(slots.length, 12);
  });

  it('gives one date per schedule weekday and nothing to advisors who do not serve the service', () => {
    const slots = generateSlots({
      service: service(),
      advisors: [advisor('tanaka', MONDAY_10_17), advisor('suzuki', [{ day: 'wed', opens: '13:00', closes: '15:00' }]), advisor('sato', MONDAY_10_17, ['tax'])],
      fromDate: '2026-11-16',
      toDate: '2026-11-22',
      nowMs: NOW,
      booked: NONE,
    });
    assert.equal(slots.length, 7 + 2);
    assert.deepEqual(starts(slots.filter((s) => s.advisorId === 'suzuki')), ['2026-11-18T13:00:00+09:00', '2026-11-18T14:00:00+09:00']);
    assert.ok(!slots.some((s) => s.advisorId === 'sato'));
  });

  it('sorts by start, then advisor id', () => {
    const slots = generateSlots({
      service: service(),
      advisors: [advisor('yamada', [{ day: 'mon', opens: '10:00', closes: '12:00' }]), advisor('abe', [{ day: 'mon', opens: '11:00', closes: '13:00' }])],
      fromDate: '2026-11-16',
      toDate: '2026-11-16',
      nowMs: NOW,
      booked: NONE,
    });
    assert.deepEqual(
      slots.map((s) => s.id),
      ['startup.yamada.20261116T1000', 'startup.abe.20261116T1100', 'startup.yamada.20261116T1100', 'startup.abe.20261116T1200'],
    );
  });

  it('gives nothing on a public holiday (2026-11-23 勤労感謝の日)', () => {
    const slots = generateSlots({ service: service(), advisors: [advisor('tanaka', MONDAY_10_17)], fromDate: '2026-11-16', toDate: '2026-11-30', nowMs: NOW, booked: NONE });
    assert.deepEqual([...new Set(slots.map((s) => s.start.slice(0, 10)))], ['2026-11-16', '2026-11-30']);
  });

  it('gives nothing from 12/29 to 1/3, holiday or not', () => {
    const everyDay = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, opens: '10:00', closes: '11:00' }));
    const slots = generateSlots({ service: service(), advisors: [advisor('tanaka', everyDay)], fromDate: '2026-12-26', toDate: '2027-01-06', nowMs: at('2026-12-01T09:00'), booked: NONE });
    assert.deepEqual(
      slots.map((s) => s.start.slice(0, 10)),
      ['2026-12-26', '2026-12-27', '2026-12-28', '2027-01-04', '2027-01-05', '2027-01-06'],
    );
    // 2025-12-29 is an ordinary Monday, closed only by the year-end rule.
    const monday = generateSlots({ service: service(), advisors: [advisor('tanaka', MONDAY_10_17)], fromDate: '2025-12-29', toDate: '2025-12-29', nowMs: at('2025-12-01T09:00'), booked: NONE });
    assert.deepEqual(monday, []);
  });

  it('drops slots that start before now + minLeadHours (the boundary is bookable)', () => {
    const args = { service: service({ rules: { minLeadHours: 24 } }), advisors: [advisor('tanaka', MONDAY_10_17)], fromDate: '2026-11-16', toDate: '2026-11-16', booked: NONE };
    assert.equal(generateSlots({ ...args, nowMs: at('2026-11-15T10:00') })[0]?.start, '2026-11-16T10:00:00+09:00');
    assert.equal(generateSlots({ ...args, nowMs: at('2026-11-15T10:01') })[0]?.start, '2026-11-16T11:00:00+09:00');
    assert.equal(generateSlots({ ...args, nowMs: at('2026-11-15T16:01') }).length, 0);
    // Past days in the range give nothing either.
    assert.equal(generateSlots({ ...args, nowMs: at('2026-11-20T09:00') }).length, 0);
  });

  it('stops after today + maxDaysAhead (today is the Tokyo date of now)', () => {
    const args = { advisors: [advisor('tanaka', MONDAY_10_17)], fromDate: '2026-11-16', toDate: '2026-11-30', booked: NONE, nowMs: at('2026-11-15T09:00') };
    const dates = (maxDaysAhead: number) => [...new Set(generateSlots({ ...args, service: service({ rules: { maxDaysAhead } }) }).map((s) => s.start.slice(0, 10)))];
    assert.deepEqual(dates(14), ['2026-11-16']);
    assert.deepEqual(dates(15), ['2026-11-16', '2026-11-30']);
    // 2026-11-15T00:30 Tokyo is still 2026-11-14 in UTC: today must be the Tokyo date.
    const early = generateSlots({ ...args, nowMs: at('2026-11-15T00:30'), service: service({ rules: { maxDaysAhead: 15 } }) });
    assert.equal(early.at(-1)?.start, '2026-11-30T16:00:00+09:00');
  });

  it('reduces remaining by booked counts; full slots drop out unless includeFull', () => {
    const args = { service: service({ capacityPerSlot: 3 }), advisors: [advisor('tanaka', MONDAY_10_17)], fromDate: '2026-11-16', toDate: '2026-11-16', nowMs: NOW };
    const booked = new Map([
      ['startup.tanaka.20261116T1000', 1],
      ['startup.tanaka.20261116T1100', 3],
      ['startup.tanaka.20261116T1200', 5], // more than capacity (capacity lowered later): never negative
    ]);
    const open = generateSlots({ ...args, booked });
    assert.deepEqual(
      open.map((s) => [s.start.slice(11, 16), s.capacity, s.remaining]),
      [['10:00', 3, 2], ['13:00', 3, 3], ['14:00', 3, 3], ['15:00', 3, 3], ['16:00', 3, 3]],
    );
    const all = generateSlots({ ...args, booked, includeFull: true });
    assert.equal(all.length, 7);
    assert.deepEqual(all.filter((s) => s.remaining === 0).map((s) => s.start.slice(11, 16)), ['11:00', '12:00']);
  });

  it(`caps the range at ${MAX_SLOT_RANGE_DAYS} days and rejects bad ranges with a RangeError`, () => {
    const args = { service: service(), advisors: [advisor('tanaka', MONDAY_10_17)], nowMs: NOW, booked: NONE };
    assert.equal(MAX_SLOT_RANGE_DAYS, 92);
    assert.doesNotThrow(() => generateSlots({ ...args, fromDate: '2026-11-01', toDate: '2027-01-31' })); // 92 days
    assert.throws(() => generateSlots({ ...args, fromDate: '2026-11-01', toDate: '2027-02-01' }), RangeError);
    assert.throws(() => generateSlots({ ...args, fromDate: '2026-11-17', toDate: '2026-11-16' }), RangeError);
    assert.throws(() => generateSlots({ ...args, fromDate: '2026-11-31', toDate: '2026-12-01' }), RangeError);
    assert.throws(() => generateSlots({ ...args, fromDate: 'soon', toDate: '2026-12-01' }), RangeError);
  });

  it('puts slots of a schedule past midnight on the date they start', () => {
    const night = advisor('tanaka', [{ day: 'mon', opens: '23:00', closes: '25:00' }]);
    const svc = service({ rules: { lastIntakeMinutesBeforeClose: 0 } });
    assert.deepEqual(starts(generateSlots({ service: svc, advisors: [night], fromDate: '2026-11-17', toDate: '2026-11-17', nowMs: NOW, booked: NONE })), ['2026-11-17T00:00:00+09:00']);
    assert.deepEqual(starts(generateSlots({ service: svc, advisors: [night], fromDate: '2026-11-16', toDate: '2026-11-16', nowMs: NOW, booked: NONE })), ['2026-11-16T23:00:00+09:00']);
    const id = 'startup.tanaka.20261117T0000';
    assert.equal(checkBookableSlot({ slotId: id, service: svc, advisors: [night], nowMs: NOW }).ok, true);
  });
});

describe('checkBookableSlot', () => {
  const svc = service();
  const advisors = [advisor('tanaka', MONDAY_10_17), advisor('sato', MONDAY_10_17, ['tax'])];
  const check = (slotId: string, nowMs = NOW) => checkBookableSlot({ slotId, service: svc, advisors, nowMs });
  const reason = (slotId: string, nowMs = NOW) => {
    const result = check(slotId, nowMs);
    return result.ok ? 'ok' : result.reason;
  };

  it('accepts a generated id and describes the same slot', () => {
    const [slot] = generateSlots({ service: svc, advisors, fromDate: '2026-11-16', toDate: '2026-11-16', nowMs: NOW, booked: NONE });
    assert.ok(slot);
    const { remaining: _, ...expected } = slot;
    assert.deepEqual(check(slot.id), { ok: true, slot: expected });
  });

  it('rejects forged ids with the reason', () => {
    assert.equal(reason('startup.tanaka.20261116T1030'), 'outside_schedule'); // wrong minute
    assert.equal(reason('startup.tanaka.20261116T1630'), 'outside_schedule'); // would end after closing
    assert.equal(reason('startup.tanaka.20261117T1000'), 'outside_schedule'); // Tuesday: no schedule
    assert.equal(reason('startup.tanaka.20261123T1000'), 'hall_closed'); // 勤労感謝の日
    assert.equal(reason('startup.tanaka.20251229T1000', at('2025-12-01T09:00')), 'hall_closed'); // 年末年始
    assert.equal(reason('tax.tanaka.20261116T1000'), 'service_mismatch');
    assert.equal(reason('startup.sato.20261116T1000'), 'unknown_slot'); // advisor does not serve this service
    assert.equal(reason('startup.nobody.20261116T1000'), 'unknown_slot');
    assert.equal(reason('startup.tanaka.2026111T1000'), 'unknown_slot');
    assert.equal(reason('not a slot'), 'unknown_slot');
    assert.equal(reason(''), 'unknown_slot');
  });

  it('applies the lead time and the booking horizon', () => {
    assert.equal(reason('startup.tanaka.20261116T1000', at('2026-11-15T10:00')), 'ok');
    assert.equal(reason('startup.tanaka.20261116T1000', at('2026-11-15T10:01')), 'too_soon');
    assert.equal(reason('startup.tanaka.20261116T1000', at('2026-11-17T09:00')), 'too_soon'); // in the past
    // maxDaysAhead 90: from 2026-11-16 the last bookable date is 2027-02-14, from 11-17 it is 02-15.
    assert.equal(reason('startup.tanaka.20270215T1000', at('2026-11-16T23:59')), 'too_far');
    assert.equal(reason('startup.tanaka.20270215T1000', at('2026-11-17T00:00')), 'ok');
  });

  it('agrees with generateSlots on every half hour of three weeks', () => {
    const advisorsBoth = [advisor('tanaka', [...MONDAY_10_17, { day: 'sat', opens: '09:30', closes: '12:00' }]), advisor('ito', [{ day: 'wed', opens: '18:00', closes: '21:00' }])];
    const nowMs = at('2026-11-15T13:00');
    const svcShort = service({ rules: { maxDaysAhead: 14 } });
    const generated = new Set(generateSlots({ service: svcShort, advisors: advisorsBoth, fromDate: '2026-11-14', toDate: '2026-12-05', nowMs, booked: NONE, includeFull: true }).map((s) => s.id));
    assert.ok(generated.size > 10);
    let accepted = 0;
    for (let ms = at('2026-11-14T00:00'); ms < at('2026-12-06T00:00'); ms += 30 * 60 * 1000) {
      for (const a of advisorsBoth) {
        const id = slotIdOf(svcShort.id, a.id, ms);
        const ok = checkBookableSlot({ slotId: id, service: svcShort, advisors: advisorsBoth, nowMs }).ok;
        assert.equal(ok, generated.has(id), id);
        if (ok) accepted++;
      }
    }
    assert.equal(accepted, generated.size);
  });
});

describe('time zone independence', () => {
  // One scenario, written once as plain JavaScript so the very same code runs here
  // and in a child process whose local zone is Los Angeles (UTC−8 in November).
  const SCENARIO = `
    const { generateSlots, checkBookableSlot, isOpenAt } = m;
    const nowMs = Date.parse('2026-11-02T00:30:00+09:00');
    const slots = generateSlots({ service: f.service, advisors: f.advisors, fromDate: '2026-11-01', toDate: '2026-11-30', nowMs,
      booked: new Map([['startup.tanaka.20261109T1000', 1]]), includeFull: true });
    const checks = f.slotIds.map((slotId) => checkBookableSlot({ slotId, service: f.service, advisors: f.advisors, nowMs }));
    const open = f.instants.map((ms) => isOpenAt(f.hours, ms));
    return JSON.stringify({ slots, checks, open });
  `;
  const fixtures = {
    service: service({ rules: { minLeadHours: 2, maxDaysAhead: 30 } }),
    advisors: [advisor('tanaka', [...MONDAY_10_17, { day: 'sun', opens: '09:00', closes: '12:00' }]), advisor('ito', [{ day: 'fri', opens: '17:00', closes: '25:00' }])],
    slotIds: ['startup.tanaka.20261109T1000', 'startup.tanaka.20261123T1000', 'startup.ito.20261107T0000', 'startup.tanaka.20261101T1000', 'startup.tanaka.20261207T1000'],
    hours: OpeningHours.parse({ weekly: [{ day: 'mon', opens: '18:00', closes: '25:30' }], closedOnPublicHolidays: true, exceptions: [], regularHoliday: null }),
    instants: [at('2026-11-03T00:30'), at('2026-11-24T00:30'), at('2026-11-16T18:00'), Date.parse('2026-11-16T09:00:00Z'), Date.parse('2026-11-16T08:59:00Z')],
  };
  // The child has no TypeScript path mapping, so it imports the sources by URL.
  const modules = ['../src/domain/slots.ts', '../src/domain/opening-hours.ts'].map((path) => new URL(path, import.meta.url).href);

  it('gives identical results in a process running with TZ=America/Los_Angeles', async () => {
    const m = { ...(await import('../src/domain/slots.js')), ...(await import('../src/domain/opening-hours.js')) };
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (m: unknown, f: unknown) => Promise<string>;
    const here = await new AsyncFunction('m', 'f', SCENARIO)(m, fixtures);

    const script = `
      const m = { ...(await import(${JSON.stringify(modules[0])})), ...(await import(${JSON.stringify(modules[1])})) };
      const f = JSON.parse(process.env.SLOTS_TZ_FIXTURES);
      process.stdout.write(await (async () => { ${SCENARIO} })());
    `;
    const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ: 'America/Los_Angeles', SLOTS_TZ_FIXTURES: JSON.stringify(fixtures) },
      encoding: 'utf8',
    });
    assert.equal(child.status, 0, child.stderr);
    assert.equal(child.stdout, here);

    // The shared answer is also the right one, not merely the same one.
    const result = JSON.parse(here) as { slots: Slot[]; checks: Array<{ ok: boolean; reason?: string }>; open: boolean[] };
    assert.ok(result.slots.length > 0);
    assert.ok(result.slots.every((s) => s.start.endsWith('+09:00')));
    assert.ok(!result.slots.some((s) => s.start.startsWith('2026-11-23') || s.start.startsWith('2026-11-03')));
    assert.deepEqual(result.checks.map((c) => (c.ok ? 'ok' : c.reason)), ['ok', 'hall_closed', 'ok', 'too_soon', 'too_far']);
    assert.deepEqual(result.open, [true, false, true, true, false]);
  });

  it('really runs the child in another zone', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(new Date(Date.UTC(2026, 10, 16)).getTimezoneOffset()))'], {
      env: { ...process.env, TZ: 'America/Los_Angeles' },
      encoding: 'utf8',
    });
    assert.equal(child.stdout, '480');
  });
});
