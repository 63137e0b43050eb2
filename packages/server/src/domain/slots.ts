/**
 * Consultation slots, generated from advisors' weekly schedules and the
 * service's booking rules. Slots are never stored: the same rules both list
 * them and, on booking, check that a slot id sent by a client is one of them.
 *
 * Rules, per advisor who serves the service, per schedule period on a date:
 * - slots follow each other every `durationMinutes` from `opens`;
 * - a slot must end by `closes`, and may start no later than
 *   `closes − lastIntakeMinutesBeforeClose` (so 10:00–17:00, 60 min, last intake
 *   30 gives 10:00 … 16:00: 16:30 would still be intake time but end after 17:00);
 * - none on a day the hall is closed (public holiday, 12/29–1/3);
 * - none starting before `now + minLeadHours`, none on a schedule date after
 *   today + `maxDaysAhead` (today = the Tokyo date of now).
 */
import { WEEKDAYS, type Advisor, type ConsultationService, type Slot } from '@promotion-hall/sdk/schemas';
import { hallClosure } from './holidays.js';
import { addDays, compactTokyo, DAY_MS, minutesOf, parseCompactTokyo, toTokyoIso, tokyoDate, tokyoMidnight, weekdayOf } from './time.js';

/** Longest range (inclusive days) one slot query may cover: a quarter, whatever the months. */
export const MAX_SLOT_RANGE_DAYS = 92;

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const ID_PART = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `<serviceId>.<advisorId>.<YYYYMMDDTHHMM>` with the start in Japan time. */
export function slotIdOf(serviceId: string, advisorId: string, startMs: number): string {
  return `${serviceId}.${advisorId}.${compactTokyo(startMs)}`;
}

/** The parts of a slot id, or `undefined` when it is not well formed (ids cannot hold a `.`). */
export function parseSlotId(id: string): { serviceId: string; advisorId: string; startMs: number } | undefined {
  const parts = id.split('.');
  if (parts.length !== 3) return undefined;
  const [serviceId, advisorId, stamp] = parts as [string, string, string];
  if (!ID_PART.test(serviceId) || !ID_PART.test(advisorId)) return undefined;
  const startMs = parseCompactTokyo(stamp);
  return startMs === undefined ? undefined : { serviceId, advisorId, startMs };
}

/** Starts an advisor's schedule gives on one date, before hall closure and booking windows. */
function scheduledStarts(service: ConsultationService, advisor: Advisor, date: string): number[] {
  const day = WEEKDAYS[weekdayOf(date)];
  const duration = service.durationMinutes;
  const starts: number[] = [];
  for (const period of advisor.schedule) {
    if (period.day !== day) continue;
    const opens = minutesOf(period.opens);
    const closes = minutesOf(period.closes);
    const lastStart = Math.min(closes - duration, closes - service.rules.lastIntakeMinutesBeforeClose);
    for (let start = opens; start <= lastStart; start += duration) {
      starts.push(tokyoMidnight(date) + start * MINUTE_MS);
    }
  }
  return starts;
}

function slotOf(service: ConsultationService, advisor: Advisor, startMs: number): Omit<Slot, 'remaining'> {
  return {
    id: slotIdOf(service.id, advisor.id, startMs),
    serviceId: service.id,
    advisorId: advisor.id,
    advisorName: advisor.displayName,
    start: toTokyoIso(startMs),
    end: toTokyoIso(startMs + service.durationMinutes * MINUTE_MS),
    channels: service.channels,
    capacity: service.capacityPerSlot,
  };
}

type WindowRejection = 'hall_closed' | 'too_soon' | 'too_far';

/** Why a scheduled start on a schedule date cannot be booked now, or null when it can. */
function windowRejection(service: ConsultationService, scheduleDate: string, startMs: number, nowMs: number): WindowRejection | null {
  if (hallClosure(scheduleDate)) return 'hall_closed';
  if (scheduleDate > addDays(tokyoDate(nowMs), service.rules.maxDaysAhead)) return 'too_far';
  if (startMs < nowMs + service.rules.minLeadHours * HOUR_MS) return 'too_soon';
  return null;
}

function isIsoDate(date: string): boolean {
  return ISO_DATE.test(date) && tokyoDate(tokyoMidnight(date)) === date;
}

