/**
 * The OpenAPI 3.1 description of the hall's API, generated from the shared zod
 * schemas (the contract): the component schemas come from `z.toJSONSchema`, so the
 * document cannot drift from what the server validates and sends. What zod cannot
 * say (paths, headers, caching, CORS, the booking flow) is written here, next to the
 * constants of the routes it describes. Served at GET /api/v1/openapi.json; the
 * output is deterministic (no dates, fixed key order), so its ETag is stable.
 * Prose guide: docs/api.md.
 */
import {
  AcceptanceWindow,
  Address,
  Advisor,
  Applicant,
  ApplicantType,
  BarrierFree,
  BarrierFreeFilter,
  Booking,
  BookingCreated,
  BookingInput,
  BookingReference,
  BookingRules,
  BookingSource,
  BookingStatus,
  CalendarDay,
  CalendarDayList,
  CalendarDaysQuery,
  Channel,
  ClosureReason,
  ConsultationCategory,
  ConsultationService,
  CourseSession,
  Eligibility,
  Email,
  EventCategory,
  EventOccurrence,
  EventsQuery,
  IcsQuery,
  FieldError,
  FormToken,
  Furigana,
  GeoPoint,
  HallEvent,
  HoursException,
  Id,
  IsoDate,
  listOf,
  LoanTerms,
  LocalizedText,
  ManageToken,
  MAX_CALENDAR_RANGE_DAYS,
  MAX_STATS_RANGE_MONTHS,
  MonthStats,
  NameWithReading,
  OpeningHours,
  OrganizationType,
  pageOf,
  PaymentFilter,
  PaymentMethod,
  Period,
  PhoneNumber,
  PostalCode,
  Problem,
  PROBLEM_TYPES,
  ProgramKind,
  ProgramLevel,
  ProgramsQuery,
  Qualification,
  Recurrence,
  Registration,
  RegistrationKind,
  Room,
  Shop,
  ShopCategory,
  ShoppingStreet,
  ShopService,
  ShopsQuery,
  Slot,
  SlotsQuery,
  Station,
  Stats,
  StatsQuery,
  SupportProgram,
  TimeOfDay,
  Timestamp,
  YearMonth,
  TokyoDateTime,
  Venue,
  WebUrl,
  Weekday,
  WeeklyPeriod,
  Yen,
} from '@promotion-hall/sdk/schemas';
import * as z from 'zod/mini';
import { MAX_SLOT_RANGE_DAYS } from './domain/slots.js';
import { CACHE } from './http/json.js';
import { DEFAULT_SLOT_DAYS, IDEMPOTENCY_KEY, MAX_BOOKING_BODY_BYTES } from './routes/consultations.js';
import { DEFAULT_EVENT_PAGE_SIZE, DEFAULT_RANGE_DAYS, FEED_PAST_DAYS, SUBSCRIPTION_DAYS, MAX_FEED_OCCURRENCES, MAX_RANGE_DAYS } from './routes/events.js';
import { DEFAULT_SHOP_PAGE_SIZE } from './routes/shops.js';

// ---------------------------------------------------------------- document types

export type JsonSchema = { [keyword: string]: unknown };
export type Reference = { $ref: string };
export type OpenApiServer = { url: string; description?: string };
export type OpenApiHeader = { description: string; required?: boolean; schema: JsonSchema | Reference };
export type OpenApiParameter = {
  name: string;
  in: 'query' | 'path' | 'header';
  description: string;
  required: boolean;
  schema: JsonSchema | Reference;
  style?: 'form' | 'simple';
  explode?: boolean;
  example?: unknown;
};
export type OpenApiExample = { summary: string; value: unknown };
export type OpenApiMediaType = { schema: JsonSchema | Reference; examples?: Record<string, OpenApiExample> };
export type OpenApiResponse = {
  description: string;
  headers?: Record<string, OpenApiHeader | Reference>;
  content?: Record<string, OpenApiMediaType>;
};
export type OpenApiOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: Array<OpenApiParameter | Reference>;
  requestBody?: { required: boolean; description?: string; content: Record<string, OpenApiMediaType> };
  responses: Record<string, OpenApiResponse | Reference>;
  security?: Array<Record<string, string[]>>;
};
export type OpenApiPathItem = {
  summary?: string;
  servers?: OpenApiServer[];
  get?: OpenApiOperation;
  post?: OpenApiOperation;
  delete?: OpenApiOperation;
};
export type OpenApiDocument = {
  openapi: '3.1.0';
  jsonSchemaDialect: string;
  info: { title: string; version: string; summary: string; description: string; license: { name: string; identifier: string } };
  servers: OpenApiServer[];
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, OpenApiPathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, OpenApiResponse>;
    parameters: Record<string, OpenApiParameter>;
    headers: Record<string, OpenApiHeader>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
  };
};

// ---------------------------------------------------------------- component schemas

type Meta = { id: string; description?: string };
type Named = Record<string, readonly [schema: z.ZodMiniType, description?: string]>;

/** GET /healthz answers this; health is not part of the shared contract, so it is described here. */
const Health = z.object({ status: z.enum(['ok', 'unavailable']) });

/**
 * Schemas that read the same as input and as output: value types, and the objects
 * the booking body shares with the booking. Both generation passes register them,
 * and the two results must agree (checked when the document is built).
 */
const SHARED: Named = {
  Id: [Id, 'A stable, URL-safe identifier: lower-case letters, digits, `_` and `-` (at most 64).'],
  IsoDate: [IsoDate, 'A calendar date in Japan (YYYY-MM-DD).'],
  TokyoDateTime: [TokyoDateTime, 'An instant in Japan time: ISO 8601 with the `+09:00` offset.'],
  Timestamp: [Timestamp, 'An ISO 8601 instant with an offset (the server writes `+09:00`).'],
  TimeOfDay: [TimeOfDay, 'Time of day `HH:MM`; closing times may pass midnight the Japanese way (`25:30` = 1:30 the next morning).'],
  Weekday: [Weekday],
  WebUrl: [WebUrl, 'An http(s) address (never `javascript:` or `data:`).'],
  Email: [Email],
  PhoneNumber: [PhoneNumber, 'A Japanese phone number with or without hyphens (10 or 11 digits, starting with 0).'],
  PostalCode: [PostalCode, 'A Japanese postal code such as `176-0012`.'],
  Yen: [Yen, 'An amount in Japanese yen.'],
  ApplicantType: [ApplicantType, 'Who applies: 創業予定者, 創業5年未満, 個人事業主, 中小企業, 小規模事業者, NPO.'],
  EventCategory: [EventCategory],
  RegistrationKind: [RegistrationKind, '`none` 申込不要, `first_come` 先着, `lottery` 抽選.'],
  OrganizationType: [OrganizationType],
  ShopCategory: [ShopCategory],
  PaymentMethod: [PaymentMethod],
  PaymentFilter: [PaymentFilter, 'A payment method, or `cashless` = any method but cash.'],
  ShopService: [ShopService],
  BarrierFreeFilter: [BarrierFreeFilter],
  ConsultationCategory: [ConsultationCategory],
  Channel: [Channel],
  Qualification: [Qualification],
  Furigana: [Furigana, 'Reading in hiragana or katakana.'],
  BookingStatus: [BookingStatus],
  BookingReference: [BookingReference, 'A booking reference such as `PH-7K3M9Q2A` (Crockford base32, safe to read out on the phone).'],
  ManageToken: [ManageToken, 'The secret that manages one booking; sent in the 201 answer (and its idempotent replays) only.'],
  ProgramLevel: [ProgramLevel],
  ProgramKind: [ProgramKind],
  ClosureReason: [ClosureReason, 'Why the hall is closed: `holiday` (a public holiday), `year_end` (12/29–1/3).'],
  Applicant: [Applicant, 'The applicant: name, furigana, e-mail, phone, applicant type and (optionally) the business.'],
  BookingSource: [BookingSource, 'Where the booking came from: the embedding street and allow-listed utm_* values.'],
};

