import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EventOccurrence, HallEvent } from '@promotion-hall/sdk/schemas';
import { RecurrenceError, expandOccurrences, occurrenceIdOf, parseRrule, type Occurrence } from '../src/domain/recurrence.js';
import { toTokyoIso } from '../src/domain/time.js';
import { streetEvent as hallEvent } from './support/fixtures.js';

const at = (iso: string) => Date.parse(iso);
/** Occurrences as Tokyo ISO strings, start–end, for readable assertions. */
const show = (occurrences: Occurrence[]) => occurrences.map((o) => `${toTokyoIso(o.start)}/${toTokyoIso(o.end)}`);
const recurring = (rrule: string | null, rdates: string[] = [], exdates: string[] = []) => ({ rrule, rdates, exdates });

describe('expandOccurrences', () => {
  it('gives exactly the 8th, 18th and 28th (8の日) at 10:00 Tokyo over two months', () => {
    const event = hallEvent({ recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8,18,28') });
    const result = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-03-01T00:00:00+09:00'));
    assert.deepEqual(
      show(result),
      ['01-08', '01-18', '01-28', '02-08', '02-18', '02-28'].map((d) => `2026-${d}T10:00:00+09:00/2026-${d}T15:00:00+09:00`),
    );
  });

  it('returns a single event once when it overlaps and not at all otherwise', () => {
    const event = hallEvent({});
    assert.deepEqual(show(expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-02-01T00:00:00+09:00'))), [
      '2026-01-08T10:00:00+09:00/2026-01-08T15:00:00+09:00',
    ]);
    assert.deepEqual(expandOccurrences(event, at('2026-02-01T00:00:00+09:00'), at('2026-03-01T00:00:00+09:00')), []);
  });

  it('repeats weekly on Saturdays', () => {
    const event = hallEvent({ start: '2026-01-03T09:00:00+09:00', end: '2026-01-03T12:00:00+09:00', recurrence: recurring('FREQ=WEEKLY;BYDAY=SA') });
    const result = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-02-01T00:00:00+09:00'));
    assert.deepEqual(
      result.map((o) => toTokyoIso(o.start)),
      ['03', '10', '17', '24', '31'].map((d) => `2026-01-${d}T09:00:00+09:00`),
    );
  });

  it('finds the 2nd Sunday on the Tokyo date even when it is still Saturday in UTC', () => {
    // 07:00 in Tokyo is 22:00 the day before in UTC: BYDAY must be read in Tokyo.
    const event = hallEvent({ start: '2026-01-11T07:00:00+09:00', end: '2026-01-11T09:00:00+09:00', recurrence: recurring('FREQ=MONTHLY;BYDAY=2SU') });
    const result = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-07-01T00:00:00+09:00'));
    assert.deepEqual(
      result.map((o) => toTokyoIso(o.start)),
      ['01-11', '02-08', '03-08', '04-12', '05-10', '06-14'].map((d) => `2026-${d}T07:00:00+09:00`),
    );
  });

  it('stops after COUNT occurrences, counted from the series start and not from the range', () => {
    const event = hallEvent({ start: '2026-01-03T09:00:00+09:00', end: '2026-01-03T12:00:00+09:00', recurrence: recurring('FREQ=WEEKLY;BYDAY=SA;COUNT=3') });
    const all = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2027-01-01T00:00:00+09:00'));
    assert.deepEqual(all.map((o) => toTokyoIso(o.start)), ['2026-01-03T09:00:00+09:00', '2026-01-10T09:00:00+09:00', '2026-01-17T09:00:00+09:00']);
    const late = expandOccurrences(event, at('2026-01-12T00:00:00+09:00'), at('2027-01-01T00:00:00+09:00'));
    assert.deepEqual(late.map((o) => toTokyoIso(o.start)), ['2026-01-17T09:00:00+09:00']);
  });

  it('stops at UNTIL: a date includes that whole Tokyo day, a UTC stamp is an instant', () => {
    const range = [at('2026-01-01T00:00:00+09:00'), at('2026-06-01T00:00:00+09:00')] as const;
    const byDate = hallEvent({ recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8,18,28;UNTIL=20260128') });
    assert.deepEqual(
      expandOccurrences(byDate, ...range).map((o) => toTokyoIso(o.start).slice(0, 10)),
      ['2026-01-08', '2026-01-18', '2026-01-28'],
    );
    // 00:59:59Z on the 18th is 09:59:59 in Tokyo, a second before that day's market.
    const byStamp = hallEvent({ recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8,18,28;UNTIL=20260118T005959Z') });
    assert.deepEqual(expandOccurrences(byStamp, ...range).map((o) => toTokyoIso(o.start).slice(0, 10)), ['2026-01-08']);
  });

  it('takes 酉の市 dates from RDATE alone and removes EXDATEs', () => {
    const event = hallEvent({
      id: 'tori-no-ichi',
      start: '2026-11-05T09:00:00+09:00',
      end: '2026-11-05T23:00:00+09:00',
      recurrence: recurring(null, ['2026-11-29T09:00:00+09:00', '2026-11-17T09:00:00+09:00', '2026-11-17T09:00:00+09:00'], ['2026-11-29T09:00:00+09:00']),
    });
    const result = expandOccurrences(event, at('2026-11-01T00:00:00+09:00'), at('2026-12-01T00:00:00+09:00'));
    assert.deepEqual(show(result), ['2026-11-05T09:00:00+09:00/2026-11-05T23:00:00+09:00', '2026-11-17T09:00:00+09:00/2026-11-17T23:00:00+09:00']);
  });

  it('merges RDATEs into a rule, dedupes them and lets EXDATE remove rule occurrences', () => {
    const event = hallEvent({
      recurrence: recurring(
        'FREQ=MONTHLY;BYMONTHDAY=8,18,28',
        ['2026-01-18T10:00:00+09:00', '2026-01-20T10:00:00+09:00'], // the 18th is already in the rule
        ['2026-01-28T10:00:00+09:00', '2026-01-08T10:00:00+09:00'], // the 8th is the series start
      ),
    });
    const result = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-02-01T00:00:00+09:00'));
    assert.deepEqual(result.map((o) => toTokyoIso(o.start).slice(0, 10)), ['2026-01-18', '2026-01-20']);
  });

  it('removes an all-day occurrence by its Tokyo date', () => {
    const event = hallEvent({
      start: '2026-01-08T00:00:00+09:00',
      end: '2026-01-09T00:00:00+09:00',
      allDay: true,
      recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8,18,28', [], ['2026-01-18T12:00:00+09:00']),
    });
    const result = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-02-01T00:00:00+09:00'));
    assert.deepEqual(result.map((o) => toTokyoIso(o.start)), ['2026-01-08T00:00:00+09:00', '2026-01-28T00:00:00+09:00']);
  });

  it('includes an occurrence that started before `from` and still runs, but none that starts at `to` or ended at `from`', () => {
    const event = hallEvent({ recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8,18,28') });
    // From 12:00 on the 8th (market still open) to 10:00 on the 28th (market just opening).
    const result = expandOccurrences(event, at('2026-01-08T12:00:00+09:00'), at('2026-01-28T10:00:00+09:00'));
    assert.deepEqual(show(result), ['2026-01-08T10:00:00+09:00/2026-01-08T15:00:00+09:00', '2026-01-18T10:00:00+09:00/2026-01-18T15:00:00+09:00']);
    // From 15:00 on the 8th, the moment that occurrence ends.
    const after = expandOccurrences(event, at('2026-01-08T15:00:00+09:00'), at('2026-01-18T10:00:00+09:00'));
    assert.deepEqual(after, []);
  });

  it('returns at most `limit` occurrences, the earliest ones', () => {
    const event = hallEvent({ start: '2026-01-01T10:00:00+09:00', end: '2026-01-01T11:00:00+09:00', recurrence: recurring('FREQ=DAILY', [], ['2026-01-02T10:00:00+09:00']) });
    const result = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2027-01-01T00:00:00+09:00'), 3);
    assert.deepEqual(result.map((o) => toTokyoIso(o.start).slice(0, 10)), ['2026-01-01', '2026-01-03', '2026-01-04']);
    assert.equal(expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2027-01-01T00:00:00+09:00')).length, 364);
  });

  it('throws a RecurrenceError with a code for rules it cannot expand', () => {
    const base = hallEvent({ recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8,18,28') });
    // Rows that bypassed the schema (an old database, a hand edit) reach the expander too.
    const withRule = (rrule: string): HallEvent => ({ ...base, recurrence: recurring(rrule) });
    const cases: Array<[string, RecurrenceError['code']]> = [
      ['FREQ=MONTHLY;BYMONTHDAY=8,,18', 'invalid_rrule'],
      ['FREQ=MONTHLY;BYMONTHDAY=32', 'invalid_rrule'],
      ['FREQ=WEEKLY;BYDAY=XX', 'invalid_rrule'],
      ['FREQ=WEEKLY;FOO=1', 'invalid_rrule'],
      ['BYDAY=SA', 'invalid_rrule'],
      ['FREQ=WEEKLY;COUNT=3;UNTIL=20261231', 'invalid_rrule'],
      ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'invalid_rrule'],
      ['FREQ=MONTHLY;UNTIL=20260230', 'invalid_rrule'],
      ['FREQ=HOURLY', 'unsupported_rrule'],
      ['FREQ=MONTHLY;RSCALE=CHINESE', 'unsupported_rrule'],
    ];
    for (const [rrule, code] of cases) {
      assert.throws(
        () => expandOccurrences(withRule(rrule), at('2026-01-01T00:00:00+09:00'), at('2026-03-01T00:00:00+09:00')),
        (error: unknown) => error instanceof RecurrenceError && error.code === code && error.eventId === 'hachi-no-hi',
        rrule,
      );
    }
    assert.throws(() => parseRrule('FREQ=DAILY;INTERVAL=0'), RecurrenceError);
  });

  it('answers quickly for a valid rule that never matches again', () => {
    // Day 100 of the year is never in January; rrule would search to year 9999.
    const event = hallEvent({ start: '2026-01-01T10:00:00+09:00', end: '2026-01-01T11:00:00+09:00', recurrence: recurring('FREQ=DAILY;BYMONTH=1;BYYEARDAY=100') });
    const started = performance.now();
    const result = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-03-01T00:00:00+09:00'));
    const elapsed = performance.now() - started;
    assert.deepEqual(result.map((o) => toTokyoIso(o.start)), ['2026-01-01T10:00:00+09:00']); // the series start only
    assert.ok(elapsed < 3000, `took ${elapsed} ms`);
  });
});

describe('occurrenceIdOf', () => {
  it('names the Tokyo date, also just after midnight in Tokyo', () => {
    // 00:30 on the 8th in Tokyo is still the 7th in UTC.
    assert.equal(occurrenceIdOf('hachi-no-hi', at('2026-01-08T00:30:00+09:00')), 'hachi-no-hi@2026-01-08');
  });

  it('adds the time for an occurrence off the series time, so ids stay unique within a date', () => {
    const seriesStart = at('2026-01-08T10:00:00+09:00');
    const event = hallEvent({ recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8', ['2026-02-08T18:30:00+09:00']) });
    const ids = expandOccurrences(event, at('2026-02-01T00:00:00+09:00'), at('2026-03-01T00:00:00+09:00')).map((o) => occurrenceIdOf(event.id, o.start, seriesStart));
    assert.deepEqual(ids, ['hachi-no-hi@2026-02-08', 'hachi-no-hi@2026-02-08T1830']);
    for (const occurrenceId of ids) {
      assert.equal(EventOccurrence.safeParse({ ...event, occurrenceId }).success, true, occurrenceId);
    }
  });
});

describe('time zone independence', () => {
  const recurrenceModule = new URL('../src/domain/recurrence.ts', import.meta.url).href;
  const fixtures = [
    hallEvent({ recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=8,18,28', ['2026-03-09T10:00:00+09:00'], ['2026-02-18T10:00:00+09:00']) }),
    hallEvent({ id: 'sat', start: '2026-01-03T00:30:00+09:00', end: '2026-01-03T02:00:00+09:00', recurrence: recurring('FREQ=WEEKLY;BYDAY=SA') }),
    hallEvent({ id: 'sunday', start: '2026-01-11T07:00:00+09:00', end: '2026-01-11T09:00:00+09:00', recurrence: recurring('FREQ=MONTHLY;BYDAY=2SU;UNTIL=20260430') }),
    hallEvent({ id: 'allday', start: '2026-01-31T00:00:00+09:00', end: '2026-02-01T00:00:00+09:00', allDay: true, recurrence: recurring('FREQ=MONTHLY;BYMONTHDAY=-1') }),
  ];
  const script = `
    const { expandOccurrences, occurrenceIdOf } = await import(${JSON.stringify(recurrenceModule)});
    const events = JSON.parse(process.env.FIXTURES);
    const from = Date.parse('2026-01-01T00:00:00+09:00'), to = Date.parse('2026-05-01T00:00:00+09:00');
    const result = events.map((e) => expandOccurrences(e, from, to).map((o) => [o.start, o.end, occurrenceIdOf(e.id, o.start, Date.parse(e.start))]));
    console.log(JSON.stringify({ offset: new Date(2026, 0, 1).getTimezoneOffset(), result }));
  `;
  const runIn = (tz: string) => {
    const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, TZ: tz, FIXTURES: JSON.stringify(fixtures) },
      encoding: 'utf8',
    });
    assert.equal(child.status, 0, child.stderr);
    return JSON.parse(child.stdout) as { offset: number; result: Array<Array<[number, number, string]>> };
  };

  it('expands identically with TZ=America/Los_Angeles and TZ=Asia/Tokyo', () => {
    const la = runIn('America/Los_Angeles');
    const tokyo = runIn('Asia/Tokyo');
    // Proves the variable reached the children.
    assert.equal(la.offset, 480);
    assert.equal(tokyo.offset, -540);
    assert.deepEqual(la.result, tokyo.result);
    assert.ok(tokyo.result.every((list) => list.length > 0));
    // Spot-check the content: Saturday 00:30 in Tokyo is Friday in both UTC and Los Angeles.
    assert.equal(toTokyoIso(tokyo.result[1]![1]![0]), '2026-01-10T00:30:00+09:00');
    assert.equal(tokyo.result[3]![0]![2], 'allday@2026-01-31');
  });
});
