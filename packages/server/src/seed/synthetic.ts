/**
 * Large synthetic data sets for benchmarks: by default 10,000 shops spread over
 * the demo's streets and 10,000 events over the demo's seven-month window.
 *
 * Built from the same factories as the demo, so every object is schema-valid and
 * the output is a pure function of the options. Rooms may be double-booked here
 * (there are far more events than room slots); hall events still avoid the days
 * the hall is closed.
 */
import type { HallEvent, Shop, ShoppingStreet } from '@promotion-hall/sdk/schemas';
import { addDays, weekdayOf } from '../domain/time.js';
import { DEMO_SEED, countShopsPerStreet, createDemoBase, internals, makeShop, makeTemplateEvent, placeTemplate, randomShopPlacement, type HallData } from './demo.js';
import type { Random } from './random.js';

export interface SyntheticOptions {
  /** Number of shops (default 10,000). */
  shops?: number;
  /** Number of events (default 10,000). */
  events?: number;
  /** Tokyo date (`YYYY-MM-DD`) the data is relative to. */
  today: string;
  seed?: number;
}

const pad5 = (n: number): string => String(n).padStart(5, '0');

function syntheticEvents(rng: Random, count: number, streets: readonly ShoppingStreet[], today: string): HallEvent[] {
  const openDays: string[] = [];
  const allDays: string[] = [];
  for (let date = addDays(today, -30); date <= addDays(today, 182); date = addDays(date, 1)) {
    allDays.push(date);
    if (internals.isHallOpen(date)) openDays.push(date);
  }
  const templates = internals.EVENT_TEMPLATES.map((template) => [template, template.weight] as const);
  const sundayTemplates = internals.EVENT_TEMPLATES.filter((template) => template.sunday).map((template) => [template, template.weight] as const);

  const events: HallEvent[] = [];
  for (let i = 1; events.length < count; i++) {
    const id = `syn-ev-${pad5(i)}`;
    if (rng.chance(0.1)) {
      // A street's one-off event, on any day (streets do not follow the hall's calendar).
      const date = rng.pick(allDays);
      const street = rng.pick(streets);
      const title = internals.SEASONAL[Number(date.slice(5, 7))] ?? ['イベント', 'Event'];
      events.push(internals.makeFestivalEvent(rng, { streetId: street.id, date, title, evening: rng.chance(0.3) }, street, today, id));
      continue;
    }
    const date = rng.pick(openDays);
    const template = rng.weighted(weekdayOf(date) === 0 ? sundayTemplates : templates);
    const placement = placeTemplate(rng, template, date, null);
    if (placement) events.push(makeTemplateEvent(rng, id, template, placement, today));
  }
  return events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

/** A large, deterministic data set for benchmarks (schema-valid like the demo). */
export function createSyntheticData(options: SyntheticOptions): HallData {
  const { today, shops: shopCount = 10_000, events: eventCount = 10_000, seed = DEMO_SEED } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const { rng, streets, ctx } = createDemoBase(today, seed);

  const shopRng = rng.fork('synthetic-shops');
  const shops: Shop[] = [];
  for (let i = 1; i <= shopCount; i++) {
    const { kind, streetIds } = randomShopPlacement(shopRng, streets);
    shops.push(makeShop(shopRng, ctx, { id: `syn-shop-${pad5(i)}`, kind, streetIds }));
  }

  const events = syntheticEvents(rng.fork('synthetic-events'), eventCount, streets, today);
  return {
    venues: [internals.createHall()],
    streets: countShopsPerStreet(streets, shops),
    shops,
    events,
    services: internals.createServices(),
    advisors: internals.createAdvisors(),
    // Programmes keep only the related events that exist in this set.
    programs: internals.createPrograms(today, new Set(events.map((event) => event.id))),
  };
}
