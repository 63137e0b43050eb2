/**
 * @promotion-hall/sdk — the typed client of the promotion hall's API.
 * The schemas (the contract) are at `@promotion-hall/sdk/schemas`, the Japanese
 * search normalisation at `@promotion-hall/sdk/normalize`, the opening-hours rules
 * at `@promotion-hall/sdk/opening-hours`.
 */
export { createHallClient, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, DEFAULT_TOTAL_TIMEOUT_MS } from './client.js';
export type { HallClient, HallClientOptions } from './client.js';
export type { CallOptions, HallHooks, Locale, RetryPolicy } from './http.js';
export { retryAfterSeconds } from './http.js';
export { createIdempotencyKey } from './resources/consultations.js';
export type { BookOptions, ManageOptions, ConsultationsResource } from './resources/consultations.js';
export type { EventsResource, EventsListParams, EventsIterateParams } from './resources/events.js';
export type { ShopsResource, ShopsListParams, ShopsIterateParams, StreetsResource, VenuesResource } from './resources/shops.js';
export type { ProgramsResource } from './resources/programs.js';
export type { CalendarResource, CalendarDaysParams } from './resources/calendar.js';
export type { StatsResource, StatsParams } from './resources/stats.js';
export {
  HallError,
  HallHttpError,
  HallBadRequestError,
  HallUnauthorizedError,
  HallForbiddenError,
  HallNotFoundError,
  HallConflictError,
  HallUnprocessableError,
  HallRateLimitError,
  HallServerError,
  HallNetworkError,
  HallTimeoutError,
  HallResponseShapeError,
  HallInvalidInputError,
  createHttpError,
  isHallError,
  isHallHttpError,
  isHallBadRequestError,
  isHallUnauthorizedError,
  isHallForbiddenError,
  isHallNotFoundError,
  isHallConflictError,
  isHallUnprocessableError,
  isHallRateLimitError,
  isHallServerError,
  isHallNetworkError,
  isHallTimeoutError,
  isHallResponseShapeError,
  isHallInvalidInputError,
} from './errors.js';
export type { HallErrorKind, RequestInfo, ResponseShapeReason } from './errors.js';
export type {
  Advisor,
  Booking,
  BookingCreated,
  BookingInput,
  CalendarDay,
  CalendarDaysQuery,
  ClosureReason,
  ConsultationService,
  EventOccurrence,
  EventsQuery,
  FieldError,
  FormToken,
  HallEvent,
  Page,
  Problem,
  ProgramsQuery,
  Shop,
  ShoppingStreet,
  ShopsQuery,
  Slot,
  SlotsQuery,
  MonthStats,
  Stats,
  StatsQuery,
  SupportProgram,
  Venue,
} from './schemas/index.js';
