import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventOccurrence } from '@promotion-hall/sdk';
import { indexByDay } from '../src/components/event-calendar/day-index.js';

/** The fields the index reads. */
const occurrence = (id: string, start: string, end: string, allDay = false) => ({ occurrenceId: id, start, end, allDay }) as unknown as EventOccurrence;
const layout = (index: Map<string, EventOccurrence[]>) =>
  Object.fromEntries([...index].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, list]) => [day, list.map((o) => o.occurrenceId)]));

describe('indexByDay', () => {
  it('puts each occurrence on every Japan date it covers within the range, all-day ones first, then by start', () => {
    const index = indexByDay(
      [
        occurrence('late', '2026-12-08T18:00:00+09:00', '2026-12-08T20:00:00+09:00'),
        occurrence('early', '2026-12-08T09:00:00+09:00', '2026-12-08T10:00:00+09:00'),
        occurrence('fair', '2026-12-07T00:00:00+09:00', '2026-12-10T00:00:00+09:00', true),
        occurrence('overnight', '2026-12-09T22:00:00+09:00', '2026-12-10T02:00:00+09:00'),
        occurrence('before', '2026-11-28T10:00:00+09:00', '2026-12-01T12:00:00+09:00'),
        occurrence('after', '2026-12-31T10:00:00+09:00', '2027-01-03T12:00:00+09:00'),
        occurrence('outside', '2026-11-01T10:00:00+09:00', '2026-11-01T12:00:00+09:00'),
      ],
      '2026-11-29',
      '2027-01-02',
    );
    assert.deepEqual(layout(index), {
      '2026-11-29': ['before'],
      '2026-11-30': ['before'],
      '2026-12-01': ['before'],
      '2026-12-07': ['fair'],
      '2026-12-08': ['fair', 'early', 'late'],
      // An end at midnight does not take the next day.
      '2026-12-09': ['fair', 'overnight'],
      '2026-12-10': ['overnight'],
      '2026-12-31': ['after'],
      '2027-01-01': ['after'],
      '2027-01-02': ['after'],
    });
  });
});
