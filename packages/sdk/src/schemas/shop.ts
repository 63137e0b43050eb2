/** Shops of the shopping streets: hours, payments, services, barrier-free facts. */
import * as z from './zod.js';
import { Address, Id, IsoDate, LocalizedText, NameWithReading, Period, PhoneNumber, Timestamp, WebUrl, WeeklyPeriod } from './common.js';

export const SHOP_CATEGORIES = [
  'restaurant', // 飲食
  'food', // 食品 (greengrocer, butcher, bakery …)
  'retail', // 物販
  'service', // サービス (cleaning, repair …)
  'beauty', // 美容・理容
  'health', // 医療・健康
  'culture', // 教育・文化
  'lodging', // 宿泊
  'other',
] as const;
export const ShopCategory = z.enum(SHOP_CATEGORIES);
export type ShopCategory = z.infer<typeof ShopCategory>;

export const PAYMENT_METHODS = ['cash', 'credit_card', 'e_money', 'qr_code'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** Payment filter of `GET /shops`: a method, or `cashless` = any method but cash. */
export const PAYMENT_FILTERS = [...PAYMENT_METHODS, 'cashless'] as const;
export const PaymentFilter = z.enum(PAYMENT_FILTERS);
export type PaymentFilter = z.infer<typeof PaymentFilter>;

export const SHOP_SERVICES = ['takeout', 'delivery', 'reservation', 'tax_free', 'english_ok'] as const;
export const ShopService = z.enum(SHOP_SERVICES);
export type ShopService = z.infer<typeof ShopService>;

export const BarrierFree = z.object({
  stepFreeEntrance: z.boolean(),
  /** Height of the highest step at the entrance; null when unknown. */
  maxStepCm: z.nullable(z.int().check(z.gte(0), z.lte(200))),
  entranceWidthCm: z.nullable(z.int().check(z.gte(0), z.lte(1000))),
  groundFloorOrLift: z.boolean(),
  accessibleToilet: z.boolean(),
  accessibleParking: z.boolean(),
});
export type BarrierFree = z.infer<typeof BarrierFree>;

/** Barrier-free filter values of `GET /shops` (each must hold). */
export const BARRIER_FREE_FILTERS = ['step_free_entrance', 'ground_floor_or_lift', 'accessible_toilet', 'accessible_parking'] as const;
export const BarrierFreeFilter = z.enum(BARRIER_FREE_FILTERS);
export type BarrierFreeFilter = z.infer<typeof BarrierFreeFilter>;

/** A dated change to the weekly hours: closed (年末年始) or open at other times. */
export const HoursException = z.object({
  date: IsoDate,
  closed: z.boolean(),
  periods: z.array(Period).check(z.maxLength(6)),
  note: z.nullable(LocalizedText),
});
export type HoursException = z.infer<typeof HoursException>;

export const OpeningHours = z.object({
  weekly: z.array(WeeklyPeriod).check(z.maxLength(30)),
  closedOnPublicHolidays: z.boolean(),
  exceptions: z.array(HoursException).check(z.maxLength(400)),
  /** The regular holiday in words (定休日), e.g. 「毎週水曜・第3木曜」. */
  regularHoliday: z.nullable(LocalizedText),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const Shop = z.object({
  id: Id,
  name: NameWithReading,
  streetIds: z.array(Id).check(z.maxLength(10)),
  category: ShopCategory,
  /** The finer kind in words (カフェ, 青果店 …), searchable. */
  subcategory: LocalizedText,
  description: z.nullable(LocalizedText),
  address: Address,
  phone: z.nullable(PhoneNumber),
  url: z.nullable(WebUrl),
  hours: OpeningHours,
  payments: z.array(PaymentMethod).check(z.minLength(1)),
  services: z.array(ShopService),
  barrierFree: BarrierFree,
  updatedAt: Timestamp,
});
export type Shop = z.infer<typeof Shop>;

export const ShopsQuery = z.object({
  q: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  streetId: z.optional(Id),
  category: z.optional(z.array(ShopCategory).check(z.minLength(1), z.maxLength(SHOP_CATEGORIES.length))),
  payment: z.optional(z.array(PaymentFilter).check(z.minLength(1), z.maxLength(PAYMENT_FILTERS.length))),
  service: z.optional(z.array(ShopService).check(z.minLength(1), z.maxLength(SHOP_SERVICES.length))),
  barrierFree: z.optional(z.array(BarrierFreeFilter).check(z.minLength(1), z.maxLength(BARRIER_FREE_FILTERS.length))),
  /** Only shops open at this instant (Japan time). */
  openAt: z.optional(z.iso.datetime({ offset: true })),
  sort: z.optional(z.enum(['reading', 'category'])),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type ShopsQuery = z.infer<typeof ShopsQuery>;
