/**
 * `<hall-event-calendar>` in every state: the month grid and the list, both
 * languages and the Japanese era, weeks from Monday, holidays and the year-end
 * closure, empty, loading, error and retry, long titles, a crowded day, a narrow
 * container, the dark theme, the detail and day dialogs, keyboard moves, the
 * category filter, and hostile data. The fake API (.storybook/fake-client.ts)
 * answers with December 2026 and January 2027; `month` and `now` are fixed, so
 * the stories look the same whatever today is.
 */
import '@promotion-hall/elements/define/hall-event-calendar.js';
import type { HallEventCalendar } from '@promotion-hall/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { monthEvents } from '../.storybook/fake-client.js';
import type { HallStoryArgs } from '../.storybook/preview.js';
import { expectErrorWithRetry, hall, INHERITED_DOCS_ONLY, langOf, nothingRan, present, text, watchAlerts, widget } from './support/play.js';

/** "Now" for every story: Thursday 10 December 2026, 10:00 in Japan. */
const NOW = new Date('2026-12-10T10:00:00+09:00');

interface CalendarArgs extends HallStoryArgs {
  month: string;
  view: 'month' | 'list';
  'week-start': 'sun' | 'mon';
  'max-events': number;
  era: boolean;
  categories: string;
  street: string;
  /** The element's own language; unset, it speaks the provider's (the toolbar's). */
  lang: 'ja' | 'en' | undefined;
  /** "Now", for today's cell (a property, not an attribute). */
  now: Date;
  onHallEventSelect: (event: Event) => void;
  onHallRangeChange: (event: Event) => void;
}

const calendar = (args: CalendarArgs) => html`
  <hall-event-calendar
    theme=${args.theme}
    month=${args.month}
    view=${args.view}
    week-start=${args['week-start']}
    max-events=${args['max-events']}
    ?era=${args.era}
    categories=${ifDefined(args.categories || undefined)}
    street=${ifDefined(args.street || undefined)}
    lang=${ifDefined(args.lang)}
    .now=${args.now}
    @hall-event-select=${args.onHallEventSelect}
    @hall-range-change=${args.onHallRangeChange}
  ></hall-event-calendar>
`;

// ---- helpers for the play functions ---------------------------------------------

const { element, shadow, part, parts } = widget<HallEventCalendar>('hall-event-calendar');

const cell = (canvas: HTMLElement, date: string) => shadow(canvas).querySelector<HTMLElement>(`[role="gridcell"][data-date="${date}"]`);
const dialog = (canvas: HTMLElement) => shadow(canvas).querySelector<HTMLDialogElement>('dialog');


/** Waits until the month grid has its data. */
const gridLoaded = (canvas: HTMLElement) => waitFor(() => expect(part(canvas, 'grid')).toHaveAttribute('aria-busy', 'false'), { timeout: 3000 });

/** Waits until the list has its data (events or the empty message). */
const listLoaded = (canvas: HTMLElement) =>
  waitFor(() => expect(part(canvas, 'list') && !part(canvas, 'list')!.hasAttribute('aria-busy') && !part(canvas, 'list')!.querySelector('.skeleton')).toBe(true), {
    timeout: 3000,
  });

/** The element's box holds everything: no text or control sticks out sideways. */
async function expectNoSidewaysOverflow(canvas: HTMLElement): Promise<void> {
  const el = element(canvas);
  await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  const base = part(canvas, 'base')!;
  await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
}



// ---- the stories ----------------------------------------------------------------

/**
 * Members the manifest lists that the stories set otherwise: the properties behind the
 * attributes above, `api-base` (the provider gives the client) and the read-only getters.
 * Listed in the docs, without a control.
 */
const docsOnly: Record<string, { control: false }> = {
  ...INHERITED_DOCS_ONLY,
  weekStart: { control: false },
  maxEvents: { control: false },
};

