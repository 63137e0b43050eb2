/**
 * `<hall-consultation-booking>` in every step and state: the menu (and a menu fixed
 * by `service`), the dates and times, the details (empty, with errors, tidied), the
 * review, sending, the confirmation; a time taken meanwhile (409), a lost answer and
 * "send again", a field the server refuses (422), too many requests (429); English,
 * the dark theme, a narrow container; a booking shown with its manage token,
 * cancelled, and past its cancellation cutoff; loading and error. The fake API
 * (.storybook/fake-client.ts) answers with four menus and their times over the next
 * weeks; `now` is fixed to 10:00 on Wednesday 9 December 2026, so the stories look
 * the same whatever today is.
 */
import '@promotion-hall/elements/define/hall-consultation-booking.js';
import type { HallConsultationBooking } from '@promotion-hall/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { MANAGE_REFERENCE, MANAGE_TOKEN } from '../.storybook/fake-client.js';
import type { HallStoryArgs } from '../.storybook/preview.js';
import { expectErrorWithRetry, hall, INHERITED_DOCS_ONLY, langOf, present, text, widget } from './support/play.js';

/** "Now" for every story: Wednesday 9 December 2026, 10:00 in Japan (the fake API's clock too). */
const NOW = new Date('2026-12-09T10:00:00+09:00');

interface BookingArgs extends HallStoryArgs {
  service: string;
  source: string;
  reference: string;
  'manage-token': string;
  era: boolean;
  /** The element's own language; unset, it speaks the provider's (the toolbar's). */
  lang: 'ja' | 'en' | undefined;
  /** "Now", for the bookable days and the cancellation cutoff (a property, not an attribute). */
  now: Date;
  onHallBookingSubmit: (event: Event) => void;
  onHallBookingComplete: (event: Event) => void;
}

const booking = (args: BookingArgs) => html`
  <hall-consultation-booking
    theme=${args.theme}
    service=${ifDefined(args.service || undefined)}
    source=${ifDefined(args.source || undefined)}
    reference=${ifDefined(args.reference || undefined)}
    manage-token=${ifDefined(args['manage-token'] || undefined)}
    ?era=${args.era}
    lang=${ifDefined(args.lang)}
    .now=${args.now}
    @hall-booking-submit=${args.onHallBookingSubmit}
    @hall-booking-complete=${args.onHallBookingComplete}
  ></hall-consultation-booking>
`;

// ---- helpers for the play functions ---------------------------------------------

const { element, shadow, part, parts } = widget<HallConsultationBooking>('hall-consultation-booking');

const find = <T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string) => shadow(canvas).querySelector<T>(selector);
const focused = (canvas: HTMLElement) => shadow(canvas).activeElement;
const day = (canvas: HTMLElement, date: string) => find(canvas, `[role="gridcell"][data-date="${date}"]`);
const field = (canvas: HTMLElement, id: string) => find<HTMLInputElement>(canvas, `#${id}`);

type Lang = 'ja' | 'en';
type Step = 'service' | 'slot' | 'details' | 'review' | 'done';

/** What the catalogues say, as far as the play functions check it. */
const WORDS = {
  ja: {
    step: { service: '相談メニュー', slot: '日時', details: 'お客さま情報', review: '確認', done: '完了' },
    services: ['創業相談', '経営・資金繰り相談', '弁護士による法律相談', 'IT・DX出張相談'],
    inPerson: '来館',
    submit: 'この内容で予約する',
    sending: '送信しています…',
    sendAgain: 'もう一度送信する',
    day: { available: '空きあり', full: '満席', none: '枠なし', outside: '受付期間外', closed: '休館日' },
    newYear: '元日',
    taken: '選んだ枠は、ほかの方の予約で埋まりました。',
    sendFailed: '予約を送信できませんでした。',
    network: '通信できませんでした。',
    rateLimit: 'アクセスが集中しています。30秒ほど待ってから、もう一度お試しください。',
    notAllowed: 'このページからは予約を受け付けていません。',
    summary: (count: number) => `入力内容を確認してください(${count}件)`,
    email: 'メールアドレス',
    checkThis: '入力内容を確認してください。',
    booked: '予約済み',
    cancelled: 'この予約は取り消されました。',
    tooLate: 'オンラインでの取り消し期限を過ぎています。会館までお電話ください。',
    invalidLink: 'この予約の管理リンクは正しくありません。',
  },
  en: {
    step: { service: 'Consultation', slot: 'Date and time', details: 'Your details', review: 'Review', done: 'Done' },
    services: ['Start-up consultation', 'Management and cash-flow consultation', 'Legal consultation with a lawyer', 'IT and digitalisation, at your business'],
    inPerson: 'At the hall',
    submit: 'Book this consultation',
    sending: 'Sending…',
    sendAgain: 'Send again',
    day: { available: 'Free times', full: 'Full', none: 'No times', outside: 'Not bookable', closed: 'Closed' },
    newYear: "New Year's Day",
    taken: 'Someone has just booked the time you chose.',
    sendFailed: 'Your booking could not be sent.',
    network: 'Could not connect.',
    rateLimit: 'Too many requests right now. Please wait about 30 seconds and try again.',
    notAllowed: 'Bookings cannot be made from this page.',
    summary: (count: number) => `Please check ${count} fields`,
    email: 'E-mail address',
    checkThis: 'Please check this.',
    booked: 'Booked',
    cancelled: 'This booking has been cancelled.',
    tooLate: 'It is too late to cancel online. Please phone the hall.',
    invalidLink: 'This booking link is not valid.',
  },
} as const;

