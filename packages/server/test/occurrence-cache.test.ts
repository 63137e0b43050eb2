/** The occurrence cache gives exactly what expanding each range afresh gives. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { OccurrenceCache } from '../src/domain/occurrence-cache.js';
import { expandOccurrences } from '../src/domain/recurrence.js';
import { DAY_MS, tokyoMidnight } from '../src/domain/time.js';
import { createDemoData } from '../src/seed/demo.js';
import { streetEvent } from './support/fixtures.js';

const NOW = Date.parse('2026-11-26T10:00:00+09:00');
const TODAY = tokyoMidnight('2026-11-26');
const recurring = createDemoData('2026-11-26').events.filter((e) => e.recurrence !== null);

it('answers every range inside and outside its window as a fresh expansion would', () => {
  assert.ok(recurring.length >= 3, 'the demo data has recurring series');
  const cache = new OccurrenceCache();
  fc.assert(
    fc.property(
      fc.constantFrom(...recurring),
      fc.integer({ min: -600, max: 900 }),
      fc.integer({ min: 1, max: 366 }),
      fc.integer({ min: 0, max: 23 }),
      (event, startDay, days, hour) => {
        const from = TODAY + startDay * DAY_MS + hour * 3_600_000;
        const to = from + days * DAY_MS;
        assert.deepEqual(cache.within(event, from, to, 1, NOW), expandOccurrences(event, from, to));
      },
    ),
    { numRuns: 1000 },
  );
});

it('expands again when the data revision changes', () => {
  const cache = new OccurrenceCache();
  const from = TODAY;
  const to = TODAY + 60 * DAY_MS;
  const monthly = streetEvent({ start: '2026-11-08T10:00:00+09:00', end: '2026-11-08T15:00:00+09:00', recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=8', rdates: [], exdates: [] } });
  const weekly = streetEvent({ start: '2026-11-08T10:00:00+09:00', end: '2026-11-08T15:00:00+09:00', recurrence: { rrule: 'FREQ=WEEKLY', rdates: [], exdates: [] } });
  const first = cache.within(monthly, from, to, 1, NOW);
  assert.equal(first.length, 2);
  // Same id, other rule, same revision: the kept expansion is still served (the revision is the contract).
  assert.equal(cache.within(weekly, from, to, 1, NOW).length, 2);
  // A new revision: expanded afresh.
  assert.deepEqual(cache.within(weekly, from, to, 2, NOW), expandOccurrences(weekly, from, to));
  assert.ok(cache.within(weekly, from, to, 2, NOW).length >= 8);
});