const meta = {
  title: 'Elements/Event calendar',
  component: 'hall-event-calendar',
  render: calendar,
  args: {
    month: '2026-12',
    view: 'month',
    'week-start': 'sun',
    'max-events': 3,
    era: false,
    categories: '',
    street: '',
    lang: undefined,
    now: NOW,
    onHallEventSelect: fn(),
    onHallRangeChange: fn(),
  },
  argTypes: {
    theme: { table: { disable: true } },
    view: { control: 'inline-radio', options: ['month', 'list'] },
    'week-start': { control: 'inline-radio', options: ['sun', 'mon'] },
    'max-events': { control: { type: 'number', min: 1, max: 10 } },
    now: { control: false },
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
    street: { control: 'select', options: ['', 'sakura-dori', 'midorizaka'] },
    ...docsOnly,
  },
  parameters: hall('calendar'),
} satisfies Meta<CalendarArgs>;
export default meta;
type Story = StoryObj<CalendarArgs>;

/** December 2026 as a grid, today (10 December) marked, the year-end closure from the 29th. */
export const MonthGrid: Story = {
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    const lang = langOf(globals);
    await expect(text(part(canvasElement, 'heading'))).toBe(lang === 'ja' ? '2026年12月' : 'December 2026');
    const today = cell(canvasElement, '2026-12-10');
    await expect(today).toHaveAttribute('aria-current', 'date');
    await expect(today?.getAttribute('part')).toContain('day-today');
    await expect(today).toHaveAttribute('tabindex', '0');
    // The all-day fair covers the 5th and the 6th, not the 7th (its end is midnight).
    for (const date of ['2026-12-05', '2026-12-06']) await expect(cell(canvasElement, date)?.querySelector('[data-category="fair"]')).toBeTruthy();
    await expect(cell(canvasElement, '2026-12-07')?.querySelector('[data-category="fair"]')).toBeNull();
    // 29–31 December: the hall's year-end closure.
    const closed = cell(canvasElement, '2026-12-29');
    await expect(closed?.getAttribute('part')).toContain('day-holiday');
    await expect(text(closed)).toContain(lang === 'ja' ? '年末年始休館' : 'Closed for the New Year');
    // 30 November and 1–2 January are shown but belong to other months.
    await expect(cell(canvasElement, '2026-11-30')?.getAttribute('part')).toContain('day-outside');
    await expect(parts(canvasElement, 'event').length).toBeGreaterThanOrEqual(25);
    await expect(part(canvasElement, 'empty')).toBeNull();
  },
};

/** The same month as a list (agenda): one heading per day with events. */
export const ListView: Story = {
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    await listLoaded(canvasElement);
    await expect(part(canvasElement, 'grid')).toBeNull();
    const pressed = parts(canvasElement, 'view-button').map((button) => button.getAttribute('aria-pressed'));
    await expect(pressed).toEqual(['false', 'true']);
    // Only December's days (30 November belongs to the grid's range, not to the month).
    const days = [...part(canvasElement, 'list')!.querySelectorAll('[role="heading"][aria-level="3"]')];
    await expect(days.length).toBeGreaterThanOrEqual(20);
    await expect(part(canvasElement, 'list')!.querySelector('#list-2026-11-30')).toBeNull();
    await expect(parts(canvasElement, 'event-category').length).toBe(parts(canvasElement, 'event').length);
  },
};

/** `lang="en"` on the element wins over the page; a title without English stays Japanese, marked `lang="ja"`. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    await expect(text(part(canvasElement, 'heading'))).toBe('December 2026');
    await expect(part(canvasElement, 'base')).toHaveAttribute('lang', 'en');
    await expect(text(part(canvasElement, 'today-button'))).toBe('Today');
    const japaneseOnly = cell(canvasElement, '2026-12-22')?.querySelector('.chip-title');
    await expect(japaneseOnly).toHaveAttribute('lang', 'ja');
    await expect(text(japaneseOnly)).toBe('小さなお店のためのSNS活用講座');
  },
};

/** `era`: years in the Japanese calendar (令和8年12月). */
export const JapaneseEra: Story = {
  args: { era: true },
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    const heading = text(part(canvasElement, 'heading'));
    if (langOf(globals) === 'ja') await expect(heading).toBe('令和8年12月');
    // English writes the era before its year ("8 Reiwa", as Intl has it, reads as a date).
    else await expect(heading).toBe('December Reiwa 8');
  },
};

