/**
 * Upgrading a database stored by an earlier server: migration 3 widens each course's
 * row to span all its sessions, so GET /events finds a course in a month holding only
 * a later session, and folds its sessions' titles into its search text. Rows that are
 * not courses keep their span and text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { normalizeForSearch } from '@promotion-hall/sdk/normalize';
import { MIGRATIONS, migrate } from '../src/db/migrations.js';

const ms = (iso: string) => Date.parse(iso);

describe('migration 3: courses span their sessions', () => {
  it('widens a course from its first session to its last, finds it by its sessions\' titles, and leaves other rows as they were', () => {
    const db = new Database(':memory:');
    try {
      migrate(db, MIGRATIONS.filter((m) => m.version < 3));
      const insert = db.prepare('INSERT INTO events (id, category, street_id, starts_at, ends_at, recurring, search_text, doc) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)');
      // The documents as an earlier server stored them; the search text as it folded it (title only here).
      const row = (id: string, category: string, start: string, end: string, recurring: 0 | 1, sessions: Array<{ start: string; end: string; title?: { ja: string } }>) =>
        insert.run(id, category, ms(start), recurring ? 8.64e15 : ms(end), recurring, normalizeForSearch(id), JSON.stringify({ id, title: { ja: id }, description: { ja: '' }, organizer: { ja: '' }, start, end, sessions }));
      row('course', 'course', '2026-12-10T18:30:00+09:00', '2026-12-10T20:30:00+09:00', 0, [
        { start: '2026-12-10T18:30:00+09:00', end: '2026-12-10T20:30:00+09:00' },
        { start: '2027-01-14T18:30:00+09:00', end: '2027-01-14T20:45:00+09:00', title: { ja: 'ピボットテーブル' } },
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
      const text = (id: string) => (db.prepare('SELECT search_text FROM events WHERE id = ?').get(id) as { search_text: string }).search_text;
      assert.ok(text('course').includes(normalizeForSearch('ぴぼっとてーぶる')), text('course'));
      assert.equal(text('seminar'), normalizeForSearch('seminar'));
    } finally {
      db.close();
    }
  });
});
