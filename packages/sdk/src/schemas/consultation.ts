/** Consultations by appointment: services, advisors, slots and bookings. */
import * as z from './zod.js';
import {
  ApplicantType,
  Email,
  Id,
  IsoDate,
  LocalizedText,
  PhoneNumber,
  Timestamp,
  TokyoDateTime,
  WeeklyPeriod,
} from './common.js';

export const CONSULTATION_CATEGORIES = [
  'startup', // 創業
  'management', // 経営
  'cash_flow', // 資金繰り
  'loan', // 融資
  'subsidy', // 補助金・助成金
  'tax', // 税務
  'labour', // 労務
  'legal', // 法律
  'ip', // 知的財産
  'it_dx', // IT・DX
  'succession', // 事業承継
] as const;
export const ConsultationCategory = z.enum(CONSULTATION_CATEGORIES);
export type ConsultationCategory = z.infer<typeof ConsultationCategory>;

export const CHANNELS = ['in_person', 'phone', 'online', 'outreach'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const BookingRules = z.object({
  /** Book at least this many hours before the start. */
  minLeadHours: z.int().check(z.gte(0), z.lte(24 * 60)),
  /** Book at most this many days ahead. */
  maxDaysAhead: z.int().check(z.gte(1), z.lte(366)),
  /** Cancel online until this many hours before the start. */
  cancellationCutoffHours: z.int().check(z.gte(0), z.lte(24 * 30)),
  /** No slot starts later than this many minutes before the advisor's day ends. */
  lastIntakeMinutesBeforeClose: z.int().check(z.gte(0), z.lte(240)),
  /** Upcoming confirmed bookings one applicant (e-mail) may hold for this service. */
  maxActiveBookingsPerApplicant: z.int().check(z.gte(1), z.lte(20)),
});
export type BookingRules = z.infer<typeof BookingRules>;

export const ConsultationService = z.object({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  categories: z.array(ConsultationCategory).check(z.minLength(1)),
  channels: z.array(Channel).check(z.minLength(1)),
  /** Per service, 30–90 minutes. */
  durationMinutes: z.int().check(z.gte(30), z.lte(90)),
  /** People one slot can take (1 for a one-to-one consultation). */
  capacityPerSlot: z.int().check(z.gte(1), z.lte(50)),
  eligibleApplicantTypes: z.array(ApplicantType).check(z.minLength(1)),
  /** Main office (or home, for founders) must be in the ward. */
  inWardRequired: z.boolean(),
  rules: BookingRules,
  whatToBring: z.nullable(LocalizedText),
  feeYen: z.int().check(z.gte(0)),
});
export type ConsultationService = z.infer<typeof ConsultationService>;

export const QUALIFICATIONS = [
  'sme_consultant', // 中小企業診断士
  'tax_accountant', // 税理士
  'labour_consultant', // 社会保険労務士
  'lawyer', // 弁護士
  'patent_attorney', // 弁理士
  'certified_accountant', // 公認会計士
  'it_coordinator', // ITコーディネータ
  'financial_planner', // ファイナンシャル・プランナー
] as const;
export const Qualification = z.enum(QUALIFICATIONS);
export type Qualification = z.infer<typeof Qualification>;

export const Advisor = z.object({
  id: Id,
  displayName: LocalizedText,
  specialties: z.array(ConsultationCategory).check(z.minLength(1)),
  qualifications: z.array(Qualification),
  serviceIds: z.array(Id).check(z.minLength(1)),
  /** Weekly hours at the hall; slots are generated from these. */
  schedule: z.array(WeeklyPeriod).check(z.minLength(1)),
});
export type Advisor = z.infer<typeof Advisor>;

/** A bookable time. The id is opaque: `<serviceId>.<advisorId>.<YYYYMMDDTHHMM>`. */
export const Slot = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}\.[a-z0-9][a-z0-9_-]{0,63}\.\d{8}T\d{4}$/, 'must be a slot id')),
  serviceId: Id,
  advisorId: Id,
  advisorName: LocalizedText,
  start: TokyoDateTime,
  end: TokyoDateTime,
  channels: z.array(Channel).check(z.minLength(1)),
  capacity: z.int().check(z.gte(1)),
  remaining: z.int().check(z.gte(0)),
});
export type Slot = z.infer<typeof Slot>;

export const SlotsQuery = z.object({
  serviceId: Id,
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  /** Include slots with no capacity left (remaining 0), so a picker can say "full". */
  includeFull: z.optional(z.boolean()),
});
export type SlotsQuery = z.infer<typeof SlotsQuery>;

/** Query of `GET /consultations/advisors`. */
export const AdvisorsQuery = z.object({ serviceId: z.optional(Id) });
export type AdvisorsQuery = z.infer<typeof AdvisorsQuery>;