/** `week-start="mon"`: weeks run Monday to Sunday (30 November to 3 January). */
export const WeekStartsMonday: Story = {
  args: { 'week-start': 'mon' },
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    const headers = [...shadow(canvasElement).querySelectorAll('[role="columnheader"] .visually-hidden')].map(text);
    await expect(headers[0]).toBe(langOf(globals) === 'ja' ? '月曜日' : 'Monday');
    await expect(headers[6]).toBe(langOf(globals) === 'ja' ? '日曜日' : 'Sunday');
    const cells = [...shadow(canvasElement).querySelectorAll<HTMLElement>('[role="gridcell"]')];
    await expect(cells[0]?.dataset['date']).toBe('2026-11-30');
    await expect(cells.at(-1)?.dataset['date']).toBe('2027-01-03');
  },
};

/** January 2027: 元日 and the year-end closure (29 December – 3 January), 成人の日 (the hall is closed). */
export const January2027: Story = {
  args: { month: '2027-01' },
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    const ja = langOf(globals) === 'ja';
    await expect(text(part(canvasElement, 'heading'))).toBe(ja ? '2027年1月' : 'January 2027');
    const newYear = cell(canvasElement, '2027-01-01');
    await expect(newYear?.getAttribute('part')).toContain('day-holiday');
    await expect(text(newYear)).toContain(ja ? '元日' : "New Year's Day");
    await expect(text(newYear)).toContain(ja ? '年末年始休館' : 'Closed for the New Year');
    const comingOfAge = cell(canvasElement, '2027-01-11');
    await expect(text(comingOfAge)).toContain(ja ? '成人の日' : 'Coming of Age Day');
    await expect(text(comingOfAge)).toContain(ja ? '休館日' : 'Hall closed');
    for (const date of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-02', '2027-01-03']) {
      await expect(cell(canvasElement, date)?.getAttribute('part')).toContain('day-holiday');
    }
    await expect(cell(canvasElement, '2027-01-04')?.getAttribute('part')).not.toContain('day-holiday');
    // Today (10 December) is not in this month: no cell is marked, the 1st takes the focus stop.
    await expect(shadow(canvasElement).querySelector('[aria-current="date"]')).toBeNull();
    await expect(newYear).toHaveAttribute('tabindex', '0');
  },
};

/** A month without events: the grid (holidays still marked) and a message. */
export const Empty: Story = {
  parameters: hall('empty'),
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    await expect(text(part(canvasElement, 'empty'))).toBe(langOf(globals) === 'ja' ? 'この月の予定はありません。' : 'No events this month.');
    await expect(parts(canvasElement, 'event')).toHaveLength(0);
    await expect(cell(canvasElement, '2026-12-29')?.getAttribute('part')).toContain('day-holiday');
  },
};

/** The API never answers: the grid's skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  parameters: hall('loading'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'grid')).toHaveAttribute('aria-busy', 'true'));
    await expect(shadow(canvasElement).querySelectorAll('.chip-skeleton').length).toBeGreaterThanOrEqual(28);
    await expect(parts(canvasElement, 'event')).toHaveLength(0);
  },
};

/** Every request fails: a message (`role="alert"`) and a retry button. */
export const Failed: Story = {
  name: 'Error',
  parameters: hall('error'),
  play: async ({ canvasElement }) => expectErrorWithRetry(canvasElement, shadow, ['event']),
};

/** Every request fails on a phone (the list): the message and its retry, and no skeleton under them. */
export const ErrorOnAPhone: Story = {
  parameters: hall('error'),
  render: (args) => html`<div class="hall-story-360">${calendar(args)}</div>`,
  play: async ({ canvasElement }) => {
    await expectErrorWithRetry(canvasElement, shadow, ['event', 'grid']);
    await expect(part(canvasElement, 'list')).toHaveAttribute('aria-busy', 'false');
    await expect(shadow(canvasElement).querySelector('.skeleton')).toBeNull();
  },
};

/** The first load fails; "retry" loads again and December's three events appear. */
export const ErrorThenRetry: Story = {
  parameters: hall('error-once'),
  play: async ({ canvasElement }) => {
    const retry = await present(() => part(canvasElement, 'retry-button'), 'the retry button');
    await userEvent.click(retry);
    await gridLoaded(canvasElement);
    await expect(part(canvasElement, 'error')).toBeNull();
    await expect(parts(canvasElement, 'event')).toHaveLength(3);
    // The retry button is gone: focus is on the chosen day, not lost to <body>.
    const calendar = canvasElement.querySelector('hall-event-calendar')!;
    await expect(calendar.shadowRoot!.activeElement?.getAttribute('role')).toBe('gridcell');
  },
};