/** Someone booking, as typed (the e-mail is the one the `booking-invalid` server refuses). */
const PERSON = { name: '鈴木 花子', furigana: 'すずき はなこ', email: 'hanako.suzuki@example.jp', phone: '03-1234-5678', topic: 'パン屋の開業資金について' } as const;

/** The first time the stories book: Friday 11 December 2026, 10:00 with Hanako Sato (the start-up menu). */
const FIRST_SLOT = { date: '2026-12-11', time: '10:00', id: 'startup.sato.20261211T1000' } as const;


/** The current step's name, as the heading shows it (screen readers hear "step 2 of 5: …"). */
const stepName = (canvas: HTMLElement) => text(find(canvas, '#step-heading [aria-hidden="true"]'));

/** Waits until the element shows `step`. */
const atStep = (canvas: HTMLElement, lang: Lang, step: Step, timeout = 3000) =>
  waitFor(() => expect(stepName(canvas)).toBe(WORDS[lang].step[step]), { timeout });

/** Waits until the date grid has its times. */
const gridLoaded = (canvas: HTMLElement) => waitFor(() => expect(part(canvas, 'day-grid')).toHaveAttribute('aria-busy', 'false'), { timeout: 3000 });

const next = async (canvas: HTMLElement) => userEvent.click(part(canvas, 'next-button')!);

/** Chooses the menu called `title` on the menu step and goes on to the dates. */
async function chooseService(canvas: HTMLElement, lang: Lang, title: string): Promise<void> {
  await atStep(canvas, lang, 'service');
  const choice = parts(canvas, 'service').find((s) => text(s.querySelector('.choice-title')) === title);
  if (!choice) throw new Error(`no menu "${title}"`);
  await userEvent.click(choice.querySelector('input')!);
  await next(canvas);
  await atStep(canvas, lang, 'slot');
  await gridLoaded(canvas);
}

/** `14:00` as the catalogue's language writes a time: `14:00` in Japanese, `2:00 PM` in English. */
function clock(lang: Lang, time: string): string {
  if (lang === 'ja') return time;
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return `${hours % 12 || 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** The time starting at `time` (`HH:MM`, Japan time) on the chosen day (its radio). */
function timeRadio(canvas: HTMLElement, lang: Lang, time: string): HTMLInputElement {
  const slot = parts(canvas, 'slot').find((s) => text(s.querySelector('.choice-title')).startsWith(clock(lang, time)));
  if (!slot) throw new Error(`no time ${time}`);
  return slot.querySelector('input')!;
}

/** Picks a day and a time, and "at the hall" when there is a choice of how to meet. */
async function chooseSlot(canvas: HTMLElement, lang: Lang, date: string, time: string): Promise<void> {
  await userEvent.click(day(canvas, date)!);
  await waitFor(() => expect(day(canvas, date)).toHaveAttribute('aria-selected', 'true'));
  await userEvent.click(await present(() => (parts(canvas, 'slot').length > 0 ? timeRadio(canvas, lang, time) : undefined), `the time ${time}`));
  await waitFor(() => expect(timeRadio(canvas, lang, time).checked).toBe(true));
  const channels = find(canvas, 'fieldset.inline');
  if (channels) {
    const atHall = [...channels.querySelectorAll('label')].find((l) => text(l) === WORDS[lang].inPerson)!;
    await userEvent.click(atHall.querySelector('input')!);
  }
}

/** From the menu to the details step: the start-up menu, 11 December at 10:00, at the hall. */
async function toDetails(canvas: HTMLElement, lang: Lang): Promise<void> {
  await chooseService(canvas, lang, WORDS[lang].services[0]);
  await chooseSlot(canvas, lang, FIRST_SLOT.date, FIRST_SLOT.time);
  await next(canvas);
  await atStep(canvas, lang, 'details');
}

/**
 * Types into an empty field of the form as a visitor would (one key at a time), then
 * leaves it. The field is focused directly: `userEvent.type` looks for the focus in the
 * document, where a shadow root's input never is (the host is); see shop-directory.stories.ts.
 */
async function typeInto(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const input = field(canvas, id);
  if (!input) throw new Error(`no field #${id}`);
  await expect(input.value).toBe('');
  input.focus();
  await userEvent.keyboard(value);
  await expect(input.value).toBe(value);
  input.blur();
}

