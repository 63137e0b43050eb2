import { CalendarResource, EventsResource, VenuesResource, type CalendarDay, type EventOccurrence, type EventsIterateParams, type Venue } from '@promotion-hall/sdk';
import { EVENT_CATEGORIES, type EventCategory } from '@promotion-hall/sdk/schemas';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HallElement } from '../../internal/hall-element.js';
import { headingLevels, type HeadingLevels } from '../../internal/heading-level.js';
import { whenIdle } from '../../internal/when-idle.js';
import type { ClientWith, ResourceSet } from '../../internal/clients.js';
import { calendarMessages } from './messages.js';
import { errorMessage } from '../../internal/error-message.js';
import { localized, text } from '../../internal/localized.js';
import {
  addDays,
  addMonths,
  columnOf,
  firstOfMonth,
  japanNoon,
  japanToday,
  lastOfMonth,
  monthKey,
  monthOf,
  monthWeeks,
  parseMonth,
  sameDayIn,
  untilJapanMidnight,
  visitorAbroad,
  type CalendarMonth,
  type WeekStart,
} from '../../internal/japan-dates.js';
import { categoryLabel, isEventCategory, parseCategories } from './categories.js';
import { indexByDay } from './day-index.js';
import { googleCalendarSubscribeUrl } from './google-calendar.js';
import { safeUrl, webcalUrl } from '../../internal/url.js';
import { externalLink, renderEventDetail } from './event-detail.js';
import { sessionOf } from './course-session.js';
import { widgetStyles } from '../../styles/widget.js';
import { HallEventSelectEvent, type HallEventSelectDetail } from '../../events/hall-event-select.js';
import { HallRangeChangeEvent, type HallRangeChangeDetail } from '../../events/hall-range-change.js';
import { eventCalendarStyles } from './styles.js';

export type CalendarView = 'month' | 'list';
/** What `hall-event-select` and `hall-range-change` tell the host page (src/events/). */
export type { HallEventSelectDetail, HallRangeChangeDetail };

/** What a load asks for: a month's grid weeks and the filters the API applies. */
interface LoadRange {
  readonly from: string;
  readonly to: string;
  readonly categories: readonly EventCategory[];
  readonly street?: string;
}

/** One loaded range: the events and the days that are holidays or closures. */
interface RangeData {
  /** The dates loaded (a month's whole grid weeks), both included. */
  readonly from: string;
  readonly to: string;
  readonly events: readonly EventOccurrence[];
  readonly days: ReadonlyMap<string, CalendarDay>;
  /** False when the days could not be read (the events show without holidays): asked again next time. */
  readonly daysRead: boolean;
}

/** A loaded range from its answers, read now or kept by the client; `days` undefined when they could not be read. */
function rangeData(range: LoadRange, events: readonly EventOccurrence[], days: readonly CalendarDay[] | undefined): RangeData {
  return { from: range.from, to: range.to, events, days: new Map(days?.map((day) => [day.date, day])), daysRead: days !== undefined };
}

/** True when a revalidation brought the very same answers (each occurrence and day the same object, as a 304 gives). */
function sameRange(a: RangeData, b: RangeData): boolean {
  if (a.events.length !== b.events.length || a.days.size !== b.days.size) return false;
  for (let i = 0; i < a.events.length; i++) if (a.events[i] !== b.events[i]) return false;
  for (const [date, day] of a.days) if (b.days.get(date) !== day) return false;
  return true;
}

type Load =
  | { readonly key: string; readonly status: 'loading' }
  | { readonly key: string; readonly status: 'ready'; readonly data: RangeData }
  | { readonly key: string; readonly status: 'error'; readonly error: unknown };

/** What the dialog shows. A day's list reopened by "Back" focuses the row the visitor had opened (`returnTo`, an occurrence id). */
type DialogContent =
  | { readonly kind: 'day'; readonly date: string; readonly returnTo?: string }
  | { readonly kind: 'event'; readonly occurrence: EventOccurrence; readonly fromDay?: string };

/** What every day cell of one render of the grid shares, read once for the month, not per cell. */
interface GridRender {
  readonly month: CalendarMonth;
  /** The range's events and days; `undefined` until loaded. */
  readonly data: RangeData | undefined;
  /** `data`'s events by day, as filtered. */
  readonly byDay: Map<string, EventOccurrence[]> | undefined;
  /** No data yet and no error: the cells show a skeleton. */
  readonly loading: boolean;
  /** Today in Japan. */
  readonly today: string;
}

/** Ranges kept per element: enough to go back and forth over a year without a request. */
const CACHED_RANGES = 24;
/**
 * How long a range the hall confirmed is shown again without asking (ms): the API's own
 * `max-age`. Older, it is shown and asked again (a 304 when nothing changed), so places left,
 * 満席 and cancellations do not stay as they were when the page opened.
 */
const FRESH_FOR_MS = 60_000;
/** How often the month on screen is asked again while the page is visible (ms): a kiosk or a tab left open. */
const REFRESH_EVERY_MS = 5 * 60_000;
/** Below this width (px) the month grid has no room: the list view is shown instead. */
const NARROW_WIDTH = 480;
/**
 * A list with more rows than this (an event over several days is a row on each) draws only the
 * days near the viewport (styles.ts, "long"). Drawn whole, a 1,021-row list took ≈ 104 ms to its
 * first frame in a trial on the benchmark's machine (2026-11-27), ≈ 0.1 ms a row, so up to here a
 * list costs about a frame. A shorter list is drawn whole: Safari before 26 does not search
 * skipped content in find-in-page (WebKit bug 283846), and an ordinary month's events must all
 * be found.
 */
const LONG_LIST_ROWS = 200;

/**
 * The API's filters for categories (none: every category) and a street. A street's site shows
 * its own events and the hall's, not other streets'.
 */
function filterQuery(categories: readonly EventCategory[], street: string | undefined): Pick<EventsIterateParams, 'category' | 'streetId' | 'includeHall'> {
  return {
    ...(categories.length > 0 ? { category: [...categories] } : {}),
    ...(street ? { streetId: street, includeHall: true } : {}),
  };
}

/** An event's parts: `event`, and `category-<category>` for a category this version knows, so a page can style each (`::part(category-seminar)`). */
function eventParts(occurrence: EventOccurrence): string {
  return isEventCategory(occurrence.category) ? `event category-${occurrence.category}` : 'event';
}

/** What the calendar reads: events, the holidays and closures of the days, and room names for the detail. */
type CalendarResources = 'events' | 'calendar' | 'venues';
type CalendarClient = ClientWith<CalendarResources>;
const calendarResources: ResourceSet<CalendarResources> = { events: EventsResource, calendar: CalendarResource, venues: VenuesResource };

