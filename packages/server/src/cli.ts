/**
 * `promotion-hall-server [start]` — serve the API, the example site and the widgets.
 * `promotion-hall-server retention` — purge bookings older than HALL_RETENTION_DAYS
 * after their consultation date, and idempotency records older than a day.
 * `promotion-hall-server backup <file>` — an online backup of the database into a new
 * file, safe while the server runs (restoring: docs/operations.md).
 */
import { BackupError, runBackup } from './backup.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseSettingsError } from './db/connection.js';
import { MigrationError } from './db/migrations.js';
import { runRetention } from './retention.js';
import { startServer } from './server.js';

async function main(command: string, args: string[]): Promise<void> {
  const config = loadConfig();
  if (command === 'retention') {
    const result = await runRetention(config, Date.now());
    console.log(
      `retention: deleted ${result.bookingsDeleted} bookings older than ${config.retentionDays} days, ` +
        `${result.idempotencyKeysDeleted} idempotency records, ${result.slotLoadsDeleted} slot records`,
    );
    return;
  }
  if (command === 'backup') {
    const file = args[0];
    if (file === undefined || file === '') throw new ConfigError('backup needs a file name: backup <file> (e.g. npm run backup -- backups/hall-2026-12-01.db)');
    const result = await runBackup(config, file);
    console.log(`backup: ${result.file} (${result.bytes} bytes, ${result.pages} pages, schema version ${result.schemaVersion}, integrity ok)`);
    return;
  }
  if (command !== 'start') throw new ConfigError(`unknown command "${command}" (use start, retention or backup)`);
  const server = await startServer(config);
  console.log(`promotion-hall server listening on ${server.url}`);
  console.log(`  example site  ${server.url}/`);
  console.log(`  API           ${server.url}/api/v1/  (OpenAPI: ${server.url}/api/v1/openapi.json)`);
  console.log(`  API reference ${server.url}/docs`);
  console.log(`  widgets       ${server.url}/widgets/`);
  console.log(`  data          ${config.dataDir}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv[2] ?? 'start', process.argv.slice(3)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseSettingsError || error instanceof MigrationError || error instanceof BackupError) {
    console.error(`promotion-hall: ${error.message}`);
  } else if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`promotion-hall: the port is in use; set PORT to another one (e.g. PORT=8788 npm start)`);
  } else {
    console.error('promotion-hall: could not start:', error);
  }
  process.exit(1);
});
