/**
 * `/consultations`: services, advisors, free slots, and the booking API — the
 * integrity core. How a booking is decided (docs/decisions/0002-idempotent-bookings.md):
 * validate → replay if the Idempotency-Key is known → check the form token's fill time
 * (docs/decisions/0009-form-token.md) → check the slot against the booking rules → one
 * serialised transaction (idempotency, per-applicant cap, capacity enforced by the
 * database) → answer, recorded under the key.
 */
import {
  Advisor,
  AdvisorsQuery,
  Booking,
  BookingCreated,
  BookingInput,
  BookingReference,
  ConsultationService,
  FormToken,
  listOf,
  ManageToken,
  PROBLEM_TYPES,
  Slot,
  SlotsQuery,
  type Problem,
} from '@promotion-hall/sdk/schemas';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from '../deps.js';
import { applicantKeyFor, isManageTokenValid, manageTokenFor, newBookingReference, requestHashOf } from '../domain/booking-secrets.js';
import { checkFormToken, newFormToken, type FormTokenRefusal } from '../domain/form-tokens.js';
import { checkBookableSlot, generateSlots, MAX_SLOT_RANGE_DAYS, parseSlotId, type SlotRejection } from '../domain/slots.js';
import { toTokyoIso } from '../domain/time.js';
import { dateRange } from '../http/dates.js';
import { CACHE, sendJson } from '../http/json.js';
import { HttpProblem, notFound, problem, validationProblem } from '../http/problem.js';
import { FixedWindowRateLimiter } from '../http/rate-limit.js';
import { parseId, parseQuery, parseWith } from '../http/validate.js';

const ServiceList = listOf(ConsultationService);
const AdvisorList = listOf(Advisor);
const SlotList = listOf(Slot);
export const DEFAULT_SLOT_DAYS = 14;
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{8,200}$/;
export const MAX_BOOKING_BODY_BYTES = 16 * 1024;

const REJECTION_MESSAGES: Record<SlotRejection, string> = {
  unknown_slot: 'is not a slot of this service',
  service_mismatch: 'is not a slot of this service',
  hall_closed: 'falls on a day the hall is closed',
  too_soon: 'starts too soon to be booked online',
  too_far: 'is too far ahead to be booked yet',
  outside_schedule: 'is not a slot of this service',
};

