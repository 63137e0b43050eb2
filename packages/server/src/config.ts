/** The server's configuration, read once from the environment. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  host: string;
  /** Folder holding hall.db. */
  dataDir: string;
  /** Exact origins (scheme://host[:port]) allowed to book and manage bookings from a browser. */
  allowedOrigins: readonly string[];
  /** Booking POSTs per client address per minute; 0 turns the limit off (benchmarks, load tests). */
  bookingRateLimitPerMinute: number;
  /** Take the client address from X-Forwarded-For (only behind a trusted reverse proxy). */
  trustProxy: boolean;
  /** Load the demo data set when the database is new. */
  seedDemo: boolean;
  /** Days after a consultation's date before its booking (personal data) is purged. */
  retentionDays: number;
  /** The example site served at `/`; null serves none. */
  siteDir: string | null;
  /** The built CDN bundles of the widgets served at `/widgets/`; null serves none. */
  widgetsDir: string | null;
  /**
   * The `frame-ancestors` sources of the embed pages at /embed/* (HALL_EMBED_FRAME_ANCESTORS):
   * which sites may show them in an `<iframe>`. `*` (the default) lets any site.
   */
  embedFrameAncestors: readonly string[];
  /** Validate every JSON answer against the shared schemas before sending it. */
  validateResponses: boolean;
  /** Write one access-log line per request to stdout (method, path, status, ms; never query or body). */
  accessLog: boolean;
  /**
   * The key of form tokens (HALL_FORM_SECRET). null: a random key made at start, so
   * tokens do not survive a restart and processes do not accept each other's.
   */
  formSecret: string | null;
  /** A booking is refused when sent sooner than this after its form token was issued; 0 turns the minimum off. */
  minFillSeconds: number;
  /** Form tokens older than this are refused. */
  formTokenMaxAgeSeconds: number;
}

/** The repository root, found from this file whether it runs from src/ (tsx) or dist/ (built). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function origins(raw: string | undefined, port: number): string[] {
  // By default the server's own pages may book (the example site is served same-origin).
  const list = raw === undefined ? `http://localhost:${port},http://127.0.0.1:${port}` : raw;
  return list
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      let url: URL;
      try {
        url = new URL(o);
      } catch {
        throw new ConfigError(`HALL_ALLOWED_ORIGINS: "${o}" is not an origin such as https://shop.example.jp`);
      }
      if (url.origin !== o) throw new ConfigError(`HALL_ALLOWED_ORIGINS: "${o}" must be an exact origin (${url.origin})`);
      return o;
    });
}

/** A CSP source an operator may list: an origin (a `*.` subdomain wildcard allowed), a scheme (`https:`), `*`, `'self'`. */
const FRAME_SOURCE = /^(\*|'self'|[a-z][a-z0-9+.-]*:|[a-z][a-z0-9+.-]*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?)$/i;

/**
 * Space-separated, like the CSP directive it becomes. Anything else (`;`, `,`, quotes,
 * paths) is refused: the value is written into a header, where it must not add directives.
 *
 * The default `*` lets any site frame the embed pages, on purpose: the associations' site
 * builders (Jimdo, Wix, Peraichi, …) cannot be listed in advance, and the pages hold
 * nothing worth clickjacking: public data, and a booking form that posts only to the
 * hall's own origin and asks the visitor to review before sending. The manage token of a
 * booking travels in the URL's fragment, which the framing site cannot read.
 */
function frameAncestors(raw: string | undefined): string[] {
  const list = (raw ?? '').split(/\s+/).filter(Boolean);
  if (list.length === 0) return ['*'];
  if (list.length === 1 && list[0] === "'none'") return list;
  for (const source of list) {
    if (!FRAME_SOURCE.test(source)) {
      throw new ConfigError(`HALL_EMBED_FRAME_ANCESTORS: "${source}" is not an origin such as https://street.example.jp (space-separated; * for any site)`);
    }
  }
  return list;
}

export const MIN_FORM_SECRET_LENGTH = 32;

/** At least 32 characters, e.g. `openssl rand -base64 32`; empty or unset: none. */
function formSecret(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  // The value itself never goes into the message.
  if (raw.length < MIN_FORM_SECRET_LENGTH) throw new ConfigError(`HALL_FORM_SECRET must be at least ${MIN_FORM_SECRET_LENGTH} characters (e.g. openssl rand -base64 32)`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = integer(env, 'PORT', 8787, 0, 65535);
  const minFillSeconds = integer(env, 'HALL_MIN_FILL_SECONDS', 3, 0, 3600);
  const formTokenMaxAgeSeconds = integer(env, 'HALL_FORM_TOKEN_MAX_AGE_SECONDS', 7200, 60, 7 * 24 * 3600);
  if (formTokenMaxAgeSeconds <= minFillSeconds) {
    throw new ConfigError(`HALL_FORM_TOKEN_MAX_AGE_SECONDS (${formTokenMaxAgeSeconds}) must be more than HALL_MIN_FILL_SECONDS (${minFillSeconds})`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.HALL_DATA_DIR || 'data'),
    allowedOrigins: origins(env.HALL_ALLOWED_ORIGINS, port),
    bookingRateLimitPerMinute: integer(env, 'HALL_BOOKING_RATE_LIMIT', 10, 0, 1_000_000),
    trustProxy: flag(env, 'HALL_TRUST_PROXY', false),
    seedDemo: flag(env, 'HALL_SEED_DEMO', true),
    retentionDays: integer(env, 'HALL_RETENTION_DAYS', 180, 1, 3650),
    siteDir: env.HALL_SITE_DIR === '' ? null : path.resolve(env.HALL_SITE_DIR || path.join(REPO_ROOT, 'examples/shopping-street-site')),
    widgetsDir: env.HALL_WIDGETS_DIR === '' ? null : path.resolve(env.HALL_WIDGETS_DIR || path.join(REPO_ROOT, 'packages/elements/dist/cdn')),
    embedFrameAncestors: frameAncestors(env.HALL_EMBED_FRAME_ANCESTORS),
    validateResponses: flag(env, 'HALL_VALIDATE_RESPONSES', true),
    accessLog: flag(env, 'HALL_ACCESS_LOG', true),
    formSecret: formSecret(env.HALL_FORM_SECRET),
    minFillSeconds,
    formTokenMaxAgeSeconds,
  };
}
