import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OpeningHours } from '@promotion-hall/sdk/schemas';
import { isOpenAt, periodsOn } from '../src/domain/opening-hours.js';

/** Instant of a Japan-time wall clock, independent of the process's zone. */
const at = (local: string) => Date.parse(`${local}:00+09:00`);

const WEEKDAYS_10_19 = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, opens: '10:00', closes: '19:00' }));

function hours(input: Partial<OpeningHours> = {}): OpeningHours {
  return OpeningHours.parse({ weekly: WEEKDAYS_10_19, closedOnPublicHolidays: false, exceptions: [], regularHoliday: null, ...input });
}

describe('isOpenAt on weekly hours', () => {
  it('is open inside a period and closed at its closing minute ([opens, closes))', () => {
    const h = hours();
    assert.equal(isOpenAt(h, at('2026-11-16T09:59')), false);
    assert.equal(isOpenAt(h, at('2026-11-16T10:00')), true);
    assert.equal(isOpenAt(h, at('2026-11-16T18:59')), true);
    assert.equal(isOpenAt(h, at('2026-11-16T19:00')), false);
    // Sunday has no period.
    assert.equal(isOpenAt(h, at('2026-11-15T12:00')), false);
  });

  it('reads Japan time: 03:00 UTC on a Monday is 12:00 in Tokyo', () => {
    assert.equal(isOpenAt(hours(), Date.parse('2026-11-16T03:00:00Z')), true);
    // 12:00 UTC on Monday is 21:00 in Tokyo: closed.
    assert.equal(isOpenAt(hours(), Date.parse('2026-11-16T12:00:00Z')), false);
  });

  it('handles a lunch break as two periods', () => {
    const h = hours({
      weekly: [
        { day: 'mon', opens: '11:00', closes: '14:00' },
        { day: 'mon', opens: '17:00', closes: '22:00' },
      ],
    });
    assert.equal(isOpenAt(h, at('2026-11-16T13:59')), true);
    assert.equal(isOpenAt(h, at('2026-11-16T15:00')), false);
    assert.equal(isOpenAt(h, at('2026-11-16T17:00')), true);
  });
});

describe('public holidays (2026-11-23 勤労感謝の日, a Monday)', () => {
  it('closes a shop that closes on holidays', () => {
    const h = hours({ closedOnPublicHolidays: true });
    assert.equal(isOpenAt(h, at('2026-11-23T12:00')), false);
    assert.deepEqual(periodsOn(h, '2026-11-23'), []);
    // The Monday before is an ordinary day.
    assert.equal(isOpenAt(h, at('2026-11-16T12:00')), true);
  });

  it('leaves a shop that does not close on holidays open', () => {
    const h = hours({ closedOnPublicHolidays: false });
    assert.equal(isOpenAt(h, at('2026-11-23T12:00')), true);
    assert.deepEqual(periodsOn(h, '2026-11-23'), [{ opens: '10:00', closes: '19:00' }]);
  });
});

describe('dated exceptions', () => {
  const h = hours({
    closedOnPublicHolidays: true,
    exceptions: [
      { date: '2026-12-31', closed: true, periods: [], note: { ja: '年末年始休業' } },
      { date: '2026-12-30', closed: false, periods: [{ opens: '09:00', closes: '15:00' }], note: { ja: '年末特別営業' } },
      // A holiday the shop opens on anyway: the exception wins over the holiday rule.
      { date: '2026-11-23', closed: false, periods: [{ opens: '12:00', closes: '16:00' }], note: null },
    ],
  });

  it('closes on a closed date (年末年始) whatever the weekly hours say', () => {
    assert.equal(isOpenAt(h, at('2026-12-31T12:00')), false);
    assert.deepEqual(periodsOn(h, '2026-12-31'), []);
  });

  it('replaces the weekly periods on a special-hours day', () => {
    assert.deepEqual(periodsOn(h, '2026-12-30'), [{ opens: '09:00', closes: '15:00' }]);
    assert.equal(isOpenAt(h, at('2026-12-30T09:30')), true);
    assert.equal(isOpenAt(h, at('2026-12-30T16:00')), false); // weekly hours would have said open
  });

  it('opens on a public holiday when an exception says so', () => {
    assert.equal(isOpenAt(h, at('2026-11-23T11:00')), false);
    assert.equal(isOpenAt(h, at('2026-11-23T12:00')), true);
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
    assert.equal(isOpenAt(bar, at('2026-11-16T23:59')), true);
    assert.equal(isOpenAt(bar, at('2026-11-17T00:30')), true);
    assert.equal(isOpenAt(bar, at('2026-11-17T01:29')), true);
    assert.equal(isOpenAt(bar, at('2026-11-17T01:30')), false);
    // Sunday night has no period, so Monday 00:30 is closed.
    assert.equal(isOpenAt(bar, at('2026-11-16T00:30')), false);
    assert.deepEqual(periodsOn(bar, '2026-11-16'), [{ opens: '18:00', closes: '25:30' }]);
  });

  it("is not closed by the next day's holiday (2026-11-03 文化の日, a Tuesday)", () => {
    assert.equal(isOpenAt(bar, at('2026-11-03T00:30')), true);
    assert.equal(isOpenAt(bar, at('2026-11-03T18:30')), false);
    // …and Tuesday's holiday night does not run into Wednesday.
    assert.equal(isOpenAt(bar, at('2026-11-04T00:30')), false);
  });

  it("follows the previous day's rules: Monday 2026-11-23 is a holiday, so Tuesday 00:30 is closed", () => {
    assert.equal(isOpenAt(bar, at('2026-11-24T00:30')), false);
  });

  it("is not closed by the next day's closed exception", () => {
    const h = hours({ ...bar, exceptions: [{ date: '2026-11-17', closed: true, periods: [], note: null }] });
    assert.equal(isOpenAt(h, at('2026-11-17T00:30')), true);
    assert.equal(isOpenAt(h, at('2026-11-17T18:30')), false);
  });
});