/**
 * The hall's events as a month grid or a list, in Japan time, with Japanese
 * public holidays and the hall's closures marked.
 *
 * ```html
 * <script type="module" src="https://hall.example.jp/widgets/hall-event-calendar.js"></script>
 * <hall-event-calendar api-base="https://hall.example.jp/api/v1" categories="seminar fair"></hall-event-calendar>
 * ```
 *
 * The month grid follows the WAI-ARIA grid pattern: arrow keys move between
 * days, Home/End go to the start/end of the week, PageUp/PageDown change the
 * month (with Shift, the year), Enter or Space opens the day's events. The
 * visible range is loaded first, then the months either side when the browser is
 * idle; moving on cancels the request, and ranges already seen are kept. Narrow
 * containers (below 480 px) get the list view.
 *
 * @summary The hall's events as a keyboard-accessible month grid or list.
 * @fires {HallEventSelectEvent} hall-event-select - The visitor opened an event. `detail`: `{ id, occurrenceId, category }`. Cancelable: `preventDefault()` keeps the detail closed, for a page that shows the event its own way.
 * @fires {HallLoadErrorEvent} hall-load-error - The month could not be loaded (the element says so, with a retry). `detail`: `{ kind, status }`: the SDK's kind of error and the HTTP status, if any.
 * @fires {HallRangeChangeEvent} hall-range-change - The visitor moved to another month or view. `detail`: `{ from, to, month, view }`.
 * @csspart toolbar - The row with the month heading and the buttons.
 * @csspart heading - The month heading (2026年12月).
 * @csspart prev-button - Goes to the previous month.
 * @csspart today-button - Goes to today.
 * @csspart next-button - Goes to the next month.
 * @csspart view-button - The month / list switches.
 * @csspart filter - The category filter (a fieldset of checkboxes).
 * @csspart grid - The month grid.
 * @csspart day - A day cell (also `day-today`, `day-holiday`, `day-outside` for days of the next or previous month).
 * @csspart day-today - Today's cell.
 * @csspart day-holiday - A public holiday or a day the hall is closed.
 * @csspart event - An event (in the grid and the list).
 * @csspart category-seminar - An event of that category, beside `event` (one per category: `category-course`, `category-briefing`, `category-networking`, `category-consultation_fair`, `category-training`, `category-fair`, `category-street_event`): `::part(category-fair)` styles fairs.
 * @csspart event-category - An event's category badge.
 * @csspart more-button - "+N more" in a crowded day.
 * @csspart list - The list (agenda) view.
 * @csspart dialog - The dialog with a day's events or an event's detail.
 * @csspart register-link - In the detail: "Register" (a new window), while a visitor can apply.
 * @csspart event-link - In the detail: the event's own page (a new window).
 * @csspart ics-link - In the detail: the event's .ics file, to add it to a calendar app.
 * @csspart google-link - In the detail: add the event to Google Calendar (a new window).
 * @csspart japan-time-note - "All times are Japan time", shown when the visitor's device is in another time zone.
 * @csspart subscribe - The links to subscribe to the calendar's feed (what it shows: street, categories as filtered, language), below the grid or list. `::part(subscribe) { display: none }` hides them.
 * @csspart subscribe-link - Subscribe in a calendar app (a `webcal:` link).
 * @csspart google-subscribe-link - Subscribe in Google Calendar (a new window).
 * @cssprop [--hall-calendar-day-min-height=6.5em] - The height of a day cell in the grid.
 */
export class HallEventCalendar extends HallElement<CalendarResources> {
  static override styles = [...[HallElement.styles].flat(), widgetStyles, eventCalendarStyles];
  static override messages = calendarMessages;
  /** @internal */
  static override resources = calendarResources;

  /** The month shown first, `YYYY-MM` (default: this month in Japan). Changing it moves the calendar without firing events. */
  // Only a different value moves the calendar: frameworks set every property again on each
  // render (@lit/react does not compare), and that must not undo the visitor's navigation.
  @property({ reflect: true })
  month: string | undefined;

  /** The view shown first: `month` (the grid) or `list`. Changing it switches the view without firing events. */
  // As `month`: only a different value switches, so a framework setting it again on each render
  // does not undo the visitor's own switch (which changes `#shownView`, not this).
  @property({ reflect: true })
  view: CalendarView = 'month';

  /** Only these categories, space-separated (e.g. `seminar fair`); default all. The filter bar offers these. */
  @property()
  categories: string | undefined;

  /** Your shopping street (its id): its own events and the hall's, not other streets' (`streetId` with `includeHall`). */
  @property()
  street: string | undefined;

  /** The first day of the week: `sun` (Japanese calendars, the default) or `mon`. */
  @property({ attribute: 'week-start' })
  weekStart: WeekStart = 'sun';

  /** Events shown in a day cell before "+N more". */
  @property({ attribute: 'max-events', type: Number })
  maxEvents = 3;

  /** The current instant, for "today" (tests and previews fix it; default: the real time). */
  @property({ attribute: false })
  now: Date | undefined;

