/**
 * The transport: one request with retries, timeouts, cancellation, and an answer
 * that is validated against the contract or turned into a typed HallError.
 * Built on ky 2, which brings retries with backoff and Retry-After, per-attempt
 * and total timeouts, and hooks; this module decides the policy per kind of call.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type Options as KyOptions } from 'ky';
import { Problem, type z } from './schemas/index.js';
import {
  createHttpError,
  HallNetworkError,
  HallResponseShapeError,
  HallTimeoutError,
  isHallError,
  type RequestInfo,
} from './errors.js';
import { compiledSchema } from './schema-compiler.js';
import { parseTolerant } from './tolerant-parse.js';

export type Locale = 'ja' | 'en';

export interface RetryPolicy {
  /** Retries after the first attempt (GETs, and book() on network errors, timeouts and 5xx). */
  limit: number;
  /** Longest wait between attempts, in ms (Retry-After may ask for more, within the time budget). */
  backoffLimit: number;
}

export interface HallHooks {
  /**
   * Before every attempt, retries included. `path` has no query string: queries can
   * hold what people typed (a search), which logs must not keep.
   */
  beforeRequest?: (info: { method: string; path: string; attempt: number }) => void;
  /** After every answer, errors and retries included (`path` without the query string). */
  afterResponse?: (info: { method: string; path: string; status: number; attempt: number }) => void;
  /** When unknown enum values from a newer server were left out (see docs/sdk.md). */
  onTolerated?: (info: { method: string; path: string; dropped: ReadonlyArray<ReadonlyArray<string | number>> }) => void;
}

export interface TransportConfig {
  /** e.g. `https://hall.example.jp/api/v1` */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per attempt, for the answer's headers and again for its body, in ms. */
  timeout: number;
  /** For the whole call, retries and waits included, in ms. */
  totalTimeout: number;
  retry: RetryPolicy;
  locale: Locale;
  hooks: HallHooks;
  /** Validate with compiled schemas where the entry installed a compiler (Node; see schema-compiler.ts). */
  compileSchemas: boolean;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, in ms. */
  timeout?: number;
  /**
   * Reads only. `false`: do not keep this answer for ETag revalidation (its next read
   * downloads it again, through the browser's HTTP cache where there is one). For large
   * answers the caller keeps in a form of its own: a kept answer stays in memory as long
   * as the client. Identical concurrent reads are still shared. Default `true`.
   */
  keep?: boolean;
}

/** How a call may be retried: reads freely, a booking only with its idempotency key, other writes never. */
export type CallKind = 'read' | 'idempotent-write' | 'write';

export interface Call<S extends z.ZodMiniType> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the base URL, without a leading slash: `events`, `shops/abc`. */
  path: string;
  query?: Readonly<Record<string, string>>;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  schema: S;
  kind: CallKind;
  options?: CallOptions;
}

export type Answer<T> = { notModified: true; etag: string } | { notModified: false; value: T; etag: string | null };

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const SERVER_STATUSES = [500, 502, 503, 504];

export class Transport {
  readonly config: TransportConfig;
  private readonly base: URL;

  constructor(config: TransportConfig) {
    this.config = config;
    // A trailing slash makes `events` resolve below /api/v1/ instead of replacing v1.
    this.base = new URL(config.baseUrl.endsWith('/') ? config.baseUrl : `${config.baseUrl}/`, globalThis.location?.href);
  }

  url(path: string, query?: Readonly<Record<string, string>>): URL {
    const url = new URL(path, this.base);
    for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
    return url;
  }

