import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthWeeks, parseMonth, untilJapanMidnight, visitorAbroad } from '../src/internal/japan-dates.js';

describe('visitorAbroad', () => {
  // A device's clock at an offset (minutes behind UTC, as getTimezoneOffset gives it).
  const clockAt = (offset: number) => ({ getTimezoneOffset: () => offset }) as Date;
  it('is false where the clock reads as Japan\'s (Tokyo, Seoul: +09:00) and true anywhere else', () => {
    assert.equal(visitorAbroad(clockAt(-540)), false);
    assert.deepEqual([-480, 0, 420, 480, -570, -600].map((offset) => visitorAbroad(clockAt(offset))), [true, true, true, true, true, true]);
  });
});

describe('untilJapanMidnight', () => {
  it('counts to 00:00 in Japan, whatever the instant is written in', () => {
    assert.equal(untilJapanMidnight(Date.parse('2026-12-10T23:59:59+09:00')), 1_000);
    assert.equal(untilJapanMidnight(Date.parse('2026-12-10T00:00:00+09:00')), 86_400_000);
    // 15:00 UTC is midnight in Japan: from 14:30 UTC, half an hour.
    assert.equal(untilJapanMidnight(Date.parse('2026-12-31T14:30:00Z')), 30 * 60_000);
  });
});

describe('parseMonth (the calendar\'s `month` attribute)', () => {
  it('reads a month or a date in it, and nothing else: the calendar then shows this month, as documented', () => {
    assert.deepEqual(parseMonth('2026-12'), { year: 2026, month: 12 });
    assert.deepEqual(parseMonth(' 2027-01-15 '), { year: 2027, month: 1 });
    for (const value of ['2026-13', '2026-00', '2026-1', '202612', '1969-12', '2101-01', 'December', '', null, undefined]) {
      assert.equal(parseMonth(value), undefined, String(value));
    }
  });
});

describe('monthWeeks', () => {
  it('gives whole weeks from the week of the 1st to the week of the last day, Sunday or Monday first', () => {
    const february = monthWeeks({ year: 2026, month: 2 }, 'sun');
    assert.equal(february.length, 4);
    assert.deepEqual([february[0]![0], february[3]![6]], ['2026-02-01', '2026-02-28']);
    const monday = monthWeeks({ year: 2026, month: 2 }, 'mon');
    assert.deepEqual([monday[0]![0], monday.at(-1)![6]], ['2026-01-26', '2026-03-01']);
    const december = monthWeeks({ year: 2026, month: 12 }, 'sun');
    assert.deepEqual([december[0]![0], december.at(-1)![6], december.length], ['2026-11-29', '2027-01-02', 5]);
  });

  it('makes each month once: asked again, the same weeks', () => {
    assert.equal(monthWeeks({ year: 2027, month: 1 }, 'sun'), monthWeeks({ year: 2027, month: 1 }, 'sun'));
    assert.notEqual(monthWeeks({ year: 2027, month: 1 }, 'sun'), monthWeeks({ year: 2027, month: 1 }, 'mon'));
  });
});