/** What the server sends. */
const OUTPUTS: Named = {
  LocalizedText: [LocalizedText, 'Japanese text, its reading (kana) and optionally English.'],
  NameWithReading: [NameWithReading, 'A name that always carries its reading (search and 五十音 sort use it).'],
  GeoPoint: [GeoPoint],
  Address: [Address],
  Period: [Period],
  WeeklyPeriod: [WeeklyPeriod],
  Room: [Room],
  Venue: [Venue, 'The hall and its rooms.'],
  Registration: [Registration, 'How to take part: capacity, seats left, application window, waitlist.'],
  CourseSession: [CourseSession, 'One session of a multi-session course (全N回).'],
  Recurrence: [Recurrence, 'RFC 5545 recurrence: an RRULE without DTSTART plus RDATE/EXDATE lists.'],
  HallEvent: [HallEvent, 'An event as the hall defines it: for a recurring event, the series; for a course, its first session’s start and end, with all its sessions.'],
  EventOccurrence: [EventOccurrence, 'One occurrence in a range: the event with this occurrence’s `start`/`end` and `occurrenceId` (`<eventId>@<YYYY-MM-DD>`, plus `T<HHMM>` when it starts at another time of day than the first occurrence or session).'],
  Station: [Station],
  ShoppingStreet: [ShoppingStreet, 'A shopping street (商店街) and its association.'],
  BarrierFree: [BarrierFree],
  HoursException: [HoursException],
  OpeningHours: [OpeningHours],
  Shop: [Shop],
  BookingRules: [BookingRules],
  ConsultationService: [ConsultationService, 'A consultation by appointment (創業相談, 融資相談 …).'],
  Advisor: [Advisor],
  Slot: [Slot, 'A bookable time; `id` is `<serviceId>.<advisorId>.<YYYYMMDDTHHMM>`.'],
  Booking: [Booking, 'A booking as its holder sees it (personal data: never cached).'],
  BookingCreated: [BookingCreated, 'The booking plus its secret `manageToken` (the only time it is sent, apart from idempotent replays).'],
  FormToken: [FormToken, 'A signed note of when a booking form was shown: send `token` as the booking’s `formToken`, no sooner than `minFillSeconds` after `issuedAt` and before `expiresAt`.'],
  Eligibility: [Eligibility],
  LoanTerms: [LoanTerms],
  AcceptanceWindow: [AcceptanceWindow],
  SupportProgram: [SupportProgram, 'A support programme of the ward, Tokyo or the nation.'],
  FieldError: [FieldError, 'One invalid field: `field` is `query.<name>`, `path.<name>`, `header.<name>` or `body.<path>`.'],
  Problem: [
    Problem,
    'RFC 9457 problem details. `type` is one of: ' +
      Object.values(PROBLEM_TYPES)
        .map((t) => `\`${t}\``)
        .join(', ') +
      ' (see docs/api.md for when each occurs).',
  ],
  EventOccurrencePage: [pageOf(EventOccurrence), 'A page of occurrences; `nextCursor` is null on the last page, `total` counts all pages.'],
  ShopPage: [pageOf(Shop), 'A page of shops; `nextCursor` is null on the last page, `total` counts all pages.'],
  ShoppingStreetList: [listOf(ShoppingStreet)],
  VenueList: [listOf(Venue)],
  ConsultationServiceList: [listOf(ConsultationService)],
  AdvisorList: [listOf(Advisor)],
  SlotList: [listOf(Slot)],
  SupportProgramList: [listOf(SupportProgram)],
  CalendarDay: [CalendarDay, 'A public holiday (with its name), a day the hall is closed, or both.'],
  CalendarDayList: [CalendarDayList, 'The days of a range with a public holiday or a closure, in date order; ordinary days are left out.'],
  YearMonth: [YearMonth, 'A calendar month in Japan (YYYY-MM).'],
  MonthStats: [MonthStats, 'One month’s figures: events held by category; consultations booked by topic category and by channel. Every category and channel is listed, zeros included. Aggregate counts only.'],
  Stats: [Stats, 'The hall’s monthly figures for its PDCA review, one entry per month of the range in order. Aggregate counts only: no personal data.'],
  Health: [Health, 'Whether the server and its database answer.'],
};

/** What clients send (read with `io: 'input'`). */
const INPUTS: Named = {
  BookingInput: [
    BookingInput,
    `Body of POST /consultations/bookings (at most ${MAX_BOOKING_BODY_BYTES} bytes). Unknown top-level keys are rejected. \`formToken\` is the \`token\` of GET /consultations/form-token; \`website\` is a honeypot that must stay empty.`,
  ],
};

const SCHEMA_REF = '#/components/schemas/';

const ZOD_ONLY_FORMATS = new Set(['ends_with', 'starts_with', 'includes', 'lowercase', 'uppercase']);
const JSON_SCHEMA_FORMATS: Record<string, string> = { datetime: 'date-time', date: 'date', email: 'email', url: 'uri' };

/**
 * Adjusts zod's JSON Schema where it says something the contract does not mean:
 * - `z.string()` checks such as `endsWith` leave zod's own names (`ends_with`) in
 *   `format`, replacing the real one; put back the base string's format
 *   (TokyoDateTime is a date-time) or drop it.
 * - Read as output, zod closes every `z.object` (`additionalProperties: false`)
 *   because parsing strips unknown keys. The contract says objects are open on
 *   output, so a newer server may add fields (docs/decisions/0003-schema-contract.md);
 *   only `z.strictObject` (the booking body, its utm) stays closed.
 */