/** Fills the details step with `PERSON` (a prospective founder, a start-up question) and both consents. */
async function fillDetails(canvas: HTMLElement): Promise<void> {
  await typeInto(canvas, 'name', PERSON.name);
  await typeInto(canvas, 'furigana', PERSON.furigana);
  await typeInto(canvas, 'email', PERSON.email);
  await typeInto(canvas, 'phone', PERSON.phone);
  await userEvent.selectOptions(field(canvas, 'applicantType')!, 'prospective_founder');
  await userEvent.selectOptions(field(canvas, 'topicCategory')!, 'startup');
  await typeInto(canvas, 'topicText', PERSON.topic);
  await userEvent.click(field(canvas, 'consentPurpose')!);
  await userEvent.click(field(canvas, 'consentPrivacy')!);
}

/** From the menu to the review: everything chosen and filled in. */
async function toReview(canvas: HTMLElement, lang: Lang): Promise<void> {
  await toDetails(canvas, lang);
  await fillDetails(canvas);
  await next(canvas);
  await atStep(canvas, lang, 'review');
}

/** The element's box holds everything: no text or control sticks out sideways. */
async function expectNoSidewaysOverflow(canvas: HTMLElement, ...boxes: Array<HTMLElement | null>): Promise<void> {
  for (const box of [element(canvas), part(canvas, 'base'), ...boxes]) {
    if (box) await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
  }
}


// ---- the stories ----------------------------------------------------------------

/**
 * Members the manifest lists that the stories set otherwise: the properties behind the
 * attributes above, `api-base` (the provider gives the client), `prefill` (an object the
 * host page sets) and the read-only getters. Listed in the docs, without a control.
 */
const docsOnly: Record<string, { control: false }> = {
  ...INHERITED_DOCS_ONLY,
  manageToken: { control: false },
  prefill: { control: false },
};

const meta = {
  title: 'Elements/Consultation booking',
  component: 'hall-consultation-booking',
  render: booking,
  args: {
    service: '',
    source: 'sakura-dori',
    reference: '',
    'manage-token': '',
    era: false,
    lang: undefined,
    now: NOW,
    onHallBookingSubmit: fn(),
    onHallBookingComplete: fn(),
  },
  argTypes: {
    theme: { table: { disable: true } },
    service: { control: 'select', options: ['', 'startup', 'management', 'legal', 'it-dx'] },
    source: { control: 'select', options: ['', 'sakura-dori', 'midorizaka', 'ekimae'] },
    now: { control: false },
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
    ...docsOnly,
  },
  parameters: hall('booking'),
} satisfies Meta<BookingArgs>;
export default meta;
type Story = StoryObj<BookingArgs>;

/** The menu: four consultations with their length, fee (one paid), how they are held and who may book them. */
export const ServiceStep: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await atStep(canvasElement, lang, 'service');
    const services = parts(canvasElement, 'service');
    await expect(services.map((s) => text(s.querySelector('.choice-title')))).toEqual([...WORDS[lang].services]);
    await expect(text(services[2])).toMatch(/[¥￥]3,000/);
    await expect(text(services[0])).toContain(lang === 'ja' ? '60分' : '60 minutes');
    // Five steps, the first current; nothing chosen yet, no way back.
    const steps = [...part(canvasElement, 'steps')!.querySelectorAll('li')];
    await expect(steps).toHaveLength(5);
    await expect(steps[0]).toHaveAttribute('aria-current', 'step');
    await expect(services.every((s) => !s.querySelector('input')!.checked)).toBe(true);
    await expect(part(canvasElement, 'back-button')).toBeNull();
  },
};

