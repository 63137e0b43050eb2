/**
 * A database stored by an earlier server: its event rows' columns were derived by older rules
 * (a course spanning its first session only, searched without its sessions' titles). Opening it
 * derives them again from the stored documents, once, so GET /events finds a course in a month
 * that holds only a later session, and by a session's title.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { normalizeForSearch } from '@promotion-hall/sdk/normalize';
import { migrate } from '../src/db/migrations.js';
import { EVENT_COLUMNS_VERSION, SqliteHallRepository } from '../src/db/sqlite-repository.js';
import { fixtureData } from './support/fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hall-derived-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('event columns derived again when their rules change', () => {
  it('widens a course to its last session and finds it by a session title; other rows keep what they had', async () => {
    const file = path.join(dir, 'earlier.db');
    const events = fixtureData().events;
    const course = events.find((e) => e.id === 'dx-course')!;
    const seminar = events.find((e) => e.id === 'startup-seminar')!;
    // As the earlier server stored them: the course's first session only, its title alone folded.
    const earlier = new Database(file);
    migrate(earlier);
    const insert = earlier.prepare('INSERT INTO events (id, category, street_id, starts_at, ends_at, recurring, search_text, doc) VALUES (?, ?, NULL, ?, ?, 0, ?, ?)');
    for (const e of [course, seminar]) insert.run(e.id, e.category, Date.parse(e.start), Date.parse(e.end), normalizeForSearch(e.title.ja), JSON.stringify(e));
    earlier.close();

    const repo = SqliteHallRepository.open(file);
    try {
      const row = (id: string) => repo.db.prepare('SELECT starts_at, ends_at, search_text FROM events WHERE id = ?').get(id) as { starts_at: number; ends_at: number; search_text: string };
      assert.deepEqual([row('dx-course').starts_at, row('dx-course').ends_at], [Date.parse('2026-12-10T18:30:00+09:00'), Date.parse('2027-01-14T20:30:00+09:00')]);
      assert.ok(row('dx-course').search_text.includes(normalizeForSearch('でーたかつよう')), row('dx-course').search_text);
      assert.deepEqual([row('startup-seminar').starts_at, row('startup-seminar').ends_at], [Date.parse(seminar.start), Date.parse(seminar.end)]);
      assert.equal(await repo.getMeta('event_columns'), EVENT_COLUMNS_VERSION);
      assert.equal(repo.rederivedEvents, 2, 'for the start-up log');
      const january = await repo.findEvents({ fromMs: Date.parse('2027-01-14T00:00:00+09:00'), toMs: Date.parse('2027-01-15T00:00:00+09:00') });
      assert.deepEqual(january.map((e) => e.id), ['dx-course']);
    } finally {
      repo.db.close();
    }

    // Once: a row changed by hand afterwards stays as it is at the next start.
    const again = new Database(file);
    again.prepare("UPDATE events SET search_text = 'kept' WHERE id = 'startup-seminar'").run();
    again.close();
    const reopened = SqliteHallRepository.open(file);
    try {
      assert.equal((reopened.db.prepare("SELECT search_text FROM events WHERE id = 'startup-seminar'").get() as { search_text: string }).search_text, 'kept');
      assert.equal(reopened.rederivedEvents, null);
    } finally {
      reopened.db.close();
    }
  });
});
