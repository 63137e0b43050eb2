/**
 * A fault-injecting loopback HTTP server for the SDK's failure tests.
 *
 * Each test scripts what the server does per request: the n-th request is handled
 * by the n-th step of the script (the last step repeats). Every request is recorded
 * (method, path, headers, body, arrival time) and every socket's close time, so a
 * test can count attempts, time the gap between them, compare Idempotency-Keys and
 * check that the client released a connection.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface SeenRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/venues`. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** performance.now() when the request's head arrived. */
  at: number;
  /** Date.now() at the same moment (to compare with HTTP dates). */
  wallAt: number;
  /** The socket the request came on (to watch it being released). */
  socket: SocketRecord;
}

export interface SocketRecord {
  id: number;
  /** performance.now() when the socket closed, undefined while it is open. */
  closedAt: number | undefined;
}

/** One step of a script: answer (or misbehave on) one request. */
export type Step = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest) => void | Promise<void>;

export interface FaultServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The API base the SDK is pointed at: `${origin}/api/v1`. */
  api: string;
  /** Replaces the script and forgets the requests seen so far. */
  script(...steps: Step[]): void;
  readonly requests: readonly SeenRequest[];
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  let steps: Step[] = [];
  let requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const records = new WeakMap<Socket, SocketRecord>();
  let nextSocket = 0;

  const server = createServer((req, res) => {
    const at = performance.now();
    const wallAt = Date.now();
    const socket = records.get(req.socket) ?? { id: -1, closedAt: undefined };
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A destroyed socket ends the request without 'end': record it anyway.
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const seen: SeenRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at, wallAt, socket };
      const index = requests.push(seen) - 1;
      const step = steps[Math.min(index, steps.length - 1)] ?? answer(500, { title: 'no script' });
      Promise.resolve(step(req, res, seen)).catch(() => res.destroy());
    };
    req.on('end', record);
    req.on('error', record);
  });
  server.on('connection', (socket) => {
    const record: SocketRecord = { id: nextSocket++, closedAt: undefined };
    records.set(socket, record);
    sockets.add(socket);
    socket.on('close', () => {
      record.closedAt = performance.now();
      sockets.delete(socket);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    api: `${origin}/api/v1`,
    script(...next: Step[]) {
      steps = next;
      requests = [];
    },
    get requests() {
      return requests;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ——— Steps ———

/** Answers with `status` and a JSON body (problem+json for 4xx/5xx unless a type is given). */
export function answer(status: number, body: unknown, headers: Record<string, string> = {}): Step {
  return (_req, res) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  };
}

/** Answers with a raw body and exactly the headers given. */
export function raw(status: number, body: string, headers: Record<string, string>): Step {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };
}

/** An RFC 9457 problem body, as the reference server sends them. */
export function problemBody(status: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: '/problems/test', title: `Status ${status}`, status, ...extra };
}

/** A problem+json answer. */
export function problem(status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Step {
  return answer(status, problemBody(status, extra), headers);
}

/** Destroys the connection without answering: the client sees a network error. */
export const destroy: Step = (req) => {
  req.socket.destroy();
};

/** Never answers (the client's per-attempt timeout must end it). */
export const hang: Step = () => {};

/** Sends the head and the start of the body, then stalls forever. */
export function stallBody(status = 200, start = '{"items":['): Step {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': 100_000 });
    res.write(start);
  };
}

/** Promises `Content-Length: length` but sends `body` and closes the connection. */
export function truncated(body: string, length: number): Step {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': length });
    res.write(body, () => setTimeout(() => res.socket?.destroy(), 10));
  };
}