/** `service="legal"`: the menu is skipped (four steps); a lawyer's half hour is bookable two weeks ahead, at the hall only. */
export const ServiceFixed: Story = {
  args: { service: 'legal' },
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await atStep(canvasElement, lang, 'slot');
    await gridLoaded(canvasElement);
    await expect(part(canvasElement, 'steps')!.querySelectorAll('li')).toHaveLength(4);
    await expect(text(find(canvasElement, '.lead'))).toBe(WORDS[lang].services[2]);
    await expect(part(canvasElement, 'back-button')).toBeNull();
    // Thursdays only; after 23 December (two weeks) nothing is bookable yet.
    await expect(text(day(canvasElement, '2026-12-10'))).toContain(WORDS[lang].day.available);
    await expect(text(day(canvasElement, '2026-12-17'))).toContain(WORDS[lang].day.available);
    await expect(text(day(canvasElement, '2026-12-24'))).toContain(WORDS[lang].day.outside);
    // One way to meet: no choice to make.
    await chooseSlot(canvasElement, lang, '2026-12-10', '14:00');
    await expect(find(canvasElement, 'fieldset.inline')).toBeNull();
  },
};

/** "Next" with no menu chosen: the step says what is missing (`role="alert"`) and takes the focus. */
export const ServiceNotChosen: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await atStep(canvasElement, lang, 'service');
    await next(canvasElement);
    const error = await present(() => find(canvasElement, '.step-error'), 'the step error');
    await expect(text(error)).toBe(lang === 'ja' ? '相談メニューを選んでください' : 'Choose a consultation');
    await expect(error).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(focused(canvasElement)).toBe(error));
    await atStep(canvasElement, lang, 'service');
  },
};

/**
 * The dates: four weeks from Sunday 6 December; each day says why it cannot be chosen —
 * past, no times (today is too soon, the 16th the advisor is away), full (the 14th),
 * the year-end closure and 元日 from `GET /calendar`.
 */
export const SlotStep: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    const words = WORDS[lang];
    await chooseService(canvasElement, lang, words.services[0]);
    await waitFor(() => expect(focused(canvasElement)).toBe(find(canvasElement, '#step-heading')));
    const days = [...shadow(canvasElement).querySelectorAll<HTMLElement>('[role="gridcell"]')];
    await expect(days).toHaveLength(28);
    await expect(days[0]?.dataset['date']).toBe('2026-12-06');
    await expect(text(day(canvasElement, '2026-12-08'))).toContain(words.day.outside);
    await expect(text(day(canvasElement, '2026-12-09'))).toContain(words.day.none);
    await expect(text(day(canvasElement, '2026-12-11'))).toContain(words.day.available);
    await expect(text(day(canvasElement, '2026-12-14'))).toContain(words.day.full);
    await expect(text(day(canvasElement, '2026-12-16'))).toContain(words.day.none);
    await expect(text(day(canvasElement, '2026-12-29'))).toContain(words.day.closed);
    await expect(text(day(canvasElement, '2027-01-01'))).toContain(`${words.newYear} ${words.day.closed}`);
    await expect(day(canvasElement, '2026-12-14')).toHaveAttribute('aria-disabled', 'true');
    await expect(day(canvasElement, '2026-12-11')).toHaveAttribute('aria-disabled', 'false');
    // One tab stop in the grid: the first day with free times.
    await expect(shadow(canvasElement).querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
    await expect(day(canvasElement, '2026-12-11')).toHaveAttribute('tabindex', '0');
    await expect(parts(canvasElement, 'day-available').length).toBeGreaterThanOrEqual(6);
    // Nothing earlier than this window can be booked.
    await expect(find<HTMLButtonElement>(canvasElement, '.window-nav .nav-button')!.disabled).toBe(true);
  },
};

/**
 * The date grid with the keyboard alone: one tab stop; arrows move between days (past the
 * window's end the next four weeks load), Home and End go to the week's ends, Enter chooses.
 */
export const SlotKeyboard: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await chooseService(canvasElement, lang, WORDS[lang].services[0]);
    day(canvasElement, '2026-12-11')!.focus();
    const focusedDate = () => (focused(canvasElement) as HTMLElement | null)?.dataset['date'];
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(focusedDate()).toBe('2026-12-12'));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedDate()).toBe('2026-12-19'));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(focusedDate()).toBe('2026-12-13'));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(focusedDate()).toBe('2026-12-14'));
    // Full: Enter chooses nothing.
    await userEvent.keyboard('{Enter}');
    await expect(day(canvasElement, '2026-12-14')).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(focusedDate()).toBe('2026-12-19'));
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(focusedDate()).toBe('2026-12-18'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(day(canvasElement, '2026-12-18')).toHaveAttribute('aria-selected', 'true'));
    await expect(parts(canvasElement, 'slot')).toHaveLength(3);
    // Past the window's last week: the next four weeks, the focus on the same weekday.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(focusedDate()).toBe('2027-01-01'));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedDate()).toBe('2027-01-08'));
    await gridLoaded(canvasElement);
    await expect(day(canvasElement, '2027-01-03')).toBeTruthy();
    await expect(shadow(canvasElement).querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
    await waitFor(() => expect(focusedDate()).toBe('2027-01-08'));
  },
};

