/**
 * Online backup of the hall's database with SQLite's backup API (better-sqlite3's
 * `db.backup()`): a consistent snapshot taken while the server keeps serving and
 * writing. The copy is written next to its destination and renamed into place only
 * once complete and checked, so a failed or interrupted backup never leaves a file
 * that looks like a good one. Restoring is a copy with the server stopped
 * (docs/operations.md).
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ServerConfig } from './config.js';
import { BUSY_TIMEOUT_MS } from './db/connection.js';
import { DATABASE_FILE } from './server.js';

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  /** The schema version (PRAGMA user_version) of the copy. */
  schemaVersion: number;
}

/** Copies `<dataDir>/hall.db` to `destination` (which must not exist yet), consistent as of one instant. */
export async function runBackup(config: ServerConfig, destination: string): Promise<BackupResult> {
  const source = path.join(config.dataDir, DATABASE_FILE);
  const target = path.resolve(destination);
  if (!existsSync(source)) throw new BackupError(`no database at ${source} (check HALL_DATA_DIR)`);
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose a new file name (backups are never overwritten)`);
  if (target === source) throw new BackupError('the backup must not be the database itself');
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });

  // Opened as is: no migrations, no demo data, so a backup never changes the database.
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const meta = await db.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    let schemaVersion: number;
    try {
      const check = String(copy.pragma('integrity_check', { simple: true }));
      if (check !== 'ok') throw new BackupError(`the copy failed its integrity check (${check.slice(0, 200)})`);
      schemaVersion = copy.pragma('user_version', { simple: true }) as number;
      // One self-contained file: fold any WAL of the copy into it before it is renamed.
      copy.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      copy.close();
    }
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, pages: meta.totalPages, schemaVersion };
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
