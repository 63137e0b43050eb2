/**
 * Schema migrations, applied in order at start-up. `PRAGMA user_version` records
 * the last one applied. A migration is never edited once released: add a new one.
 *
 * Entities are stored as the JSON documents the API returns (validated with the
 * shared schemas before they are written) plus the columns that queries filter,
 * sort or constrain on. Booking capacity is enforced by the database itself:
 * a trigger moves `slot_load.booked` with every confirmed booking, and a CHECK
 * keeps it within the slot's capacity, so no code path can overbook.
 */
import type { SqliteDatabase } from './connection.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE venues (id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT;

      CREATE TABLE streets (
        id TEXT PRIMARY KEY,
        reading TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;

      CREATE TABLE shops (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL,
        reading TEXT NOT NULL,
        search_text TEXT NOT NULL,
        payments TEXT NOT NULL,      -- ',cash,qr_code,'
        services TEXT NOT NULL,      -- ',takeout,'
        barrier_free TEXT NOT NULL,  -- ',step_free_entrance,accessible_toilet,'
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX shops_by_reading ON shops (reading, id);
      CREATE INDEX shops_by_category ON shops (category, reading, id);

      CREATE TABLE shop_streets (
        street_id TEXT NOT NULL REFERENCES streets (id) ON DELETE CASCADE,
        shop_id TEXT NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
        PRIMARY KEY (street_id, shop_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL,
        street_id TEXT REFERENCES streets (id),
        starts_at INTEGER NOT NULL,  -- epoch ms of the first occurrence
        ends_at INTEGER NOT NULL,    -- epoch ms; for a series, the end of time (its occurrences are expanded in code)
        recurring INTEGER NOT NULL CHECK (recurring IN (0, 1)),
        search_text TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_by_time ON events (starts_at, ends_at);

      CREATE TABLE services (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL) STRICT;
      CREATE TABLE advisors (id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT;
      CREATE TABLE advisor_services (
        service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
        advisor_id TEXT NOT NULL REFERENCES advisors (id) ON DELETE CASCADE,
        PRIMARY KEY (service_id, advisor_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE programs (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL) STRICT;

      CREATE TABLE slot_load (
        slot_id TEXT PRIMARY KEY,
        service_id TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        capacity INTEGER NOT NULL CHECK (capacity >= 1),
        booked INTEGER NOT NULL DEFAULT 0,
        CHECK (booked >= 0 AND booked <= capacity)
      ) STRICT;
      CREATE INDEX slot_load_by_service ON slot_load (service_id, starts_at);

      CREATE TABLE bookings (
        reference TEXT PRIMARY KEY,
        slot_id TEXT NOT NULL REFERENCES slot_load (slot_id),
        service_id TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'completed', 'no_show')),
        applicant_key TEXT NOT NULL, -- keyed hash of the e-mail, for per-applicant caps
        doc TEXT NOT NULL,           -- the Booking as the API shows it (holds personal data)
        created_at INTEGER NOT NULL,
        cancelled_at INTEGER
      ) STRICT;
      CREATE INDEX bookings_by_applicant ON bookings (applicant_key, service_id, status, starts_at);
      CREATE INDEX bookings_by_start ON bookings (starts_at);

      CREATE TRIGGER bookings_take_capacity AFTER INSERT ON bookings
        WHEN NEW.status = 'confirmed'
      BEGIN
        UPDATE slot_load SET booked = booked + 1 WHERE slot_id = NEW.slot_id;
      END;

      CREATE TRIGGER bookings_release_capacity AFTER UPDATE OF status ON bookings
        WHEN OLD.status = 'confirmed' AND NEW.status = 'cancelled'
      BEGIN
        UPDATE slot_load SET booked = booked - 1 WHERE slot_id = NEW.slot_id;
      END;

      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        request_hash TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,          -- the answer, without the manage token (re-derived on replay)
        reference TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
    `,
  },
  {
    version: 2,
    name: 'booking tallies for the statistics',
    // Retention deletes bookings (personal data) months after their date, but the
    // PDCA review compares whole fiscal years: the monthly counts are kept apart,
    // with no personal data, and outlive the bookings they count. Moved by triggers
    // like slot_load, so every path that writes a booking counts it. The month is
    // the booking's creation month in Japan (UTC+9, no DST).
    sql: `
      CREATE TABLE booking_tallies (
        month TEXT NOT NULL,        -- YYYY-MM in Japan time
        category TEXT NOT NULL,     -- the topic's consultation category
        channel TEXT NOT NULL,
        booked INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0),
        cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled >= 0 AND cancelled <= booked),
        PRIMARY KEY (month, category, channel)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO booking_tallies (month, category, channel, booked, cancelled)
        SELECT strftime('%Y-%m', (created_at + 32400000) / 1000, 'unixepoch'),
               json_extract(doc, '$.topic.category'), json_extract(doc, '$.channel'),
               count(*), sum(status = 'cancelled')
        FROM bookings GROUP BY 1, 2, 3;

      CREATE TRIGGER bookings_tally_booked AFTER INSERT ON bookings
      BEGIN
        INSERT INTO booking_tallies (month, category, channel, booked, cancelled)
          VALUES (strftime('%Y-%m', (NEW.created_at + 32400000) / 1000, 'unixepoch'),
                  json_extract(NEW.doc, '$.topic.category'), json_extract(NEW.doc, '$.channel'),
                  1, NEW.status = 'cancelled')
          ON CONFLICT (month, category, channel) DO UPDATE SET booked = booked + 1, cancelled = cancelled + excluded.cancelled;
      END;

      CREATE TRIGGER bookings_tally_cancelled AFTER UPDATE OF status ON bookings
        WHEN OLD.status <> 'cancelled' AND NEW.status = 'cancelled'
      BEGIN
        UPDATE booking_tallies SET cancelled = cancelled + 1
          WHERE month = strftime('%Y-%m', (NEW.created_at + 32400000) / 1000, 'unixepoch')
            AND category = json_extract(NEW.doc, '$.topic.category') AND channel = json_extract(NEW.doc, '$.channel');
      END;
    `,
  },
];

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies every migration newer than the database, each in its own transaction. Returns the versions applied. */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new MigrationError(`the database is at schema version ${current}, newer than this server (${latest}); upgrade the server`);
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
