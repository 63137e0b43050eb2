/** The HallRepository on embedded SQLite (better-sqlite3). All SQL of the server is here and in migrations.ts. */
import {
  Advisor as AdvisorSchema,
  ConsultationService as ConsultationServiceSchema,
  HallEvent as HallEventSchema,
  SHOP_CATEGORIES,
  Shop as ShopSchema,
  ShoppingStreet as ShoppingStreetSchema,
  SupportProgram as SupportProgramSchema,
  Venue as VenueSchema,
  type Advisor,
  type Booking,
  type ConsultationService,
  type HallEvent,
  type Shop,
  type ShoppingStreet,
  type SupportProgram,
  type Venue,
} from '@promotion-hall/sdk/schemas';
import { readingSortKey, shopSearchText } from '@promotion-hall/sdk/normalize';
import type { HallData } from '../seed/demo.js';
import { openDatabase, type SqliteDatabase } from './connection.js';
import { migrate } from './migrations.js';
import { eventSearchText } from '../domain/event-search.js';
import type {
  BookingTally,
  EventFilter,
  HallRepository,
  IdempotentAnswer,
  NewBooking,
  PlaceBookingCommand,
  PlaceBookingOutcome,
  RetentionResult,
  Revision,
  ShopFilter,
  StoredBooking,
} from './repository.js';

/** A series without an end is stored as lasting until the end of JavaScript time. */
const END_OF_TIME = 8.64e15;

/**
 * The instants an event's row covers, for the range query: a course from its first
 * session to its last (it is listed on every session day), a series from its start
 * to the end of time.
 */
function storedSpan(event: HallEvent): { startsAt: number; endsAt: number } {
  const starts = [event.start, ...event.sessions.map((s) => s.start)].map(Date.parse);
  const ends = [event.end, ...event.sessions.map((s) => s.end)].map(Date.parse);
  return { startsAt: Math.min(...starts), endsAt: event.recurrence !== null ? END_OF_TIME : Math.max(...ends) };
}


function list(values: readonly string[]): string {
  return `,${values.join(',')},`;
}

function shopBarrierFreeFlags(shop: Shop): string[] {
  const flags: string[] = [];
  if (shop.barrierFree.stepFreeEntrance) flags.push('step_free_entrance');
  if (shop.barrierFree.groundFloorOrLift) flags.push('ground_floor_or_lift');
  if (shop.barrierFree.accessibleToilet) flags.push('accessible_toilet');
  if (shop.barrierFree.accessibleParking) flags.push('accessible_parking');
  return flags;
}

const parse = <T>(row: { doc: string } | undefined): T | undefined => (row ? (JSON.parse(row.doc) as T) : undefined);
const parseAll = <T>(rows: Array<{ doc: string }>): T[] => rows.map((row) => JSON.parse(row.doc) as T);

function isCheckViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_CHECK';
}

export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
}

/** Data enters storage only in the contract's shape: answers are built from it as stored. */
function assertValidData(data: HallData): void {
  const sets = [
    ['venues', VenueSchema, data.venues],
    ['streets', ShoppingStreetSchema, data.streets],
    ['shops', ShopSchema, data.shops],
    ['events', HallEventSchema, data.events],
    ['services', ConsultationServiceSchema, data.services],
    ['advisors', AdvisorSchema, data.advisors],
    ['programs', SupportProgramSchema, data.programs],
  ] as const;
  for (const [name, schema, items] of sets) {
    const seen = new Set<string>();
    items.forEach((item: { id: string }, index: number) => {
      const result = schema.safeParse(item);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new InvalidDataError(`${name}[${index}] (${item.id}): ${issue?.path.join('.')} ${issue?.message}`);
      }
      if (seen.has(item.id)) throw new InvalidDataError(`${name}[${index}]: duplicate id ${item.id}`);
      seen.add(item.id);
    });
  }
}

/**
 * The version of the rules that derive an event row's columns (`starts_at`, `ends_at`,
 * `search_text`) from its document: `storedSpan` and `eventSearchText`. Raise it when they
 * change, and every stored row is derived again at the next start, from its document, by the
 * rules of the server that runs (docs/decisions/0016). Migrations stay frozen SQL; these
 * columns follow the code that queries them.
 * - 2: a course spans all its sessions, and is found by their titles.
 */
