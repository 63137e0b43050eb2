/**
 * `createHallClient`: the typed client of the hall's API, for browsers and Node ≥ 20.
 *
 *   const hall = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1' });
 *   const page = await hall.events.list({ from: '2026-12-01', to: '2026-12-31', category: ['seminar'] });
 *
 * A page that needs only some resources can build just those on one `createHallContext`,
 * so a bundler leaves the others (and their schemas) out:
 *
 *   const context = createHallContext({ baseUrl: 'https://hall.example.jp/api/v1' });
 *   const hall = { events: new EventsResource(context), calendar: new CalendarResource(context) };
 */
import { Transport, type HallHooks, type Locale, type RetryPolicy } from './http.js';
import { ReadCache } from './read-cache.js';
import { CalendarResource } from './resources/calendar.js';
import { StatsResource } from './resources/stats.js';
import { ConsultationsResource } from './resources/consultations.js';
import { EventsResource } from './resources/events.js';
import { ProgramsResource } from './resources/programs.js';
import type { ResourceContext } from './resources/context.js';
import { ShopsResource, StreetsResource } from './resources/shops.js';
import { VenuesResource } from './resources/venues.js';

export interface HallClientOptions {
  /** The API's base URL, e.g. `https://hall.example.jp/api/v1` (relative URLs resolve against the page). */
  baseUrl: string;
  /** A fetch to use instead of the global one (tests, SSR, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, for the answer's headers and again for its body, in ms. Default 10 000. */
  timeout?: number;
  /** The time budget of one call, retries and waits included, in ms. Default 30 000. */
  totalTimeout?: number;
  /** Retries of GETs (and of bookings, with their idempotency key). Default `{ limit: 2, backoffLimit: 5000 }`. */
  retry?: Partial<RetryPolicy>;
  /** Sent as Accept-Language. Default `ja`. */
  locale?: Locale;
  hooks?: HallHooks;
  /**
   * Node only: validate answers with zod's compiled schemas (the same results, several
   * times faster on large lists). Default `true`; `false` validates as browsers do. Browsers never
   * compile (a strict Content-Security-Policy forbids it), whatever this says.
   */
  compileSchemas?: boolean;
}

export interface HallClient {
  readonly baseUrl: string;
  readonly locale: Locale;
  readonly events: EventsResource;
  readonly shops: ShopsResource;
  readonly streets: StreetsResource;
  readonly venues: VenuesResource;
  readonly consultations: ConsultationsResource;
  readonly programs: ProgramsResource;
  readonly calendar: CalendarResource;
  readonly stats: StatsResource;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_TOTAL_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRY: RetryPolicy = { limit: 2, backoffLimit: 5_000 };

/**
 * What the resources of one client share: the transport (the options, checked) and the
 * GET cache, so that identical reads are made once whichever resource asks.
 */
export interface HallContext extends ResourceContext {
  readonly baseUrl: string;
  readonly locale: Locale;
}

/** The shared part of a client, for building one from only the resources a page needs. */
export function createHallContext(options: HallClientOptions): HallContext {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const totalTimeout = options.totalTimeout ?? DEFAULT_TOTAL_TIMEOUT_MS;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const locale = options.locale ?? 'ja';
  if (typeof options.baseUrl !== 'string' || options.baseUrl === '') throw new TypeError('createHallClient: baseUrl is required');
  for (const [name, value, max] of [
    ['timeout', timeout, 2_147_483_647],
    ['totalTimeout', totalTimeout, 2_147_483_647],
    ['retry.limit', retry.limit, 10],
    ['retry.backoffLimit', retry.backoffLimit, 2_147_483_647],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > max) throw new TypeError(`createHallClient: ${name} must be a whole number from 0 to ${max}`);
  }
  if (locale !== 'ja' && locale !== 'en') throw new TypeError('createHallClient: locale must be "ja" or "en"');

  const transport = new Transport({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    timeout,
    totalTimeout,
    retry,
    locale,
    hooks: options.hooks ?? {},
    compileSchemas: options.compileSchemas ?? true,
  });
  return { baseUrl: options.baseUrl, locale, transport, reads: new ReadCache(transport) };
}

/** A client with every resource of the API. */
export function createHallClient(options: HallClientOptions): HallClient {
  const ctx = createHallContext(options);
  return {
    baseUrl: ctx.baseUrl,
    locale: ctx.locale,
    events: new EventsResource(ctx),
    shops: new ShopsResource(ctx),
    streets: new StreetsResource(ctx),
    venues: new VenuesResource(ctx),
    consultations: new ConsultationsResource(ctx),
    programs: new ProgramsResource(ctx),
    calendar: new CalendarResource(ctx),
    stats: new StatsResource(ctx),
  };
}