/** Titles far longer than a day cell: cut with an ellipsis in the grid, nothing sticks out. */
export const LongJapaneseTitles: Story = {
  parameters: hall('long-titles'),
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    await expect(parts(canvasElement, 'event')).toHaveLength(4);
    await expectNoSidewaysOverflow(canvasElement);
  },
};

/** The long titles in the list: they wrap, in full. */
export const LongJapaneseTitlesList: Story = {
  args: { view: 'list' },
  parameters: hall('long-titles'),
  play: async ({ canvasElement }) => {
    await listLoaded(canvasElement);
    await expect(parts(canvasElement, 'event')).toHaveLength(4);
    await expectNoSidewaysOverflow(canvasElement);
  },
};

/** The long titles in a 360 px column (the list): they wrap, nothing sticks out. */
export const LongJapaneseTitlesNarrow: Story = {
  parameters: hall('long-titles'),
  render: (args) => html`<div class="hall-story-360">${calendar(args)}</div>`,
  play: async ({ canvasElement }) => {
    await listLoaded(canvasElement);
    await expect(parts(canvasElement, 'event')).toHaveLength(4);
    await expectNoSidewaysOverflow(canvasElement);
  },
};

/** 43 events on 16 December: two show, then "+41 more". */
export const CrowdedDay: Story = {
  parameters: hall('crowded'),
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    const day = cell(canvasElement, '2026-12-16')!;
    await expect(day.querySelectorAll('[part~="event"]')).toHaveLength(2);
    const more = day.querySelector('[part~="more-button"]');
    await expect(text(more)).toContain(langOf(globals) === 'ja' ? '他41件' : '+41 more');
  },
};

/** "+N more" opens the day's dialog with all 43 events. */
export const CrowdedDayDialog: Story = {
  parameters: hall('crowded'),
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    await userEvent.click(cell(canvasElement, '2026-12-16')!.querySelector<HTMLElement>('[part~="more-button"]')!);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    await expect(dialog(canvasElement)!.querySelectorAll('[part~="event"]')).toHaveLength(43);
    await waitFor(() => expect(shadow(canvasElement).activeElement?.id).toBe('dialog-title'));
  },
};

/** In a 360 px column the calendar switches to the list, without the view buttons. */
export const NarrowContainer: Story = {
  render: (args) => html`<div class="hall-story-360">${calendar(args)}</div>`,
  play: async ({ canvasElement }) => {
    await listLoaded(canvasElement);
    await expect(part(canvasElement, 'grid')).toBeNull();
    await expect(parts(canvasElement, 'view-button')).toHaveLength(0);
    await expect(parts(canvasElement, 'event').length).toBeGreaterThanOrEqual(20);
    await expectNoSidewaysOverflow(canvasElement);
  },
};

/**
 * A busy month on a phone: over 300 rows in the list. The days far below are not drawn until they
 * scroll near (`content-visibility: auto`), yet every row is in the page for the keyboard and
 * screen readers; a row's focus ring is drawn inside it.
 */
export const BusyMonthOnAPhone: Story = {
  parameters: hall('busy'),
  render: (args) => html`<div class="hall-story-360">${calendar(args)}</div>`,
  play: async ({ canvasElement }) => {
    await listLoaded(canvasElement);
    const list = part(canvasElement, 'list')!;
    await expect(list.classList.contains('long')).toBe(true);
    await expect(list.querySelectorAll('[part~="event"]').length).toBeGreaterThan(300);
    const lastDay = list.querySelector<HTMLElement>('[data-day="2026-12-31"] [role="heading"]')!;
    await waitFor(() => expect(lastDay.checkVisibility({ contentVisibilityAuto: true })).toBe(false));
    await expectNoSidewaysOverflow(canvasElement);
  },
};

/** `theme="dark"` (the toolbar's theme, fixed to dark here). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    await expect(element(canvasElement)).toHaveAttribute('theme', 'dark');
    await expect(getComputedStyle(element(canvasElement)).colorScheme).toBe('dark');
  },
};

/**
 * A page styling events by category through their parts (`::part(category-fair)`): fairs get their
 * own bar colour. The colour adds to the category the detail names; it never says it alone.
 */
