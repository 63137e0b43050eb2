/**
 * Opening the SQLite database with the settings the booking integrity depends on,
 * and proving at start-up that they took effect (a PRAGMA that silently fails,
 * e.g. WAL on a network file system, must stop the server, not weaken it).
 * Why these settings: docs/decisions/0001-sqlite-settings.md.
 */
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export const BUSY_TIMEOUT_MS = 5000;

export class DatabaseSettingsError extends Error {
  override name = 'DatabaseSettingsError';
}

export function openDatabase(file: string): SqliteDatabase {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    assertSettings(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** The settings as SQLite reports them; throws when one is not in force. */
export function assertSettings(db: SqliteDatabase): void {
  const expect = (pragma: string, wanted: unknown) => {
    const actual = db.pragma(pragma, { simple: true });
    if (actual !== wanted) {
      throw new DatabaseSettingsError(`PRAGMA ${pragma} is ${String(actual)}, expected ${String(wanted)}`);
    }
  };
  expect('journal_mode', 'wal');
  expect('synchronous', 2); // FULL
  expect('foreign_keys', 1);
  expect('busy_timeout', BUSY_TIMEOUT_MS);
}