/** Furigana: hiragana or katakana, spaces (half or full width) and the long-vowel mark. */
export const Furigana = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.regex(/^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC\u30FD\u30FE\u3000 ・]+$/, 'must be written in hiragana or katakana'),
);
export type Furigana = z.infer<typeof Furigana>;

/** A business's number of employees, as a booking may state it (the form checks it with this too). */
export const Employees = z.int().check(z.gte(0), z.lte(1_000_000));

export const Applicant = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(100)),
  furigana: Furigana,
  email: Email,
  phone: PhoneNumber,
  applicantType: ApplicantType,
  business: z.optional(
    z.object({
      name: z.optional(z.string().check(z.maxLength(200))),
      industry: z.optional(z.string().check(z.maxLength(100))),
      employees: z.optional(Employees),
      inWard: z.optional(z.boolean()),
    }),
  ),
});
export type Applicant = z.infer<typeof Applicant>;

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

/** Where the booking came from: the embedding street and allow-listed utm_* values. */
export const BookingSource = z.object({
  streetId: z.optional(Id),
  utm: z.optional(
    z.strictObject({
      utm_source: z.optional(z.string().check(z.maxLength(100))),
      utm_medium: z.optional(z.string().check(z.maxLength(100))),
      utm_campaign: z.optional(z.string().check(z.maxLength(100))),
      utm_term: z.optional(z.string().check(z.maxLength(100))),
      utm_content: z.optional(z.string().check(z.maxLength(100))),
    }),
  ),
});
export type BookingSource = z.infer<typeof BookingSource>;

/** Body of `POST /consultations/bookings`. */
export const BookingInput = z.strictObject({
  slotId: Slot.shape.id,
  channel: Channel,
  applicant: Applicant,
  topic: z.object({
    category: ConsultationCategory,
    /** Short free text; do not enter sensitive personal information here. */
    text: z.string().check(z.maxLength(200, 'must be 200 characters or fewer')),
  }),
  consents: z.object({
    purposeOfUse: z.literal(true, 'must be accepted'),
    privacyNotice: z.literal(true, 'must be accepted'),
  }),
  source: z.optional(BookingSource),
  /** Honeypot: people never see this field; it must stay empty. */
  website: z.optional(z.string().check(z.maxLength(0, 'must be empty'))),
  /**
   * The `token` of `GET /consultations/form-token`, fetched when the form is shown:
   * the server refuses a booking sent sooner than `minFillSeconds` after it was issued,
   * or with a token that has expired or that it did not sign.
   */
  formToken: z.string().check(z.maxLength(300)),
});
export type BookingInput = z.infer<typeof BookingInput>;

/**
 * Answer of `GET /consultations/form-token`: a signed note of when a booking form was
 * shown (a minimum fill time without puzzles, docs/decisions/0009-form-token.md).
 * Fetch a new one for every form shown; it is not single-use.
 */
export const FormToken = z.object({
  /** Send it back as `formToken` in the booking body. Opaque. */
  token: z.string().check(z.minLength(1), z.maxLength(300)),
  issuedAt: Timestamp,
  /** The server refuses the booking until this many seconds after `issuedAt`. */
  minFillSeconds: z.int().check(z.gte(0)),
  /** After this instant the token is refused (`/problems/form-expired`): fetch a new one. */
  expiresAt: Timestamp,
});
export type FormToken = z.infer<typeof FormToken>;

export const BOOKING_STATUSES = ['confirmed', 'cancelled', 'completed', 'no_show'] as const;
export const BookingStatus = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof BookingStatus>;

/** Booking references are short, unambiguous and safe to read out on the phone. */
export const BookingReference = z.string().check(z.regex(/^PH-[0-9A-HJKMNP-TV-Z]{8}$/, 'must be a booking reference such as PH-7K3M9Q2A'));
export type BookingReference = z.infer<typeof BookingReference>;

export const ManageToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a manage token'));
export type ManageToken = z.infer<typeof ManageToken>;

export const Booking = z.object({
  reference: BookingReference,
  status: BookingStatus,
  serviceId: Id,
  serviceTitle: LocalizedText,
  slot: z.object({
    id: Slot.shape.id,
    start: TokyoDateTime,
    end: TokyoDateTime,
    advisorName: LocalizedText,
  }),
  channel: Channel,
  applicant: Applicant,
  topic: BookingInput.shape.topic,
  consents: z.object({ purposeOfUseAt: Timestamp, privacyNoticeAt: Timestamp }),
  whatToBring: z.nullable(LocalizedText),
  /** Online cancellation is possible until this instant. */
  cancellableUntil: TokyoDateTime,
  createdAt: Timestamp,
  cancelledAt: z.nullable(Timestamp),
});
export type Booking = z.infer<typeof Booking>;

/** The answer to a successful booking: the booking plus the secret manage token (shown once). */
export const BookingCreated = z.object({ ...Booking.shape, manageToken: ManageToken });
export type BookingCreated = z.infer<typeof BookingCreated>;