export const StyledByCategory: Story = {
  render: (args) => html`
    <style>
      hall-event-calendar::part(category-fair) {
        border-inline-start-color: rgb(179, 84, 30);
      }
    </style>
    ${calendar(args)}
  `,
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    const bar = (category: string) => getComputedStyle(parts(canvasElement, 'event').find((event) => event.dataset['category'] === category)!).borderInlineStartColor;
    await expect(bar('fair')).toBe('rgb(179, 84, 30)');
    await expect(bar('seminar')).not.toBe('rgb(179, 84, 30)');
  },
};

/** Clicking an event opens its detail (with the room from `GET /venues`) and tells the page `hall-event-select`. */
export const EventDetail: Story = {
  play: async ({ canvasElement, globals, args }) => {
    await gridLoaded(canvasElement);
    const ja = langOf(globals) === 'ja';
    const first = await present(() => part(canvasElement, 'event'), 'an event');
    await userEvent.click(first);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    const box = dialog(canvasElement)!;
    await expect(text(box.querySelector('#dialog-title'))).toBe(ja ? '創業なんでも相談会' : 'Start-up drop-in consultations');
    // Room names arrive with the venues, after the dialog opened.
    await waitFor(() => expect(text(box)).toContain(ja ? '相談室' : 'Consultation room'));
    await expect(text(box)).toContain(ja ? '産業振興会館' : 'Industry Promotion Hall');
    await expect(box.querySelector('[part~="ics-link"]')).toBeTruthy();
    await expect(box.querySelector('[part~="google-link"]')?.getAttribute('href')).toMatch(/^https:\/\/calendar\.google\.com\//);
    await waitFor(() => expect(shadow(canvasElement).activeElement?.id).toBe('dialog-title'));
    await expect(args.onHallEventSelect).toHaveBeenCalledWith(
      expect.objectContaining({
        detail: { id: 'monday-consultation', occurrenceId: 'monday-consultation@2026-11-30', category: 'consultation_fair' },
      }),
    );
  },
};

/** A course's detail while its lottery takes applications: the sessions, the application period, the fee with its note, and the register link. */
export const CourseDetail: Story = {
  args: { now: new Date('2026-11-10T10:00:00+09:00') },
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    const ja = langOf(globals) === 'ja';
    await userEvent.click(cell(canvasElement, '2026-12-02')!.querySelector<HTMLElement>('[part~="event"]')!);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    const box = dialog(canvasElement)!;
    await expect(box.querySelectorAll('.sessions li')).toHaveLength(3);
    await expect(text(box)).toContain(ja ? '抽選' : 'By lottery');
    await expect(box.querySelector('[part~="register-link"]')).toHaveAttribute('href', 'https://hall.example.jp/apply/excel-course');
    await waitFor(() => expect(text(box)).toContain(ja ? 'パソコン研修室' : 'Computer room'));
  },
};

/** A course is on each of its session days: the chip says which session, and its detail marks that session in the schedule. */
export const CourseLaterSession: Story = {
  args: { now: new Date('2026-12-05T10:00:00+09:00') },
  play: async ({ canvasElement, globals }) => {
    await gridLoaded(canvasElement);
    const ja = langOf(globals) === 'ja';
    const chip = cell(canvasElement, '2026-12-09')!.querySelector<HTMLElement>('[part~="event"][data-occurrence^="excel-course@"]')!;
    await expect(text(chip.querySelector('.chip-time'))).toBe(ja ? '14:00 第2回' : '2:00 PM Session 2');
    await userEvent.click(chip);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    const box = dialog(canvasElement)!;
    const marked = box.querySelectorAll('.sessions li.current-session');
    await expect(marked).toHaveLength(1);
    await expect(text(marked[0]!)).toContain(ja ? '第2回' : 'Session 2');
    await expect(text(marked[0]!)).toContain(ja ? 'この回' : 'this session');
  },
};

