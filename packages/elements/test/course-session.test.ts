import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionOf, tooLateAfter } from '../src/components/event-calendar/course-session.js';

const sessions = [
  { index: 1, start: '2026-12-07T18:30:00+09:00', end: '2026-12-07T20:30:00+09:00' },
  { index: 2, start: '2026-12-14T18:30:00+09:00', end: '2026-12-14T20:30:00+09:00' },
  { index: 3, start: '2026-12-21T19:00:00+09:00', end: '2026-12-21T21:00:00+09:00' },
];

describe('sessionOf', () => {
  it('finds the session that starts when the occurrence does, whatever the offset is written as', () => {
    assert.equal(sessionOf({ start: '2026-12-14T18:30:00+09:00', sessions })?.index, 2);
    assert.equal(sessionOf({ start: '2026-12-21T10:00:00Z', sessions })?.index, 3);
    assert.equal(sessionOf({ start: '2026-12-14T18:00:00+09:00', sessions }), undefined);
    assert.equal(sessionOf({ start: '2026-12-14T18:30:00+09:00', sessions: [] }), undefined);
  });
});

describe('tooLateAfter', () => {
  it('is the end of an event, the first session of a course attended whole, the last session of one joined session by session', () => {
    assert.equal(tooLateAfter({ end: '2026-12-05T16:00:00+09:00', sessions: [], allSessionsRequired: false }), Date.parse('2026-12-05T16:00:00+09:00'));
    assert.equal(tooLateAfter({ end: '2026-12-21T21:00:00+09:00', sessions, allSessionsRequired: true }), Date.parse('2026-12-07T18:30:00+09:00'));
    assert.equal(tooLateAfter({ end: '2026-12-07T20:30:00+09:00', sessions, allSessionsRequired: false }), Date.parse('2026-12-21T21:00:00+09:00'));
  });
});
