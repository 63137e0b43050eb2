/**
 * The OpenAPI document: valid for an independent validator, served by the real
 * server, covering every route the app registers, and true to what the server
 * actually answers (real responses are checked against the document's schemas).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
// ajv validates real answers against the document's JSON Schemas (a second, independent reading of them).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { HallRepository } from '../src/db/repository.js';
import { buildOpenApiDocument, type JsonSchema, type OpenApiDocument, type OpenApiOperation, type OpenApiResponse, type Reference } from '../src/openapi.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const METHODS = ['get', 'post', 'delete'] as const;
type Method = (typeof METHODS)[number];

function operations(doc: OpenApiDocument): Array<{ path: string; method: Method; operation: OpenApiOperation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] }] : [])),
  );
}

/** Follows a local `$ref` (`#/components/...`) to what it points at. */
function resolve<T>(doc: OpenApiDocument, value: T | Reference): T {
  if (value !== null && typeof value === 'object' && '$ref' in value) {
    const target = value.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    assert.ok(target !== undefined, `${value.$ref} does not resolve`);
    return resolve(doc, target as T | Reference);
  }
  return value as T;
}

function allRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => allRefs(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') out.push(inner);
      else allRefs(inner, out);
    }
  }
  return out;
}

/** `/api/v1/events/:id` → `/events/{id}`; routes outside the prefix keep their path. */
function openApiPathOf(honoPath: string): string {
  return honoPath.replace(/^\/api\/v1(?=\/)/, '').replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('is valid OpenAPI 3.1 for an independent validator', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    assert.equal(result.valid, true, `validator errors:\n${JSON.stringify(result.errors, null, 2)}`);
    assert.equal(doc.openapi, '3.1.0');
  });

  it('is deterministic, has every $ref resolving and no $schema keys', () => {
    const text = JSON.stringify(doc);
    assert.equal(JSON.stringify(buildOpenApiDocument()), text);
    assert.ok(!text.includes('"$schema"'), 'no $schema keys');
    assert.ok(!text.includes('"$id"'), 'no $id keys left by zod');
    for (const $ref of new Set(allRefs(doc))) assert.ok(resolve(doc, { $ref }) !== undefined);
    assert.match(doc.info.description, /日本時間/);
    assert.match(doc.info.description, /Japan time/);
  });

  it('uses application/problem+json with the Problem schema for every error response', () => {
    for (const { path, method, operation } of operations(doc)) {
      for (const [status, raw] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        // The health check answers its 503 with its own plain JSON, by design.
        if (path === '/healthz' && status === '503') continue;
        const response = resolve<OpenApiResponse>(doc, raw);
        assert.deepEqual(Object.keys(response.content ?? {}), ['application/problem+json'], `${method} ${path} ${status}`);
        assert.deepEqual(response.content?.['application/problem+json']?.schema, { $ref: '#/components/schemas/Problem' }, `${method} ${path} ${status}`);
      }
    }
  });

  it('describes the booking POST: required Idempotency-Key, input body, 201 and its problems with Retry-After', () => {
    const post = doc.paths['/consultations/bookings']?.post;
    assert.ok(post);
    const key = (post.parameters ?? []).map((p) => resolve(doc, p)).find((p) => p.name === 'Idempotency-Key');
    assert.equal(key?.in, 'header');
    assert.equal(key?.required, true);
    assert.deepEqual(post.requestBody?.content['application/json']?.schema, { $ref: '#/components/schemas/BookingInput' });
    assert.deepEqual(Object.keys(post.responses).sort(), ['201', '400', '403', '409', '413', '415', '422', '429', '500']);
    const limited = resolve<OpenApiResponse>(doc, post.responses['429'] as OpenApiResponse);
    assert.ok(limited.headers?.['Retry-After'], '429 documents Retry-After');
    for (const method of ['get', 'delete'] as const) {
      assert.deepEqual(doc.paths['/consultations/bookings/{reference}']?.[method]?.security, [{ manageToken: [] }]);
    }
  });

  it('lists query lists as comma-separated (form, explode false) arrays', () => {
    const params = (doc.paths['/events']?.get?.parameters ?? []).map((p) => resolve(doc, p));
    const category = params.find((p) => p.name === 'category');
    assert.equal(category?.style, 'form');
    assert.equal(category?.explode, false);
    assert.equal((category?.schema as JsonSchema).type, 'array');
    assert.match(category?.description ?? '', /street_event/);
  });

  it('has every route the app registers in paths', () => {
    const config = { ...loadConfig({}), siteDir: null, widgetsDir: null, accessLog: false };
    const app = createApp({ repo: {} as HallRepository, config, secret: Buffer.alloc(32), formSecret: Buffer.alloc(32), now: Date.now, log: () => {} });
    const routes = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${r.path}`));
    assert.ok(routes.has('get /api/v1/events/:id') && routes.has('get /healthz'), 'the walk sees the mounted routes');
    for (const route of routes) {
      const [method, path] = route.split(' ') as [Method, string];
      // `/docs/` answers the same page as `/docs` (documented in its description).
      const item = doc.paths[openApiPathOf(path === '/docs/' ? '/docs' : path)];
      assert.ok(item?.[method], `${route} is not in the document (as ${method} ${openApiPathOf(path)})`);
    }
    // And the other way round: every documented operation has a route
    // (`/events/{id}.ics` is served by the route of `/events/{id}`).
    const documented = operations(doc).map(({ path, method }) => `${method} ${path.replace(/\{id\}\.ics$/, '{id}')}`);
    const registered = new Set([...routes].map((r) => r.replace(/ (.*)$/, (_, p: string) => ` ${openApiPathOf(p)}`)));
    for (const operation of documented) assert.ok(registered.has(operation), `${operation} is documented but not routed`);
  });
});

describe('OpenAPI document against the real server', () => {
  let server: TestServer;
  let doc: OpenApiDocument;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const COMPONENTS_ID = 'urn:promotion-hall:openapi';

  /** Component refs made absolute, so components and inline schemas compile alike. */
  function absolute<T>(value: T): T {
    return JSON.parse(JSON.stringify(value).replace(/"#\/components\/schemas\//g, `"${COMPONENTS_ID}#/$defs/`)) as T;
  }

  function validatorFor(schema: JsonSchema | Reference): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(absolute(schema));
      compiled.set(key, validate);
    }
    return validate;
  }

  /** Checks a real answer against the operation's documented response for its status. */
  async function checkAgainstDocument(label: string, operation: OpenApiOperation, response: Response): Promise<unknown> {
    const documented = operation.responses[String(response.status)];
    assert.ok(documented, `${label}: status ${response.status} is not documented`);
    const resolved = resolve<OpenApiResponse>(doc, documented);
    const text = await response.text();
    if (!resolved.content) {
      assert.equal(text, '', `${label}: ${response.status} is documented without a body`);
      return undefined;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = Object.keys(resolved.content).find((m) => contentType === m || contentType.split(';')[0] === m);
    assert.ok(mediaType, `${label}: content type "${contentType}" is not among ${Object.keys(resolved.content).join(', ')}`);
    if (!mediaType.endsWith('json')) return text;
    const body = JSON.parse(text) as unknown;
    const validate = validatorFor(resolved.content[mediaType]!.schema);
    assert.ok(validate(body), `${label}: body does not match the document:\n${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
    return body;
  }

  const context = {
    eventId: '',
    shopId: '',
    streetId: '',
    serviceId: '',
    programId: '',
    booking: { slotId: '', serviceId: '', channel: '', applicantType: '', category: '' },
    reference: '',
    manageToken: '',
    formToken: '',
  };

  before(async () => {
    server = await startTestServer();
    doc = (await (await fetch(`${server.api}/openapi.json`)).json()) as OpenApiDocument;
    ajv.addSchema({ $id: COMPONENTS_ID, $defs: absolute(doc.components.schemas) });

    const json = async <T>(path: string) => {
      const response = await fetch(`${server.api}${path}`);
      assert.equal(response.status, 200, path);
      return (await response.json()) as T;
    };
    type Items<T> = { items: T[] };
    context.eventId = (await json<Items<{ id: string }>>('/events?limit=1')).items[0]?.id ?? '';
    context.shopId = (await json<Items<{ id: string }>>('/shops?limit=1')).items[0]?.id ?? '';
    context.streetId = (await json<Items<{ id: string }>>('/streets')).items[0]?.id ?? '';
    context.programId = (await json<Items<{ id: string }>>('/programs')).items[0]?.id ?? '';
    const services = (await json<Items<{ id: string; channels: string[]; eligibleApplicantTypes: string[]; categories: string[] }>>('/consultations/services')).items;
    context.serviceId = services[0]?.id ?? '';
    for (const service of services) {
      const slot = (await json<Items<{ id: string }>>(`/consultations/slots?serviceId=${service.id}`)).items[0];
      if (slot) {
        context.booking = {
          slotId: slot.id,
          serviceId: service.id,
          channel: service.channels[0] ?? '',
          applicantType: service.eligibleApplicantTypes[0] ?? '',
          category: service.categories[0] ?? '',
        };
        break;
      }
    }
    for (const [name, value] of Object.entries(context)) {
      if (typeof value === 'string' && name !== 'reference' && name !== 'manageToken' && name !== 'formToken') assert.ok(value, `the demo data gives a ${name}`);
    }
    assert.ok(context.booking.slotId, 'the demo data has a bookable slot');
    context.formToken = (await json<{ token: string }>('/consultations/form-token')).token;
  });

  after(async () => {
    await server?.close();
  });

  it('serves the document at GET /api/v1/openapi.json, with an ETag and 304', async () => {
    const response = await fetch(`${server.api}/openapi.json`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await response.json(), JSON.parse(JSON.stringify(buildOpenApiDocument())));
    const etag = response.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${server.api}/openapi.json`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  /**
   * One valid example request per documented operation, in an order where the
   * booking exists before it is read and cancelled. The list must match the
   * document exactly, so a new path cannot go untried.
   */
  const examples: Array<{ operation: string; params?: () => Record<string, string>; query?: () => string; init?: () => RequestInit; status: number }> = [
    { operation: 'get /events', query: () => '?limit=5&category=seminar,course,briefing,networking,consultation_fair,training,fair,street_event', status: 200 },
    { operation: 'get /events.ics', query: () => '?category=seminar,street_event', status: 200 },
    { operation: 'get /events/{id}', params: () => ({ id: context.eventId }), status: 200 },
    { operation: 'get /events/{id}.ics', params: () => ({ id: context.eventId }), status: 200 },
    { operation: 'get /shops', query: () => '?limit=5&payment=cashless&sort=category', status: 200 },
    { operation: 'get /shops/{id}', params: () => ({ id: context.shopId }), status: 200 },
    { operation: 'get /streets', status: 200 },
    { operation: 'get /streets/{id}', params: () => ({ id: context.streetId }), status: 200 },
    { operation: 'get /venues', status: 200 },
    { operation: 'get /consultations/services', status: 200 },
    { operation: 'get /consultations/services/{id}', params: () => ({ id: context.serviceId }), status: 200 },
    { operation: 'get /consultations/advisors', query: () => `?serviceId=${context.serviceId}`, status: 200 },
    { operation: 'get /consultations/slots', query: () => `?serviceId=${context.booking.serviceId}&includeFull=true`, status: 200 },
    { operation: 'get /consultations/form-token', status: 200 },
    {
      operation: 'post /consultations/bookings',
      init: () => ({
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'openapi-test-0001' },
        body: JSON.stringify({
          slotId: context.booking.slotId,
          channel: context.booking.channel,
          applicant: {
            name: '試験 花子',
            furigana: 'しけん はなこ',
            email: 'hanako@example.jp',
            phone: '03-0000-0000',
            applicantType: context.booking.applicantType,
            business: { inWard: true },
          },
          topic: { category: context.booking.category, text: '事業計画の相談' },
          consents: { purposeOfUse: true, privacyNotice: true },
          formToken: context.formToken,
        }),
      }),
      status: 201,
    },
    {
      operation: 'get /consultations/bookings/{reference}',
      params: () => ({ reference: context.reference }),
      init: () => ({ headers: { Authorization: `Bearer ${context.manageToken}` } }),
      status: 200,
    },
    {
      operation: 'delete /consultations/bookings/{reference}',
      params: () => ({ reference: context.reference }),
      init: () => ({ method: 'DELETE', headers: { Authorization: `Bearer ${context.manageToken}` } }),
      status: 200,
    },
    { operation: 'get /programs', query: () => '?inWard=true&kind=loan,subsidy&employees=5', status: 200 },
    { operation: 'get /programs/{id}', params: () => ({ id: context.programId }), status: 200 },
    // Across the year end: holidays, closures and both on one day (元日).
    { operation: 'get /calendar', query: () => '?from=2026-12-20&to=2027-01-15', status: 200 },
    { operation: 'get /stats', query: () => '?from=2026-04&to=2027-03', status: 200 },
    { operation: 'get /openapi.json', status: 200 },
    { operation: 'get /healthz', status: 200 },
    { operation: 'get /docs', status: 200 },
    { operation: 'get /docs/docs.css', status: 200 },
  ];

  it('has one example request per documented operation', () => {
    const documented = operations(buildOpenApiDocument()).map(({ path, method }) => `${method} ${path}`);
    assert.deepEqual(examples.map((e) => e.operation).sort(), documented.sort());
  });

  for (const example of examples) {
    it(`${example.operation} answers as documented`, async () => {
      const [method, path] = example.operation.split(' ') as [Method, string];
      const item = doc.paths[path];
      const operation = item?.[method];
      assert.ok(item && operation, `${example.operation} is in the served document`);
      // The URL comes from the document: its servers (or the path's own) plus the filled-in path.
      const base = (item.servers ?? doc.servers)[0]?.url.replace(/\/$/, '') ?? '';
      const params = example.params?.() ?? {};
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
      const response = await fetch(new URL(`${base}${filled}${example.query?.() ?? ''}`, server.url), example.init?.());
      assert.notEqual(response.status, 404, `${example.operation} is served`);
      const status = response.status;
      const body = await checkAgainstDocument(example.operation, operation, response);
      assert.equal(status, example.status, `${example.operation}: ${JSON.stringify(body)}`);
      if (example.operation === 'post /consultations/bookings') {
        const created = body as { reference: string; manageToken: string };
        context.reference = created.reference;
        context.manageToken = created.manageToken;
      }
    });
  }

  it('documents what the booking endpoints answer to mistakes (problem+json matching Problem)', async () => {
    const post = doc.paths['/consultations/bookings']!.post!;
    const url = `${server.api}/consultations/bookings`;
    const noKey = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(noKey.status, 400);
    await checkAgainstDocument('POST without key', post, noKey);

    const wrongType = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'openapi-test-0002' }, body: '{}' });
    assert.equal(wrongType.status, 415);
    await checkAgainstDocument('POST as text/plain', post, wrongType);

    const tooLarge = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'openapi-test-0003' }, body: 'x'.repeat(20_000) });
    assert.equal(tooLarge.status, 413);
    await checkAgainstDocument('POST too large', post, tooLarge);

    const reused = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'openapi-test-0001' },
      body: JSON.stringify({
        slotId: context.booking.slotId,
        channel: context.booking.channel,
        applicant: { name: '別人', furigana: 'べつじん', email: 'other@example.jp', phone: '0300000001', applicantType: context.booking.applicantType, business: { inWard: true } },
        topic: { category: context.booking.category, text: '' },
        consents: { purposeOfUse: true, privacyNotice: true },
        formToken: context.formToken,
      }),
    });
    assert.equal(reused.status, 422);
    await checkAgainstDocument('POST with a reused key', post, reused);

    const forged = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'openapi-test-0004' },
      body: JSON.stringify({
        slotId: context.booking.slotId,
        channel: context.booking.channel,
        applicant: { name: '別人', furigana: 'べつじん', email: 'other@example.jp', phone: '0300000001', applicantType: context.booking.applicantType, business: { inWard: true } },
        topic: { category: context.booking.category, text: '' },
        consents: { purposeOfUse: true, privacyNotice: true },
        formToken: `${context.formToken}x`,
      }),
    });
    assert.equal(forged.status, 422);
    const problem = (await checkAgainstDocument('POST with a forged form token', post, forged)) as { type: string };
    assert.equal(problem.type, '/problems/form-expired');

    const tokenFromElsewhere = await fetch(`${server.api}/consultations/form-token`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(tokenFromElsewhere.status, 403);
    await checkAgainstDocument('form token for another origin', doc.paths['/consultations/form-token']!.get!, tokenFromElsewhere);

    const manage = doc.paths['/consultations/bookings/{reference}']!.get!;
    const noToken = await fetch(`${url}/${context.reference}`);
    assert.equal(noToken.status, 401);
    await checkAgainstDocument('GET booking without token', manage, noToken);
  });

  it('checks real bodies for real: a wrong one fails the document’s schemas', async () => {
    const slots = (await (await fetch(`${server.api}/consultations/slots?serviceId=${context.booking.serviceId}`)).json()) as { items: Array<Record<string, unknown>> };
    const slot = slots.items[0];
    assert.ok(slot);
    const validate = validatorFor({ $ref: '#/components/schemas/Slot' });
    assert.ok(validate(slot));
    assert.ok(!validate({ ...slot, start: String(slot.start).replace('+09:00', 'Z') }), 'a time outside Japan time is rejected');
    assert.ok(!validate({ ...slot, channels: ['fax'] }), 'an unknown enum value is rejected');
    assert.ok(!validate({ ...slot, remaining: undefined }), 'a missing field is rejected');
    // Answers are open to new fields (docs/decisions/0003-schema-contract.md); the booking body is not.
    assert.ok(validate({ ...slot, addedLater: 1 }), 'a field added by a newer server is tolerated');
    assert.ok(!validatorFor({ $ref: '#/components/schemas/BookingInput' })({ extra: 1 }), 'the booking body is strict');
  });

  it('documents the public GETs’ errors and 304', async () => {
    const getShop = doc.paths['/shops/{id}']!.get!;
    const missing = await fetch(`${server.api}/shops/no-such-shop`);
    assert.equal(missing.status, 404);
    await checkAgainstDocument('unknown shop', getShop, missing);

    const listShops = doc.paths['/shops']!.get!;
    const invalid = await fetch(`${server.api}/shops?limit=0&category=nope`);
    assert.equal(invalid.status, 400);
    const problem = (await checkAgainstDocument('invalid query', listShops, invalid)) as { errors: Array<{ field: string }> };
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['query.category.0', 'query.limit']);

    // A range rule of the contract (a refinement, which JSON Schema cannot say) is a documented 400 too.
    const backwards = await fetch(`${server.api}/calendar?from=2027-01-15&to=2026-12-20`);
    assert.equal(backwards.status, 400);
    const range = (await checkAgainstDocument('calendar range backwards', doc.paths['/calendar']!.get!, backwards)) as { errors: Array<{ field: string }> };
    assert.deepEqual(range.errors.map((e) => e.field), ['query.to']);

    const first = await fetch(`${server.api}/streets`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const notModified = await fetch(`${server.api}/streets`, { headers: { 'If-None-Match': etag } });
    assert.equal(notModified.status, 304);
    await checkAgainstDocument('streets 304', doc.paths['/streets']!.get!, notModified);
  });
});
