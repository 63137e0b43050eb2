/** The error body: RFC 9457 problem details with per-field errors. */
import * as z from './zod.js';

export const FieldError = z.object({
  /** Where: `query.limit`, `body.applicant.email`, `header.idempotency-key`, `path.id`. */
  field: z.string(),
  /** A machine-readable code (zod's issue code or ours: `required`, `too_big`, `invalid_format` …). */
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** Seconds to wait, with 429 (also sent as the Retry-After header). */
  retryAfter: z.optional(z.int().check(z.gte(0))),
});
export type Problem = z.infer<typeof Problem>;

/** The problem `type` URIs this API uses (relative, documented in docs/api.md). */
export const PROBLEM_TYPES = {
  validation: '/problems/validation',
  notFound: '/problems/not-found',
  conflict: '/problems/slot-unavailable',
  idempotencyMismatch: '/problems/idempotency-key-reuse',
  idempotencyMissing: '/problems/idempotency-key-missing',
  unsupportedMediaType: '/problems/unsupported-media-type',
  payloadTooLarge: '/problems/payload-too-large',
  rateLimited: '/problems/rate-limited',
  forbiddenOrigin: '/problems/origin-not-allowed',
  bookingRule: '/problems/booking-rule',
  formTooFast: '/problems/form-too-fast',
  formExpired: '/problems/form-expired',
  notCancellable: '/problems/not-cancellable',
  unauthorized: '/problems/manage-token',
  internal: '/problems/internal',
} as const;
