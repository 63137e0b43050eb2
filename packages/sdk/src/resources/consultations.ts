/** `hall.consultations`: services, advisors, free slots, and bookings (book, get, cancel). */
import {
  Advisor,
  AdvisorsQuery,
  Booking,
  BookingCreated,
  BookingInput,
  BookingReference,
  ConsultationService,
  FormToken,
  Id,
  listOf,
  ManageToken,
  Slot,
  SlotsQuery,
} from '../schemas/index.js';
import { checkInput, toQuery } from '../query.js';
import { idSegment, requestInfo, type CallOptions, type ResourceContext } from './context.js';

const ServiceList = listOf(ConsultationService);
const AdvisorList = listOf(Advisor);
const SlotList = listOf(Slot);

export interface BookOptions extends CallOptions {
  /**
   * The key that makes the booking safe to retry. `book()` makes a new one per call
   * and reuses it on its own retries; pass one (see `createIdempotencyKey`) to retry
   * a failed call yourself, e.g. behind a "try again" button, without risking a
   * second booking.
   */
  idempotencyKey?: string;
}

export interface ManageOptions extends CallOptions {
  /** The secret manage token returned by `book()`. */
  token: string;
}

/** A new random Idempotency-Key (128 bits, hex); works outside secure contexts too. */
export function createIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ConsultationsResource {
  constructor(private readonly ctx: ResourceContext) {}

  async services(options?: CallOptions): Promise<ConsultationService[]> {
    const answer = await this.ctx.reads.get({ method: 'GET', path: 'consultations/services', schema: ServiceList, kind: 'read', ...(options ? { options } : {}) });
    return answer.items;
  }

  async service(id: string, options?: CallOptions): Promise<ConsultationService> {
    const segment = idSegment(this.ctx, Id, id, 'GET', 'consultations/services');
    return this.ctx.reads.get({ method: 'GET', path: `consultations/services/${segment}`, schema: ConsultationService, kind: 'read', ...(options ? { options } : {}) });
  }

  async advisors(params: { serviceId?: string } = {}, options?: CallOptions): Promise<Advisor[]> {
    const query = checkInput(AdvisorsQuery, params, 'query', requestInfo(this.ctx, 'GET', 'consultations/advisors'));
    const answer = await this.ctx.reads.get({
      method: 'GET',
      path: 'consultations/advisors',
      query: toQuery(query),
      schema: AdvisorList,
      kind: 'read',
      ...(options ? { options } : {}),
    });
    return answer.items;
  }

  /** Free slots of a service between two dates (Japan time), as the server computes them now. */
  async slots(params: SlotsQuery, options?: CallOptions): Promise<Slot[]> {
    const query = checkInput(SlotsQuery, params, 'query', requestInfo(this.ctx, 'GET', 'consultations/slots'));
    const answer = await this.ctx.reads.get({ method: 'GET', path: 'consultations/slots', query: toQuery(query), schema: SlotList, kind: 'read', ...(options ? { options } : {}) });
    return answer.items;
  }

  /**
   * A new form token, to fetch when a booking form is shown and send back as
   * `formToken` in `book()`. Every call asks the server for a fresh one: it is never
   * taken from the read cache, nor shared between concurrent calls, because the
   * token's issue time is the moment the form was shown. Retried like a read.
   */
  async formToken(options?: CallOptions): Promise<FormToken> {
    const answer = await this.ctx.transport.send({ method: 'GET', path: 'consultations/form-token', schema: FormToken, kind: 'read', ...(options ? { options } : {}) });
    return (answer as { value: FormToken }).value;
  }

  /**
   * Books a slot. Safe to retry: one Idempotency-Key per call, reused on every retry
   * (network errors, timeouts, 5xx), so a retried request never books twice; a 4xx
   * answer is never retried. Keep the returned `manageToken`: it is shown only here.
   * `input.formToken` comes from `formToken()`, fetched when the form was shown; sent
   * too soon after that, the booking is refused with a 422 `/problems/form-too-fast`.
   */
  async book(input: BookingInput, options: BookOptions = {}): Promise<BookingCreated> {
    const path = 'consultations/bookings';
    const body = checkInput(BookingInput, input, 'body', requestInfo(this.ctx, 'POST', path));
    const { idempotencyKey = createIdempotencyKey(), ...callOptions } = options;
    return this.ctx.transport
      .send({ method: 'POST', path, body, headers: { 'Idempotency-Key': idempotencyKey }, schema: BookingCreated, kind: 'idempotent-write', options: callOptions })
      .then((answer) => (answer as { value: BookingCreated }).value);
  }

  /** A booking, shown to whoever holds its manage token. */
  async get(reference: string, options: ManageOptions): Promise<Booking> {
    return this.manage('GET', reference, options);
  }

  /** Cancels a booking (before its cancellation cutoff); cancelling twice is harmless. Never retried. */
  async cancel(reference: string, options: ManageOptions): Promise<Booking> {
    return this.manage('DELETE', reference, options);
  }

  private async manage(method: 'GET' | 'DELETE', reference: string, options: ManageOptions): Promise<Booking> {
    const collection = 'consultations/bookings';
    const info = requestInfo(this.ctx, method, collection);
    const ref = checkInput(BookingReference, reference, 'path.reference', info);
    const token = checkInput(ManageToken, options.token, 'header.authorization', info);
    const { token: _token, ...callOptions } = options;
    const answer = await this.ctx.transport.send({
      method,
      path: `${collection}/${ref}`,
      headers: { Authorization: `Bearer ${token}` },
      schema: Booking,
      // Reading a booking is safe to repeat; cancelling is a write and is not retried.
      kind: method === 'GET' ? 'read' : 'write',
      options: callOptions,
    });
    return (answer as { value: Booking }).value;
  }
}
