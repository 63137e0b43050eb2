import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventOccurrence } from '@promotion-hall/sdk';
import { googleCalendarUrl } from '../src/components/event-calendar/google-calendar.js';

const timed = { start: '2026-12-14T18:30:00+09:00', end: '2026-12-14T20:30:00+09:00', allDay: false } as EventOccurrence;

describe('googleCalendarUrl', () => {
  it('gives the times in UTC with the Japan zone for display', () => {
    const url = new URL(googleCalendarUrl(timed, { title: '創業塾 第2回', details: '', location: '' }));
    assert.equal(url.searchParams.get('dates'), '20261214T093000Z/20261214T113000Z');
    assert.equal(url.searchParams.get('ctz'), 'Asia/Tokyo');
    assert.equal(url.searchParams.get('text'), '創業塾 第2回');
    assert.equal(url.searchParams.has('details'), false);
  });

  it('caps every text so that a very long title cannot make a link Google cuts, never halving a character', () => {
    const long = '𠮷'.repeat(2000); // outside the BMP: two UTF-16 units each
    const url = new URL(googleCalendarUrl(timed, { title: long, details: long, location: long }));
    assert.equal(url.searchParams.get('text'), '𠮷'.repeat(200));
    assert.equal(url.searchParams.get('details'), '𠮷'.repeat(500));
    assert.equal(url.searchParams.get('location'), '𠮷'.repeat(200));
    assert.ok(url.href.length < 12_000, `${url.href.length} characters`);
  });
});