/** "Later weeks": 3–30 January 2027, with the last of the year-end closure and 成人の日 (the hall is closed). */
export const SlotLaterWeeks: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    const words = WORDS[lang];
    await chooseService(canvasElement, lang, words.services[0]);
    const [earlier, later] = [...shadow(canvasElement).querySelectorAll<HTMLButtonElement>('.window-nav .nav-button')];
    await userEvent.click(later!);
    await gridLoaded(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector<HTMLElement>('[role="gridcell"]')?.dataset['date']).toBe('2027-01-03'));
    await expect(text(day(canvasElement, '2027-01-03'))).toContain(words.day.closed);
    await expect(text(day(canvasElement, '2027-01-11'))).toContain(words.day.closed);
    await expect(text(day(canvasElement, '2027-01-04'))).toContain(words.day.available);
    await expect(earlier!.disabled).toBe(false);
    await expect(day(canvasElement, '2027-01-04')).toHaveAttribute('tabindex', '0');
  },
};

/** A day and a time chosen: the day marked, its times (one full), and how to meet. */
export const SlotSelected: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await chooseService(canvasElement, lang, WORDS[lang].services[0]);
    await chooseSlot(canvasElement, lang, FIRST_SLOT.date, FIRST_SLOT.time);
    await expect(day(canvasElement, FIRST_SLOT.date)?.getAttribute('part')).toContain('day-selected');
    await expect(parts(canvasElement, 'slot')).toHaveLength(3);
    await expect(timeRadio(canvasElement, lang, '15:00').disabled).toBe(true);
    await expect(text(parts(canvasElement, 'slot')[2])).toContain(WORDS[lang].day.full);
    const channels = [...find(canvasElement, 'fieldset.inline')!.querySelectorAll<HTMLInputElement>('input')];
    await expect(channels).toHaveLength(2);
    await expect(channels[0]!.checked).toBe(true);
  },
};

/** The details step before anything is typed: required fields marked, the purpose of use and the privacy notice before the consents. */
export const DetailsEmpty: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toDetails(canvasElement, lang);
    await waitFor(() => expect(focused(canvasElement)).toBe(find(canvasElement, '#step-heading')));
    for (const id of ['name', 'furigana', 'email', 'phone', 'applicantType', 'topicCategory', 'topicText']) {
      await expect(field(canvasElement, id)).toHaveAttribute('aria-invalid', 'false');
    }
    await expect(part(canvasElement, 'error-summary')).toBeNull();
    // Only the menu's own applicant types (and "—").
    await expect(find<HTMLSelectElement>(canvasElement, '#applicantType')!.options).toHaveLength(3);
    await expect(find<HTMLSelectElement>(canvasElement, '#topicCategory')!.options).toHaveLength(4);
    // The honeypot is there for robots, out of people's way.
    await expect(field(canvasElement, 'website')).toHaveAttribute('tabindex', '-1');
  },
};

/** "Next" with nothing filled in: a summary of every problem takes the focus and links to the fields, each marked `aria-invalid`. */
export const DetailsWithErrors: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toDetails(canvasElement, lang);
    await next(canvasElement);
    const summary = await present(() => part(canvasElement, 'error-summary'), 'the error summary');
    await waitFor(() => expect(focused(canvasElement)).toBe(summary));
    await expect(text(summary.querySelector('.summary-title'))).toBe(WORDS[lang].summary(8));
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    await expect(links).toEqual(['#name', '#furigana', '#email', '#phone', '#applicantType', '#topicCategory', '#consentPurpose', '#consentPrivacy']);
    for (const id of ['name', 'furigana', 'email', 'phone', 'applicantType', 'topicCategory', 'consentPurpose', 'consentPrivacy']) {
      await expect(field(canvasElement, id)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(canvasElement, id)?.getAttribute('aria-describedby')).toContain(`${id}-error`);
    }
    await expect(field(canvasElement, 'topicText')).toHaveAttribute('aria-invalid', 'false');
    await atStep(canvasElement, lang, 'details');
    // A link in the summary takes the visitor to its field.
    await userEvent.click(summary.querySelector<HTMLElement>('a[href="#email"]')!);
    await waitFor(() => expect(focused(canvasElement)).toBe(field(canvasElement, 'email')));
  },
};