function adjust(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const def = (ctx.zodSchema as { _zod: { def: { type: string; format?: string; catchall?: unknown } } })._zod.def;
  const json = ctx.jsonSchema;
  if (typeof json.format === 'string' && ZOD_ONLY_FORMATS.has(json.format)) {
    const replacement = def.format === undefined ? undefined : JSON_SCHEMA_FORMATS[def.format];
    if (replacement === undefined) delete json.format;
    else json.format = replacement;
  }
  if (def.type === 'object' && def.catchall === undefined && json.additionalProperties === false) delete json.additionalProperties;
}

/** Removes `$schema` everywhere: OpenAPI 3.1 sets the dialect once, in `jsonSchemaDialect`. */
function stripSchemaKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSchemaKeys);
  if (value !== null && typeof value === 'object') {
    const out: JsonSchema = {};
    for (const [key, inner] of Object.entries(value)) if (key !== '$schema') out[key] = stripSchemaKeys(inner);
    return out;
  }
  return value;
}

function componentsFrom(named: Named, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<Meta>();
  for (const [id, [schema, description]] of Object.entries(named)) {
    registry.add(schema, description === undefined ? { id } : { id, description });
  }
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: 'any', uri: (id) => SCHEMA_REF + id, override: adjust });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $id: _id, ...rest } = stripSchemaKeys(schema) as JsonSchema;
    out[id] = rest;
  }
  return out;
}

/** Generates components.schemas: outputs and inputs, sharing what reads the same both ways. */
function componentSchemas(): Record<string, JsonSchema> {
  const output = componentsFrom({ ...SHARED, ...OUTPUTS }, 'output');
  const input = componentsFrom({ ...SHARED, ...INPUTS }, 'input');
  for (const id of Object.keys(SHARED)) {
    if (JSON.stringify(output[id]) !== JSON.stringify(input[id])) {
      throw new Error(`openapi: the schema "${id}" differs between input and output; give it an input component of its own`);
    }
  }
  const all = { ...output, ...input };
  // Sorted names keep the document stable however the lists above are ordered.
  return Object.fromEntries(Object.keys(all).sort().map((id) => [id, all[id] as JsonSchema]));
}

function ref(name: string): Reference {
  return { $ref: SCHEMA_REF + name };
}

function inlineSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  return stripSchemaKeys(z.toJSONSchema(schema, { io, unrepresentable: 'any', override: adjust })) as JsonSchema;
}

// ---------------------------------------------------------------- parameters

type QuerySchema = { _zod: { def: { shape: Record<string, z.ZodMiniType> } } };

/**
 * Query parameters from a query schema of the contract, read the way
 * http/validate.ts reads them: lists are one comma-separated value
 * (`style: form, explode: false`), numbers and booleans are written as text,
 * and a parameter given twice is a 400.
 */
