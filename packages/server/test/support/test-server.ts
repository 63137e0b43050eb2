/**
 * Starts the real server on a loopback port with its own temporary data folder,
 * for tests and benchmarks. With `data`, the database is filled with that data
 * set instead of the demo one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type ServerConfig } from '../../src/config.js';
import { SqliteHallRepository } from '../../src/db/sqlite-repository.js';
import { DATABASE_FILE, startServer, type RunningServer } from '../../src/server.js';
import type { HallData } from '../../src/seed/demo.js';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** The API base, e.g. http://127.0.0.1:41234/api/v1 */
  api: string;
  /** Every line the server logged. */
  logs: string[];
}

export interface TestServerOptions {
  data?: HallData;
  now?: () => number;
  config?: Partial<ServerConfig>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hall-test-'));
  if (options.data) {
    const repo = SqliteHallRepository.open(path.join(dataDir, DATABASE_FILE));
    await repo.importData(options.data);
    await repo.close();
  }
  const config: ServerConfig = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: options.data === undefined,
    siteDir: null,
    widgetsDir: null,
    accessLog: true,
    // Tests send a booking right after fetching its form token; the fill time has tests of its own.
    minFillSeconds: 0,
    ...options.config,
  };
  const logs: string[] = [];
  const server = await startServer(config, { ...(options.now ? { now: options.now } : {}), log: (line) => logs.push(line) });
  return {
    ...server,
    dataDir,
    api: `${server.url}/api/v1`,
    logs,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
