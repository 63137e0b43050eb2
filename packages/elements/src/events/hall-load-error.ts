/** `hall-load-error`: a widget could not load what it shows (it says so itself, with a retry). */
import { isHallError, type HallErrorKind } from '@promotion-hall/sdk';

/**
 * What failed, for the page's own monitoring: the SDK's kind of error and the HTTP status, if
 * any. Never the error's message or the request's address: a search's words and a booking's
 * reference travel there.
 */
export interface HallLoadErrorDetail {
  kind: HallErrorKind | 'unknown';
  status: number | null;
}

/** Fired once for each failed load the visitor sees; not for a request the visitor moved past. */
export class HallLoadErrorEvent extends CustomEvent<HallLoadErrorDetail> {
  constructor(error: unknown) {
    const status = isHallError(error) && 'status' in error && typeof error.status === 'number' ? error.status : null;
    super('hall-load-error', { detail: { kind: isHallError(error) ? error.kind : 'unknown', status }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hall-load-error': HallLoadErrorEvent;
  }
}