function queryParameters<S extends QuerySchema>(schema: S, descriptions: Record<keyof S['_zod']['def']['shape'] & string, string>): OpenApiParameter[] {
  return Object.entries(schema._zod.def.shape).map(([name, field]) => {
    const json = inlineSchema(field, 'input');
    let description = descriptions[name as keyof typeof descriptions];
    const parameter: OpenApiParameter = { name, in: 'query', description, required: field._zod.optin !== 'optional', schema: json };
    if (json.type === 'array') {
      const values = ((json.items as JsonSchema | undefined)?.enum as string[] | undefined) ?? [];
      description += ` Comma-separated: \`${name}=${values.slice(0, 2).join(',')}\`. One of: ${values.map((v) => `\`${v}\``).join(', ')}.`;
      Object.assign(parameter, { description, style: 'form', explode: false });
    }
    return parameter;
  });
}

const EVENTS_PARAMS: Record<keyof EventsQuery, string> = {
  from: 'First day of the range (YYYY-MM-DD, Japan). Default: today in Japan.',
  to: `Last day of the range, inclusive. Default: ${DEFAULT_RANGE_DAYS - 1} days after \`from\` (${DEFAULT_RANGE_DAYS} days in all); the range may span at most ${MAX_RANGE_DAYS} days.`,
  category: 'Only these categories.',
  streetId: 'Only events held by this shopping street (with `includeHall`, the hall’s own events too). A street the hall does not have is a 400 (`unknown_street`).',
  includeHall: 'With `streetId`: the hall’s own events (those of no street) as well, as a street’s site shows them; other streets’ events stay out. No effect without `streetId`.',
  q: 'Search words (space-separated, full-width spaces too); each must occur in the title, summary, description, organizer, place or a course session’s title (which finds that session only), folded for width, kana and long vowels.',
  cursor: 'The `nextCursor` of the previous page.',
  limit: `Page size (1–500). Default: ${DEFAULT_EVENT_PAGE_SIZE}.`,
};

const ICS_PARAMS: Record<keyof IcsQuery, string> = {
  lang: 'Language of the texts (summary, description, location, calendar name); English falls back to Japanese where the hall has no English. Default: `ja`.',
};

const SHOPS_PARAMS: Record<keyof ShopsQuery, string> = {
  q: 'Search words (space-separated, full-width spaces too); each must occur in the name (ja, kana, en) or the subcategory, folded for width, kana and long vowels.',
  streetId: 'Only shops of this shopping street. A street the hall does not have is a 400 (`unknown_street`).',
  category: 'Only these categories.',
  payment: 'Shops accepting every listed payment (`cashless` = any method but cash).',
  service: 'Shops offering every listed service.',
  barrierFree: 'Shops meeting every listed barrier-free condition.',
  openAt: 'Only shops open at this instant (ISO 8601 with offset, e.g. `2025-06-01T12:00:00+09:00`; encode `+` as `%2B`). Answers with this parameter are sent with `Cache-Control: no-cache`.',
  sort: '`reading` (五十音 order of the name’s reading, default) or `category`.',
  cursor: 'The `nextCursor` of the previous page.',
  limit: `Page size (1–500). Default: ${DEFAULT_SHOP_PAGE_SIZE}.`,
};

const SLOTS_PARAMS: Record<keyof SlotsQuery, string> = {
  serviceId: 'The consultation service.',
  from: 'First day (YYYY-MM-DD, Japan). Default: today in Japan.',
  to: `Last day, inclusive. Default: ${DEFAULT_SLOT_DAYS - 1} days after \`from\` (${DEFAULT_SLOT_DAYS} days in all); at most ${MAX_SLOT_RANGE_DAYS} days.`,
  includeFull: '`true` also lists slots with no place left (`remaining: 0`), so a picker can show them as full. Default: false.',
};

const PROGRAMS_PARAMS: Record<keyof ProgramsQuery, string> = {
  level: 'Only programmes of these levels.',
  kind: 'Only programmes of these kinds.',
  applicantType: 'The applicant’s type; programmes not open to it are left out.',
  employees: 'Number of employees; programmes with a lower limit are left out.',
  capitalYen: 'Capital in yen; programmes with a lower limit are left out.',
  inWard: '`false` leaves out programmes for businesses in the ward only.',
  yearsSinceFounding: 'Whole years since founding; programmes outside their founding window are left out.',
};

const CALENDAR_PARAMS: Record<keyof CalendarDaysQuery, string> = {
  from: 'First day of the range (YYYY-MM-DD, Japan).',
  to: `Last day of the range, inclusive; not before \`from\`, and the range may span at most ${MAX_CALENDAR_RANGE_DAYS} days.`,
};

const STATS_PARAMS: Record<keyof StatsQuery, string> = {
  from: 'First month of the range (YYYY-MM, Japan).',
  to: `Last month of the range, inclusive; not before \`from\`, and the range may span at most ${MAX_STATS_RANGE_MONTHS} months.`,
};

const FEED_PARAMS = ['from', 'to', 'category', 'streetId', 'includeHall', 'q'] as const;

/** `/events.ics` takes `/events`' parameters; its range says what a feed without dates covers. */
function feedParameter(parameter: OpenApiParameter): OpenApiParameter {
  const subscription = `Without \`from\` and \`to\`: a subscription, from ${FEED_PAST_DAYS} days ago, ${SUBSCRIPTION_DAYS} days in all.`;
  return parameter.name === 'from' || parameter.name === 'to' ? { ...parameter, description: `${parameter.description} ${subscription}` } : parameter;
}

// ---------------------------------------------------------------- responses

const PROBLEM_JSON = 'application/problem+json';
const JSON_TYPE = 'application/json';

function problemResponse(description: string, examples: Record<string, OpenApiExample>, headers: Record<string, Reference> = {}): OpenApiResponse {
  return {
    description,
    headers: { 'Cache-Control': { $ref: '#/components/headers/CacheControlNoStore' }, ...headers },
    content: { [PROBLEM_JSON]: { schema: ref('Problem'), examples } },
  };
}

const example = (summary: string, value: Problem): OpenApiExample => ({ summary, value });

const RESPONSES: Record<string, OpenApiResponse> = {
  NotModified: {
    description: 'Not Modified: the `If-None-Match` value matches the current `ETag`. No body.',
    headers: { ETag: { $ref: '#/components/headers/ETag' } },
  },
  ValidationFailed: problemResponse('A query parameter, path parameter, header or body field is invalid; `errors[]` names each one.', {
    query: example('An invalid query parameter', {
      type: PROBLEM_TYPES.validation,
      title: 'Invalid request',
      status: 400,
      detail: 'The request has invalid fields.',
      errors: [{ field: 'query.limit', code: 'too_big', message: 'Invalid input' }],
    }),
  }),
  NotFound: problemResponse('Nothing with this id (or no such path).', {
    notFound: example('Unknown id', { type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail: 'There is no shop "unknown".' }),
  }),
  InternalError: problemResponse('A server bug; the body says nothing about the request.', {
    internal: example('Server error', { type: PROBLEM_TYPES.internal, title: 'Internal server error', status: 500 }),
  }),
  OriginNotAllowed: problemResponse('The browser’s `Origin` is not one of `HALL_ALLOWED_ORIGINS` (booking endpoints and the form token only).', {
    origin: example('Origin not allowed', {
      type: PROBLEM_TYPES.forbiddenOrigin,
      title: 'Origin not allowed',
      status: 403,
      detail: 'This site is not on the hall’s list of sites that may take bookings.',
    }),
  }),
  ManageTokenRequired: problemResponse(
    'No `Authorization: Bearer <manage token>` header.',
    {
      missing: example('No token', {
        type: PROBLEM_TYPES.unauthorized,
        title: 'Manage token required',
        status: 401,
        detail: 'Send the manage token as "Authorization: Bearer <token>".',
        errors: [{ field: 'header.authorization', code: 'required', message: 'is required' }],
      }),
    },
    { 'WWW-Authenticate': { $ref: '#/components/headers/WWWAuthenticate' } },
  ),
  BookingNotFound: problemResponse('No booking with this reference and token: an unknown reference and a wrong token answer the same, so references cannot be probed.', {
    notFound: example('Unknown reference or wrong token', {
      type: PROBLEM_TYPES.notFound,
      title: 'Not found',
      status: 404,
      detail: 'There is no booking with this reference and token.',
    }),
  }),
};

function jsonResponse(description: string, schema: string, cache: string, extraHeaders: Record<string, Reference> = {}): OpenApiResponse {
  return {
    description: `${description} \`Cache-Control: ${cache}\`.`,
    headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' }, ...extraHeaders },
    content: { [JSON_TYPE]: { schema: ref(schema) } },
  };
}

function calendarResponse(description: string): OpenApiResponse {
  return {
    description: `${description} \`Cache-Control: ${CACHE.public}\`.`,
    headers: {
      ETag: { $ref: '#/components/headers/ETag' },
      'Cache-Control': { $ref: '#/components/headers/CacheControl' },
      'Content-Disposition': { $ref: '#/components/headers/ContentDisposition' },
    },
    content: { 'text/calendar; charset=utf-8': { schema: { type: 'string', description: 'An RFC 5545 iCalendar (VCALENDAR with VTIMEZONE Asia/Tokyo and VEVENTs).' } } },
  };
}

const responseRef = (name: string): Reference => ({ $ref: `#/components/responses/${name}` });
const parameterRef = (name: string): Reference => ({ $ref: `#/components/parameters/${name}` });

/** The responses every public GET may give besides its 200. */
const PUBLIC_GET_ERRORS = { '304': responseRef('NotModified'), '400': responseRef('ValidationFailed'), '500': responseRef('InternalError') };
const PUBLIC_GET_BY_ID_ERRORS = { ...PUBLIC_GET_ERRORS, '404': responseRef('NotFound') };
/** Lists without parameters cannot be invalid. */
const PUBLIC_LIST_ERRORS = { '304': responseRef('NotModified'), '500': responseRef('InternalError') };

// ---------------------------------------------------------------- the document

const CORS_TEXT =
  'CORS: public GETs answer any origin (`Access-Control-Allow-Origin: *`; preflight allows GET, HEAD and the headers If-None-Match, Accept-Language). ' +
  '`/consultations/bookings…` and `/consultations/form-token` answer only the exact origins in `HALL_ALLOWED_ORIGINS` (echoed back with `Vary: Origin`; preflight allows GET, POST, DELETE and Content-Type, Idempotency-Key, Authorization); ' +
  'another `Origin` gets 403 `' + PROBLEM_TYPES.forbiddenOrigin + '`. Requests without `Origin` (not from a browser) pass. No cookies and no credentials anywhere. ' +
  'Exposed headers: ETag, Retry-After, Location, Idempotent-Replayed. Preflight answers are cached for 600 s.';

const INFO_DESCRIPTION = [
  '産業振興会館の公開 API です。イベント（セミナー・講座・商店街イベント）、商店街と店舗、経営相談の空き枠と予約、支援制度（融資あっせん・補助金など）を提供します。時刻はすべて日本時間（+09:00）です。',
  '',
  'The public API of the industry promotion hall: events (seminars, courses, shopping-street events), shopping streets and their shops, consultation slots and bookings, and support programmes (loans, subsidies …). Every time on the wire is Japan time (`+09:00`).',
  '',
  '- **Errors** are RFC 9457 `application/problem+json` (`Problem`); `errors[].field` names the field as `query.<name>`, `path.<name>`, `header.<name>` or `body.<path>`.',
  `- **Caching**: GETs outside \`/consultations/bookings\` and \`/consultations/form-token\` carry a strong \`ETag\`; send it back in \`If-None-Match\` to get \`304 Not Modified\`. \`Cache-Control\` is \`${CACHE.public}\` for reference data, \`${CACHE.revalidate}\` for availability (slots, shops with \`openAt\`), \`${CACHE.private}\` for bookings, form tokens and every error, \`public, max-age=300\` for this document.`,
  `- **CORS**: ${CORS_TEXT.replace(/^CORS: /, '')}`,
  '- **Rate limit**: booking POSTs are limited per client address (10 a minute by default, `HALL_BOOKING_RATE_LIMIT`); beyond it, 429 with `Retry-After`.',
  '- **HEAD** is answered for every GET. A parameter given twice is a 400; unknown parameters are ignored.',
  '- Guide: docs/api.md.',
].join('\n');

export function buildOpenApiDocument(): OpenApiDocument {
  const idParam = (what: string): OpenApiParameter => ({ name: 'id', in: 'path', required: true, description: `The ${what}’s id.`, schema: ref('Id') });
  const ifNoneMatch = parameterRef('IfNoneMatch');
  const eventsParams = queryParameters(EventsQuery, EVENTS_PARAMS);
  const icsParams = queryParameters(IcsQuery, ICS_PARAMS);

  const paths: Record<string, OpenApiPathItem> = {
    '/events': {
      get: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'Event occurrences in a date range',
        description:
          'Occurrences whose time overlaps the range, recurring events expanded (`occurrenceId` = `<eventId>@<YYYY-MM-DD>`, plus `T<HHMM>` at another time of day than the first) and a multi-session course listed once per session (with the start and end of that session), in start order (then event id). Paginated with `cursor`/`limit`.',
        parameters: [...eventsParams, ifNoneMatch],
        responses: { '200': jsonResponse('One page of occurrences.', 'EventOccurrencePage', CACHE.public), ...PUBLIC_GET_ERRORS },
      },
    },
    '/events.ics': {
      get: {
        operationId: 'getEventsFeed',
        tags: ['events'],
        summary: 'The matching occurrences as an iCalendar feed',
        description:
          `The same filters as GET /events, not paginated: up to ${MAX_FEED_OCCURRENCES} occurrences (\`cursor\` and \`limit\` are read and validated but have no effect). ` +
          `Without \`from\` and \`to\` it is a subscription (calendar apps fetch it again and again): from ${FEED_PAST_DAYS} days ago, ${SUBSCRIPTION_DAYS} days in all. ` +
          `When more occurrences match than it holds, the past ones are left out first, then the furthest ahead. Sent as an attachment \`hall-events.ics\`.`,
        parameters: [...eventsParams.filter((p) => (FEED_PARAMS as readonly string[]).includes(p.name)).map(feedParameter), ...icsParams, ifNoneMatch],
        responses: { '200': calendarResponse('The feed.'), ...PUBLIC_GET_ERRORS },
      },
    },
    '/events/{id}': {
      get: {
        operationId: 'getEvent',
        tags: ['events'],
        summary: 'One event (for a recurring event, the series; for a course, with all its sessions)',
        parameters: [idParam('event'), ifNoneMatch],
        responses: { '200': jsonResponse('The event.', 'HallEvent', CACHE.public), ...PUBLIC_GET_BY_ID_ERRORS },
      },
    },
    '/events/{id}.ics': {
      get: {
        operationId: 'getEventIcs',
        tags: ['events'],
        summary: 'One event as iCalendar',
        description: 'Served by the same route as GET /events/{id}: an id ending in `.ics` asks for the calendar. Sent as an attachment `<id>.ics`.',
        parameters: [idParam('event'), ...icsParams, ifNoneMatch],
        responses: { '200': calendarResponse('One VEVENT, with RRULE/RDATE/EXDATE when the event recurs; for a course, one per session.'), ...PUBLIC_GET_BY_ID_ERRORS },
      },
    },
    '/shops': {
      get: {
        operationId: 'listShops',
        tags: ['directory'],
        summary: 'Shops of the shopping streets',
        description:
          'Filters combine with AND. `category` matches any of its values; `payment`, `service` and `barrierFree` need every listed value. Sorted by reading (or category, then reading). Paginated with `cursor`/`limit`.',
        parameters: [...queryParameters(ShopsQuery, SHOPS_PARAMS), ifNoneMatch],
        responses: {
          '200': jsonResponse(`One page of shops. With \`openAt\`, \`Cache-Control: ${CACHE.revalidate}\` instead of`, 'ShopPage', CACHE.public),
          ...PUBLIC_GET_ERRORS,
        },
      },
    },
    '/shops/{id}': {
      get: {
        operationId: 'getShop',
        tags: ['directory'],
        summary: 'One shop',
        parameters: [idParam('shop'), ifNoneMatch],
        responses: { '200': jsonResponse('The shop.', 'Shop', CACHE.public), ...PUBLIC_GET_BY_ID_ERRORS },
      },
    },
    '/streets': {
      get: {
        operationId: 'listStreets',
        tags: ['directory'],
        summary: 'All shopping streets (not paginated)',
        parameters: [ifNoneMatch],
        responses: { '200': jsonResponse('Every street.', 'ShoppingStreetList', CACHE.public), ...PUBLIC_LIST_ERRORS },
      },
    },
    '/streets/{id}': {
      get: {
        operationId: 'getStreet',
        tags: ['directory'],
        summary: 'One shopping street',
        parameters: [idParam('street'), ifNoneMatch],
        responses: { '200': jsonResponse('The street.', 'ShoppingStreet', CACHE.public), ...PUBLIC_GET_BY_ID_ERRORS },
      },
    },
    '/venues': {
      get: {
        operationId: 'listVenues',
        tags: ['directory'],
        summary: 'The hall and its rooms (not paginated)',
        parameters: [ifNoneMatch],
        responses: { '200': jsonResponse('Every venue.', 'VenueList', CACHE.public), ...PUBLIC_LIST_ERRORS },
      },
    },
    '/consultations/services': {
      get: {
        operationId: 'listConsultationServices',
        tags: ['consultations'],
        summary: 'Consultation services (not paginated)',
        parameters: [ifNoneMatch],
        responses: { '200': jsonResponse('Every service.', 'ConsultationServiceList', CACHE.public), ...PUBLIC_LIST_ERRORS },
      },
    },
    '/consultations/services/{id}': {
      get: {
        operationId: 'getConsultationService',
        tags: ['consultations'],
        summary: 'One consultation service',
        parameters: [idParam('service'), ifNoneMatch],
        responses: { '200': jsonResponse('The service.', 'ConsultationService', CACHE.public), ...PUBLIC_GET_BY_ID_ERRORS },
      },
    },
    '/consultations/advisors': {
      get: {
        operationId: 'listAdvisors',
        tags: ['consultations'],
        summary: 'Advisors (not paginated)',
        parameters: [
          { name: 'serviceId', in: 'query', required: false, description: 'Only advisors of this service.', schema: ref('Id') },
          ifNoneMatch,
        ],
        responses: { '200': jsonResponse('The advisors.', 'AdvisorList', CACHE.public), ...PUBLIC_GET_ERRORS },
      },
    },
    '/consultations/slots': {
      get: {
        operationId: 'listSlots',
        tags: ['consultations'],
        summary: 'Bookable slots of a service',
        description:
          'Generated from the advisors’ weekly hours, without days the hall is closed, slots starting sooner than `minLeadHours` or later than `maxDaysAhead`, and (unless `includeFull=true`) slots with no place left.',
        parameters: [...queryParameters(SlotsQuery, SLOTS_PARAMS), ifNoneMatch],
        responses: { '200': jsonResponse('The slots, in start order.', 'SlotList', CACHE.revalidate), ...PUBLIC_GET_BY_ID_ERRORS },
      },
    },
    '/consultations/form-token': {
      get: {
        operationId: 'getFormToken',
        tags: ['bookings'],
        summary: 'A form token for a booking form about to be shown',
        description: [
          'Fetch one when the booking form is shown and send its `token` as the booking’s `formToken`. The server refuses the booking (422) when it comes sooner than `minFillSeconds` after `issuedAt` (`HALL_MIN_FILL_SECONDS`, default 3), after `expiresAt` (`HALL_FORM_TOKEN_MAX_AGE_SECONDS`, default 7200), or with a token it did not sign. No puzzle, no cookie, nothing stored: the token is an HMAC-SHA256 of its issue time and a nonce under the server’s form secret (`HALL_FORM_SECRET`). It is not single-use.',
          '',
          `A new token on every call: \`Cache-Control: ${CACHE.private}\`, no ETag. Not rate limited.`,
          '',
          CORS_TEXT,
        ].join('\n'),
        responses: {
          '200': {
            description: 'A new token and its times.',
            headers: { 'Cache-Control': { $ref: '#/components/headers/CacheControlNoStore' } },
            content: { [JSON_TYPE]: { schema: ref('FormToken') } },
          },
          '403': responseRef('OriginNotAllowed'),
          '500': responseRef('InternalError'),
        },
      },
    },
    '/consultations/bookings': {
      post: {
        operationId: 'createBooking',
        tags: ['bookings'],
        summary: 'Book a consultation slot',
        description: [
          'Checks, in this order: the browser origin (403), the body size (413), the rate limit (429), `Content-Type: application/json` (415), the `Idempotency-Key` (400), the body (400), a replay of the key (same body, `formToken` aside: the earlier answer again with `Idempotent-Replayed: true`, however old its form token; another body: 422), the form token (422: sent sooner than `HALL_MIN_FILL_SECONDS` after it was issued, older than `HALL_FORM_TOKEN_MAX_AGE_SECONDS`, or not signed by this server), the booking rules (422 naming the field), then one transaction: the per-applicant cap (422) and the slot’s capacity (409).',
          '',
          'Every POST counts towards the rate limit (10 a minute per client address by default; `HALL_BOOKING_RATE_LIMIT`, 0 turns it off). Idempotency keys are kept at least 24 hours.',
          '',
          CORS_TEXT,
        ].join('\n'),
        parameters: [parameterRef('IdempotencyKey')],
        requestBody: { required: true, content: { [JSON_TYPE]: { schema: ref('BookingInput') } } },
        responses: {
          '201': {
            description: `Booked. Keep \`manageToken\`: it is needed to see or cancel the booking. \`Cache-Control: ${CACHE.private}\`.`,
            headers: {
              Location: { $ref: '#/components/headers/Location' },
              'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' },
              'Cache-Control': { $ref: '#/components/headers/CacheControlNoStore' },
            },
            content: { [JSON_TYPE]: { schema: ref('BookingCreated') } },
          },
          '400': problemResponse('Missing `Idempotency-Key` (`' + PROBLEM_TYPES.idempotencyMissing + '`), a malformed key, invalid JSON or an invalid body (`' + PROBLEM_TYPES.validation + '`).', {
            missingKey: example('No Idempotency-Key', {
              type: PROBLEM_TYPES.idempotencyMissing,
              title: 'Idempotency-Key required',
              status: 400,
              detail: 'Send an Idempotency-Key header (a new random value per booking, reused on retries).',
              errors: [{ field: 'header.idempotency-key', code: 'required', message: 'is required' }],
            }),
            invalidBody: example('An invalid field', {
              type: PROBLEM_TYPES.validation,
              title: 'Invalid request',
              status: 400,
              detail: 'The request has invalid fields.',
              errors: [{ field: 'body.applicant.furigana', code: 'invalid_format', message: 'must be written in hiragana or katakana' }],
            }),
          }),
          '403': responseRef('OriginNotAllowed'),
          '409': problemResponse('The slot has no place left (decided inside the booking transaction). Replays of this key answer the same 409.', {
            full: example('Slot taken', {
              type: PROBLEM_TYPES.conflict,
              title: 'Slot no longer available',
              status: 409,
              detail: 'This time has just been taken. Please choose another slot.',
              errors: [{ field: 'body.slotId', code: 'slot_full', message: 'has no places left' }],
            }),
          }),
          '413': problemResponse(`The body is larger than ${MAX_BOOKING_BODY_BYTES} bytes.`, {
            tooLarge: example('Body too large', {
              type: PROBLEM_TYPES.validation,
              title: 'Body too large',
              status: 413,
              detail: `A booking request may be at most ${MAX_BOOKING_BODY_BYTES} bytes.`,
            }),
          }),
          '415': problemResponse('The body is not sent as `application/json`.', {
            unsupported: example('Wrong media type', {
              type: PROBLEM_TYPES.unsupportedMediaType,
              title: 'Unsupported media type',
              status: 415,
              detail: 'Send the booking as application/json.',
              errors: [{ field: 'header.content-type', code: 'unsupported', message: 'must be application/json' }],
            }),
          }),
          '422': problemResponse(
            'A booking rule is broken (`' + PROBLEM_TYPES.bookingRule + '`: unknown slot, hall closed, too soon, too far ahead, channel not offered, applicant type not eligible, not in the ward, too many upcoming bookings), the `Idempotency-Key` was used with another body (`' + PROBLEM_TYPES.idempotencyMismatch + '`), the form was sent sooner than the minimum fill time after its token was issued (`' + PROBLEM_TYPES.formTooFast + '`; nothing is stored, so the same request with the same key may be sent again a moment later), or its token has expired or was not signed by this server (`' + PROBLEM_TYPES.formExpired + '`: get a new one).',
            {
              tooFast: example('Form sent too quickly', {
                type: PROBLEM_TYPES.formTooFast,
                title: 'Form sent too quickly',
                status: 422,
                detail: 'Please take a moment to check the form, then send it again.',
                errors: [{ field: 'body.formToken', code: 'too_fast', message: 'was issued less than 3 seconds ago' }],
              }),
              formExpired: example('Form token expired', {
                type: PROBLEM_TYPES.formExpired,
                title: 'Form expired',
                status: 422,
                detail: 'This form is too old to send. Get a new form token (reload the form) and send it again.',
                errors: [{ field: 'body.formToken', code: 'expired', message: 'has expired' }],
              }),
              rule: example('Too soon', {
                type: PROBLEM_TYPES.bookingRule,
                title: 'Booking not possible',
                status: 422,
                detail: 'The booking breaks a booking rule.',
                errors: [{ field: 'body.slotId', code: 'too_soon', message: 'starts too soon to be booked online' }],
              }),
              keyReuse: example('Key reused with another body', {
                type: PROBLEM_TYPES.idempotencyMismatch,
                title: 'Idempotency-Key reused',
                status: 422,
                detail: 'This Idempotency-Key was used for a different booking request. Use a new key for a new request.',
                errors: [{ field: 'header.idempotency-key', code: 'reused', message: 'was used with another body' }],
              }),
            },
          ),
          '429': problemResponse(
            'Too many booking requests from this address in the current minute. Wait `Retry-After` seconds (also in `retryAfter`).',
            {
              limited: example('Rate limited', {
                type: PROBLEM_TYPES.rateLimited,
                title: 'Too many bookings',
                status: 429,
                detail: 'Too many booking requests from this address; try again later.',
                retryAfter: 42,
              }),
            },
            { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
          ),
          '500': responseRef('InternalError'),
        },
      },
    },
    '/consultations/bookings/{reference}': {
      get: {
        operationId: 'getBooking',
        tags: ['bookings'],
        summary: 'One booking, for its holder',
        description: `Needs the booking’s manage token. Never cached (\`Cache-Control: ${CACHE.private}\`, no ETag). ${CORS_TEXT}`,
        parameters: [parameterRef('BookingReference')],
        security: [{ manageToken: [] }],
        responses: {
          '200': {
            description: 'The booking.',
            headers: { 'Cache-Control': { $ref: '#/components/headers/CacheControlNoStore' } },
            content: { [JSON_TYPE]: { schema: ref('Booking') } },
          },
          '400': responseRef('ValidationFailed'),
          '401': responseRef('ManageTokenRequired'),
          '403': responseRef('OriginNotAllowed'),
          '404': responseRef('BookingNotFound'),
          '500': responseRef('InternalError'),
        },
      },
      delete: {
        operationId: 'cancelBooking',
        tags: ['bookings'],
        summary: 'Cancel a booking',
        description:
          'Possible while the booking is `confirmed` and until `cancellableUntil` (the service’s `cancellationCutoffHours` before the start); afterwards 422 — telephone the hall. Cancelling a cancelled booking answers it again (idempotent).',
        parameters: [parameterRef('BookingReference')],
        security: [{ manageToken: [] }],
        responses: {
          '200': {
            description: 'The cancelled booking (`status: cancelled`, `cancelledAt` set).',
            headers: { 'Cache-Control': { $ref: '#/components/headers/CacheControlNoStore' } },
            content: { [JSON_TYPE]: { schema: ref('Booking') } },
          },
          '400': responseRef('ValidationFailed'),
          '401': responseRef('ManageTokenRequired'),
          '403': responseRef('OriginNotAllowed'),
          '404': responseRef('BookingNotFound'),
          '422': problemResponse('Online cancellation has closed, or the booking is completed / no-show.', {
            closed: example('Too late to cancel', {
              type: PROBLEM_TYPES.notCancellable,
              title: 'Cannot be cancelled online',
              status: 422,
              detail: 'Online cancellation closed at 2025-06-01T10:00:00+09:00. Please telephone the hall.',
            }),
          }),
          '500': responseRef('InternalError'),
        },
      },
    },
    '/programs': {
      get: {
        operationId: 'listPrograms',
        tags: ['programs'],
        summary: 'Support programmes a business may be eligible for (not paginated)',
        description: 'Give the business’s facts; programmes whose eligibility they break are left out. A fact not given does not filter.',
        parameters: [...queryParameters(ProgramsQuery, PROGRAMS_PARAMS), ifNoneMatch],
        responses: { '200': jsonResponse('The matching programmes.', 'SupportProgramList', CACHE.public), ...PUBLIC_GET_ERRORS },
      },
    },
    '/programs/{id}': {
      get: {
        operationId: 'getProgram',
        tags: ['programs'],
        summary: 'One support programme',
        parameters: [idParam('programme'), ifNoneMatch],
        responses: { '200': jsonResponse('The programme.', 'SupportProgram', CACHE.public), ...PUBLIC_GET_BY_ID_ERRORS },
      },
    },
    '/calendar': {
      get: {
        operationId: 'listCalendarDays',
        tags: ['calendar'],
        summary: 'Public holidays and the hall’s closures in a date range (not paginated)',
        description:
          'Only the days with a public holiday or a closure, in date order. `closed` is `year_end` from 29 December to 3 January (元日 included, with its holiday name), `holiday` on other public holidays, else null. Holidays are known from 1970 to 2050.',
        parameters: [...queryParameters(CalendarDaysQuery, CALENDAR_PARAMS), ifNoneMatch],
        responses: { '200': jsonResponse('The days.', 'CalendarDayList', CACHE.public), ...PUBLIC_GET_ERRORS },
      },
    },
    '/stats': {
      get: {
        operationId: 'getStats',
        tags: ['stats'],
        summary: 'Monthly figures for the PDCA review: events held, consultations booked (aggregate counts only)',
        description:
          'Per month in Japan time: `events.held` counts occurrences that start in the month (each occurrence of a series once), by event category; `consultations` counts bookings created in the month, by the topic’s category and by channel, as `booked` = `confirmed` + `cancelled` (cancelled since; confirmed includes held and missed). ' +
          'Counts only, never names, contacts, references or text. Booking counts are kept apart from the bookings, so they survive the retention purge. Revalidated with every booking (`Cache-Control: no-cache`, ETag).',
        parameters: [...queryParameters(StatsQuery, STATS_PARAMS), ifNoneMatch],
        responses: { '200': jsonResponse('The figures.', 'Stats', CACHE.revalidate), ...PUBLIC_GET_ERRORS },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        tags: ['meta'],
        summary: 'This document',
        parameters: [ifNoneMatch],
        responses: {
          '200': {
            description: 'The OpenAPI 3.1 document, generated from the shared schemas. `Cache-Control: public, max-age=300`.',
            headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } },
            content: { [JSON_TYPE]: { schema: { type: 'object', description: 'An OpenAPI 3.1 document.' } } },
          },
          '304': responseRef('NotModified'),
          '500': responseRef('InternalError'),
        },
      },
    },
    '/healthz': {
      // Outside /api/v1: the server root instead of the document's server.
      servers: [{ url: '/', description: 'The server root (health is outside /api/v1)' }],
      get: {
        operationId: 'getHealth',
        tags: ['meta'],
        summary: 'Health check',
        description: 'A cheap read proves the database answers. Plain JSON (not problem+json) in both cases; no CORS headers, no ETag. `Cache-Control: no-store`.',
        responses: {
          '200': { description: 'Up.', headers: { 'Cache-Control': { $ref: '#/components/headers/CacheControlNoStore' } }, content: { [JSON_TYPE]: { schema: ref('Health') } } },
          '503': {
            description: 'The database does not answer (`status: unavailable`).',
            headers: { 'Cache-Control': { $ref: '#/components/headers/CacheControlNoStore' } },
            content: { [JSON_TYPE]: { schema: ref('Health') } },
          },
        },
      },
    },
    '/docs': {
      // Outside /api/v1: the server root instead of the document's server.
      servers: [{ url: '/', description: 'The server root (the API reference is outside /api/v1)' }],
      get: {
        operationId: 'getApiReference',
        tags: ['meta'],
        summary: 'The API reference: this document rendered as HTML',
        description:
          'One self-contained page rendered on the server from this document (`/docs/` answers the same), styled by `/docs/docs.css`; no script, no CDN. Sent with the site’s strict `Content-Security-Policy`. `Cache-Control: public, max-age=300`, with an ETag.',
        parameters: [ifNoneMatch],
        responses: {
          '200': { description: 'The page.', headers: { ETag: { $ref: '#/components/headers/ETag' } }, content: { 'text/html': { schema: { type: 'string' } } } },
          '304': responseRef('NotModified'),
          '500': responseRef('InternalError'),
        },
      },
    },
    '/docs/docs.css': {
      servers: [{ url: '/', description: 'The server root (the API reference is outside /api/v1)' }],
      get: {
        operationId: 'getApiReferenceStylesheet',
        tags: ['meta'],
        summary: 'The API reference’s stylesheet',
        parameters: [ifNoneMatch],
        responses: {
          '200': { description: 'The stylesheet.', headers: { ETag: { $ref: '#/components/headers/ETag' } }, content: { 'text/css': { schema: { type: 'string' } } } },
          '304': responseRef('NotModified'),
          '500': responseRef('InternalError'),
        },
      },
    },
  };

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Promotion hall API (産業振興会館 API)',
      version: '1',
      summary: 'Events, shops, consultation bookings and support programmes of an industry promotion hall.',
      description: INFO_DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/v1', description: 'This server' }],
    tags: [
      { name: 'events', description: 'Seminars, courses, briefings, fairs and shopping-street events; JSON and iCalendar.' },
      { name: 'directory', description: 'Shopping streets, their shops, and the hall’s venues.' },
      { name: 'consultations', description: 'Consultation services, advisors and bookable slots.' },
      { name: 'bookings', description: 'Booking a consultation (with a form token) and managing it with the manage token. Personal data: never cached; allow-listed origins only.' },
      { name: 'programs', description: 'Support programmes (loans, subsidies, grants …) and eligibility.' },
      { name: 'calendar', description: 'Japanese public holidays and the days the hall is closed.' },
      { name: 'stats', description: 'Monthly aggregate counts for the hall’s PDCA review; no personal data.' },
      { name: 'meta', description: 'Health, this document and its HTML rendering (the API reference at /docs).' },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      responses: RESPONSES,
      parameters: {
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'An `ETag` from an earlier answer; when it still matches, the answer is 304 with no body.',
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'A new random value per booking (e.g. a UUID), sent again unchanged on every retry of the same booking. The same key with the same body replays the first answer; with another body it is a 422. Keys are kept at least 24 hours.',
          schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
        },
        BookingReference: { name: 'reference', in: 'path', required: true, description: 'The booking reference.', schema: ref('BookingReference') },
      },
      headers: {
        ETag: { description: 'A strong validator of the body (SHA-1); send it back in `If-None-Match`.', schema: { type: 'string' } },
        CacheControl: {
          description: `\`${CACHE.public}\` for reference data, \`${CACHE.revalidate}\` for availability, \`public, max-age=300\` for the OpenAPI document.`,
          schema: { type: 'string' },
        },
        CacheControlNoStore: { description: `\`${CACHE.private}\`: personal data and errors are never stored.`, schema: { type: 'string', const: CACHE.private } },
        RetryAfter: { description: 'Seconds until the rate-limit window resets.', required: true, schema: { type: 'integer', minimum: 1 } },
        Location: { description: 'The new booking: `/api/v1/consultations/bookings/{reference}`.', schema: { type: 'string' } },
        IdempotentReplayed: { description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.', schema: { type: 'string', const: 'true' } },
        WWWAuthenticate: { description: '`Bearer`.', schema: { type: 'string' } },
        ContentDisposition: { description: '`attachment; filename="…ics"`.', schema: { type: 'string' } },
      },
      securitySchemes: {
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The `manageToken` of the 201 answer to POST /consultations/bookings (43 base64url characters), sent as `Authorization: Bearer <token>`. It manages exactly one booking.',
        },
      },
    },
  };
}