export function consultationRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const validate = deps.config.validateResponses;
  const limiter = new FixedWindowRateLimiter(deps.config.bookingRateLimitPerMinute);
  const { minFillSeconds, formTokenMaxAgeSeconds } = deps.config;
  const formTimes = { minFillMs: minFillSeconds * 1000, maxAgeMs: formTokenMaxAgeSeconds * 1000 };

  app.get('/consultations/services', async (c) =>
    sendJson(c, ServiceList, { items: await deps.repo.listServices() }, { validate, cache: CACHE.public }),
  );

  app.get('/consultations/services/:id', async (c) => {
    const id = parseId(c);
    const service = await deps.repo.getService(id);
    if (!service) throw notFound(`There is no consultation service "${id}".`);
    return sendJson(c, ConsultationService, service, { validate, cache: CACHE.public });
  });

  app.get('/consultations/advisors', async (c) => {
    const query = parseQuery(c, AdvisorsQuery);
    const items = await deps.repo.listAdvisors(query.serviceId);
    return sendJson(c, AdvisorList, { items }, { validate, cache: CACHE.public });
  });

  app.get('/consultations/slots', async (c) => {
    const query = parseQuery(c, SlotsQuery);
    const now = deps.now();
    const range = dateRange(query, now, DEFAULT_SLOT_DAYS, MAX_SLOT_RANGE_DAYS);
    const service = await deps.repo.getService(query.serviceId);
    if (!service) throw notFound(`There is no consultation service "${query.serviceId}".`);
    const [advisors, booked] = await Promise.all([
      deps.repo.listAdvisors(service.id),
      deps.repo.bookedCounts(service.id, range.fromMs, range.toMs),
    ]);
    let items: Slot[];
    try {
      items = generateSlots({ service, advisors, fromDate: range.from, toDate: range.to, nowMs: now, booked, includeFull: query.includeFull ?? false });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw validationProblem([{ field: 'query.from', code: 'invalid_range', message: 'is not a usable date range' }]);
    }
    return sendJson(c, SlotList, { items }, { validate, cache: CACHE.revalidate });
  });

  // A new token on every call: never kept, never cached (Cache-Control: no-store, no ETag).
  app.get('/consultations/form-token', (c) => {
    const now = deps.now();
    const answer: FormToken = {
      token: newFormToken(deps.formSecret, now),
      issuedAt: toTokyoIso(now),
      minFillSeconds,
      expiresAt: toTokyoIso(now + formTimes.maxAgeMs),
    };
    return sendJson(c, FormToken, answer, { validate, cache: CACHE.private });
  });

  app.post('/consultations/bookings', bodyLimit({ maxSize: MAX_BOOKING_BODY_BYTES, onError: () => { throw tooLarge(); } }), async (c) => {
    const now = deps.now();
    const decision = limiter.take(clientAddress(c, deps.config.trustProxy), now);
    if (!decision.allowed) {
      throw problem(429, PROBLEM_TYPES.rateLimited, 'Too many bookings', 'Too many booking requests from this address; try again later.', { retryAfter: decision.retryAfter }, { 'Retry-After': String(decision.retryAfter) });
    }
    requireJson(c);
    const key = c.req.header('Idempotency-Key');
    if (key === undefined || key === '') {
      throw problem(400, PROBLEM_TYPES.idempotencyMissing, 'Idempotency-Key required', 'Send an Idempotency-Key header (a new random value per booking, reused on retries).', {
        errors: [{ field: 'header.idempotency-key', code: 'required', message: 'is required' }],
      });
    }
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw validationProblem([{ field: 'header.idempotency-key', code: 'invalid_format', message: 'must be 8–200 characters of A–Z, a–z, 0–9, _ - : .' }]);
    }
    const input = parseWith(BookingInput, await jsonBody(c), 'body');
    // The form token is left out of "the same request": a retry that fetched a new
    // token (the widget reloaded) is still a retry of the same booking, and replays.
    const requestHash = requestHashOf({ ...input, formToken: undefined });

    // A replay comes before the form token is checked: a retry is later than the
    // first request, so its token may have expired since, and it books nothing new.
    const earlier = await deps.repo.findIdempotentAnswer(key);
    if (earlier) return replay(c, earlier, requestHash);

    const form = checkFormToken(deps.formSecret, input.formToken, now, formTimes);
    if (!form.ok) throw formProblem(form.reason, minFillSeconds);

    const { service, advisors, slot } = await bookableSlot(input.slotId, now);
    if (!service.channels.includes(input.channel)) {
      throw ruleProblem('body.channel', 'channel_not_offered', 'is not offered for this consultation');
    }
    if (!service.eligibleApplicantTypes.includes(input.applicant.applicantType)) {
      throw ruleProblem('body.applicant.applicantType', 'not_eligible', 'is not eligible for this consultation');
    }
    if (service.inWardRequired && input.applicant.business?.inWard === false) {
      throw ruleProblem('body.applicant.business.inWard', 'not_eligible', 'this consultation is for businesses in the ward');
    }
    const advisor = advisors.find((a) => a.id === slot.advisorId);
    const reference = newBookingReference();
    const startsAt = Date.parse(slot.start);
    const booking: Booking = {
      reference,
      status: 'confirmed',
      serviceId: service.id,
      serviceTitle: service.title,
      slot: { id: slot.id, start: slot.start, end: slot.end, advisorName: advisor?.displayName ?? slot.advisorName },
      channel: input.channel,
      applicant: input.applicant,
      topic: input.topic,
      consents: { purposeOfUseAt: toTokyoIso(now), privacyNoticeAt: toTokyoIso(now) },
      whatToBring: service.whatToBring,
      cancellableUntil: toTokyoIso(startsAt - service.rules.cancellationCutoffHours * 3_600_000),
      createdAt: toTokyoIso(now),
      cancelledAt: null,
    };
    parseWith(Booking, booking, 'booking'); // the contract, before anything is stored
    const full: Problem = {
      type: PROBLEM_TYPES.conflict,
      title: 'Slot no longer available',
      status: 409,
      detail: 'This time has just been taken. Please choose another slot.',
      errors: [{ field: 'body.slotId', code: 'slot_full', message: 'has no places left' }],
    };
    const outcome = await deps.repo.placeBooking({
      idempotencyKey: key,
      requestHash,
      booking: {
        reference,
        slotId: slot.id,
        serviceId: service.id,
        startsAt,
        capacity: service.capacityPerSlot,
        applicantKey: applicantKeyFor(deps.secret, input.applicant.email),
        booking,
        createdAt: now,
      },
      maxActivePerApplicant: service.rules.maxActiveBookingsPerApplicant,
      nowMs: now,
      createdBody: JSON.stringify(booking),
      fullBody: JSON.stringify(full),
    });
    switch (outcome.kind) {
      case 'created':
        c.header('Location', `${new URL(c.req.url).pathname}/${reference}`);
        return sendJson(c, BookingCreated, { ...booking, manageToken: manageTokenFor(deps.secret, reference) }, { validate, cache: CACHE.private, status: 201 });
      case 'replay':
        return replay(c, outcome.answer, requestHash);
      case 'slot_full':
        throw new HttpProblem(full);
      case 'applicant_limit':
        throw ruleProblem('body.applicant.email', 'too_many_bookings', `already has ${service.rules.maxActiveBookingsPerApplicant} upcoming bookings for this consultation`);
    }
  });

  app.get('/consultations/bookings/:reference', async (c) => {
    const stored = await authorisedBooking(c);
    return sendJson(c, Booking, stored.booking, { validate, cache: CACHE.private });
  });

  app.delete('/consultations/bookings/:reference', async (c) => {
    const stored = await authorisedBooking(c);
    if (stored.status === 'cancelled') return sendJson(c, Booking, stored.booking, { validate, cache: CACHE.private });
    const now = deps.now();
    if (stored.status !== 'confirmed' || now > Date.parse(stored.booking.cancellableUntil)) {
      throw problem(422, PROBLEM_TYPES.notCancellable, 'Cannot be cancelled online', `Online cancellation closed at ${stored.booking.cancellableUntil}. Please telephone the hall.`);
    }
    const cancelled = await deps.repo.cancelBooking(stored.reference, { ...stored.booking, status: 'cancelled', cancelledAt: toTokyoIso(now) }, now);
    // Another request may have cancelled it a moment ago: answer with what is stored.
    const result = cancelled ?? (await deps.repo.getBooking(stored.reference)) ?? stored;
    return sendJson(c, Booking, result.booking, { validate, cache: CACHE.private });
  });

  /** The service and slot a booking asks for, checked against the booking rules. */
  async function bookableSlot(slotId: string, now: number) {
    const parsed = parseSlotId(slotId);
    const service = parsed && (await deps.repo.getService(parsed.serviceId));
    if (!parsed || !service) throw ruleProblem('body.slotId', 'unknown_slot', 'is not a slot of any consultation');
    const advisors = await deps.repo.listAdvisors(service.id);
    const check = checkBookableSlot({ slotId, service, advisors, nowMs: now });
    if (!check.ok) throw ruleProblem('body.slotId', check.reason, REJECTION_MESSAGES[check.reason]);
    return { service, advisors, slot: check.slot };
  }

  async function authorisedBooking(c: Context) {
    const reference = parseWith(BookingReference, c.req.param('reference') ?? '', 'path.reference');
    const header = c.req.header('Authorization') ?? '';
    const token = /^Bearer (.+)$/.exec(header)?.[1];
    if (token === undefined) {
      throw problem(401, PROBLEM_TYPES.unauthorized, 'Manage token required', 'Send the manage token as "Authorization: Bearer <token>".', {
        errors: [{ field: 'header.authorization', code: 'required', message: 'is required' }],
      }, { 'WWW-Authenticate': 'Bearer' });
    }
    const stored = ManageToken.safeParse(token).success && isManageTokenValid(deps.secret, reference, token) ? await deps.repo.getBooking(reference) : undefined;
    // The same answer for an unknown reference and a wrong token: references cannot be probed.
    if (!stored) throw notFound('There is no booking with this reference and token.');
    return stored;
  }

  function replay(c: Context, answer: { status: number; body: string; reference: string | null; requestHash: string }, requestHash: string): Response {
    if (answer.requestHash !== requestHash) {
      throw problem(422, PROBLEM_TYPES.idempotencyMismatch, 'Idempotency-Key reused', 'This Idempotency-Key was used for a different booking request. Use a new key for a new request.', {
        errors: [{ field: 'header.idempotency-key', code: 'reused', message: 'was used with another body' }],
      });
    }
    c.header('Idempotent-Replayed', 'true');
    if (answer.status === 201 && answer.reference !== null) {
      c.header('Location', `${new URL(c.req.url).pathname}/${answer.reference}`);
      const booking = JSON.parse(answer.body) as Booking;
      return sendJson(c, BookingCreated, { ...booking, manageToken: manageTokenFor(deps.secret, answer.reference) }, { validate, cache: CACHE.private, status: 201 });
    }
    throw new HttpProblem(JSON.parse(answer.body) as Problem);
  }

  return app;
}