/** What Japanese keyboards type, tidied on leaving the field: half-width katakana furigana, a full-width phone number with long dashes. */
export const DetailsTidied: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toDetails(canvasElement, lang);
    await typeInto(canvasElement, 'furigana', 'ｽｽﾞｷ ﾊﾅｺ');
    await typeInto(canvasElement, 'phone', '０３ー１２３４ー５６７８');
    await waitFor(() => expect(field(canvasElement, 'furigana')!.value).toBe('スズキ ハナコ'));
    await waitFor(() => expect(field(canvasElement, 'phone')!.value).toBe('03-1234-5678'));
    for (const id of ['furigana', 'phone']) {
      await expect(field(canvasElement, id)).toHaveAttribute('aria-invalid', 'false');
      await expect(find(canvasElement, `#${id}-error`)).toBeNull();
    }
  },
};

/** Everything once more before it is sent: the menu, the time in Japan time, how, and what was typed. */
export const Review: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    const review = text(find(canvasElement, '.booking'));
    for (const value of [WORDS[lang].services[0], WORDS[lang].inPerson, PERSON.name, PERSON.furigana, PERSON.email, PERSON.phone, PERSON.topic]) {
      await expect(review).toContain(value);
    }
    await expect(review).toContain(clock(lang, '10:00'));
    await expect(text(part(canvasElement, 'next-button'))).toBe(WORDS[lang].submit);
    await expect(find(canvasElement, '.send-problem')).toBeNull();
  },
};

/** The booking is on its way (the server never answers here): the button says so and sends nothing more. */
export const Sending: Story = {
  parameters: hall('booking-pending'),
  play: async ({ canvasElement, globals, args }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    await next(canvasElement);
    await waitFor(() => expect(text(part(canvasElement, 'next-button'))).toBe(WORDS[lang].sending));
    await expect(part(canvasElement, 'next-button')).toHaveAttribute('aria-disabled', 'true');
    await expect(part(canvasElement, 'back-button')).toBeDisabled();
    // Pressed again while sending: still one booking on its way.
    await next(canvasElement);
    await expect(args.onHallBookingSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onHallBookingComplete).not.toHaveBeenCalled();
  },
};

/**
 * Booked: the reference, the time, an .ics file, the management code and until when it
 * can be cancelled online; the page hears `hall-booking-submit` and `hall-booking-complete`,
 * which carry the menu, the time and the reference — never who booked.
 */
export const Confirmation: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    await next(canvasElement);
    await atStep(canvasElement, lang, 'done');
    const confirmation = part(canvasElement, 'confirmation')!;
    await expect(text(confirmation.querySelector('.reference'))).toBe('PH-4B8N2R01');
    const ics = confirmation.querySelector<HTMLAnchorElement>('a[download]')!;
    await expect(ics.href).toMatch(/^blob:/);
    await expect(ics).toHaveAttribute('download', 'PH-4B8N2R01.ics');
    await expect(text(confirmation.querySelector('.token'))).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(confirmation.querySelector<HTMLAnchorElement>('a[href*="#hall-booking=PH-4B8N2R01&token="]')).toBeTruthy();
    await waitFor(() => expect(focused(canvasElement)).toBe(find(canvasElement, '#step-heading')));
    await expect(args.onHallBookingSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { serviceId: 'startup', slotId: FIRST_SLOT.id, channel: 'in_person' } }),
    );
    await expect(args.onHallBookingComplete).toHaveBeenCalledWith(expect.objectContaining({ detail: { reference: 'PH-4B8N2R01' } }));
  },
};

/** The time was booked by someone else meanwhile (409): back at the times, freshly loaded — that time now full — with a message. */
export const SlotTaken: Story = {
  parameters: hall('booking-taken-once'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    await next(canvasElement);
    await atStep(canvasElement, lang, 'slot');
    const message = await present(() => find(canvasElement, '.send-problem'), 'the message');
    await expect(text(message)).toContain(WORDS[lang].taken);
    await waitFor(() => expect(focused(canvasElement)).toBe(message));
    await gridLoaded(canvasElement);
    // The day stays chosen; the time taken is full now.
    await expect(day(canvasElement, FIRST_SLOT.date)).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(timeRadio(canvasElement, lang, FIRST_SLOT.time).disabled).toBe(true));
    await expect(parts(canvasElement, 'slot').some((s) => s.querySelector('input')!.checked)).toBe(false);
  },
};

