/**
 * One error hierarchy for everything the SDK can fail with, made by one factory.
 *
 * Guards (`isHallError`, …) check a brand registered with `Symbol.for`, not
 * `instanceof`, so they work when a page ends up with two copies of the SDK
 * (a widget bundle and the host's own import). Messages say which method and path
 * failed and why; they never carry the request body or query string, which may
 * hold personal data.
 */
import type { FieldError, Problem } from './schemas/index.js';

const BRAND = Symbol.for('promotion-hall.sdk.error');

export type HallErrorKind =
  | 'http'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limit'
  | 'server'
  | 'network'
  | 'timeout'
  | 'response_shape'
  | 'invalid_input';

export interface RequestInfo {
  /** `GET`, `POST` … */
  method: string;
  /** The path without the query string, e.g. `/api/v1/events`. */
  path: string;
}

export class HallError extends Error {
  override name = 'HallError';
  readonly kind: HallErrorKind;
  readonly method: string;
  readonly path: string;
  declare readonly [BRAND]: true;

  constructor(kind: HallErrorKind, request: RequestInfo, message: string, options?: { cause?: unknown }) {
    super(`${request.method} ${request.path}: ${message}`, options);
    this.kind = kind;
    this.method = request.method;
    this.path = request.path;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** The server answered with an error status. */
export class HallHttpError extends HallError {
  override name = 'HallHttpError';
  readonly status: number;
  /** The problem+json body, when the server sent one. */
  readonly problem: Problem | undefined;
  /** Per-field errors (`body.applicant.email`, `query.limit` …); empty when none. */
  readonly fieldErrors: readonly FieldError[];

  constructor(kind: HallErrorKind, request: RequestInfo, status: number, problem: Problem | undefined) {
    super(kind, request, `${status} ${problem?.title ?? 'HTTP error'}${problem?.detail ? ` — ${problem.detail}` : ''}`);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem?.errors ?? [];
  }
}

/** 400: the request had invalid fields (see `fieldErrors`). */
export class HallBadRequestError extends HallHttpError {
  override name = 'HallBadRequestError';
}
/** 401: a manage token is missing. */
export class HallUnauthorizedError extends HallHttpError {
  override name = 'HallUnauthorizedError';
}
/** 403: e.g. the page's origin may not book. */
export class HallForbiddenError extends HallHttpError {
  override name = 'HallForbiddenError';
}
/** 404: no such resource (or, for bookings, no such reference with this token). */
export class HallNotFoundError extends HallHttpError {
  override name = 'HallNotFoundError';
}
/** 409: e.g. the slot was just taken. */
export class HallConflictError extends HallHttpError {
  override name = 'HallConflictError';
}
/** 422: a booking rule, an ineligible applicant, or an idempotency key reused with another body. */
export class HallUnprocessableError extends HallHttpError {
  override name = 'HallUnprocessableError';
}
/** 429: too many requests; `retryAfter` says how many seconds to wait. */
export class HallRateLimitError extends HallHttpError {
  override name = 'HallRateLimitError';
  readonly retryAfter: number | undefined;

  constructor(kind: HallErrorKind, request: RequestInfo, status: number, problem: Problem | undefined, retryAfter: number | undefined) {
    super(kind, request, status, problem);
    this.retryAfter = retryAfter;
  }
}
/** 5xx after the retries allowed. */
export class HallServerError extends HallHttpError {
  override name = 'HallServerError';
}

/** No answer: the connection failed (`cause` holds the platform's error). */
export class HallNetworkError extends HallError {
  override name = 'HallNetworkError';
}

/** No complete answer in time (per attempt, or the whole call's time budget). */
export class HallTimeoutError extends HallError {
  override name = 'HallTimeoutError';
  readonly timeoutMs: number;

  constructor(request: RequestInfo, timeoutMs: number, options?: { cause?: unknown }) {
    super('timeout', request, `no complete answer within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

export type ResponseShapeReason = 'invalid_json' | 'empty_body' | 'not_json' | 'schema';

/** An answer that is not what the contract promises; never half-typed data. */
export class HallResponseShapeError extends HallError {
  override name = 'HallResponseShapeError';
  readonly reason: ResponseShapeReason;
  /** Where the answer broke the schema (paths and codes only, no values). */
  readonly issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string; message: string }>;
  readonly status: number;

  constructor(request: RequestInfo, status: number, reason: ResponseShapeReason, issues: HallResponseShapeError['issues'] = []) {
    const where = issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`)
      .join('; ');
    super('response_shape', request, `the ${status} answer is not valid (${reason}${where ? `: ${where}` : ''})`);
    this.reason = reason;
    this.issues = issues;
    this.status = status;
  }
}

/** Arguments rejected before any request was made (same field names as the server's). */
export class HallInvalidInputError extends HallError {
  override name = 'HallInvalidInputError';
  readonly fieldErrors: readonly FieldError[];

  constructor(request: RequestInfo, fieldErrors: readonly FieldError[]) {
    super('invalid_input', request, `invalid ${fieldErrors.map((f) => f.field).join(', ')}`);
    this.fieldErrors = fieldErrors;
  }
}

/** The one factory for errors from HTTP answers. */
export function createHttpError(request: RequestInfo, status: number, problem: Problem | undefined, retryAfter?: number): HallHttpError {
  switch (status) {
    case 400:
      return new HallBadRequestError('bad_request', request, status, problem);
    case 401:
      return new HallUnauthorizedError('unauthorized', request, status, problem);
    case 403:
      return new HallForbiddenError('forbidden', request, status, problem);
    case 404:
      return new HallNotFoundError('not_found', request, status, problem);
    case 409:
      return new HallConflictError('conflict', request, status, problem);
    case 422:
      return new HallUnprocessableError('unprocessable', request, status, problem);
    case 429:
      return new HallRateLimitError('rate_limit', request, status, problem, retryAfter ?? problem?.retryAfter);
  }
  if (status >= 500) return new HallServerError('server', request, status, problem);
  return new HallHttpError('http', request, status, problem);
}

export function isHallError(value: unknown): value is HallError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

function guard<T extends HallError>(...kinds: HallErrorKind[]) {
  return (value: unknown): value is T => isHallError(value) && kinds.includes(value.kind);
}

export const isHallHttpError = guard<HallHttpError>('http', 'bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'unprocessable', 'rate_limit', 'server');
export const isHallBadRequestError = guard<HallBadRequestError>('bad_request');
export const isHallUnauthorizedError = guard<HallUnauthorizedError>('unauthorized');
export const isHallForbiddenError = guard<HallForbiddenError>('forbidden');
export const isHallNotFoundError = guard<HallNotFoundError>('not_found');
export const isHallConflictError = guard<HallConflictError>('conflict');
export const isHallUnprocessableError = guard<HallUnprocessableError>('unprocessable');
export const isHallRateLimitError = guard<HallRateLimitError>('rate_limit');
export const isHallServerError = guard<HallServerError>('server');
export const isHallNetworkError = guard<HallNetworkError>('network');
export const isHallTimeoutError = guard<HallTimeoutError>('timeout');
export const isHallResponseShapeError = guard<HallResponseShapeError>('response_shape');
export const isHallInvalidInputError = guard<HallInvalidInputError>('invalid_input');
