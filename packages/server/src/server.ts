/**
 * Starting the hall's server: open and migrate the database, load the demo data
 * into a new one, and listen. Used by the CLI, the tests and the benchmarks.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { PROBLEM_TYPES } from '@promotion-hall/sdk/schemas';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { newSecret } from './domain/booking-secrets.js';
import { tokyoDate } from './domain/time.js';
import { EVENT_COLUMNS_VERSION, SqliteHallRepository } from './db/sqlite-repository.js';
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
  // A new database has no rows to derive; a stored one tells the operator why its first start took longer.
  if (repo.rederivedEvents) log(`derived the columns of ${repo.rederivedEvents} stored events again (event rules version ${EVENT_COLUMNS_VERSION})`);
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

/**
 * Requests Node's HTTP parser refuses before the app sees them (bytes that are not
 * HTTP, headers over 16 KB) get a problem+json answer too, like every other 4xx.
 */
function answerUnreadableRequest(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, title] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
  // A HEAD answer has no body, whatever the status: a client would read one as garbage.
  const isHead = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  const body = isHead ? '' : JSON.stringify({ type: PROBLEM_TYPES.validation, title, status, detail: 'The request could not be read as HTTP.' });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** A request the adapter cannot turn into a Request (e.g. a malformed URL): 400 problem+json. */
function unreadableRequestAnswer(): Response {
  const body = JSON.stringify({ type: PROBLEM_TYPES.validation, title: 'Bad Request', status: 400, detail: 'The request URL could not be read.' });
  return new Response(body, { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' } });
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const { repo, secret } = await openRepository(config, now, log);
  // Not the database's secret: a form token is worth nothing once its form is sent, so a
  // key made at start will do for one process; several share HALL_FORM_SECRET (ADR 0009).
  const formSecret = config.formSecret === null ? newSecret() : Buffer.from(config.formSecret, 'utf8');
  const app = createApp({ repo, config, secret, formSecret, now, log });
  const listener = getRequestListener(app.fetch, { errorHandler: unreadableRequestAnswer });
  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  server.on('clientError', answerUnreadableRequest);
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
        server.closeAllConnections();
      }),
  };
}