export const EVENT_COLUMNS_VERSION = '2';
const EVENT_COLUMNS_KEY = 'event_columns';

/**
 * Derives every event row's columns again when they were derived by other rules than these.
 * Returns how many rows it derived, or `null` when they were already current.
 */
function rederiveEventColumns(db: SqliteDatabase): number | null {
  return db.transaction(() => {
    const stored = db.prepare('SELECT value FROM meta WHERE key = ?').get(EVENT_COLUMNS_KEY) as { value: string } | undefined;
    if (stored?.value === EVENT_COLUMNS_VERSION) return null;
    const update = db.prepare('UPDATE events SET starts_at = ?, ends_at = ?, search_text = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, doc FROM events').all() as Array<{ id: string; doc: string }>;
    for (const row of rows) {
      const event = JSON.parse(row.doc) as HallEvent;
      const span = storedSpan(event);
      update.run(span.startsAt, span.endsAt, eventSearchText(event), row.id);
    }
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(EVENT_COLUMNS_KEY, EVENT_COLUMNS_VERSION);
    return rows.length;
  }).immediate();
}

export class SqliteHallRepository implements HallRepository {
  readonly db: SqliteDatabase;
  private readonly changes: Revision = { reference: 0, bookings: 0 };
  /**
   * Parsed documents by table and id. Reference data changes only through
   * importData, which empties this, so a read never parses the same JSON twice.
   */
  private readonly parsed = new Map<string, Map<string, unknown>>();

  /** How many event rows opening derived again (ADR 0016), for the start-up log; `null`: none needed it. */
  readonly rederivedEvents: number | null;

  private constructor(db: SqliteDatabase, rederivedEvents: number | null) {
    this.db = db;
    this.rederivedEvents = rederivedEvents;
  }

