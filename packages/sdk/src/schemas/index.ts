/**
 * The contract: zod schemas for every entity the hall's API speaks, shared by the
 * SDK, the server, the elements, the stories and the OpenAPI document.
 */
// `z` is exported as a type only (`z.infer`, `z.ZodMiniType`): a namespace exported
// as a value would keep all of zod, every locale included, in every bundle.
export type * as z from './zod.js';
export {
  Id,
  LANGUAGES,
  Language,
  LocalizedText,
  NameWithReading,
  IsoDate,
  TokyoDateTime,
  Timestamp,
  TimeOfDay,
  WEEKDAYS,
  Weekday,
  WebUrl,
  Email,
  PhoneNumber,
  PostalCode,
  GeoPoint,
  Address,
  Period,
  WeeklyPeriod,
  APPLICANT_TYPES,
  ApplicantType,
  Yen,
} from './common.js';
export { Room, Venue } from './venue.js';
export {
  EVENT_CATEGORIES,
  EventCategory,
  REGISTRATION_KINDS,
  RegistrationKind,
  Registration,
  CourseSession,
  sessionAt,
  Recurrence,
  HallEvent,
  EventOccurrence,
  EventsQuery,
  IcsQuery,
  EventsFeedQuery,
} from './event.js';
export { ORGANIZATION_TYPES, OrganizationType, Station, ShoppingStreet } from './street.js';
export {
  SHOP_CATEGORIES,
  ShopCategory,
  PAYMENT_METHODS,
  PaymentMethod,
  PAYMENT_FILTERS,
  PaymentFilter,
  SHOP_SERVICES,
  ShopService,
  BarrierFree,
  BARRIER_FREE_FILTERS,
  BarrierFreeFilter,
  HoursException,
  OpeningHours,
  Shop,
  ShopsQuery,
} from './shop.js';
export {
  CONSULTATION_CATEGORIES,
  ConsultationCategory,
  CHANNELS,
  Channel,
  BookingRules,
  ConsultationService,
  QUALIFICATIONS,
  Qualification,
  Advisor,
  AdvisorsQuery,
  Slot,
  SlotsQuery,
  Furigana,
  Employees,
  Applicant,
  UTM_KEYS,
  BookingSource,
  BookingInput,
  FormToken,
  BOOKING_STATUSES,
  BookingStatus,
  BookingReference,
  ManageToken,
  Booking,
  BookingCreated,
} from './consultation.js';
export { MAX_CALENDAR_RANGE_DAYS, CLOSURE_REASONS, ClosureReason, CalendarDay, CalendarDaysQuery, CalendarDayList } from './calendar.js';
export { MAX_STATS_RANGE_MONTHS, YearMonth, StatsQuery, MonthStats, Stats } from './stats.js';
export { PROGRAM_LEVELS, ProgramLevel, PROGRAM_KINDS, ProgramKind, Eligibility, LoanTerms, AcceptanceWindow, SupportProgram, ProgramsQuery } from './program.js';
export { pageOf, listOf } from './page.js';
export type { Page } from './page.js';
export { FieldError, Problem, PROBLEM_TYPES } from './problem.js';
