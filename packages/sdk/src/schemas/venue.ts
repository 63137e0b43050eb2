/** The hall and its rooms. */
import * as z from './zod.js';
import { Address, Id, LocalizedText, NameWithReading, PhoneNumber, WebUrl, WeeklyPeriod } from './common.js';

export const Room = z.object({
  id: Id,
  name: LocalizedText,
  floor: z.int().check(z.gte(-5), z.lte(100)),
  capacity: z.int().check(z.gte(1), z.lte(10_000)),
  /** Step-free access, hearing loop, etc., in words. */
  accessibility: z.array(LocalizedText),
});
export type Room = z.infer<typeof Room>;

export const Venue = z.object({
  id: Id,
  name: NameWithReading,
  address: Address,
  phone: z.optional(PhoneNumber),
  url: z.optional(WebUrl),
  /** Regular opening hours; the hall is closed on public holidays and 12/29–1/3. */
  hours: z.array(WeeklyPeriod),
  access: LocalizedText,
  accessibility: z.array(LocalizedText),
  rooms: z.array(Room),
});
export type Venue = z.infer<typeof Venue>;