/** After a 409 another time is chosen: every detail typed is still there, and the booking goes through. */
export const SlotTakenThenBooked: Story = {
  parameters: hall('booking-taken-once'),
  play: async ({ canvasElement, globals, args }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    await next(canvasElement);
    await atStep(canvasElement, lang, 'slot');
    await gridLoaded(canvasElement);
    await chooseSlot(canvasElement, lang, FIRST_SLOT.date, '13:00');
    await next(canvasElement);
    await atStep(canvasElement, lang, 'details');
    for (const id of ['name', 'furigana', 'email', 'phone', 'topicText'] as const) {
      await expect(field(canvasElement, id)!.value).toBe(PERSON[id === 'topicText' ? 'topic' : id]);
    }
    await expect(field(canvasElement, 'consentPurpose')!.checked).toBe(true);
    await next(canvasElement);
    await atStep(canvasElement, lang, 'review');
    await next(canvasElement);
    await atStep(canvasElement, lang, 'done');
    await expect(args.onHallBookingSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ detail: expect.objectContaining({ slotId: 'startup.sato.20261211T1300' }) }));
  },
};

/**
 * The booking was made but its answer lost (the connection dropped): "send again"
 * repeats the same request with the same Idempotency-Key, and the server answers
 * with the first booking (PH-4B8N2R01), never a second one.
 */
export const LostAnswerThenSendAgain: Story = {
  parameters: hall('booking-lost-once'),
  play: async ({ canvasElement, globals, args }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    await next(canvasElement);
    const message = await present(() => find(canvasElement, '.send-problem'), 'the message');
    await expect(text(message)).toContain(WORDS[lang].sendFailed);
    await expect(text(message)).toContain(WORDS[lang].network);
    await waitFor(() => expect(focused(canvasElement)).toBe(message));
    await atStep(canvasElement, lang, 'review');
    await expect(text(part(canvasElement, 'next-button'))).toBe(WORDS[lang].sendAgain);
    await next(canvasElement);
    await atStep(canvasElement, lang, 'done');
    // A second booking would have found the time full (409); the replay is the first booking.
    await expect(text(part(canvasElement, 'confirmation')!.querySelector('.reference'))).toBe('PH-4B8N2R01');
    await expect(args.onHallBookingComplete).toHaveBeenCalledTimes(1);
  },
};

/** The server refuses the e-mail address the browser accepted (422): back at the details, the field marked and the summary focused. */
export const ServerFieldError: Story = {
  parameters: hall('booking-invalid'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    await next(canvasElement);
    await atStep(canvasElement, lang, 'details');
    const summary = await present(() => part(canvasElement, 'error-summary'), 'the error summary');
    await waitFor(() => expect(focused(canvasElement)).toBe(summary));
    await expect(text(summary)).toContain(`${WORDS[lang].email}: ${WORDS[lang].checkThis}`);
    await expect(field(canvasElement, 'email')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(canvasElement, 'email')!.value).toBe(PERSON.email);
    await expect(field(canvasElement, 'name')).toHaveAttribute('aria-invalid', 'false');
  },
};

/** Too many requests (429, `Retry-After: 30`): when to try again, on the review step, nothing lost. */
export const RateLimited: Story = {
  parameters: hall('booking-rate-limited'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toReview(canvasElement, lang);
    await next(canvasElement);
    const message = await present(() => find(canvasElement, '.send-problem'), 'the message');
    await expect(text(message)).toBe(WORDS[lang].rateLimit);
    await waitFor(() => expect(focused(canvasElement)).toBe(message));
    await atStep(canvasElement, lang, 'review');
    await expect(text(part(canvasElement, 'next-button'))).toBe(WORDS[lang].submit);
  },
};

/** A site the hall has not registered for bookings: said on the details step, before anything is typed. */
export const NotAllowedHere: Story = {
  parameters: hall('booking-origin-not-allowed'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await toDetails(canvasElement, lang);
    const notice = await present(() => part(canvasElement, 'not-allowed'), 'the notice');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(text(notice)).toContain(WORDS[lang].notAllowed);
    await expect(field(canvasElement, 'name')).toHaveValue('');
  },
};

