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

  it('orders each day the same whether the occurrences come in start order (as the API sends them) or not', () => {
    // A deterministic mix: one to three days long, all-day or timed, many on the same days and times.
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const pad = (n: number) => String(n).padStart(2, '0');
    const list = Array.from({ length: 400 }, (_, n) => {
      const day = 1 + Math.floor(random() * 28);
      const allDay = random() < 0.2;
      const hour = allDay ? 0 : 8 + Math.floor(random() * 4);
      const length = allDay ? Math.floor(random() * 3) : 0;
      return occurrence(
        `o${n}`,
        `2026-12-${pad(day)}T${pad(hour)}:00:00+09:00`,
        allDay ? `2026-12-${pad(day + length)}T23:59:00+09:00` : `2026-12-${pad(day)}T${pad(hour + 1)}:00:00+09:00`,
        allDay,
      );
    });
    const inStartOrder = [...list].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const expected = layout(indexByDay(list, '2026-11-29', '2027-01-02'));
    assert.deepEqual(layout(indexByDay(inStartOrder, '2026-11-29', '2027-01-02')), expected);
    // And what that order is: all-day first, then by start (a day with both kinds exists).
    const byId = new Map(list.map((o) => [o.occurrenceId, o]));
    let mixed = 0;
    for (const ids of Object.values(expected)) {
      const day = ids.map((id) => byId.get(id)!);
      if (day.some((o) => o.allDay) && day.some((o) => !o.allDay)) mixed++;
      const firstTimed = day.findIndex((o) => !o.allDay);
      assert.ok(firstTimed === -1 || day.slice(firstTimed).every((o) => !o.allDay), 'all-day first');
      assert.ok(day.filter((o) => !o.allDay).every((o, i, timed) => i === 0 || timed[i - 1]!.start <= o.start), 'then by start');
    }
    assert.ok(mixed > 0);
  });
});
