/**
 * Starting the hall's server: open and migrate the database, load the demo data
 * into a new one, and listen. Used by the CLI, the tests and the benchmarks.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { newSecret } from './domain/booking-secrets.js';
import { tokyoDate } from './domain/time.js';
import { SqliteHallRepository } from './db/sqlite-repository.js';
import { createDemoData } from './seed/demo.js';
import type { HallRepository } from './db/repository.js';

export const DATABASE_FILE = 'hall.db';

export interface RunningServer {
  url: string;
  port: number;
  repo: HallRepository;
  close(): Promise<void>;
}

export interface StartOptions {
  now?: () => number;
  log?: (line: string) => void;
}

/** Opens the database in `config.dataDir`, seeding the demo data set when it is new. */
export async function openRepository(config: ServerConfig, now: () => number, log: (line: string) => void): Promise<{ repo: SqliteHallRepository; secret: Buffer }> {
  mkdirSync(config.dataDir, { recursive: true });
  const repo = SqliteHallRepository.open(path.join(config.dataDir, DATABASE_FILE));
  if (config.seedDemo && !(await repo.hasData())) {
    const today = tokyoDate(now());
    await repo.importData(createDemoData(today));
    await repo.setMeta('demo_seeded_for', today);
    log(`loaded the demo data set (dates relative to ${today})`);
  }
  let secret = await repo.getMeta('secret');
  if (secret === undefined) {
    secret = newSecret().toString('base64url');
    await repo.setMeta('secret', secret);
  }
  return { repo, secret: Buffer.from(secret, 'base64url') };
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const { repo, secret } = await openRepository(config, now, log);
  const app = createApp({ repo, config, secret, now, log });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    repo,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void repo.close().then(resolve);
        });
        // Keep-alive connections would hold close() open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