  /** Opens (creating if needed) and migrates the database file, and derives event columns again if their rules changed. */
  static open(file: string): SqliteHallRepository {
    const db = openDatabase(file);
    let rederived: number | null;
    try {
      migrate(db);
      rederived = rederiveEventColumns(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteHallRepository(db, rederived);
  }

  revision(): Revision {
    return { ...this.changes };
  }

  /** The parsed document of a row, from memory when it was parsed before. */
  private doc<T>(table: 'shops' | 'events', id: string): T {
    let byId = this.parsed.get(table);
    if (!byId) this.parsed.set(table, (byId = new Map()));
    let value = byId.get(id);
    if (value === undefined) {
      const row = this.db.prepare(`SELECT doc FROM ${table} WHERE id = ?`).get(id) as { doc: string };
      value = JSON.parse(row.doc) as unknown;
      byId.set(id, value);
    }
    return value as T;
  }

  async importData(data: HallData): Promise<void> {
    assertValidData(data);
    const db = this.db;
    this.parsed.clear();
    this.changes.reference++;
    db.transaction(() => {
      for (const table of ['shop_streets', 'shops', 'events', 'streets', 'venues', 'advisor_services', 'advisors', 'services', 'programs']) {
        db.prepare(`DELETE FROM ${table}`).run();
      }
      const venue = db.prepare('INSERT INTO venues (id, doc) VALUES (?, ?)');
      for (const v of data.venues) venue.run(v.id, JSON.stringify(v));

      const street = db.prepare('INSERT INTO streets (id, reading, doc) VALUES (?, ?, ?)');
      for (const s of data.streets) street.run(s.id, readingSortKey(s.name.kana), JSON.stringify(s));

      const shop = db.prepare(
        'INSERT INTO shops (id, category, reading, search_text, payments, services, barrier_free, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const shopStreet = db.prepare('INSERT INTO shop_streets (street_id, shop_id) VALUES (?, ?)');
      for (const s of data.shops) {
        shop.run(
          s.id,
          s.category,
          readingSortKey(s.name.kana),
          shopSearchText(s),
          list(s.payments),
          list(s.services),
          list(shopBarrierFreeFlags(s)),
          JSON.stringify(s),
        );
        for (const streetId of s.streetIds) shopStreet.run(streetId, s.id);
      }

      const event = db.prepare(
        'INSERT INTO events (id, category, street_id, starts_at, ends_at, recurring, search_text, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const e of data.events) {
        const span = storedSpan(e);
        event.run(
          e.id,
          e.category,
          e.streetId,
          span.startsAt,
          span.endsAt,
          e.recurrence !== null ? 1 : 0,
          eventSearchText(e),
          JSON.stringify(e),
        );
      }

      const service = db.prepare('INSERT INTO services (id, position, doc) VALUES (?, ?, ?)');
      data.services.forEach((s, i) => service.run(s.id, i, JSON.stringify(s)));
      const advisor = db.prepare('INSERT INTO advisors (id, doc) VALUES (?, ?)');
      const advisorService = db.prepare('INSERT INTO advisor_services (service_id, advisor_id) VALUES (?, ?)');
      for (const a of data.advisors) {
        advisor.run(a.id, JSON.stringify(a));
        for (const serviceId of a.serviceIds) advisorService.run(serviceId, a.id);
      }
      const program = db.prepare('INSERT INTO programs (id, position, doc) VALUES (?, ?, ?)');
      data.programs.forEach((p, i) => program.run(p.id, i, JSON.stringify(p)));
    }).immediate();
  }

  async hasData(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM venues LIMIT 1').get() !== undefined;
  }

  async getMeta(key: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  async listVenues(): Promise<Venue[]> {
    return parseAll<Venue>(this.db.prepare('SELECT doc FROM venues ORDER BY id').all() as Array<{ doc: string }>);
  }

  async listStreets(): Promise<ShoppingStreet[]> {
    return parseAll<ShoppingStreet>(this.db.prepare('SELECT doc FROM streets ORDER BY reading, id').all() as Array<{ doc: string }>);
  }

  async getStreet(id: string): Promise<ShoppingStreet | undefined> {
    return parse<ShoppingStreet>(this.db.prepare('SELECT doc FROM streets WHERE id = ?').get(id) as { doc: string } | undefined);
  }

  async findEvents(filter: EventFilter): Promise<HallEvent[]> {
    // Overlap with [from, to), as the expander decides it: an event lasting no time counts when it
    // starts inside the range (at `from` too), where `ends_at > from` alone would leave it out.
    const where = ['starts_at < ?', '(ends_at > ? OR starts_at >= ?)'];
    const params: unknown[] = [filter.toMs, filter.fromMs, filter.fromMs];
    if (filter.categories?.length) {
      where.push(`category IN (${filter.categories.map(() => '?').join(', ')})`);
      params.push(...filter.categories);
    }
    if (filter.streetId !== undefined) {
      where.push(filter.includeHall ? '(street_id = ? OR street_id IS NULL)' : 'street_id = ?');
      params.push(filter.streetId);
    }
    for (const word of filter.words ?? []) {
      where.push('instr(search_text, ?) > 0');
      params.push(word);
    }
    const rows = this.db.prepare(`SELECT id FROM events WHERE ${where.join(' AND ')}`).all(...params) as Array<{ id: string }>;
    return rows.map((row) => this.doc<HallEvent>('events', row.id));
  }

  async getEvent(id: string): Promise<HallEvent | undefined> {
    return parse<HallEvent>(this.db.prepare('SELECT doc FROM events WHERE id = ?').get(id) as { doc: string } | undefined);
  }

  async findShops(filter: ShopFilter): Promise<Shop[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.streetId !== undefined) {
      where.push('id IN (SELECT shop_id FROM shop_streets WHERE street_id = ?)');
      params.push(filter.streetId);
    }
    if (filter.categories?.length) {
      where.push(`category IN (${filter.categories.map(() => '?').join(', ')})`);
      params.push(...filter.categories);
    }
    for (const payment of filter.payments ?? []) {
      if (payment === 'cashless') {
        where.push(`(instr(payments, ',credit_card,') > 0 OR instr(payments, ',e_money,') > 0 OR instr(payments, ',qr_code,') > 0)`);
      } else {
        where.push('instr(payments, ?) > 0');
        params.push(`,${payment},`);
      }
    }
    for (const service of filter.services ?? []) {
      where.push('instr(services, ?) > 0');
      params.push(`,${service},`);
    }
    for (const flag of filter.barrierFree ?? []) {
      where.push('instr(barrier_free, ?) > 0');
      params.push(`,${flag},`);
    }
    for (const word of filter.words ?? []) {
      where.push('instr(search_text, ?) > 0');
      params.push(word);
    }
    const sql = `SELECT id, category FROM shops ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY reading, id`;
    const rows = this.db.prepare(sql).all(...params) as Array<{ id: string; category: string }>;
    if (filter.sort === 'category') {
      const rank = (c: string) => SHOP_CATEGORIES.indexOf(c as (typeof SHOP_CATEGORIES)[number]);
      // Array.prototype.sort is stable, so the reading order stays within a category.
      rows.sort((a, b) => rank(a.category) - rank(b.category));
    }
    return rows.map((row) => this.doc<Shop>('shops', row.id));
  }

  async getShop(id: string): Promise<Shop | undefined> {
    return parse<Shop>(this.db.prepare('SELECT doc FROM shops WHERE id = ?').get(id) as { doc: string } | undefined);
  }

  async listServices(): Promise<ConsultationService[]> {
    return parseAll<ConsultationService>(this.db.prepare('SELECT doc FROM services ORDER BY position').all() as Array<{ doc: string }>);
  }

  async getService(id: string): Promise<ConsultationService | undefined> {
    return parse<ConsultationService>(this.db.prepare('SELECT doc FROM services WHERE id = ?').get(id) as { doc: string } | undefined);
  }

  async listAdvisors(serviceId?: string): Promise<Advisor[]> {
    const rows =
      serviceId === undefined
        ? this.db.prepare('SELECT doc FROM advisors ORDER BY id').all()
        : this.db
            .prepare('SELECT a.doc FROM advisors a JOIN advisor_services s ON s.advisor_id = a.id WHERE s.service_id = ? ORDER BY a.id')
            .all(serviceId);
    return parseAll<Advisor>(rows as Array<{ doc: string }>);
  }

  async bookedCounts(serviceId: string, fromMs: number, toMs: number): Promise<Map<string, number>> {
    const rows = this.db
      .prepare('SELECT slot_id, booked FROM slot_load WHERE service_id = ? AND starts_at >= ? AND starts_at < ? AND booked > 0')
      .all(serviceId, fromMs, toMs) as Array<{ slot_id: string; booked: number }>;
    return new Map(rows.map((r) => [r.slot_id, r.booked]));
  }

  async listPrograms(): Promise<SupportProgram[]> {
    return parseAll<SupportProgram>(this.db.prepare('SELECT doc FROM programs ORDER BY position').all() as Array<{ doc: string }>);
  }

  async findIdempotentAnswer(key: string): Promise<IdempotentAnswer | undefined> {
    const row = this.db.prepare('SELECT request_hash, status, body, reference FROM idempotency_keys WHERE key = ?').get(key) as
      | { request_hash: string; status: number; body: string; reference: string | null }
      | undefined;
    return row && { requestHash: row.request_hash, status: row.status, body: row.body, reference: row.reference };
  }

  async placeBooking(command: PlaceBookingCommand): Promise<PlaceBookingOutcome> {
    const db = this.db;
    const saveAnswer = db.prepare(
      'INSERT INTO idempotency_keys (key, request_hash, status, body, reference, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // BEGIN IMMEDIATE takes the write lock first, so the checks below and the insert
    // see one consistent state: no other booking can slip in between them.
    return db
      .transaction((): PlaceBookingOutcome => {
        const earlier = this.findIdempotentAnswerSync(command.idempotencyKey);
        if (earlier) return { kind: 'replay', answer: earlier };

        const b = command.booking;
        const active = db
          .prepare(
            "SELECT count(*) AS n FROM bookings WHERE applicant_key = ? AND service_id = ? AND status = 'confirmed' AND starts_at > ?",
          )
          .get(b.applicantKey, b.serviceId, command.nowMs) as { n: number };
        if (active.n >= command.maxActivePerApplicant) return { kind: 'applicant_limit' };

        db.prepare('INSERT INTO slot_load (slot_id, service_id, starts_at, capacity) VALUES (?, ?, ?, ?) ON CONFLICT (slot_id) DO NOTHING').run(
          b.slotId,
          b.serviceId,
          b.startsAt,
          b.capacity,
        );
        try {
          this.insertBooking(b);
        } catch (error) {
          if (!isCheckViolation(error)) throw error;
          const answer: IdempotentAnswer = { status: 409, body: command.fullBody, reference: null, requestHash: command.requestHash };
          saveAnswer.run(command.idempotencyKey, command.requestHash, 409, command.fullBody, null, command.nowMs);
          return { kind: 'slot_full', answer };
        }
        saveAnswer.run(command.idempotencyKey, command.requestHash, 201, command.createdBody, b.reference, command.nowMs);
        this.changes.bookings++;
        return { kind: 'created' };
      })
      .immediate();
  }

  private findIdempotentAnswerSync(key: string): IdempotentAnswer | undefined {
    const row = this.db.prepare('SELECT request_hash, status, body, reference FROM idempotency_keys WHERE key = ?').get(key) as
      | { request_hash: string; status: number; body: string; reference: string | null }
      | undefined;
    return row && { requestHash: row.request_hash, status: row.status, body: row.body, reference: row.reference };
  }

  private insertBooking(b: NewBooking): void {
    this.db
      .prepare(
        'INSERT INTO bookings (reference, slot_id, service_id, starts_at, status, applicant_key, doc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(b.reference, b.slotId, b.serviceId, b.startsAt, b.booking.status, b.applicantKey, JSON.stringify(b.booking), b.createdAt);
  }

  async getBooking(reference: string): Promise<StoredBooking | undefined> {
    const row = this.db
      .prepare('SELECT reference, slot_id, service_id, starts_at, status, doc FROM bookings WHERE reference = ?')
      .get(reference) as { reference: string; slot_id: string; service_id: string; starts_at: number; status: string; doc: string } | undefined;
    if (!row) return undefined;
    return {
      reference: row.reference,
      slotId: row.slot_id,
      serviceId: row.service_id,
      startsAt: row.starts_at,
      status: row.status as StoredBooking['status'],
      booking: JSON.parse(row.doc) as Booking,
    };
  }

  async cancelBooking(reference: string, booking: Booking, nowMs: number): Promise<StoredBooking | undefined> {
    const changed = this.db
      .prepare("UPDATE bookings SET status = 'cancelled', cancelled_at = ?, doc = ? WHERE reference = ? AND status = 'confirmed'")
      .run(nowMs, JSON.stringify(booking), reference);
    if (changed.changes !== 1) return undefined;
    this.changes.bookings++;
    return this.getBooking(reference);
  }

  async bookingTallies(fromMonth: string, toMonth: string): Promise<BookingTally[]> {
    return this.db
      .prepare('SELECT month, category, channel, booked, cancelled FROM booking_tallies WHERE month >= ? AND month <= ? ORDER BY month, category, channel')
      .all(fromMonth, toMonth) as BookingTally[];
  }

  async purge(bookingsBeforeMs: number, keysBeforeMs: number): Promise<RetentionResult> {
    return this.db
      .transaction((): RetentionResult => {
        const keys = this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(keysBeforeMs).changes;
        const bookings = this.db.prepare('DELETE FROM bookings WHERE starts_at < ?').run(bookingsBeforeMs).changes;
        const loads = this.db
          .prepare('DELETE FROM slot_load WHERE starts_at < ? AND slot_id NOT IN (SELECT slot_id FROM bookings)')
          .run(bookingsBeforeMs).changes;
        if (bookings > 0 || loads > 0) this.changes.bookings++;
        return { bookingsDeleted: bookings, idempotencyKeysDeleted: keys, slotLoadsDeleted: loads };
      })
      .immediate();
  }

  async integrityCheck(): Promise<string> {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