  /**
   * One call: request (with the retries its kind allows), read, validate. ky retries
   * failures before the answer's headers; a body that stalls or is cut off after them
   * is retried here, for the same kinds of call (a booking with its same key, so a
   * retry replays the first answer), within the retry limit and the time budget.
   */
  async send<S extends z.ZodMiniType>(call: Call<S>, etag?: string): Promise<Answer<z.infer<S>>> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.sendOnce(call, etag, started);
      } catch (error) {
        const retryable = error instanceof BodyFailure && call.kind !== 'write' && attempt < this.config.retry.limit;
        const budgetLeft = this.config.totalTimeout - (Date.now() - started) > 0;
        if (retryable && budgetLeft && !call.options?.signal?.aborted) continue;
        throw error instanceof BodyFailure ? error.error : error;
      }
    }
  }

  private async sendOnce<S extends z.ZodMiniType>(call: Call<S>, etag: string | undefined, callStarted: number): Promise<Answer<z.infer<S>>> {
    const url = this.url(call.path, call.query);
    const info: RequestInfo = { method: call.method, path: url.pathname };
    const timeout = call.options?.timeout ?? this.config.timeout;
    const signal = call.options?.signal;
    signal?.throwIfAborted();

    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': this.config.locale, ...call.headers };
    if (etag) headers['If-None-Match'] = etag;

    const started = callStarted;
    const { totalTimeout } = this.config;
    let response: Response;
    try {
      response = await ky(url, this.kyOptions(call, info, headers, timeout));
    } catch (error) {
      // ky's TimeoutError also means "the time budget ran out": say which limit was hit
      // (timers may fire a millisecond early, hence the few ms of slack).
      throw await this.toHallError(error, info, Date.now() - started >= totalTimeout - 5 ? totalTimeout : timeout, signal);
    }
    if (response.status === 304 && etag) return { notModified: true, etag };

    // The body is read within the per-attempt timeout, and within what is left of the call's budget.
    const left = Math.max(0, totalTimeout - (Date.now() - started));
    let text: string;
    try {
      text = await readBody(response, Math.min(timeout, left), left < timeout ? totalTimeout : timeout, info, signal);
    } catch (error) {
      // The caller's own abort is final; a stalled or cut-off body may be tried again.
      if (signal?.aborted) throw error;
      throw new BodyFailure(error);
    }
    const value = this.validate(call.schema, response, text, info);
    return { notModified: false, value, etag: response.headers.get('ETag') };
  }

  private kyOptions(call: Call<z.ZodMiniType>, info: RequestInfo, headers: Record<string, string>, timeout: number): KyOptions {
    const started = Date.now();
    const { totalTimeout, retry, hooks } = this.config;
    const canRetry = call.kind !== 'write';
    return {
      method: call.method,
      headers,
      ...(call.body === undefined ? {} : { json: call.body }),
      ...(call.options?.signal ? { signal: call.options.signal } : {}),
      ...(this.config.fetch ? { fetch: this.config.fetch } : {}),
      timeout,
      totalTimeout,
      // 304 is an answer, not an error: the caller serves its cached copy.
      throwHttpErrors: (status) => status !== 304,
      retry: {
        limit: canRetry ? retry.limit : 0,
        methods: call.kind === 'idempotent-write' ? ['post'] : ['get'],
        statusCodes: call.kind === 'idempotent-write' ? SERVER_STATUSES : RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: totalTimeout,
        backoffLimit: retry.backoffLimit,
        retryOnTimeout: true,
        shouldRetry: ({ error }) => {
          if (!isHTTPError(error)) return undefined;
          // A booking is retried on 5xx only: a 4xx is an answer about the request itself.
          if (call.kind === 'idempotent-write' && error.response.status < 500) return false;
          // Never wait past the time budget: fail now with the server's answer instead.
          const wait = retryAfterSeconds(error.response.headers.get('Retry-After'));
          if (wait !== undefined && Date.now() - started + wait * 1000 > totalTimeout) return false;
          return undefined;
        },
      },
      hooks: {
        beforeRequest: hooks.beforeRequest ? [({ retryCount }) => hooks.beforeRequest?.({ method: info.method, path: info.path, attempt: retryCount + 1 })] : [],
        afterResponse: hooks.afterResponse
          ? [({ response, retryCount }) => hooks.afterResponse?.({ method: info.method, path: info.path, status: response.status, attempt: retryCount + 1 })]
          : [],
      },
    };
  }

  private validate<S extends z.ZodMiniType>(schema: S, response: Response, text: string, info: RequestInfo): z.infer<S> {
    if (text.length === 0) throw new HallResponseShapeError(info, response.status, 'empty_body');
    const type = response.headers.get('Content-Type') ?? '';
    if (!/\bjson\b/i.test(type)) throw new HallResponseShapeError(info, response.status, 'not_json');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new HallResponseShapeError(info, response.status, 'invalid_json');
    }
    const result = parseTolerant(this.config.compileSchemas ? compiledSchema(schema) : schema, data);
    if (!result.ok) throw new HallResponseShapeError(info, response.status, 'schema', result.issues);
    if (result.dropped.length > 0) this.config.hooks.onTolerated?.({ method: info.method, path: info.path, dropped: result.dropped });
    return result.value;
  }

  private async toHallError(error: unknown, info: RequestInfo, timeout: number, signal: AbortSignal | undefined): Promise<unknown> {
    // The caller cancelled: their own reason, as fetch would give it.
    if (signal?.aborted) return signal.reason;
    if (isHallError(error)) return error;
    if (isHTTPError(error)) {
      const problem = Problem.safeParse(error.data);
      return createHttpError(info, error.response.status, problem.success ? problem.data : undefined, retryAfterSeconds(error.response.headers.get('Retry-After')));
    }
    if (isTimeoutError(error)) return new HallTimeoutError(info, timeout, { cause: error });
    if (isNetworkError(error)) return new HallNetworkError('network', info, 'the connection failed', { cause: error.cause ?? error });
    return new HallNetworkError('network', info, 'the request failed', { cause: error });
  }
}

/** A failure while reading an answer's body (after its headers): retryable like a network error. */
class BodyFailure {
  constructor(readonly error: unknown) {}
}

/**
 * Reads the body within `ms`; a stalled body ends in HallTimeoutError (reporting
 * `limitMs`, the limit that was hit). The body is read through its own reader so
 * that giving up can cancel the stream, which closes the connection: a locked
 * stream (as `response.text()` leaves it) cannot be cancelled.
 */
async function readBody(response: Response, ms: number, limitMs: number, info: RequestInfo, signal: AbortSignal | undefined): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const read = async (): Promise<string> => {
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HallTimeoutError(info, limitMs)), ms);
    if (signal) {
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  try {
    return await Promise.race([read(), stop]);
  } catch (error) {
    // Release the connection: nobody will read the rest of this body.
    reader.cancel().catch(() => {});
    if (error instanceof HallTimeoutError || signal?.aborted) throw error;
    throw new HallNetworkError('network', info, 'the answer was cut off', { cause: error });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/** Retry-After as seconds (it may be a number of seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
