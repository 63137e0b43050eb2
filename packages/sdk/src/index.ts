/**
 * @promotion-hall/sdk — the typed client of the promotion hall's API.
 * The schemas (the contract) are at `@promotion-hall/sdk/schemas`, the Japanese
 * search normalisation at `@promotion-hall/sdk/normalize`, the opening-hours rules
 * at `@promotion-hall/sdk/opening-hours`, the Japan-time date arithmetic at
 * `@promotion-hall/sdk/japan-time`.
 */
export { createHallClient, createHallContext, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, DEFAULT_TOTAL_TIMEOUT_MS } from './client.js';
export type { HallClient, HallClientOptions, HallContext } from './client.js';
export type { CallOptions, HallHooks, Locale, RetryPolicy } from './http.js';
export { retryAfterSeconds } from './http.js';
// The resources, each buildable on its own `createHallContext` (see client.ts).
export { ConsultationsResource, createIdempotencyKey } from './resources/consultations.js';
export type { BookOptions, ManageOptions } from './resources/consultations.js';
export { EventsResource } from './resources/events.js';
export type { EventsListParams, EventsIterateParams } from './resources/events.js';
export { ShopsResource, StreetsResource } from './resources/shops.js';
export type { ShopsListParams, ShopsIterateParams } from './resources/shops.js';
export { VenuesResource } from './resources/venues.js';
export { ProgramsResource } from './resources/programs.js';
export { CalendarResource } from './resources/calendar.js';
export type { CalendarDaysParams } from './resources/calendar.js';
export { StatsResource } from './resources/stats.js';
export type { StatsParams } from './resources/stats.js';
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
