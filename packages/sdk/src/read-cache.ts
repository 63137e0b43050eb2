/**
 * GETs shared between callers: identical concurrent GETs become one request, and
 * answers with an ETag are kept so the next GET revalidates (304) instead of
 * downloading again. Three widgets on one page asking for the same month cause
 * one request, and a page that polls costs the server a 304.
 *
 * Each caller keeps its own AbortSignal: one caller giving up does not cancel the
 * others; the shared request is cancelled only when every caller has given up.
 */
import type { z } from './schemas/index.js';
import type { Call, Transport } from './http.js';

interface Cached {
  etag: string;
  value: unknown;
}

interface InFlight {
  key: string;
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

export class ReadCache {
  private readonly entries = new Map<string, Cached>();
  private readonly inFlight = new Map<string, InFlight>();

  constructor(
    private readonly transport: Transport,
    /** How many answers to keep for revalidation (least recently used go first). */
    private readonly maxEntries = 200,
  ) {}

  get<S extends z.ZodMiniType>(call: Call<S>): Promise<z.infer<S>> {
    const key = this.keyOf(call);
    // Already cancelled: fail with the caller's reason before a shared request is started for nobody.
    const signal = call.options?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    let shared = this.inFlight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const started: InFlight = {
        key,
        controller,
        waiting: 0,
        promise: this.fetch(key, { ...call, options: { ...call.options, signal: controller.signal } }).finally(() => {
          if (this.inFlight.get(key) === started) this.inFlight.delete(key);
        }),
      };
      shared = started;
      this.inFlight.set(key, shared);
    }
    return this.follow(shared, call.options?.signal) as Promise<z.infer<S>>;
  }

  /**
   * The answer kept for `call`, without a request: undefined when none is kept. For showing
   * at once what a `get` of the same call then revalidates ("stale while revalidate").
   */
  peek<S extends z.ZodMiniType>(call: Call<S>): z.infer<S> | undefined {
    return this.entries.get(this.keyOf(call))?.value as z.infer<S> | undefined;
  }

  /** Forgets every kept answer (e.g. after a booking changed availability). */
  clear(): void {
    this.entries.clear();
  }

  /** One key per URL and language: the same query in another language is another answer. */
  private keyOf(call: Call<z.ZodMiniType>): string {
    return `${this.transport.url(call.path, call.query).href}\n${this.transport.config.locale}`;
  }

  private async fetch<S extends z.ZodMiniType>(key: string, call: Call<S>): Promise<z.infer<S>> {
    const cached = this.entries.get(key);
    const answer = await this.transport.send(call, cached?.etag);
    if (answer.notModified && cached) {
      this.touch(key, cached);
      return cached.value as z.infer<S>;
    }
    if (answer.notModified) throw new Error('unreachable: 304 without a cached answer');
    // `keep: false` (large answers the caller holds in its own form): not kept, so not held twice.
    if (answer.etag && call.options?.keep !== false) this.touch(key, { etag: answer.etag, value: answer.value });
    return answer.value;
  }

  private touch(key: string, entry: Cached): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  private follow(shared: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    if (!signal) {
      shared.waiting++;
      return shared.promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    shared.waiting++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (--shared.waiting === 0) {
          // Nobody wants it any more: cancel it, and let the next caller start afresh.
          if (this.inFlight.get(shared.key) === shared) this.inFlight.delete(shared.key);
          shared.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}
