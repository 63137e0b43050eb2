/**
 * The opening-hours rules shared by the server (`openAt`) and the browser widgets.
 * Every instant is an explicit epoch ms (a `+09:00` wall clock or a `Z` time), so
 * the answers cannot lean on the test process's own zone; a child process in other
 * zones checks that too.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { isOpenAt, periodsOn, type OpeningRules } from '../src/opening-hours.js';
import { OpeningHours, WEEKDAYS } from '../src/schemas/index.js';

/** Instant of a Japan-time wall clock, independent of the process's zone. */
const at = (local: string) => Date.parse(`${local}:00+09:00`);

/** 2026's public holidays in November (文化の日 Tue 3rd, 勤労感謝の日 Mon 23rd) and a made-up one. */
const HOLIDAYS = new Set(['2026-11-03', '2026-11-23', '2026-12-08']);
const isHoliday = (date: string) => HOLIDAYS.has(date);
const noHolidays = () => false;

const WEEKDAYS_10_19 = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, opens: '10:00', closes: '19:00' }));

function hours(input: Partial<OpeningHours> = {}): OpeningHours {
  return OpeningHours.parse({ weekly: WEEKDAYS_10_19, closedOnPublicHolidays: false, exceptions: [], regularHoliday: null, ...input });
}

describe('weekly hours', () => {
  it('is open inside a period and closed at its closing minute ([opens, closes))', () => {
    const h = hours();
    assert.equal(isOpenAt(h, at('2026-11-16T09:59'), isHoliday), false);
    assert.equal(isOpenAt(h, at('2026-11-16T10:00'), isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-11-16T18:59'), isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-11-16T19:00'), isHoliday), false);
    // To the millisecond: the last instant before closing is open, opening's first is too.
    assert.equal(isOpenAt(h, at('2026-11-16T19:00') - 1, isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-11-16T10:00') - 1, isHoliday), false);
    // Sunday has no period.
    assert.equal(isOpenAt(h, at('2026-11-15T12:00'), isHoliday), false);
    assert.deepEqual(periodsOn(h, '2026-11-15', isHoliday), []);
  });

  it('reads Japan time: 03:00 UTC on a Monday is 12:00 in Tokyo, 12:00 UTC is 21:00', () => {
    assert.equal(isOpenAt(hours(), Date.parse('2026-11-16T03:00:00Z'), isHoliday), true);
    assert.equal(isOpenAt(hours(), Date.parse('2026-11-16T12:00:00Z'), isHoliday), false);
    // 15:30 UTC on Sunday is already 00:30 on Monday in Tokyo; 01:00 UTC on Monday is 10:00 there.
    assert.equal(isOpenAt(hours(), Date.parse('2026-11-16T00:59:59.999Z'), isHoliday), false);
    assert.equal(isOpenAt(hours(), Date.parse('2026-11-16T01:00:00Z'), isHoliday), true);
  });

  it('handles a lunch break as two periods and lists periods in order of opening', () => {
    const h = hours({
      weekly: [
        { day: 'mon', opens: '17:00', closes: '22:00' },
        { day: 'mon', opens: '11:00', closes: '14:00' },
      ],
    });
    assert.equal(isOpenAt(h, at('2026-11-16T13:59'), isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-11-16T15:00'), isHoliday), false);
    assert.equal(isOpenAt(h, at('2026-11-16T17:00'), isHoliday), true);
    assert.deepEqual(periodsOn(h, '2026-11-16', isHoliday), [
      { opens: '11:00', closes: '14:00' },
      { opens: '17:00', closes: '22:00' },
    ]);
  });

  it('returns copies: changing an answer does not change the hours', () => {
    const h = hours();
    const periods = periodsOn(h, '2026-11-16', isHoliday);
    periods[0]!.closes = '29:00';
    periods.push({ opens: '00:00', closes: '01:00' });
    assert.deepEqual(periodsOn(h, '2026-11-16', isHoliday), [{ opens: '10:00', closes: '19:00' }]);
  });

  it('maps dates to weekdays in the same order as the schemas', () => {
    // 2026-11-15 is a Sunday; one period per day, each day's own opening time.
    const h = hours({ weekly: WEEKDAYS.map((day, i) => ({ day, opens: `1${i}:00`, closes: '20:00' })) });
    WEEKDAYS.forEach((_, i) => {
      assert.deepEqual(periodsOn(h, `2026-11-${15 + i}`, noHolidays), [{ opens: `1${i}:00`, closes: '20:00' }]);
    });
  });
});

describe('public holidays (2026-11-23 勤労感謝の日, a Monday)', () => {
  it('closes a shop that closes on holidays', () => {
    const h = hours({ closedOnPublicHolidays: true });
    assert.equal(isOpenAt(h, at('2026-11-23T12:00'), isHoliday), false);
    assert.deepEqual(periodsOn(h, '2026-11-23', isHoliday), []);
    // The Monday before is an ordinary day.
    assert.equal(isOpenAt(h, at('2026-11-16T12:00'), isHoliday), true);
  });

  it('leaves a shop that does not close on holidays open', () => {
    const h = hours({ closedOnPublicHolidays: false });
    assert.equal(isOpenAt(h, at('2026-11-23T12:00'), isHoliday), true);
    assert.deepEqual(periodsOn(h, '2026-11-23', isHoliday), [{ opens: '10:00', closes: '19:00' }]);
  });

  it('takes the holidays from the caller only, asking with Japan dates', () => {
    const h = hours({ closedOnPublicHolidays: true });
    // Without the caller's calendar, 2026-11-23 is an ordinary Monday…
    assert.equal(isOpenAt(h, at('2026-11-23T12:00'), noHolidays), true);
    // …and any date the caller calls a holiday is one (2026-12-08 is a Tuesday).
    assert.equal(isOpenAt(h, at('2026-12-08T12:00'), isHoliday), false);
    const asked: string[] = [];
    // 02:00 UTC on the 23rd is 11:00 in Tokyo; the day before is consulted too.
    isOpenAt(h, Date.parse('2026-11-23T02:00:00Z'), (date) => (asked.push(date), false));
    assert.deepEqual(asked.sort(), ['2026-11-22', '2026-11-23']);
    // A shop that opens on holidays need not consult the calendar at all.
    isOpenAt(hours(), at('2026-11-23T12:00'), () => assert.fail('asked about a holiday'));
  });
});

describe('dated exceptions', () => {
  const h = hours({
    closedOnPublicHolidays: true,
    exceptions: [
      { date: '2026-12-31', closed: true, periods: [], note: { ja: '年末年始休業' } },
      { date: '2026-12-30', closed: false, periods: [{ opens: '09:00', closes: '15:00' }], note: { ja: '年末特別営業' } },
      // A holiday the shop opens on anyway: the exception wins over the holiday rule.
      { date: '2026-11-23', closed: false, periods: [{ opens: '16:00', closes: '18:00' }, { opens: '12:00', closes: '14:00' }], note: null },
    ],
  });

  it('closes on a closed date (年末年始) whatever the weekly hours say', () => {
    assert.equal(isOpenAt(h, at('2026-12-31T12:00'), isHoliday), false);
    assert.deepEqual(periodsOn(h, '2026-12-31', isHoliday), []);
  });

  it('replaces the weekly periods on a special-hours day', () => {
    assert.deepEqual(periodsOn(h, '2026-12-30', isHoliday), [{ opens: '09:00', closes: '15:00' }]);
    assert.equal(isOpenAt(h, at('2026-12-30T09:30'), isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-12-30T15:00'), isHoliday), false);
    assert.equal(isOpenAt(h, at('2026-12-30T16:00'), isHoliday), false); // weekly hours would have said open
  });

  it('opens on a public holiday with its special periods when an exception says so', () => {
    assert.deepEqual(periodsOn(h, '2026-11-23', isHoliday), [
      { opens: '12:00', closes: '14:00' },
      { opens: '16:00', closes: '18:00' },
    ]);
    assert.equal(isOpenAt(h, at('2026-11-23T11:00'), isHoliday), false);
    assert.equal(isOpenAt(h, at('2026-11-23T12:00'), isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-11-23T15:00'), isHoliday), false);
    assert.equal(isOpenAt(h, at('2026-11-23T17:59'), isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-11-23T18:00'), isHoliday), false);
  });

  it('lets the first of two exceptions for one date win', () => {
    const twice = hours({
      exceptions: [
        { date: '2026-11-16', closed: true, periods: [], note: null },
        { date: '2026-11-16', closed: false, periods: [{ opens: '10:00', closes: '12:00' }], note: null },
      ],
    });
    assert.equal(isOpenAt(twice, at('2026-11-16T11:00'), isHoliday), false);
  });
});

describe('periods past midnight', () => {
  const bar = hours({
    weekly: [
      { day: 'mon', opens: '18:00', closes: '25:30' },
      { day: 'tue', opens: '18:00', closes: '25:30' },
    ],
    closedOnPublicHolidays: true,
  });

  it('keeps Monday night open into Tuesday morning until 01:30', () => {
    assert.equal(isOpenAt(bar, at('2026-11-16T17:59'), isHoliday), false);
    assert.equal(isOpenAt(bar, at('2026-11-16T18:00'), isHoliday), true);
    assert.equal(isOpenAt(bar, at('2026-11-16T23:59'), isHoliday), true);
    assert.equal(isOpenAt(bar, at('2026-11-17T00:30'), isHoliday), true);
    assert.equal(isOpenAt(bar, at('2026-11-17T01:29'), isHoliday), true);
    assert.equal(isOpenAt(bar, at('2026-11-17T01:30'), isHoliday), false);
    // Sunday night has no period, so Monday 00:30 is closed.
    assert.equal(isOpenAt(bar, at('2026-11-16T00:30'), isHoliday), false);
    assert.deepEqual(periodsOn(bar, '2026-11-16', isHoliday), [{ opens: '18:00', closes: '25:30' }]);
  });

  it("is not closed by the next day's holiday (2026-11-03 文化の日, a Tuesday)", () => {
    assert.equal(isOpenAt(bar, at('2026-11-03T00:30'), isHoliday), true);
    assert.equal(isOpenAt(bar, at('2026-11-03T18:30'), isHoliday), false);
    // …and Tuesday's holiday night does not run into Wednesday.
    assert.equal(isOpenAt(bar, at('2026-11-04T00:30'), isHoliday), false);
  });

  it("is not closed by the next day's holiday: Monday 2026-12-07 into the made-up holiday Tuesday 2026-12-08", () => {
    assert.equal(isOpenAt(bar, Date.parse('2026-12-08T00:30:00+09:00'), isHoliday), true);
    assert.equal(isOpenAt(bar, Date.parse('2026-12-07T15:30:00Z'), isHoliday), true); // the same instant in UTC
    assert.equal(isOpenAt(bar, Date.parse('2026-12-08T18:30:00+09:00'), isHoliday), false);
  });

  it("follows the previous day's rules: Monday 2026-11-23 is a holiday, so Tuesday 00:30 is closed", () => {
    assert.equal(isOpenAt(bar, at('2026-11-24T00:30'), isHoliday), false);
  });

  it("is not closed by the next day's closed exception", () => {
    const h = hours({ ...bar, exceptions: [{ date: '2026-11-17', closed: true, periods: [], note: null }] });
    assert.equal(isOpenAt(h, at('2026-11-17T00:30'), isHoliday), true);
    assert.equal(isOpenAt(h, at('2026-11-17T18:30'), isHoliday), false);
  });

  it('runs across the end of the year and of the month', () => {
    const nye = hours({ weekly: [{ day: 'thu', opens: '20:00', closes: '26:00' }] }); // 2026-12-31 is a Thursday
    assert.equal(isOpenAt(nye, at('2027-01-01T01:59'), isHoliday), true);
    assert.equal(isOpenAt(nye, at('2027-01-01T02:00'), isHoliday), false);
    assert.equal(isOpenAt(nye, Date.parse('2026-12-31T16:00:00Z'), isHoliday), true); // 01:00 on 1 January in Tokyo
  });
});

it('accepts the rules without the words (regularHoliday): OpeningRules is all it reads', () => {
  const rules: OpeningRules = { weekly: [{ day: 'mon', opens: '10:00', closes: '19:00' }], closedOnPublicHolidays: false, exceptions: [] };
  assert.equal(isOpenAt(rules, at('2026-11-16T12:00'), isHoliday), true);
});

it('gives the same answers in processes running in other time zones', () => {
  const bar = hours({
    weekly: [...WEEKDAYS_10_19, { day: 'mon', opens: '18:00', closes: '25:30' }],
    closedOnPublicHolidays: true,
    exceptions: [{ date: '2026-12-30', closed: false, periods: [{ opens: '09:00', closes: '15:00' }], note: null }],
  });
  const instants = [
    at('2026-11-03T00:30'), at('2026-11-23T12:00'), at('2026-11-24T00:30'), at('2026-11-16T19:00'), at('2026-11-17T01:29'),
    Date.parse('2026-12-08T00:30:00+09:00'), at('2026-12-30T14:59'), at('2026-12-30T15:00'), Date.parse('2026-11-16T00:59:00Z'), Date.parse('2026-11-16T01:00:00Z'),
  ];
  const expected = [true, false, false, true, true, true, true, false, false, true];
  const here = instants.map((ms) => isOpenAt(bar, ms, isHoliday));
  assert.deepEqual(here, expected);

  const module = new URL('../src/opening-hours.ts', import.meta.url).href;
  const script = `
    const { isOpenAt } = await import(${JSON.stringify(module)});
    const f = JSON.parse(process.env.OPENING_FIXTURES);
    const holidays = new Set(f.holidays);
    process.stdout.write(JSON.stringify(f.instants.map((ms) => isOpenAt(f.hours, ms, (d) => holidays.has(d)))) + ' ' + new Date(Date.UTC(2026, 10, 16)).getTimezoneOffset());
  `;
  const fixtures = JSON.stringify({ hours: bar, instants, holidays: [...HOLIDAYS] });
  // Los Angeles (UTC−8 in November) and Kiritimati (UTC+14): either side of Tokyo, a whole day apart.
  for (const [TZ, offset] of [['America/Los_Angeles', 480], ['Pacific/Kiritimati', -840]] as const) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ, OPENING_FIXTURES: fixtures },
      encoding: 'utf8',
    });
    assert.equal(child.status, 0, child.stderr);
    assert.equal(child.stdout, `${JSON.stringify(expected)} ${offset}`, TZ);
  }
});

it('bundles for a browser without zod or a holiday data set', async () => {
  const result = await build({
    entryPoints: [new URL('../src/opening-hours.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  // Only the rules and the Japan-time arithmetic they share with the server and the widgets.
  assert.deepEqual(Object.keys(result.metafile.inputs).map((path) => path.replace(/^.*\/src\//, 'src/')).sort(), ['src/japan-time.ts', 'src/opening-hours.ts']);
  assert.ok((result.outputFiles[0]?.contents.length ?? Infinity) < 2048);
});