/** Keyboard: arrows move the focus between days, PageDown goes to the next month, Enter opens the day. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, args }) => {
    await gridLoaded(canvasElement);
    cell(canvasElement, '2026-12-10')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(shadow(canvasElement).activeElement).toBe(cell(canvasElement, '2026-12-11')));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(shadow(canvasElement).activeElement).toBe(cell(canvasElement, '2026-12-18')));
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(shadow(canvasElement).activeElement).toBe(cell(canvasElement, '2027-01-18')));
    await expect(args.onHallRangeChange).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { from: '2026-12-27', to: '2027-02-06', month: '2027-01', view: 'month' } }),
    );
    await gridLoaded(canvasElement);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    await expect(dialog(canvasElement)!.querySelectorAll('[part~="event"]')).toHaveLength(1);
  },
};

/** `categories="seminar briefing"`: only those are loaded, and the filter bar offers just them. */
export const Categories: Story = {
  args: { categories: 'seminar briefing' },
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    const categories = () => new Set(parts(canvasElement, 'event').map((event) => event.dataset['category']));
    await expect(categories()).toEqual(new Set(['seminar', 'briefing']));
    const boxes = [...part(canvasElement, 'filter')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    await expect(boxes).toHaveLength(2);
    await userEvent.click(boxes[1]!);
    await waitFor(() => expect(categories()).toEqual(new Set(['seminar'])));
  },
};

/** `street="sakura-dori"`: a street's site shows its own events and the hall's, not other streets' (`streetId` and `includeHall` in the request). */
export const OneStreet: Story = {
  args: { street: 'sakura-dori' },
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    const streetOf = new Map(monthEvents.map((event) => [event.occurrenceId, event.streetId]));
    const shown = parts(canvasElement, 'event').map((event) => streetOf.get(event.dataset['occurrence'] ?? ''));
    await expect(shown).toContain('sakura-dori');
    await expect(shown).toContain(null);
    await expect(new Set(shown)).toEqual(new Set(['sakura-dori', null]));
  },
};

/**
 * Hostile data: markup and script in titles, places, organiser, fee note and
 * description show as text; a registration link with `user@host` is left out,
 * a link with `<script>` in its query is escaped; nothing runs.
 */
export const NaughtyStrings: Story = {
  parameters: hall('naughty'),
  beforeEach: watchAlerts,
  play: async ({ canvasElement }) => {
    await gridLoaded(canvasElement);
    const root = shadow(canvasElement);
    const titles = [...root.querySelectorAll('.chip-title')].map(text);
    await expect(titles).toContain('<script>alert(1)</script>');
    await expect(titles).toContain('<img src=x onerror=alert(1)>');
    await userEvent.click([...root.querySelectorAll<HTMLElement>('[part~="event"]')].find((e) => text(e).includes('<script>'))!);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true));
    const box = dialog(canvasElement)!;
    await expect(text(box.querySelector('#dialog-title'))).toBe('<script>alert(1)</script>');
    await expect(text(box)).toContain('"><iframe src="javascript:alert(1)"></iframe>');
    await expect(text(box)).toContain('<img src=x onerror=alert(1)>');
    await expect(text(box.querySelector('.description'))).toContain('javascript:alert(1)');
    await expect(box.querySelector('[part~="register-link"]')).toBeNull();
    await expect(box.querySelector('[part~="event-link"]')?.getAttribute('href')).toBe('https://hall.example.jp/events/?q=%3Cscript%3Ealert(1)%3C/script%3E');
    await expect(root.querySelector('script, img, svg, iframe, b, a[href^="javascript:"], style')).toBeNull();
    await nothingRan();
  },
};

/** A `javascript:` registration URL breaks the contract: the SDK refuses the answer and the calendar shows its error. */
export const JavascriptUrlRefused: Story = {
  parameters: hall('naughty-url'),
  beforeEach: watchAlerts,
  play: async ({ canvasElement }) => {
    await present(() => shadow(canvasElement).querySelector('[role="alert"]'), 'the error message');
    await expect(parts(canvasElement, 'event')).toHaveLength(0);
    await expect(shadow(canvasElement).querySelector('a[href^="javascript:"]')).toBeNull();
    await nothingRan();
  },
};

/** Today on a Sunday and on a holiday: today's number keeps its contrast over the red of Sundays and holidays. */
export const TodayIsSunday: Story = {
  args: { now: new Date('2026-12-13T10:00:00+09:00') },
};

export const TodayIsAHoliday: Story = {
  args: { month: '2027-01', now: new Date('2027-01-11T10:00:00+09:00') },
};

/** The list in January: 元日 and the year-end closure show as days, events or not, and today is marked. */
export const ListWithClosures: Story = {
  args: { month: '2027-01', view: 'list', now: new Date('2027-01-11T10:00:00+09:00') },
};