/** `lang="en"` on the element wins over the page: the menu in English, fees in yen. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await atStep(canvasElement, 'en', 'service');
    await expect(part(canvasElement, 'base')).toHaveAttribute('lang', 'en');
    const services = parts(canvasElement, 'service');
    await expect(services.map((s) => text(s.querySelector('.choice-title')))).toEqual([...WORDS.en.services]);
    await expect(text(services[2])).toContain('¥3,000');
    await expect(text(services[0])).toContain('Free');
    await expect(text(services[3])).toContain('At your business');
  },
};

/** `theme="dark"` (the toolbar's theme, fixed to dark here), on the dates with a day and a time chosen. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await expect(element(canvasElement)).toHaveAttribute('theme', 'dark');
    await expect(getComputedStyle(element(canvasElement)).colorScheme).toBe('dark');
    await chooseService(canvasElement, lang, WORDS[lang].services[0]);
    await chooseSlot(canvasElement, lang, FIRST_SLOT.date, FIRST_SLOT.time);
  },
};

/** In a 360 px column: the date grid, the times and the details form fit. */
export const NarrowContainer: Story = {
  render: (args) => html`<div class="hall-story-360">${booking(args)}</div>`,
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await chooseService(canvasElement, lang, WORDS[lang].services[0]);
    await chooseSlot(canvasElement, lang, FIRST_SLOT.date, FIRST_SLOT.time);
    await expectNoSidewaysOverflow(canvasElement, part(canvasElement, 'day-grid'), ...parts(canvasElement, 'day'));
    await next(canvasElement);
    await atStep(canvasElement, lang, 'details');
    await expectNoSidewaysOverflow(canvasElement, find(canvasElement, 'form'), ...parts(canvasElement, 'field'));
  },
};

/** `reference` and `manage-token`: the booking, and "cancel" asks first (the question takes the focus). */
export const Manage: Story = {
  args: { reference: MANAGE_REFERENCE, 'manage-token': MANAGE_TOKEN },
  parameters: hall('manage'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    const manage = await present(() => part(canvasElement, 'manage'), 'the booking');
    await expect(text(manage.querySelector('.manage-status'))).toBe(WORDS[lang].booked);
    await expect(text(manage.querySelector('.reference'))).toBe(MANAGE_REFERENCE);
    await expect(text(manage)).toContain(WORDS[lang].services[0]);
    await userEvent.click(manage.querySelector<HTMLElement>('.actions .button')!);
    await waitFor(() => expect(focused(canvasElement)?.id).toBe('confirm-text'));
    await expect(find(canvasElement, '.confirm[role="group"]')).toBeTruthy();
  },
};

/** Cancelled after confirming: the status says so (and takes the focus); nothing more to cancel. */
export const ManageCancelled: Story = {
  args: { reference: MANAGE_REFERENCE, 'manage-token': MANAGE_TOKEN },
  parameters: hall('manage'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    const manage = await present(() => part(canvasElement, 'manage'), 'the booking');
    await userEvent.click(manage.querySelector<HTMLElement>('.actions .button')!);
    await userEvent.click(await present(() => find(canvasElement, '.button.danger'), 'the confirm button'));
    await waitFor(() => expect(text(find(canvasElement, '.manage-status'))).toBe(WORDS[lang].cancelled));
    await waitFor(() => expect(focused(canvasElement)).toBe(find(canvasElement, '.manage-status')));
    await expect(find(canvasElement, '.actions')).toBeNull();
  },
};

/** Past the online cancellation cutoff (48 hours before a management consultation): a note to phone the hall, no button. */
export const ManageTooLate: Story = {
  args: { reference: MANAGE_REFERENCE, 'manage-token': MANAGE_TOKEN },
  parameters: hall('manage-too-late'),
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    const manage = await present(() => part(canvasElement, 'manage'), 'the booking');
    await expect(text(manage.querySelector('.manage-status'))).toBe(WORDS[lang].booked);
    await expect(text(manage)).toContain(WORDS[lang].services[1]);
    await expect(text(manage.querySelector('.note'))).toBe(WORDS[lang].tooLate);
    await expect(manage.querySelector('button')).toBeNull();
  },
};

/** A manage link whose code does not match: said plainly, nothing else shown. */
export const ManageInvalidLink: Story = {
  args: { reference: MANAGE_REFERENCE, 'manage-token': 'x'.repeat(43) },
  parameters: hall('manage'),
  play: async ({ canvasElement, globals }) => {
    const error = await present(() => part(canvasElement, 'error'), 'the message');
    await expect(text(error)).toContain(WORDS[langOf(globals)].invalidLink);
    await expect(part(canvasElement, 'manage')).toBeNull();
  },
};

/** The API never answers: the skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  parameters: hall('loading'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'loading')).toHaveAttribute('aria-busy', 'true'));
    await expect(part(canvasElement, 'skeleton')).toBeTruthy();
    await expect(parts(canvasElement, 'service')).toHaveLength(0);
  },
};

/** Every request fails: a message (`role="alert"`) and a retry button. */
export const Failed: Story = {
  name: 'Error',
  parameters: hall('error'),
  play: async ({ canvasElement }) => expectErrorWithRetry(canvasElement, shadow, ['service']),
};
