/** Shopping streets (商店街) and their associations. */
import * as z from './zod.js';
import { Email, GeoPoint, Id, LocalizedText, NameWithReading, PhoneNumber, WebUrl } from './common.js';

export const ORGANIZATION_TYPES = [
  'shotenkai', // 商店会 (voluntary association)
  'shinko_kumiai', // 商店街振興組合 (promotion cooperative)
  'jigyo_kyodo_kumiai', // 事業協同組合
  'other',
] as const;
export const OrganizationType = z.enum(ORGANIZATION_TYPES);
export type OrganizationType = z.infer<typeof OrganizationType>;

export const Station = z.object({
  name: LocalizedText,
  line: z.nullable(LocalizedText),
  walkMinutes: z.int().check(z.gte(0), z.lte(120)),
});
export type Station = z.infer<typeof Station>;

export const ShoppingStreet = z.object({
  id: Id,
  name: NameWithReading,
  organizationType: OrganizationType,
  area: LocalizedText,
  center: GeoPoint,
  stations: z.array(Station),
  office: z.object({
    phone: z.nullable(PhoneNumber),
    email: z.nullable(Email),
    address: z.nullable(LocalizedText),
  }),
  url: z.nullable(WebUrl),
  description: z.nullable(LocalizedText),
  /** Number of member shops listed in the directory. */
  shopCount: z.int().check(z.gte(0)),
});
export type ShoppingStreet = z.infer<typeof ShoppingStreet>;