/**
 * Bookable slots starting on the Tokyo dates `fromDate`…`toDate` (inclusive),
 * ordered by start then advisor id. `booked` holds confirmed bookings per slot id.
 * Throws a RangeError (the route answers 400) for a malformed or reversed range
 * or one longer than {@link MAX_SLOT_RANGE_DAYS}.
 */
export function generateSlots(input: {
  service: ConsultationService;
  advisors: Advisor[];
  fromDate: string;
  toDate: string;
  nowMs: number;
  booked: ReadonlyMap<string, number>;
  includeFull?: boolean;
}): Slot[] {
  const { service, advisors, fromDate, toDate, nowMs, booked, includeFull = false } = input;
  if (!isIsoDate(fromDate) || !isIsoDate(toDate)) throw new RangeError('from and to must be dates (YYYY-MM-DD)');
  if (fromDate > toDate) throw new RangeError('from must not be after to');
  const days = Math.round((tokyoMidnight(toDate) - tokyoMidnight(fromDate)) / DAY_MS) + 1;
  if (days > MAX_SLOT_RANGE_DAYS) throw new RangeError(`the range may cover at most ${MAX_SLOT_RANGE_DAYS} days`);

  const serving = advisors.filter((a) => a.serviceIds.includes(service.id));
  const byId = new Map<string, Slot>();
  // Start a day early: a schedule past midnight (25:00) puts slots on the next date.
  for (let date = addDays(fromDate, -1); date <= toDate; date = addDays(date, 1)) {
    for (const advisor of serving) {
      for (const startMs of scheduledStarts(service, advisor, date)) {
        const startDate = tokyoDate(startMs);
        if (startDate < fromDate || startDate > toDate) continue;
        if (windowRejection(service, date, startMs, nowMs)) continue;
        const slot = slotOf(service, advisor, startMs);
        // Overlapping schedule periods give the same slot twice; it is still one slot.
        if (byId.has(slot.id)) continue;
        const remaining = Math.max(0, slot.capacity - (booked.get(slot.id) ?? 0));
        if (remaining === 0 && !includeFull) continue;
        byId.set(slot.id, { ...slot, remaining });
      }
    }
  }
  // Offsets are all +09:00, so ISO text orders like the instants it names.
  return [...byId.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.advisorId < b.advisorId ? -1 : a.advisorId > b.advisorId ? 1 : 0));
}

export type SlotRejection = 'unknown_slot' | 'service_mismatch' | 'hall_closed' | 'too_soon' | 'too_far' | 'outside_schedule';

/**
 * Checks, on booking, that a client's slot id is one {@link generateSlots} would
 * list now (capacity aside: the caller counts bookings inside its transaction).
 * An unknown advisor, or one who does not serve the service, is `unknown_slot`:
 * no such slot exists, whatever its time.
 */
export function checkBookableSlot(input: {
  slotId: string;
  service: ConsultationService;
  advisors: Advisor[];
  nowMs: number;
}): { ok: true; slot: Omit<Slot, 'remaining'> } | { ok: false; reason: SlotRejection } {
  const { slotId, service, advisors, nowMs } = input;
  const parsed = parseSlotId(slotId);
  if (!parsed) return { ok: false, reason: 'unknown_slot' };
  if (parsed.serviceId !== service.id) return { ok: false, reason: 'service_mismatch' };
  const advisor = advisors.find((a) => a.id === parsed.advisorId);
  if (!advisor || !advisor.serviceIds.includes(service.id)) return { ok: false, reason: 'unknown_slot' };

  const startDate = tokyoDate(parsed.startMs);
  let rejection: WindowRejection | undefined;
  // The slot may come from the previous day's schedule when that one passes midnight.
  for (const scheduleDate of [startDate, addDays(startDate, -1)]) {
    if (!scheduledStarts(service, advisor, scheduleDate).includes(parsed.startMs)) continue;
    const reason = windowRejection(service, scheduleDate, parsed.startMs, nowMs);
    if (!reason) return { ok: true, slot: slotOf(service, advisor, parsed.startMs) };
    rejection ??= reason;
  }
  return { ok: false, reason: rejection ?? 'outside_schedule' };
}
