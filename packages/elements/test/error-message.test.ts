import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createHttpError,
  HallInvalidInputError,
  HallNetworkError,
  HallResponseShapeError,
  HallTimeoutError,
} from '@promotion-hall/sdk';
import { en } from '../src/i18n/en.js';
import { ja } from '../src/i18n/ja.js';
import { errorMessage } from '../src/internal/error-message.js';

const request = { method: 'GET', path: '/api/v1/events' };
const secret = 'SECRET detail from the server <script>';
const problem = { type: 'about:blank', title: secret, status: 500, detail: secret };

describe('errorMessage', () => {
  const cases: ReadonlyArray<[string, unknown, keyof typeof ja]> = [
    ['network', new HallNetworkError('network', request, secret), 'error.network'],
    ['timeout', new HallTimeoutError(request, 10_000), 'error.timeout'],
    ['rate limit without Retry-After', createHttpError(request, 429, { ...problem, status: 429 }), 'error.rateLimitNoWait'],
    ['server', createHttpError(request, 503, problem), 'error.server'],
    ['not found', createHttpError(request, 404, { ...problem, status: 404 }), 'error.notFound'],
    ['forbidden', createHttpError(request, 403, { ...problem, status: 403 }), 'error.forbidden'],
    ['bad request', createHttpError(request, 400, { ...problem, status: 400 }), 'error.request'],
    ['unprocessable', createHttpError(request, 422, { ...problem, status: 422 }), 'error.request'],
    ['invalid input', new HallInvalidInputError(request, [{ field: 'query.limit', code: 'too_big', message: secret }]), 'error.request'],
    ['a street the hall does not have', createHttpError(request, 400, { ...problem, status: 400, errors: [{ field: 'query.streetId', code: 'unknown_street', message: secret }] }), 'error.street'],
    ['a street that is no id', new HallInvalidInputError(request, [{ field: 'query.streetId', code: 'invalid_format', message: secret }]), 'error.street'],
    ['response shape', new HallResponseShapeError(request, 200, 'schema'), 'error.response'],
    ['other HTTP status', createHttpError(request, 418, { ...problem, status: 418 }), 'error.generic'],
    ['plain Error', new Error(secret), 'error.generic'],
    ['a thrown string', secret, 'error.generic'],
    ['undefined', undefined, 'error.generic'],
  ];
  for (const [label, error, key] of cases) {
    it(`${label} → ${key}, never the error's own text`, () => {
      assert.equal(errorMessage('ja', error), ja[key]);
      assert.equal(errorMessage('en', error), en[key]);
      assert.ok(!errorMessage('en', error).includes('SECRET'));
    });
  }

  it('says how long to wait after a 429 with Retry-After', () => {
    const error = createHttpError(request, 429, undefined, 29.2);
    assert.equal(errorMessage('en', error), 'Too many requests right now. Please wait about 30 seconds and try again.');
    assert.equal(errorMessage('ja', error), 'アクセスが集中しています。30秒ほど待ってから、もう一度お試しください。');
  });
});
