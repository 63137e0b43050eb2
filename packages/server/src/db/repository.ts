/**
 * What the routes need from storage, and nothing else. Routes and domain code
 * talk only to this interface; all SQL lives in sqlite-repository.ts, so another
 * engine (PostgreSQL, say) can be added by implementing it, without touching routes.
 * Methods are async so that a networked engine fits the same shape.
 */
import type {
  Advisor,
  Booking,
  BookingStatus,
  ConsultationService,
  EventCategory,
  HallEvent,
  PaymentFilter,
  ShopCategory,
  ShopService,
  BarrierFreeFilter,
  Shop,
  ShoppingStreet,
  SupportProgram,
  Venue,
} from '@promotion-hall/sdk/schemas';
import type { HallData } from '../seed/demo.js';

export interface EventFilter {
  /** Series that may have an occurrence overlapping [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  categories?: readonly EventCategory[];
  streetId?: string;
  /** With `streetId`: the events of no street (the hall's own) too. */
  includeHall?: boolean;
  /** Already folded with normalizeForSearch; each word must occur. */
  words?: readonly string[];
}

export interface ShopFilter {
  streetId?: string;
  categories?: readonly ShopCategory[];
  payments?: readonly PaymentFilter[];
  services?: readonly ShopService[];
  barrierFree?: readonly BarrierFreeFilter[];
  /** Already folded with normalizeForSearch; each word must occur in name, reading or kind. */
  words?: readonly string[];
  sort: 'reading' | 'category';
}

export interface StoredBooking {
  reference: string;
  slotId: string;
  serviceId: string;
  startsAt: number;
  status: BookingStatus;
  booking: Booking;
}

export interface NewBooking {
  reference: string;
  slotId: string;
  serviceId: string;
  startsAt: number;
  /** Capacity of the slot, recorded when its first booking arrives. */
  capacity: number;
  applicantKey: string;
  booking: Booking;
  createdAt: number;
}

export interface IdempotentAnswer {
  status: number;
  /** The JSON body without the manage token. */
  body: string;
  reference: string | null;
  requestHash: string;
}

export type PlaceBookingOutcome =
  | { kind: 'created' }
  | { kind: 'replay'; answer: IdempotentAnswer }
  | { kind: 'slot_full'; answer: IdempotentAnswer }
  | { kind: 'applicant_limit' };

export interface PlaceBookingCommand {
  idempotencyKey: string;
  requestHash: string;
  booking: NewBooking;
  /** Confirmed upcoming bookings one applicant may hold for the service. */
  maxActivePerApplicant: number;
  nowMs: number;
  /** The answers to record under the key, for replays. */
  createdBody: string;
  fullBody: string;
}

export interface RetentionResult {
  bookingsDeleted: number;
  idempotencyKeysDeleted: number;
  slotLoadsDeleted: number;
}

/** Bookings created in one month (Japan time), for one topic category and channel. */
export interface BookingTally {
  /** YYYY-MM. */
  month: string;
  category: string;
  channel: string;
  booked: number;
  cancelled: number;
}

/** Counters that move whenever what a read could return changes (see http/answers.ts). */
export interface Revision {
  /** Venues, streets, shops, events, services, advisors, programmes. */
  reference: number;
  /** Bookings, which change slot availability. */
  bookings: number;
}

export interface HallRepository {
  /**
   * Changes made through this repository so far. Kept answers are tied to it, so
   * an engine shared by several server processes must count changes in storage.
   */
  revision(): Revision;
  /** Replaces all reference data (not bookings) in one transaction. */
  importData(data: HallData): Promise<void>;
  hasData(): Promise<boolean>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;

  listVenues(): Promise<Venue[]>;
  listStreets(): Promise<ShoppingStreet[]>;
  getStreet(id: string): Promise<ShoppingStreet | undefined>;

  /** Event series that may occur in the range, in no particular order. */
  findEvents(filter: EventFilter): Promise<HallEvent[]>;
  getEvent(id: string): Promise<HallEvent | undefined>;

  findShops(filter: ShopFilter): Promise<Shop[]>;
  getShop(id: string): Promise<Shop | undefined>;

  listServices(): Promise<ConsultationService[]>;
  getService(id: string): Promise<ConsultationService | undefined>;
  listAdvisors(serviceId?: string): Promise<Advisor[]>;
  /** Booked places per slot id of a service within [fromMs, toMs). */
  bookedCounts(serviceId: string, fromMs: number, toMs: number): Promise<Map<string, number>>;

  listPrograms(): Promise<SupportProgram[]>;

  findIdempotentAnswer(key: string): Promise<IdempotentAnswer | undefined>;
  /** The whole booking decision in one serialised transaction (idempotency, caps, capacity). */
  placeBooking(command: PlaceBookingCommand): Promise<PlaceBookingOutcome>;
  getBooking(reference: string): Promise<StoredBooking | undefined>;
  /** Marks a confirmed booking cancelled (freeing its place); returns the updated booking. */
  cancelBooking(reference: string, booking: Booking, nowMs: number): Promise<StoredBooking | undefined>;

  /**
   * Counts of bookings created in the months from `fromMonth` to `toMonth` (YYYY-MM,
   * both included), by month, topic category and channel; only combinations with a
   * booking. Kept apart from the bookings, so retention does not empty past months.
   */
  bookingTallies(fromMonth: string, toMonth: string): Promise<BookingTally[]>;

  /** Deletes bookings of consultations that started before `bookingsBeforeMs` and keys older than `keysBeforeMs`. */
  purge(bookingsBeforeMs: number, keysBeforeMs: number): Promise<RetentionResult>;
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}
