/** Building blocks shared by every domain schema. */
import * as z from './zod.js';

/** A stable, URL-safe identifier: lower-case letters, digits, `_` and `-`. */
export const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a lower-case id (a-z, 0-9, _ and -)'));
export type Id = z.infer<typeof Id>;

/** The languages the hall writes in: Japanese first, and English (`LocalizedText`'s `ja` and `en`). */
export const LANGUAGES = ['ja', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Text in Japanese, with its reading (for search and 五十音 sort) and an optional English version. */
export const LocalizedText = z.object({
  ja: z.string().check(z.minLength(1), z.maxLength(2000)),
  kana: z.optional(z.string().check(z.maxLength(500))),
  en: z.optional(z.string().check(z.maxLength(2000))),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A name that must carry its reading (shops, streets): search and sort depend on it. */
export const NameWithReading = z.object({
  ja: z.string().check(z.minLength(1), z.maxLength(200)),
  kana: z.string().check(z.minLength(1), z.maxLength(400)),
  en: z.optional(z.string().check(z.maxLength(200))),
});
export type NameWithReading = z.infer<typeof NameWithReading>;

/** A calendar date in Japan (YYYY-MM-DD). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An instant written in Japan time: ISO 8601 with the `+09:00` offset.
 * The hall lives in Asia/Tokyo (no DST), so every time on the wire carries that offset.
 */
export const TokyoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).check(
  z.endsWith('+09:00', 'must be in Japan time (+09:00)'),
);
export type TokyoDateTime = z.infer<typeof TokyoDateTime>;

/** Any ISO 8601 instant with an offset (used for timestamps such as updatedAt). */
export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;

/**
 * Time of day `HH:MM`. Closing times may pass midnight the Japanese way (`25:30`
 * = 1:30 the next morning), so hours run up to 29:59.
 */
export const TimeOfDay = z.string().check(z.regex(/^([01]\d|2[0-9]):[0-5]\d$/, 'must be HH:MM (00:00–29:59)'));
export type TimeOfDay = z.infer<typeof TimeOfDay>;

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** A web address for data links: http(s) only; never `javascript:` or `data:`. */
export const WebUrl = z.httpUrl().check(z.maxLength(2048));
export type WebUrl = z.infer<typeof WebUrl>;

export const Email = z.email().check(z.maxLength(254));
export type Email = z.infer<typeof Email>;

/**
 * A Japanese phone number with or without hyphens: 03-1234-5678, 0312345678,
 * 090-1234-5678, 0120-123-456. Ten or eleven digits starting with 0.
 */
export const PhoneNumber = z.string().check(
  z.maxLength(20),
  z.regex(/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/, 'must be a Japanese phone number such as 03-1234-5678'),
  z.refine((value) => {
    const digits = value.replace(/-/g, '').length;
    return digits === 10 || digits === 11;
  }, 'must have 10 or 11 digits'),
);
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/** A Japanese postal code: 123-4567 (the hyphen may be left out). */
export const PostalCode = z.string().check(z.regex(/^\d{3}-?\d{4}$/, 'must be a postal code such as 176-0012'));
export type PostalCode = z.infer<typeof PostalCode>;

export const GeoPoint = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

export const Address = z.object({
  postalCode: PostalCode,
  text: LocalizedText,
  location: GeoPoint,
});
export type Address = z.infer<typeof Address>;

/** Opening period within one day; `closes` may pass midnight (25:00). */
export const Period = z
  .object({ opens: TimeOfDay, closes: TimeOfDay })
  .check(z.refine((p) => p.opens < p.closes && p.opens < '24:00', { message: 'opens must be before closes', path: ['closes'] }));
export type Period = z.infer<typeof Period>;

export const WeeklyPeriod = z
  .object({ day: Weekday, opens: TimeOfDay, closes: TimeOfDay })
  .check(z.refine((p) => p.opens < p.closes && p.opens < '24:00', { message: 'opens must be before closes', path: ['closes'] }));
export type WeeklyPeriod = z.infer<typeof WeeklyPeriod>;

/** Who may apply for a consultation or a programme (the domain's applicant types). */
export const APPLICANT_TYPES = [
  'prospective_founder', // 創業予定者
  'founder_under_5y', // 創業5年未満
  'sole_proprietor', // 個人事業主
  'sme', // 中小企業
  'small_business', // 小規模事業者
  'npo', // NPO
] as const;
export const ApplicantType = z.enum(APPLICANT_TYPES);
export type ApplicantType = z.infer<typeof ApplicantType>;

/** Amount of money in Japanese yen. */
export const Yen = z.int().check(z.gte(0), z.lte(10_000_000_000));
export type Yen = z.infer<typeof Yen>;