  /** The month's heading level (default 2), 1–6: `3` under a section of the page headed by an h2. The list's days are one level down. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** The month's level (`heading`) and the list's days' (`sub`), as the page set them. */
  get #levels(): HeadingLevels {
    // The default again for a value that is not a level (`h3`, 9): the documented one, not a surprise.
    return headingLevels(this.headingLevel, 2);
  }

  /** The `street` attribute as an id, or none. */
  get #street(): string | undefined {
    return this.street?.trim() || undefined;
  }

  @state() private shownMonth: CalendarMonth | undefined;
  /** The view the visitor or the page chose last (`#effectiveView` says what a narrow container shows). */
  #shownView: CalendarView = 'month';
  @state() private activeDate: string | undefined;
  /** Categories the visitor has unticked in the filter bar. */
  @state() private hiddenCategories: ReadonlySet<EventCategory> = new Set();
  @state() private load: Load | undefined;
  @state() private narrow = false;
  @state() private dialogContent: DialogContent | undefined;
  @state() private announcement = '';
  /** The language the announcement was written in: after a switch of language it is cleared, never read out in the wrong one. */
  #announcedIn: string | undefined;
  @state() private venues: readonly Venue[] = [];

  @query('dialog') private dialog!: HTMLDialogElement | null;

  /** The visitor's device is in another time zone: the times shown (Japan time) say so. */
  readonly #abroad = visitorAbroad();
  readonly #cache = new Map<string, RangeData>();
  /**
   * When the hall last confirmed each cached range (`performance.now()`, which a clock set back
   * does not move). A range without one (shown from
   * what the client kept and not yet revalidated, or read without its days), or confirmed more than
   * FRESH_FOR_MS ago, is shown and asked again.
   */
  readonly #confirmedAt = new Map<string, number>();
  readonly #prefetching = new Map<string, AbortController>();
  #cacheClient: CalendarClient | undefined;
  #abort: AbortController | undefined;
  /** The client the room names were asked of (a page may change `api-base`: then they are asked again, of the new one). */
  #venuesFrom: CalendarClient | undefined;
  /**
   * Where focus goes once the next render is done: the active day's cell (after a key, a click,
   * "retry"), or, after "Today" in the list, today's heading once its month is there (it may
   * still be loading). One field: a later move replaces an earlier one still waiting.
   */
  #focusAfterRender: 'active-day' | 'today-in-list' | undefined;
  /**
   * The day of what has focus in the list. A plain field, not state: a Tab in a long list must not
   * render it again. It becomes the active day when the grid comes back (the container widens).
   */
  #listDay: string | undefined;
  #announceNextLoad = false;
  /** The connection came back while a load was still trying: if it fails, that may be from before, so it is tried once more. */
  #onlineDuringLoad = false;
  #dialogOpener: HTMLElement | undefined;
  #focusBeforeRender: Element | undefined;
  /** The event whose chip or row had focus before this render, and the day it stood on. */
  #focusedEvent: { id: string; day: string | undefined } | undefined;
  /** Each loaded range's events by day, for the filter they were made with (byDay). */
  readonly #dayIndexes = new WeakMap<RangeData, { hidden: ReadonlySet<EventCategory>; byDay: Map<string, EventOccurrence[]> }>();
  #resizeObserver: ResizeObserver | undefined;
  #midnightTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshTimer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#renderAtMidnight();
    this.#refreshTimer = setInterval(this.#refreshShown, REFRESH_EVERY_MS);
    document.addEventListener('visibilitychange', this.#refreshShown);
    window.addEventListener('online', this.#refreshShown);
    // Moved in the page: a revalidation the move cut short is asked again (a load cut short restarts in willUpdate).
    if (this.hasUpdated) this.#refreshShown();
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      // Width 0: not laid out (display: none); keep the last decision. The switch waits
      // for the next frame: re-rendering inside the observer's callback would resize the
      // element again in the same frame (a "ResizeObserver loop" error on the host page).
      if (width > 0) requestAnimationFrame(() => (this.narrow = width < NARROW_WIDTH));
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#midnightTimer);
    clearInterval(this.#refreshTimer);
    document.removeEventListener('visibilitychange', this.#refreshShown);
    window.removeEventListener('online', this.#refreshShown);
    this.#resizeObserver?.disconnect();
    this.#abort?.abort();
    this.#abort = undefined;
    for (const controller of this.#prefetching.values()) controller.abort();
    this.#prefetching.clear();
    // A later reconnect must load again if the load was cut short.
    if (this.load?.status === 'loading') this.load = undefined;
  }

  /** "Today" moves at midnight in Japan: a page left open overnight (a kiosk, a tab) follows it. */
  #renderAtMidnight(): void {
    clearTimeout(this.#midnightTimer);
    this.#midnightTimer = setTimeout(() => {
      this.requestUpdate();
      this.#renderAtMidnight();
    }, untilJapanMidnight() + 1_000);
  }

  get #today(): string {
    return japanToday(this.now);
  }

  get #effectiveView(): CalendarView {
    return this.narrow ? 'list' : this.#shownView;
  }

  get #offeredCategories(): readonly EventCategory[] {
    const chosen = parseCategories(this.categories);
    return chosen.length > 0 ? chosen : EVENT_CATEGORIES;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A page's typo gets the documented default, not a surprise: `fri` or `SUN` is not Monday,
    // `abc` is not "no limit", 0 is not "no events at all".
    if (changed.has('weekStart')) this.weekStart = String(this.weekStart).trim().toLowerCase() === 'mon' ? 'mon' : 'sun';
    if (changed.has('categories')) this.#forgetUnofferedHiddenCategories();
    // Cleared, not hidden: switched back, the old text would be read out again.
    if (this.announcement && this.#announcedIn !== this.language) this.announcement = '';
    if (changed.has('maxEvents')) this.maxEvents = Number.isFinite(this.maxEvents) ? Math.min(Math.max(Math.floor(this.maxEvents), 1), 99) : 3;
    // What has focus before this render: if the render removes it, focus moves on (updated).
    const focused = (this.shadowRoot?.activeElement ?? undefined) as HTMLElement | undefined;
    this.#focusBeforeRender = focused;
    const occurrence = focused?.dataset.occurrence;
    this.#focusedEvent = occurrence ? { id: occurrence, day: this.#dayOf(focused!) } : undefined;
    if (!this.hasUpdated) {
      // The first frame already in the right view: a phone shows no grid that the observer
      // would swap for the list two frames later. The host's width is laid out without our
      // content (none is rendered yet); 0 when hidden, and the observer decides later.
      // clientWidth, in CSS pixels as the observer's: under the page's `zoom` the bounding box is zoomed.
      const width = this.clientWidth;
      if (width > 0) this.narrow = width < NARROW_WIDTH;
    }
    if (changed.has('view')) this.#shownView = this.view === 'list' ? 'list' : 'month';
    if (changed.has('month') || this.shownMonth === undefined) {
      const month = parseMonth(this.month) ?? monthOf(this.#today);
      this.shownMonth = month;
      if (this.activeDate === undefined || monthKey(monthOf(this.activeDate)) !== monthKey(month)) this.activeDate = this.#defaultDayOf(month);
    }
    const shown = this.shownMonth!;
    if (this.#listDay && this.#effectiveView === 'month') {
      if (monthKey(monthOf(this.#listDay)) === monthKey(shown)) this.activeDate = this.#listDay;
      this.#listDay = undefined;
    }
    // Another week start can leave the active day (one of another month's) out of the grid: no tab stop.
    // (Every other move sets a day of the grid shown.)
    if (changed.has('weekStart')) {
      const { from, to } = this.#visibleRange(shown);
      if (!this.activeDate || this.activeDate < from || this.activeDate > to) this.activeDate = this.#defaultDayOf(shown);
    }
    this.#startLoadIfNeeded();
  }

  /** The day a month opens on: today in this month, else the 1st. */
  #defaultDayOf(month: CalendarMonth): string {
    return monthKey(monthOf(this.#today)) === monthKey(month) ? this.#today : firstOfMonth(month);
  }

  /**
   * The page changed `categories`: categories the visitor unticked stay unticked only while the
   * filter bar still offers them. Otherwise a category no longer offered (or the only one left,
   * with no bar at all) would stay hidden with no box to tick it again.
   */
  #forgetUnofferedHiddenCategories(): void {
    const offered = this.#offeredCategories;
    const kept = offered.length < 2 ? [] : [...this.hiddenCategories].filter((category) => offered.includes(category));
    if (kept.length !== this.hiddenCategories.size) this.hiddenCategories = new Set(kept);
  }

  protected override updated(): void {
    const lost = this.#focusBeforeRender !== undefined && !this.#focusBeforeRender.isConnected;
    this.#focusBeforeRender = undefined;
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const pending = this.#focusAfterRender;
    if (pending === 'active-day' || (pending === 'today-in-list' && this.load?.status !== 'loading')) {
      this.#focusAfterRender = undefined;
      if (pending === 'active-day') this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-date="${this.activeDate}"]`)?.focus();
      else this.#focusTodayInTheList();
    } else if (this.#focusedEvent && (lost || (focused?.dataset.occurrence !== undefined && focused.dataset.occurrence !== this.#focusedEvent.id))) {
      // New data (a revalidation) moved the events: rows are reused by place, so the focused row
      // now shows another event, or is gone. Focus follows the event the visitor was on.
      this.#focusEvent(this.#focusedEvent);
    } else if (focused?.getAttribute('role') === 'gridcell' && focused.dataset.date !== this.activeDate) {
      // The page changed `month` or `week-start` while a day had focus: its cell was reused for
      // another date. Focus goes to the active day, where the arrow keys now move from.
      this.#focusActiveDayOrHeading();
    } else if (lost && !this.dialog?.open) {
      // The focused control is gone: the container narrowed to the list (the view buttons and
      // the grid go), or widened back. Focus never falls to <body>.
      this.#focusActiveDayOrHeading();
    }
  }

  /** An event's chip or row on its day (in the open dialog, if one is); else that day, the dialog's title, or the active day. */
  #focusEvent({ id, day }: { id: string; day: string | undefined }): void {
    const scope: ParentNode = this.dialog?.open ? this.dialog : this.renderRoot;
    const rows = [...scope.querySelectorAll<HTMLElement>(`[data-occurrence="${CSS.escape(id)}"]`)];
    const target = rows.find((row) => this.#dayOf(row) === day) ?? rows[0] ?? (this.dialog?.open ? scope.querySelector<HTMLElement>('#dialog-title') : undefined);
    if (target) target.focus();
    else this.#focusActiveDayOrHeading();
  }

  /** The day an event's chip or row stands on: its grid cell's, its list day's, or its day dialog's. */
  #dayOf(element: HTMLElement): string | undefined {
    return this.#cellDate(element) ?? element.closest<HTMLElement>('[data-day]')?.dataset.day ?? element.closest<HTMLElement>('[data-dialog-day]')?.dataset.dialogDay;
  }

  /** The active day: its cell in the grid, its heading in the list; else the month's heading. */
  #focusActiveDayOrHeading(): void {
    const root = this.renderRoot;
    const day = this.#listDay ?? this.activeDate;
    const target =
      root.querySelector<HTMLElement>(`[role="gridcell"][data-date="${day}"]`) ?? root.querySelector<HTMLElement>(`[data-list-date="${day}"]`) ?? this.#monthHeading();
    target?.focus();
  }

  /** Today's heading in the list, or the next day listed; else the month's heading. (Focus scrolls it into view.) */
  #focusTodayInTheList(): void {
    const today = this.#today;
    const headings = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-list-date]')];
    (headings.find((heading) => heading.dataset.listDate! >= today) ?? this.#monthHeading())?.focus();
  }

  #monthHeading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#heading');
  }

  // ---- loading ------------------------------------------------------------

  /** The dates the current view needs: the whole weeks of the grid (the list uses the same range, so switching views costs nothing). */
  #visibleRange(month: CalendarMonth): { from: string; to: string } {
    const weeks = monthWeeks(month, this.weekStart);
    return { from: weeks[0]![0]!, to: weeks[weeks.length - 1]![6]! };
  }

  /** `again`: ask again for the range on screen (not in an error: that is asked again as a new load). */
  #startLoadIfNeeded(again = false): void {
    const client = this.client;
    // Not on the page (removed in the task it was added in: Lit still renders it once): nothing
    // to show, so nothing is asked; put back, it renders and loads.
    if (!client || !this.shownMonth || !this.isConnected) return;
    if (client !== this.#cacheClient) {
      this.#cache.clear();
      this.#confirmedAt.clear();
      this.#cacheClient = client;
      this.load = undefined;
    }
    const { key, range } = this.#rangeOf(this.shownMonth);
    if (this.load?.key === key && !again) return;

    this.#abort?.abort();
    this.#abort = undefined;
    this.#cancelPrefetchesAwayFrom(this.shownMonth);
    const cached = this.#cache.get(key);
    if (cached && this.#isFresh(key)) {
      this.#finishLoad({ key, status: 'ready', data: cached });
      return;
    }
    // What the client already holds for this range (another calendar on the page read it, or
    // this one before it was moved) shows at once, without a skeleton; the requests below
    // then revalidate it and replace it only if the hall's answer changed. So does a range
    // shown that way before whose revalidation was cut short (the visitor moved on first), one
    // read without its days, and one the hall confirmed longer than FRESH_FOR_MS ago.
    let kept: RangeData | undefined = cached;
    try {
      kept ??= this.#keptRange(client, range);
    } catch (error) {
      // The SDK refuses the query before any request (e.g. a `street` that is not a street's
      // id): said in the element, like a failed load, never an exception on the host page.
      this.#finishLoad({ key, status: 'error', error });
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    const read = () =>
      this.#fetchRange(client, range, controller.signal).then(
        (fetched) => {
          if (this.#abort === controller) this.#abort = undefined;
          // Cut short (the days' request swallows an abort), or for a client since replaced: not this element's answer.
          if (controller.signal.aborted || client !== this.#cacheClient) return;
          // Days that could not be read again leave the holidays shown before: a decoration is not taken away.
          const answer = kept && !fetched.daysRead ? { ...fetched, days: kept.days } : fetched;
          const data = kept && sameRange(kept, answer) ? kept : answer;
          this.#remember(key, data, fetched.daysRead);
          if (this.load?.key === key && !(this.load.status === 'ready' && this.load.data === data)) this.#finishLoad({ key, status: 'ready', data });
        },
        (error: unknown) => {
          if (this.#abort === controller) this.#abort = undefined;
          // A failed revalidation keeps showing what the hall said last.
          if (controller.signal.aborted || this.load?.key !== key || kept) return;
          this.#finishLoad({ key, status: 'error', error });
        },
      );
    if (kept) {
      // Kept data is painted first. Its revalidation waits for idle time (at the latest 1 s):
      // started right after that frame, it held up a first click by ≈ 5 ms of request plumbing.
      // Queued before finishLoad queues the neighbours' loads, so the month on screen comes first.
      whenIdle(() => {
        if (!controller.signal.aborted) void read();
      }, 1_000);
      this.#remember(key, kept, false);
      this.#finishLoad({ key, status: 'ready', data: kept });
    } else {
      // A new load: the connection coming back during an earlier one says nothing about this one.
      this.#onlineDuringLoad = false;
      this.load = { key, status: 'loading' };
      void read();
    }
  }

  /** A month's range (its grid's whole weeks, the filters) and the key it is kept under. */
  #rangeOf(month: CalendarMonth): { key: string; range: LoadRange } {
    const { from, to } = this.#visibleRange(month);
    const categories = parseCategories(this.categories);
    const street = this.#street;
    return { key: JSON.stringify([from, to, categories, street ?? null]), range: { from, to, categories, ...(street ? { street } : {}) } };
  }

  /** Moving on: background loads of months that are neither `month` nor next to it are cancelled. */
  #cancelPrefetchesAwayFrom(month: CalendarMonth): void {
    const wanted = new Set([month, addMonths(month, 1), addMonths(month, -1)].map((m) => this.#rangeOf(m).key));
    for (const [key, controller] of this.#prefetching) {
      if (wanted.has(key)) continue;
      controller.abort();
      this.#prefetching.delete(key);
    }
  }

  /** The events query for a range, the same for reading and for what the client keeps. */
  #eventsQuery(range: LoadRange): EventsIterateParams {
    return {
      from: range.from,
      to: range.to,
      limit: 500,
      ...filterQuery(range.categories, range.street),
    };
  }

  async #fetchRange(client: CalendarClient, range: LoadRange, signal: AbortSignal): Promise<RangeData> {
    // Holidays only decorate the grid: without them the events still show. (An abort
    // also lands here; the events' own request reports it.)
    const days = client.calendar.days({ from: range.from, to: range.to }, { signal }).catch(() => undefined);
    const events: EventOccurrence[] = [];
    for await (const occurrence of client.events.iterate(this.#eventsQuery(range), { signal })) events.push(occurrence);
    return rangeData(range, events, await days);
  }

  /** The range as the client last read it (events and days), without a request; undefined unless all of it is kept. */
  #keptRange(client: CalendarClient, range: LoadRange): RangeData | undefined {
    const events = client.events.kept(this.#eventsQuery(range));
    const days = events && client.calendar.keptDays({ from: range.from, to: range.to });
    return events && days ? rangeData(range, events, days) : undefined;
  }

  /**
   * After a month has loaded, the months before and after it are loaded in the
   * background, so "next" and "previous" show at once. Only when the browser is idle,
   * and abandoned when the element leaves the page.
   */
  #prefetchNeighbours(client: CalendarClient, month: CalendarMonth): void {
    whenIdle(() => {
      // Only next to the month still on screen: a visitor who moved on meanwhile gets its own.
      if (!this.isConnected || client !== this.#cacheClient || !this.shownMonth || monthKey(this.shownMonth) !== monthKey(month)) return;
      for (const neighbour of [addMonths(month, 1), addMonths(month, -1)]) {
        const { key, range } = this.#rangeOf(neighbour);
        if (this.#cache.has(key) || this.#prefetching.has(key)) continue;
        const controller = new AbortController();
        this.#prefetching.set(key, controller);
        this.#fetchRange(client, range, controller.signal)
          .then((data) => {
            if (client !== this.#cacheClient) return;
            this.#remember(key, data, data.daysRead);
            // Its days too, while still idle: "next" then only renders.
            whenIdle(() => this.#byDay(data), 1_000);
          })
          // A neighbour that fails is simply loaded again when the visitor goes there.
          .catch(() => undefined)
          .finally(() => this.#prefetching.delete(key));
      }
    }, 2_000);
  }

  /** Keeps a range (the most recently used last); `confirmed`: the hall answered all of it just now. */
  #remember(key: string, data: RangeData, confirmed: boolean): void {
    this.#cache.delete(key);
    this.#cache.set(key, data);
    if (confirmed) this.#confirmedAt.set(key, performance.now());
    else this.#confirmedAt.delete(key);
    if (this.#cache.size > CACHED_RANGES) {
      const oldest = this.#cache.keys().next().value as string;
      this.#cache.delete(oldest);
      this.#confirmedAt.delete(oldest);
    }
  }

  /** Whether a cached range can be shown without asking the hall again. */
  #isFresh(key: string): boolean {
    return performance.now() - (this.#confirmedAt.get(key) ?? -Infinity) < FRESH_FOR_MS;
  }

  /**
   * Asks again for the month on screen when what it shows may be out of date: the page is seen
   * again, the connection is back, every REFRESH_EVERY_MS while the page is visible. Data still
   * fresh is left alone; a month that failed is loaded again (the hall may be back).
   */
  readonly #refreshShown = (event?: Event): void => {
    const load = this.load;
    if (event?.type === 'online' && load?.status === 'loading') this.#onlineDuringLoad = true;
    // A read still running (a load, a revalidation) answers first: asking again would cut it short.
    if (document.visibilityState === 'hidden' || !this.shownMonth || this.#abort || load?.status === 'loading') return;
    if (load?.status === 'error') {
      // Only the connection coming back loads a failed month by itself: every five minutes or on
      // each return to the tab, the error (and its alert, read out again) would come and go.
      if (event?.type === 'online') this.#loadFailedMonthAgain();
    } else if (!(load?.status === 'ready' && this.#isFresh(load.key))) this.#startLoadIfNeeded(true);
  };

  #finishLoad(load: Load): void {
    const again = load.status === 'error' && this.#onlineDuringLoad;
    this.#onlineDuringLoad = false;
    // Loaded again without a word: the visitor saw no failure, so nothing is announced either.
    if (again) return this.#loadFailedMonthAgain({ announce: false });
    this.load = load;
    if (load.status === 'error') this.reportLoadError(load.error);
    if (load.status === 'ready' && this.#cacheClient && this.shownMonth) this.#prefetchNeighbours(this.#cacheClient, this.shownMonth);
    if (load.status === 'ready' && this.#announceNextLoad) {
      this.#announceNextLoad = false;
      this.#announceMonth(load.data);
    }
  }

  /** Says politely which month is shown and how many events it has, as filtered. */
  #announceMonth(data: RangeData): void {
    const { year, month } = this.shownMonth!;
    this.announcement = this.t('calendar.monthLoaded', { month: this.fmt.monthHeading(year, month), count: this.#countEventsOfMonth(data) });
    this.#announcedIn = this.language;
  }

  /** Events by day for a loaded range and the visitor's filter (computed once per range and filter). */
  #byDay(data: RangeData): Map<string, EventOccurrence[]> {
    const hidden = this.hiddenCategories;
    let index = this.#dayIndexes.get(data);
    if (index?.hidden !== hidden) {
      const events = hidden.size === 0 ? data.events : data.events.filter((e) => !hidden.has(e.category));
      index = { hidden, byDay: indexByDay(events, data.from, data.to) };
      this.#dayIndexes.set(data, index);
    }
    return index.byDay;
  }

  /** Whether the month shown has any event (stops at the first day that has one). */
  #hasEventsInMonth(data: RangeData): boolean {
    for (const list of this.#daysOfMonth(data)) if (list.length > 0) return true;
    return false;
  }

  /**
   * Why a month shows no event: it has none, or the visitor's filter hides all it has ("no
   * events this month" would then be untrue, and the visitor would not look for the filter).
   */
  #emptyMonthKey(data: RangeData): 'calendar.monthEmpty' | 'calendar.filterEmpty' {
    const hidden = this.hiddenCategories;
    const hiddenEvents = hidden.size === 0 ? [] : data.events.filter((e) => hidden.has(e.category));
    return hiddenEvents.length > 0 && indexByDay(hiddenEvents, firstOfMonth(this.shownMonth!), lastOfMonth(this.shownMonth!)).size > 0
      ? 'calendar.filterEmpty'
      : 'calendar.monthEmpty';
  }

  /** How many events the month shown has, as filtered (an event of several days counts once). */
  #countEventsOfMonth(data: RangeData): number {
    const events = new Set<EventOccurrence>();
    for (const list of this.#daysOfMonth(data)) for (const event of list) events.add(event);
    return events.size;
  }

  /** Each day of the month shown (not the grid's days of other months): its events, as filtered. */
  *#daysOfMonth(data: RangeData): Generator<EventOccurrence[]> {
    const first = firstOfMonth(this.shownMonth!);
    const last = lastOfMonth(this.shownMonth!);
    for (const [day, list] of this.#byDay(data)) if (day >= first && day <= last) yield list;
  }

  // ---- navigation ---------------------------------------------------------

  /** Moves to a month (and day) on the visitor's request, and tells the host page. */
  #goTo(month: CalendarMonth, activeDate: string, options: { focusDay?: boolean } = {}): void {
    const monthChanged = !this.shownMonth || monthKey(month) !== monthKey(this.shownMonth);
    this.shownMonth = month;
    this.activeDate = activeDate;
    this.#listDay = undefined;
    this.#focusAfterRender = options.focusDay === true ? 'active-day' : undefined;
    if (monthChanged) {
      this.#announceNextLoad = true;
      this.announcement = '';
      this.#fireRangeChange();
    }
  }

  #fireRangeChange(): void {
    const month = this.shownMonth!;
    const view = this.#effectiveView;
    const range = view === 'month' ? this.#visibleRange(month) : { from: firstOfMonth(month), to: lastOfMonth(month) };
    this.dispatchEvent(
      new HallRangeChangeEvent({ ...range, month: monthKey(month), view }),
    );
  }

  #moveMonth(count: number): void {
    const month = addMonths(this.shownMonth!, count);
    this.#goTo(month, sameDayIn(this.activeDate ?? firstOfMonth(month), month));
  }

  #goToday(): void {
    const today = this.#today;
    this.#goTo(monthOf(today), today);
    // The list starts at the 1st: today may be screens further down (every phone shows the list).
    // Its heading is focused once the month is there (updated), which scrolls it into view.
    if (this.#effectiveView === 'list') {
      this.#focusAfterRender = 'today-in-list';
      this.requestUpdate();
    }
  }

  #switchView(view: CalendarView): void {
    if (this.#shownView === view) return;
    this.#shownView = view;
    this.requestUpdate();
    this.#fireRangeChange();
  }

  #onGridKeydown(event: KeyboardEvent): void {
    const active = this.activeDate;
    const shown = this.shownMonth;
    if (!active || !shown) return;
    // The browser's own: Alt/Cmd + arrow (back, forward), Ctrl + PageUp/PageDown (the next tab).
    if (event.altKey || event.metaKey || (event.ctrlKey && event.key.startsWith('Page'))) return;
    const column = columnOf(active, this.weekStart);
    let target: string | undefined;
    switch (event.ctrlKey && (event.key === 'Home' || event.key === 'End') ? `Control+${event.key}` : event.key) {
      case 'ArrowLeft':
        target = addDays(active, -1);
        break;
      case 'ArrowRight':
        target = addDays(active, 1);
        break;
      case 'ArrowUp':
        target = addDays(active, -7);
        break;
      case 'ArrowDown':
        target = addDays(active, 7);
        break;
      case 'Home':
        target = addDays(active, -column);
        break;
      case 'End':
        target = addDays(active, 6 - column);
        break;
      // The grid's first and last cell (WAI-ARIA grid), as a calendar means them: the month's first and last day.
      case 'Control+Home':
        target = firstOfMonth(shown);
        break;
      case 'Control+End':
        target = lastOfMonth(shown);
        break;
      case 'PageUp':
      case 'PageDown': {
        // From the month shown, not the active day's: a day of the next month seen in the grid
        // (focused back after its event's dialog) would otherwise make PageDown skip a month.
        const month = addMonths(shown, (event.key === 'PageUp' ? -1 : 1) * (event.shiftKey ? 12 : 1));
        target = sameDayIn(active, month);
        break;
      }
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#openDay(active, event.target as HTMLElement);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#goTo(monthOf(target), target, { focusDay: true });
  }

  /** In the list, the day of what has focus is kept: the grid opens there when the container widens. */
  #onListFocusin(event: FocusEvent): void {
    this.#listDay = (event.target as HTMLElement).closest<HTMLElement>('[data-day]')?.dataset.day ?? this.#listDay;
  }

  /** A day focused by mouse or script becomes the active day, so the keys move from there. */
  #onGridFocusin(event: FocusEvent): void {
    const date = this.#cellDate(event.target as HTMLElement);
    if (date && date !== this.activeDate) this.activeDate = date;
  }

  // ---- dialog -------------------------------------------------------------

  #openDay(date: string, opener: HTMLElement): void {
    this.#showDialog({ kind: 'day', date }, opener);
  }

  /**
   * Tells the host page first: a page that shows events its own way cancels the event, and no
   * detail opens. A day's list open (a modal dialog) closes too, so the page's own dialog or
   * panel is not left inert behind it; focus goes back to the day.
   */
  #openEvent(occurrence: EventOccurrence, opener: HTMLElement | undefined, fromDay?: string): void {
    const select = new HallEventSelectEvent({ id: occurrence.id, occurrenceId: occurrence.occurrenceId, category: occurrence.category });
    if (!this.dispatchEvent(select)) {
      if (this.dialog?.open) this.#closeDialog();
      return;
    }
    this.#showDialog({ kind: 'event', occurrence, ...(fromDay ? { fromDay } : {}) }, opener);
    this.#loadVenues();
  }

  async #showDialog(content: DialogContent, opener: HTMLElement | undefined): Promise<void> {
    if (opener) this.#dialogOpener = opener;
    this.dialogContent = content;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // Back in a day's list: on the row the visitor had opened, not at the top of 40 events.
    const row = content.kind === 'day' && content.returnTo ? dialog.querySelector<HTMLElement>(`[data-occurrence="${CSS.escape(content.returnTo)}"]`) : null;
    // Otherwise the heading first, so the dialog's title is read before its content.
    (row ?? dialog.querySelector<HTMLElement>('.dialog-title'))?.focus();
  }

  #closeDialog(): void {
    this.dialog?.close();
  }

  #onDialogClose(): void {
    this.dialogContent = undefined;
    const opener = this.#dialogOpener;
    this.#dialogOpener = undefined;
    // Back where the visitor was. From a grid cell's event or "+N more" (reached by mouse:
    // tabindex -1, out of the tab order) back to the day itself, which is the grid's tab stop.
    // The opener may be gone (the view changed meanwhile): then the active day or the heading.
    const day = opener?.isConnected ? opener.closest<HTMLElement>('[role="gridcell"]') : null;
    if (day) {
      this.activeDate = day.dataset.date;
      day.focus();
    } else if (opener?.isConnected) opener.focus();
    else this.#focusActiveDayOrHeading();
  }

  #onDialogClick(event: MouseEvent): void {
    // A click on the backdrop (outside the dialog's box) closes it, as visitors expect of a modal.
    const dialog = this.dialog;
    if (!dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.#closeDialog();
  }

  #loadVenues(): void {
    const client = this.client;
    if (!client || this.#venuesFrom === client) return;
    this.#venuesFrom = client;
    this.venues = [];
    // Room names only enrich the detail; without them the event's own place text still shows.
    client.venues.list().then(
      (venues) => {
        if (this.#venuesFrom === client) this.venues = venues;
      },
      () => {
        if (this.#venuesFrom === client) this.#venuesFrom = undefined;
      },
    );
  }

  // ---- rendering ----------------------------------------------------------

  protected override renderContent(): unknown {
    const month = this.shownMonth;
    if (!month) return nothing;
    const load = this.load;
    const data = load?.status === 'ready' ? load.data : undefined;
    const view = this.#effectiveView;
    return html`
      <section class="calendar" aria-labelledby="calendar-label heading">
        <span id="calendar-label" hidden>${this.t('calendar.label')}</span>
        ${this.#renderToolbar(month)} ${this.#renderFilter()}
        ${this.#abroad ? html`<p part="japan-time-note" class="note">${this.t('calendar.japanTimeNote')}</p>` : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${load?.status === 'error'
          ? html`<div part="error" class="state state-error">
              <p class="state-error-message" role="alert">${errorMessage(this.language, load.error)}</p>
              <button part="retry-button" class="button" type="button" @click=${this.#retryLoad}>${this.t('action.retry')}</button>
            </div>`
          : nothing}
        ${data && !this.#hasEventsInMonth(data) ? html`<p part="empty" class="state state-empty">${this.t(this.#emptyMonthKey(data))}</p>` : nothing}
        ${view === 'month' ? this.#renderGrid(month, data) : this.#renderList(month, data, load)}
        ${load?.status === 'error' ? nothing : this.#renderSubscribe()}
      </section>
      <dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose} @click=${this.#onDialogClick}>
        ${this.dialogContent ? this.#renderDialog(this.dialogContent, data) : nothing}
      </dialog>
    `;
  }

  /** Links to subscribe, in a calendar app or Google Calendar, to what the calendar shows; nothing without a client. */
  #renderSubscribe(): TemplateResult | typeof nothing {
    const links = this.#subscribeLinks();
    if (!links) return nothing;
    // Each link says what it does on its own (a screen reader's list of links shows it alone);
    // the group is named for the pair.
    return html`<div part="subscribe" class="links subscribe" role="group" aria-label=${this.t('calendar.subscribe')}>
      <a part="subscribe-link" class="link" href=${links.app}>${this.t('calendar.subscribeApp')}</a>
      ${externalLink(links.google, this.t('calendar.subscribeGoogle'), 'google-subscribe-link', this.t('link.newWindow'))}
    </div>`;
  }

  /**
   * The hall's feed (`GET /events.ics` without dates: from 30 days ago, 366 days in all) of what
   * the calendar shows: its street, its categories as the visitor has filtered them, its language.
   * Made again only when one of those changes (the SDK checks the query each time it builds a URL).
   */
  #subscribeLinks(): { app: string; google: string } | undefined {
    const client = this.client;
    if (!client) return undefined;
    const shown = this.#offeredCategories.filter((category) => !this.hiddenCategories.has(category));
    // Nothing ticked: nothing to subscribe to (no category filter would mean every category).
    if (shown.length === 0) return undefined;
    const query = {
      ...filterQuery(shown.length < EVENT_CATEGORIES.length ? shown : [], this.#street),
      ...(this.language === 'en' ? { lang: 'en' as const } : {}),
    };
    const key = JSON.stringify(query);
    if (this.#subscribe?.key !== key || this.#subscribe.client !== client) {
      let app: string | undefined;
      try {
        app = webcalUrl(client.events.feedUrl(query));
      } catch {
        // A query the SDK refuses (a `street` that is not an id): no links.
        app = undefined;
      }
      const google = app && safeUrl(googleCalendarSubscribeUrl(app));
      this.#subscribe = { key, client, links: app && google ? { app, google } : undefined };
    }
    return this.#subscribe.links;
  }

  #subscribe: { key: string; client: CalendarClient; links: { app: string; google: string } | undefined } | undefined;

  /** A failed month loaded again (the next render starts it); announced once it is there, unless the visitor saw no failure. */
  #loadFailedMonthAgain({ announce = true } = {}): void {
    this.load = undefined;
    if (announce) this.#announceNextLoad = true;
    this.requestUpdate();
  }

  #retryLoad = (): void => {
    this.#loadFailedMonthAgain();
    // The button disappears: focus goes to the chosen day (the grid) or the heading (the list), not to <body>.
    if (this.#effectiveView === 'month') this.#focusAfterRender = 'active-day';
    else this.updateComplete.then(() => this.#monthHeading()?.focus());
  };

  #renderToolbar(month: CalendarMonth): TemplateResult {
    const view = this.#effectiveView;
    return html`
      <div part="toolbar" class="toolbar">
        <div part="heading" id="heading" class="heading" role="heading" aria-level=${this.#levels.heading} tabindex="-1">${this.fmt.monthHeading(month.year, month.month)}</div>
        <div class="nav">
          <button part="prev-button" class="nav-button" type="button" aria-label=${this.t('calendar.previous')} @click=${() => this.#moveMonth(-1)}>
            <span aria-hidden="true">‹</span>
          </button>
          <button part="today-button" class="nav-button" type="button" @click=${this.#goToday}>${this.t('calendar.today')}</button>
          <button part="next-button" class="nav-button" type="button" aria-label=${this.t('calendar.next')} @click=${() => this.#moveMonth(1)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
        ${this.narrow
          ? nothing
          : html`<div class="views" role="group" aria-label=${this.t('calendar.viewLabel')}>
              ${(['month', 'list'] as const).map(
                (v) => html`<button
                  part="view-button"
                  class="view-button"
                  type="button"
                  aria-pressed=${view === v ? 'true' : 'false'}
                  @click=${() => this.#switchView(v)}
                >
                  ${this.t(v === 'month' ? 'calendar.viewMonth' : 'calendar.viewList')}
                </button>`,
              )}
            </div>`}
      </div>
    `;
  }

  #renderFilter(): TemplateResult | typeof nothing {
    const offered = this.#offeredCategories;
    if (offered.length < 2) return nothing;
    return html`
      <fieldset part="filter" class="filter">
        <legend>${this.t('calendar.filterLegend')}</legend>
        ${offered.map(
          (category) => html`<label class="filter-option">
            <input
              type="checkbox"
              .checked=${!this.hiddenCategories.has(category)}
              @change=${(event: Event) => this.#toggleCategory(category, (event.target as HTMLInputElement).checked)}
            />
            ${categoryLabel(category, (key) => this.t(key))}
          </label>`,
        )}
      </fieldset>
    `;
  }

  #toggleCategory(category: EventCategory, shown: boolean): void {
    const hidden = new Set(this.hiddenCategories);
    if (shown) hidden.delete(category);
    else hidden.add(category);
    this.hiddenCategories = hidden;
    // The month changed under the checkbox: a screen reader hears how many events are left.
    if (this.load?.status === 'ready') this.#announceMonth(this.load.data);
  }

  #renderGrid(month: CalendarMonth, data: RangeData | undefined): TemplateResult {
    const weeks = monthWeeks(month, this.weekStart);
    const names = this.fmt.weekdays('short');
    const longNames = this.fmt.weekdays('long');
    const order = this.weekStart === 'sun' ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 0];
    const grid: GridRender = {
      month,
      data,
      byDay: data ? this.#byDay(data) : undefined,
      loading: this.load?.status !== 'error' && !data,
      today: this.#today,
    };
    return html`
      <div
        part="grid"
        class="grid"
        role="grid"
        aria-labelledby="heading"
        aria-busy=${grid.loading ? 'true' : 'false'}
        @keydown=${this.#onGridKeydown}
        @focusin=${this.#onGridFocusin}
      >
        <div class="row weekdays" role="row">
          ${order.map(
            (day) => html`<div class="weekday ${day === 0 ? 'sun' : day === 6 ? 'sat' : ''}" role="columnheader">
              <span aria-hidden="true">${names[day]}</span><span class="visually-hidden">${longNames[day]}</span>
            </div>`,
          )}
        </div>
        ${weeks.map((week) => html`<div class="row week" role="row">${week.map((date, column) => this.#renderDay(date, order[column]!, grid))}</div>`)}
      </div>
    `;
  }

  #renderDay(
    date: string,
    /** 0 = Sunday … 6 = Saturday: the column's, so no date arithmetic per cell. */
    weekday: number,
    { month, data, byDay, loading, today }: GridRender,
  ): TemplateResult {
    const info = data?.days.get(date);
    const events = byDay?.get(date) ?? [];
    const isToday = date === today;
    const outside = date.slice(0, 7) !== monthKey(month);
    const holidayName = info?.holiday ? localized(info.holiday, this.language) : undefined;
    const closedText = info?.closed === 'year_end' ? this.t('calendar.yearEnd') : info?.closed ? this.t('calendar.closed') : undefined;
    // A holiday or a closure, not any kind of day a newer API may add.
    const parts = ['day', isToday ? 'day-today' : '', holidayName || closedText ? 'day-holiday' : '', outside ? 'day-outside' : ''].filter(Boolean).join(' ');
    const classes = ['day', weekday === 0 || holidayName ? 'sun' : weekday === 6 ? 'sat' : '', outside ? 'outside' : '', isToday ? 'today' : ''].join(' ');
    const dateText = this.fmt.date(japanNoon(date));
    // The cell's name comes from its content (no aria-label, which would hide the visible text):
    // the full date and the count for screen readers, the day number for the eye.
    // Without the month's events (loading, or failed) the date alone: "0 events" would be untrue.
    const spoken = `${isToday ? `${this.t('calendar.today.marker')}${this.t('list.separator')}` : ''}${data ? this.t('calendar.dayLabel', { date: dateText, count: events.length }) : dateText}`;
    const shown = events.length > this.maxEvents ? events.slice(0, Math.max(0, this.maxEvents - 1)) : events;
    const more = events.length - shown.length;
    return html`
      <div
        part=${parts}
        class=${classes}
        role="gridcell"
        data-date=${date}
        tabindex=${date === this.activeDate ? '0' : '-1'}
        aria-current=${isToday ? 'date' : nothing}
        @click=${this.#onDayClick}
      >
        <span class="day-number" aria-hidden="true">${Number(date.slice(8, 10))}</span>
        <span class="visually-hidden">${spoken}</span>
        ${holidayName ? html`<span class="day-note" lang=${holidayName.lang}>${holidayName.text}</span>` : nothing}
        ${closedText ? html`<span class="day-note">${closedText}</span>` : nothing}
        ${data
          ? html`${shown.map((e) => this.#renderChip(e, date))}
            ${more > 0
              ? html`<button
                  part="more-button"
                  class="more"
                  type="button"
                  tabindex="-1"
                  @click=${this.#onMoreClick}
                >
                  ${this.t('calendar.more', { count: more })}<span class="visually-hidden">${this.t('calendar.moreLabel')}</span>
                </button>`
              : nothing}`
          : loading
            ? html`<span class="skeleton-line chip-skeleton" aria-hidden="true"></span>`
            : nothing}
      </div>
    `;
  }

  /**
   * An event in a day cell: reached by mouse here, by keyboard through the day's list (Enter on the day).
   * One flat template, and listeners that are the same function on every render: a month switch
   * updates a few hundred chips and cells, and a new closure each would be a listener removed
   * and added again for each of them.
   */
  #renderChip(occurrence: EventOccurrence, date: string): TemplateResult {
    const title = localized(occurrence.title, this.language);
    // The start time on the day it starts only: on the next day "23:30" would read as that night.
    const timed = !occurrence.allDay && occurrence.start.startsWith(date);
    // A course's session says which (第2回), after its time where there is one: the same title shows
    // on every session day, and on each day a session covers (all day, or past midnight).
    const session = this.#sessionLabel(occurrence);
    const time = timed ? this.fmt.time(occurrence.start) + (session ? ` ${session}` : '') : session;
    return html`<button part=${eventParts(occurrence)} class="chip" type="button" tabindex="-1" data-category=${occurrence.category} data-occurrence=${occurrence.occurrenceId} @click=${this.#onChipClick}>
      <span class="chip-time" ?hidden=${!time}>${time}</span>
      <span class="chip-title" lang=${title.lang}>${title.text}</span>
    </button>`;
  }

  /** Which session of a course an occurrence is ("第2回", "Session 2"); '' for anything else. */
  #sessionLabel(occurrence: EventOccurrence): string {
    const session = sessionOf(occurrence);
    return session ? this.t('event.session', { index: session.index }) : '';
  }

  /** The date of the day cell holding `element`. */
  #cellDate(element: Element): string | undefined {
    return element.closest<HTMLElement>('[role="gridcell"]')?.dataset.date;
  }

  #onDayClick(event: MouseEvent): void {
    const date = this.#cellDate(event.currentTarget as HTMLElement);
    if (date) this.#goTo(monthOf(date), date, { focusDay: true });
  }

  #onMoreClick(event: MouseEvent): void {
    event.stopPropagation();
    const button = event.currentTarget as HTMLElement;
    const date = this.#cellDate(button);
    if (!date) return;
    this.activeDate = date;
    this.#openDay(date, button);
  }

  #onChipClick(event: MouseEvent): void {
    event.stopPropagation();
    const chip = event.currentTarget as HTMLElement;
    const occurrence = this.#occurrenceOf(chip);
    if (occurrence) this.#openEvent(occurrence, chip);
  }

  /** The occurrence a chip or a row shows (its `data-occurrence`), among the shown month's events of the day it stands on. */
  #occurrenceOf(element: HTMLElement): EventOccurrence | undefined {
    const date = this.#dayOf(element);
    const data = this.load?.status === 'ready' ? this.load.data : undefined;
    return date && data ? this.#byDay(data).get(date)?.find((o) => o.occurrenceId === element.dataset.occurrence) : undefined;
  }

  #renderList(month: CalendarMonth, data: RangeData | undefined, load: Load | undefined): TemplateResult {
    if (!data) {
      // A failed load has said so above, with its retry: no skeleton that would never end.
      const loading = load?.status !== 'error';
      return html`<div part="list" class="list" aria-busy=${loading ? 'true' : 'false'}>
        ${loading
          ? html`<div class="skeleton" aria-hidden="true"><span class="skeleton-line"></span><span class="skeleton-line"></span><span class="skeleton-line"></span></div>
              <span class="visually-hidden">${this.t('state.loading')}</span>`
          : nothing}
      </div>`;
    }
    // One row per event on each of its days in the month (an empty month is said above the list).
    let rows = 0;
    for (const list of this.#daysOfMonth(data)) rows += list.length;
    const byDay = this.#byDay(data);
    const first = firstOfMonth(month);
    const last = lastOfMonth(month);
    // Days with events, and days the hall is closed (so 元日 shows even without events).
    const inMonth = (day: string) => day >= first && day <= last;
    const days = [...new Set([...byDay.keys(), ...[...data.days.values()].filter((d) => d.closed !== null).map((d) => d.date)])].filter(inMonth).sort();
    const today = this.#today;
    const dayLevel = this.#levels.sub;
    return html`
      <div part="list" class="list ${rows > LONG_LIST_ROWS ? 'long' : ''}" @focusin=${this.#onListFocusin}>
        ${days.map((day) => {
          const info = data.days.get(day);
          const holiday = info?.holiday ? localized(info.holiday, this.language) : undefined;
          const closed = info?.closed === 'year_end' ? this.t('calendar.yearEnd') : info?.closed ? this.t('calendar.closed') : undefined;
          const events = byDay.get(day) ?? [];
          const isToday = day === today;
          // A group under its heading, not a <section> with a name: that would make each day a landmark.
          return html`<div class="list-day ${isToday ? 'today' : ''}" role="group" aria-labelledby="list-${day}" data-day=${day}>
            <div class="list-date ${columnOf(day, 'sun') === 0 || holiday ? 'sun' : columnOf(day, 'sun') === 6 ? 'sat' : ''}" id="list-${day}" role="heading" aria-level=${dayLevel} data-list-date=${day} tabindex="-1">
              ${isToday ? html`<span class="today-mark">${this.t('calendar.today.marker')}</span> ` : nothing}${this.fmt.date(japanNoon(day))}
              ${holiday ? html`<span class="day-note" lang=${holiday.lang}>${holiday.text}</span>` : nothing}
              ${closed ? html`<span class="day-note">${closed}</span>` : nothing}
            </div>
            ${events.length > 0
              ? html`<ul class="list-events">
                  ${events.map((e) => this.#renderListEvent(e))}
                </ul>`
              : nothing}
          </div>`;
        })}
      </div>
    `;
  }

  /**
   * An event as a row of the list or of a day's dialog: time, title and category, one button.
   * One template per row, and one listener for all rows (as the grid's chips): a month's list can
   * hold a thousand rows, and a new closure each would be a listener removed and added again for
   * each of them whenever the list renders.
   */
  #renderListEvent(occurrence: EventOccurrence): TemplateResult {
    const title = localized(occurrence.title, this.language);
    const session = this.#sessionLabel(occurrence);
    return html`<li>
      <button
        part=${eventParts(occurrence)}
        class="list-event"
        type="button"
        data-category=${occurrence.category}
        data-occurrence=${occurrence.occurrenceId}
        @click=${this.#onListEventClick}
      >
        <span class="list-time"
          >${occurrence.allDay ? this.t('time.allDay') : this.fmt.timeRange(occurrence.start, occurrence.end)}<span class="list-session" ?hidden=${!session}
            >${session}</span
          ></span
        >
        <span class="list-title" lang=${title.lang}>${title.text}</span>
        <span part="event-category" class="badge">${categoryLabel(occurrence.category, (key) => this.t(key))}</span>
      </button>
    </li>`;
  }

  /**
   * A row's click: the occurrence from the row's day (its list day, or the day whose dialog holds
   * it). From a day's dialog the detail offers "back" to that day; from the list focus returns
   * to the row.
   */
  #onListEventClick(event: MouseEvent): void {
    const row = event.currentTarget as HTMLElement;
    const dialogDay = row.closest<HTMLElement>('[data-dialog-day]')?.dataset.dialogDay;
    const occurrence = this.#occurrenceOf(row);
    if (!occurrence) return;
    if (dialogDay) this.#openEvent(occurrence, undefined, dialogDay);
    else this.#openEvent(occurrence, row);
  }

  #renderDialog(content: DialogContent, data: RangeData | undefined): TemplateResult {
    const close = html`<button class="close-button" type="button" @click=${this.#closeDialog} aria-label=${this.t('action.close')}>
      <span aria-hidden="true">×</span>
    </button>`;
    if (content.kind === 'day') {
      const events = data ? (this.#byDay(data).get(content.date) ?? []) : [];
      const dateText = this.fmt.date(japanNoon(content.date));
      return html`
        <div class="dialog-header">
          <h2 id="dialog-title" class="dialog-title" tabindex="-1">${this.t('calendar.eventsOn', { date: dateText })}</h2>
          ${close}
        </div>
        ${!data
          ? // The month is still loading, or failed: not "no events" about a day not yet known.
            this.load?.status === 'error'
            ? html`<p class="state-error-message">${errorMessage(this.language, this.load.error)}</p>`
            : html`<p role="status">${this.t('state.loading')}</p>`
          : events.length === 0
          ? html`<p class="state-empty">${this.t('calendar.dayEmpty')}</p>`
          : html`<ul class="list-events" data-dialog-day=${content.date}>
              ${events.map((e) => this.#renderListEvent(e))}
            </ul>`}
      `;
    }
    // The hall's latest word on it (places left, 満席) once the month is revalidated; as opened if it is gone.
    const occurrence = data?.events.find((o) => o.occurrenceId === content.occurrence.occurrenceId) ?? content.occurrence;
    const client = this.client;
    return html`
      <div class="dialog-header">
        <h2 id="dialog-title" class="dialog-title" tabindex="-1">${text(localized(occurrence.title, this.language), this.language)}</h2>
        ${close}
      </div>
      ${content.fromDay
        ? html`<button class="back-button" type="button" @click=${() => this.#showDialog({ kind: 'day', date: content.fromDay!, returnTo: occurrence.occurrenceId }, undefined)}>
            ${this.t('event.back', { date: this.fmt.date(japanNoon(content.fromDay)) })}
          </button>`
        : nothing}
      ${renderEventDetail(occurrence, {
        lang: this.language,
        fmt: this.fmt,
        t: (key, ...params) => this.t(key, ...params),
        venues: this.venues,
        // In English, the file's texts too; Japanese is the API's default (and the shorter, shared address).
        icsUrl: client ? client.events.icsUrl(occurrence.id, this.language === 'en' ? { lang: 'en' } : {}) : '',
        labelJapanTime: this.#abroad,
        now: (this.now ?? new Date()).getTime(),
      })}
    `;
  }
}
