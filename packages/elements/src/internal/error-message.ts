/**
 * What a visitor is told when loading fails: a catalogue message chosen by the
 * error's kind (through the SDK's guards, which work across two copies of the
 * SDK). The error's own text is never shown: it names request paths and may
 * carry whatever the server put in a problem's detail.
 */
import {
  isHallForbiddenError,
  isHallNetworkError,
  isHallNotFoundError,
  isHallRateLimitError,
  isHallResponseShapeError,
  isHallServerError,
  isHallTimeoutError,
  isHallBadRequestError,
  isHallInvalidInputError,
  isHallUnprocessableError,
} from '@promotion-hall/sdk';
import type { Lang } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';

export function errorMessage(lang: Lang, error: unknown): string {
  if (isHallRateLimitError(error)) {
    const seconds = error.retryAfter;
    return seconds !== undefined && Number.isFinite(seconds) && seconds > 0
      ? translate(lang, 'error.rateLimit', { seconds: Math.ceil(seconds) })
      : translate(lang, 'error.rateLimitNoWait');
  }
  if (isHallTimeoutError(error)) return translate(lang, 'error.timeout');
  if (isHallNetworkError(error)) return translate(lang, 'error.network');
  if (isHallServerError(error)) return translate(lang, 'error.server');
  if (isHallNotFoundError(error)) return translate(lang, 'error.notFound');
  if (isHallForbiddenError(error)) return translate(lang, 'error.forbidden');
  if (isHallBadRequestError(error) || isHallUnprocessableError(error) || isHallInvalidInputError(error)) {
    // A `street` the hall does not have (or that is no id at all) is the page's setting to fix: say which.
    return translate(lang, error.fieldErrors.some((f) => f.field === 'query.streetId') ? 'error.street' : 'error.request');
  }
  if (isHallResponseShapeError(error)) return translate(lang, 'error.response');
  return translate(lang, 'error.generic');
}
