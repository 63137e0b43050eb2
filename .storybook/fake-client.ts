/**
 * A fake hall API for Storybook: the real SDK client (`createHallClient`) with an
 * injected `fetch` that answers from canned JSON, so no server is needed and the
 * SDK still validates every answer against the shared schemas (canned data that
 * drifts from the contract shows up as the error state and fails the story tests).
 */
import { createHallClient, type EventOccurrence, type HallClient, type Locale, type Page, type Problem } from '@promotion-hall/sdk';

/** What the fake API does: answer with events, with an empty page, never, or fail (always, or only the first time). */
export const SCENARIOS = ['data', 'empty', 'loading', 'error', 'error-once'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const updatedAt = '2026-11-01T09:00:00+09:00';

function occurrence(id: string, day: string, fields: Partial<EventOccurrence> & Pick<EventOccurrence, 'title' | 'category' | 'start' | 'end'>): EventOccurrence {
  return {
    id,
    occurrenceId: `${id}@${day}`,
    description: fields.title,
    allDay: false,
    venueId: 'hall',
    roomId: null,
    place: null,
    online: false,
    organizer: { ja: '産業振興会館', en: 'Industry Promotion Hall' },
    audience: null,
    fee: { amountYen: 0, note: null },
    registration: { kind: 'none', capacity: null, remaining: null, opensAt: null, closesAt: null, waitlist: false, url: null },
    whatToBring: null,
    sessions: [],
    allSessionsRequired: false,
    recurrence: null,
    streetId: null,
    url: null,
    updatedAt,
    ...fields,
  };
}

export const cannedEvents: EventOccurrence[] = [
  occurrence('startup-seminar', '2026-12-03', {
    title: { ja: '創業セミナー：事業計画書の書き方', en: 'Start-up seminar: writing a business plan' },
    category: 'seminar',
    start: '2026-12-03T14:00:00+09:00',
    end: '2026-12-03T16:00:00+09:00',
    registration: { kind: 'first_come', capacity: 40, remaining: 12, opensAt: null, closesAt: '2026-12-02T17:00:00+09:00', waitlist: true, url: null },
  }),
  occurrence('sakura-market', '2026-12-08', {
    title: {
      // Long Japanese text on purpose: it must wrap inside narrow containers.
      ja: 'さくら通り商店街 歳末大売り出し・八の日市〜地元の老舗とこだわりの新店が勢ぞろいする年に一度の大感謝祭〜',
      en: 'Sakura-dori year-end sale and 8th-day market',
    },
    category: 'street_event',
    start: '2026-12-08T10:00:00+09:00',
    end: '2026-12-08T18:00:00+09:00',
    venueId: null,
    place: { ja: 'さくら通り商店街', en: 'Sakura-dori shopping street' },
  }),
  occurrence('dx-briefing', '2026-12-15', {
    title: { ja: '中小企業DX補助金 説明会', en: 'SME digitalisation grant briefing' },
    category: 'briefing',
    start: '2026-12-15T18:30:00+09:00',
    end: '2026-12-15T20:00:00+09:00',
    online: true,
  }),
];

const json = (status: number, body: unknown, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const page = (items: EventOccurrence[]): Page<EventOccurrence> => ({ items, nextCursor: null, total: items.length });

const unavailable: Problem = { type: '/problems/internal', title: 'Service Unavailable', status: 503 };
const notFound: Problem = { type: '/problems/not-found', title: 'Not Found', status: 404 };

/** A `fetch` that answers the hall API's routes from the canned data above. */
export function fakeFetch(scenario: Scenario): typeof globalThis.fetch {
  let failures = scenario === 'error' ? Infinity : scenario === 'error-once' ? 1 : 0;
  return (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    if (scenario === 'loading') {
      // Never answers; gives up only when the caller aborts (as a real slow server would).
      return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    }
    if (failures > 0) {
      failures -= 1;
      return Promise.resolve(json(503, unavailable, 'application/problem+json'));
    }
    const path = new URL(request.url).pathname.replace(/^.*\/api\/v1\//, '');
    if (path === 'events') return Promise.resolve(json(200, page(scenario === 'empty' ? [] : cannedEvents)));
    return Promise.resolve(json(404, notFound, 'application/problem+json'));
  };
}

/** A real SDK client talking to the fake API (no retries, so error stories show at once). */
export function createFakeClient(scenario: Scenario, locale: Locale = 'ja'): HallClient {
  return createHallClient({ baseUrl: 'https://hall.example.invalid/api/v1', fetch: fakeFetch(scenario), locale, retry: { limit: 0 } });
}
