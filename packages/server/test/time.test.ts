/** Japan-time arithmetic, independent of the process's time zone. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, compactTokyo, parseCompactTokyo, tokyoAt, tokyoDate, tokyoMidnight, toTokyoIso, weekdayOf } from '../src/domain/time.js';

describe('Japan time', () => {
  it('reads instants on a Tokyo clock', () => {
    assert.equal(toTokyoIso(Date.parse('2026-12-31T15:30:00Z')), '2027-01-01T00:30:00+09:00');
    assert.equal(tokyoDate(Date.parse('2026-12-31T14:59:59Z')), '2026-12-31');
  });

  it('turns Tokyo dates and wall-clock times into instants, past midnight too', () => {
    assert.equal(tokyoMidnight('2026-12-01'), Date.parse('2026-12-01T00:00:00+09:00'));
    assert.equal(tokyoAt('2026-12-01', '25:30'), Date.parse('2026-12-02T01:30:00+09:00'));
  });

  it('keeps years before 100 as they are (Date.UTC would read 0099 as 1999)', () => {
    for (const date of ['0000-01-01', '0099-12-31', '0100-03-01', '9999-12-31']) assert.equal(tokyoDate(tokyoMidnight(date)), date);
  });

  it('counts days and weekdays across month, year and leap-day boundaries', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(weekdayOf('2026-11-23'), 1); // Monday, 勤労感謝の日
  });

  it('round-trips the compact stamps used in slot ids and refuses impossible ones', () => {
    const at = Date.parse('2026-12-09T10:00:00+09:00');
    assert.equal(compactTokyo(at), '20261209T1000');
    assert.equal(parseCompactTokyo('20261209T1000'), at);
    for (const bad of ['20261332T1000', '20260230T1000', '20261209T2460', '2026129T1000']) assert.equal(parseCompactTokyo(bad), undefined, bad);
  });
});