function ruleProblem(field: string, code: string, message: string): HttpProblem {
  return problem(422, PROBLEM_TYPES.bookingRule, 'Booking not possible', 'The booking breaks a booking rule.', { errors: [{ field, code, message }] });
}

/** A refused form token (never echoed: the answer names the field, not the value). */
function formProblem(reason: FormTokenRefusal, minFillSeconds: number): HttpProblem {
  if (reason === 'too_fast') {
    return problem(422, PROBLEM_TYPES.formTooFast, 'Form sent too quickly', 'Please take a moment to check the form, then send it again.', {
      errors: [{ field: 'body.formToken', code: 'too_fast', message: `was issued less than ${minFillSeconds} seconds ago` }],
    });
  }
  return problem(422, PROBLEM_TYPES.formExpired, 'Form expired', 'This form is too old to send. Get a new form token (reload the form) and send it again.', {
    errors: [
      reason === 'expired'
        ? { field: 'body.formToken', code: 'expired', message: 'has expired' }
        : { field: 'body.formToken', code: 'invalid', message: 'is not a form token of this server' },
    ],
  });
}

function tooLarge(): HttpProblem {
  // The body is refused unread, and the adapter resets the connection rather than read
  // it: say so, or a keep-alive client sends its next request into a dead socket.
  return problem(413, PROBLEM_TYPES.payloadTooLarge, 'Body too large', `A booking request may be at most ${MAX_BOOKING_BODY_BYTES} bytes.`, {}, { Connection: 'close' });
}

function requireJson(c: Context): void {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw problem(415, PROBLEM_TYPES.unsupportedMediaType, 'Unsupported media type', 'Send the booking as application/json.', {
      errors: [{ field: 'header.content-type', code: 'unsupported', message: 'must be application/json' }],
    });
  }
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Never echo the parser's message: it quotes the body, which may hold personal data.
    throw validationProblem([{ field: 'body', code: 'invalid_json', message: 'is not valid JSON' }]);
  }
}

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not behind @hono/node-server (app.request in tests)
  }
}
