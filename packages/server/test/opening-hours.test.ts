/**
 * The server's opening hours: the SDK's rules (tested in packages/sdk/test/opening-hours.test.ts)
 * on the server's public-holiday calendar. Only what the adapter adds is checked here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OpeningHours } from '@promotion-hall/sdk/schemas';
import * as shared from '@promotion-hall/sdk/opening-hours';
import { holidayOn } from '../src/domain/holidays.js';
import { isOpenAt, periodsOn } from '../src/domain/opening-hours.js';

/** Instant of a Japan-time wall clock, independent of the process's zone. */
const at = (local: string) => Date.parse(`${local}:00+09:00`);

const WEEKDAYS_10_19 = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, opens: '10:00', closes: '19:00' }));

function hours(input: Partial<OpeningHours> = {}): OpeningHours {
  return OpeningHours.parse({ weekly: WEEKDAYS_10_19, closedOnPublicHolidays: false, exceptions: [], regularHoliday: null, ...input });
}

describe('opening hours on the public-holiday calendar', () => {
  it('closes a shop that closes on holidays on 勤労感謝の日 (2026-11-23, a Monday)', () => {
    const h = hours({ closedOnPublicHolidays: true });
    assert.equal(isOpenAt(h, at('2026-11-23T12:00')), false);
    assert.deepEqual(periodsOn(h, '2026-11-23'), []);
    assert.equal(isOpenAt(h, at('2026-11-16T12:00')), true);
    assert.equal(isOpenAt(hours({ closedOnPublicHolidays: false }), at('2026-11-23T12:00')), true);
  });

  it('lets a dated exception open on a holiday', () => {
    const h = hours({ closedOnPublicHolidays: true, exceptions: [{ date: '2026-11-23', closed: false, periods: [{ opens: '12:00', closes: '16:00' }], note: null }] });
    assert.equal(isOpenAt(h, at('2026-11-23T11:00')), false);
    assert.equal(isOpenAt(h, at('2026-11-23T12:00')), true);
  });

  it("reads each night by its own day's rules: into 文化の日 (2026-11-03) open, out of 勤労感謝の日 closed", () => {
    const bar = hours({
      weekly: [
        { day: 'mon', opens: '18:00', closes: '25:30' },
        { day: 'tue', opens: '18:00', closes: '25:30' },
      ],
      closedOnPublicHolidays: true,
    });
    assert.equal(isOpenAt(bar, at('2026-11-03T00:30')), true);
    assert.equal(isOpenAt(bar, at('2026-11-03T18:30')), false);
    assert.equal(isOpenAt(bar, at('2026-11-24T00:30')), false);
  });

  it('gives the shared rules’ answer with holidayOn as the calendar, every half hour of November 2026', () => {
    const h = hours({ weekly: [...WEEKDAYS_10_19, { day: 'sun', opens: '22:00', closes: '26:00' }], closedOnPublicHolidays: true });
    const isHoliday = (date: string) => holidayOn(date) !== null;
    for (let ms = at('2026-11-01T00:00'); ms < at('2026-12-01T00:00'); ms += 30 * 60 * 1000) {
      assert.equal(isOpenAt(h, ms), shared.isOpenAt(h, ms, isHoliday), new Date(ms).toISOString());
    }
  });
});
