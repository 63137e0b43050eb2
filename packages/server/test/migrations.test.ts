/**
 * Upgrading a database stored by an earlier server: migration 3 widens each course's
 * row to span all its sessions, so GET /events finds a course in a month holding only
 * a later session. Rows that are not courses keep their span.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../src/db/migrations.js';

const ms = (iso: string) => Date.parse(iso);

describe('migration 3: courses span their sessions', () => {
  it('widens a course from its first session to its last and leaves other rows as they were', () => {
    const db = new Database(':memory:');
    try {
      migrate(db, MIGRATIONS.filter((m) => m.version < 3));
      const insert = db.prepare('INSERT INTO events (id, category, street_id, starts_at, ends_at, recurring, search_text, doc) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)');
      const row = (id: string, category: string, start: string, end: string, recurring: 0 | 1, sessions: Array<{ start: string; end: string }>) =>
        insert.run(id, category, ms(start), recurring ? 8.64e15 : ms(end), recurring, id, JSON.stringify({ id, start, end, sessions }));
      row('course', 'course', '2026-12-10T18:30:00+09:00', '2026-12-10T20:30:00+09:00', 0, [
        { start: '2026-12-10T18:30:00+09:00', end: '2026-12-10T20:30:00+09:00' },
        { start: '2027-01-14T18:30:00+09:00', end: '2027-01-14T20:45:00+09:00' },
        { start: '2026-12-17T18:30:00+09:00', end: '2026-12-17T20:30:00+09:00' },
      ]);
      row('seminar', 'seminar', '2026-12-05T14:00:00+09:00', '2026-12-05T16:00:00+09:00', 0, []);
      row('market', 'street_event', '2026-12-08T10:00:00+09:00', '', 1, []);
      // A session time SQLite cannot read leaves its row as it was rather than failing the upgrade.
      row('odd', 'course', '2026-12-01T10:00:00+09:00', '2026-12-01T12:00:00+09:00', 0, [{ start: 'soon', end: 'later' }]);

      assert.deepEqual(migrate(db), MIGRATIONS.filter((m) => m.version >= 3).map((m) => m.version));
      const spans = Object.fromEntries(
        (db.prepare('SELECT id, starts_at, ends_at FROM events ORDER BY id').all() as Array<{ id: string; starts_at: number; ends_at: number }>).map((r) => [r.id, [r.starts_at, r.ends_at]]),
      );
      assert.deepEqual(spans, {
        course: [ms('2026-12-10T18:30:00+09:00'), ms('2027-01-14T20:45:00+09:00')],
        seminar: [ms('2026-12-05T14:00:00+09:00'), ms('2026-12-05T16:00:00+09:00')],
        market: [ms('2026-12-08T10:00:00+09:00'), 8.64e15],
        odd: [ms('2026-12-01T10:00:00+09:00'), ms('2026-12-01T12:00:00+09:00')],
      });
    } finally {
      db.close();
    }
  });
});
