/**
 * The hall's HTTP application: the API under /api/v1, health, the example site
 * at /, the widgets' CDN bundles at /widgets/ and their framable pages at /embed/.
 * Built from its dependencies so tests can give it a clock, a database and a
 * configuration of their own.
 */
import { PROBLEM_TYPES } from '@promotion-hall/sdk/schemas';
import { Hono, type Context } from 'hono';
import type { AppDeps } from './deps.js';
// Side effect: English validation messages (see the module).
import './http/messages.js';
import { AnswerCache, rememberKey, send } from './http/answers.js';
import { HttpProblem, problemContentType } from './http/problem.js';
import { tokyoDate } from './domain/time.js';
import { calendarRoutes } from './routes/calendar.js';
import { consultationRoutes } from './routes/consultations.js';
import { docsRoutes } from './routes/docs.js';
import { embedRoutes } from './routes/embed.js';
import { eventRoutes } from './routes/events.js';
import { metaRoutes } from './routes/meta.js';
import { programRoutes } from './routes/programs.js';
import { shopRoutes } from './routes/shops.js';
import { staticRoutes } from './routes/static.js';
import { statsRoutes } from './routes/stats.js';

export const API_PREFIX = '/api/v1';

/**
 * Booking endpoints carry personal data: only allow-listed origins, never cached. The
 * form token belongs to the booking form, so it follows the same policy (and a kept
 * answer would hand everyone the same issue time).
 */
const PRIVATE_PATHS = /^\/api\/v1\/consultations\/(bookings(\/|$)|form-token$)/;

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  if (deps.config.accessLog) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      // Path only: query strings may hold search text and bodies may hold personal data.
      deps.log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
    });
  }

  app.use(`${API_PREFIX}/*`, cors(deps));

  const answers = new AnswerCache();
  app.use(`${API_PREFIX}/*`, async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || PRIVATE_PATHS.test(c.req.path)) return next();
    const key = answerKey(c, deps);
    const kept = answers.get(key);
    if (kept) return send(c, kept);
    rememberKey(c, answers, key);
    return next();
  });

  const api = new Hono();
  api.route('/', eventRoutes(deps));
  api.route('/', shopRoutes(deps));
  api.route('/', consultationRoutes(deps));
  api.route('/', programRoutes(deps));
  api.route('/', calendarRoutes(deps));
  api.route('/', statsRoutes(deps));
  app.route(API_PREFIX, api);
  app.route('/', metaRoutes(deps));
  app.route('/', docsRoutes());
  app.route('/', embedRoutes(deps));
  app.route('/', staticRoutes(deps));

  app.notFound((c) => sendProblem(c, new HttpProblem({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail: `Nothing at ${c.req.method} ${c.req.path}.` })));

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return sendProblem(c, error);
    // A bug. Log the kind of error and where, not its message: messages of parsers
    // and drivers can quote request data, and request data may be personal.
    const where = (error.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
    deps.log(`error: ${error.name} on ${c.req.method} ${c.req.path} at ${where}`);
    return sendProblem(c, new HttpProblem({ type: PROBLEM_TYPES.internal, title: 'Internal server error', status: 500 }));
  });

  return app;
}

/**
 * What an answer to this GET depends on: the path and the query (in a canonical
 * order), the data revision, and the time: the minute for slots (lead times),
 * today's date for everything else (default ranges start today). Slots and the
 * statistics count bookings, so their key also carries the bookings revision.
 */
function answerKey(c: Context, deps: AppDeps): string {
  const url = new URL(c.req.url);
  url.searchParams.sort();
  const revision = deps.repo.revision();
  const now = deps.now();
  const time = url.pathname.endsWith('/consultations/slots')
    ? `m${Math.floor(now / 60_000)}b${revision.bookings}`
    : url.pathname.endsWith('/stats')
      ? `d${tokyoDate(now)}b${revision.bookings}`
      : `d${tokyoDate(now)}`;
  return `${url.pathname}?${url.searchParams.toString()}|${time}|r${revision.reference}`;
}

function sendProblem(c: Context, error: HttpProblem): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', problemContentType);
  return c.body(JSON.stringify(error.problem), error.problem.status as 400);
}

/**
 * CORS: public reads for any origin (no credentials, no cookies anywhere); the
 * booking endpoints and the form token only for the exact origins in HALL_ALLOWED_ORIGINS.
 * Requests without an Origin (server-to-server, curl) are not browsers' and pass.
 */
function cors(deps: AppDeps) {
  const exposed = 'ETag, Retry-After, Location, Idempotent-Replayed';
  return async (c: Context, next: () => Promise<void>) => {
    const origin = c.req.header('Origin');
    const preflight = c.req.method === 'OPTIONS';
    if (PRIVATE_PATHS.test(c.req.path)) {
      if (origin !== undefined && !deps.config.allowedOrigins.includes(origin)) {
        // Readable by the page (ACAO on the refusal only), so a widget can tell the
        // site owner why booking fails instead of showing a bare CORS error.
        throw new HttpProblem(
          {
            type: PROBLEM_TYPES.forbiddenOrigin,
            title: 'Origin not allowed',
            status: 403,
            detail: 'This site is not on the hall’s list of sites that may take bookings.',
          },
          { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' },
        );
      }
      if (preflight) {
        return c.body(null, 204, {
          'Access-Control-Allow-Origin': origin ?? '',
          'Access-Control-Allow-Methods': 'GET, POST, DELETE',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        });
      }
      // Headers are set before the handler runs, not on c.res afterwards: touching
      // c.res.headers turns @hono/node-server's light response into a streamed one,
      // which costs more than building the answer (docs/benchmarks.md).
      if (origin !== undefined) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Access-Control-Expose-Headers', exposed);
        c.header('Vary', 'Origin');
      }
      return next();
    }
    if (preflight) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Allow-Headers': 'If-None-Match, Accept-Language',
        'Access-Control-Max-Age': '600',
      });
    }
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', exposed);
    return next();
  };
}
