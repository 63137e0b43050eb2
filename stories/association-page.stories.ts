/**
 * A page of a shopping-street association, as a designer would lay it out: a header,
 * headings and short paragraphs around all three hall elements — the event calendar
 * (December 2026), the shop directory and the consultation booking — under the one
 * `<hall-provider>` the decorator (.storybook/preview.ts) puts around every story,
 * whose client is the fake API. The `calendar` scenario answers every route the three
 * need: a month of events, the 31 canned shops and the consultations.
 * Plain HTML with classes (.storybook/preview-head.html), no inline styles.
 */
import '@promotion-hall/elements/define/hall-consultation-booking.js';
import '@promotion-hall/elements/define/hall-event-calendar.js';
import '@promotion-hall/elements/define/hall-shop-directory.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HallStoryArgs } from '../.storybook/preview.js';
import { hall, text } from './support/play.js';

/** "Now" for the page: Wednesday 9 December 2026, 10:00 in Japan (the fake API's clock for consultations). */
const NOW = new Date('2026-12-09T10:00:00+09:00');

type Lang = 'ja' | 'en';
const langOf = (globals: Record<string, unknown>): Lang => (globals['lang'] === 'en' ? 'en' : 'ja');

const WORDS = {
  ja: {
    title: 'さくら通り商店街振興組合',
    tagline: '桜並木の続く商店街。毎月8日は「八の日市」です。',
    events: '催しのご案内',
    eventsLead: '産業振興会館と商店街の12月の催しです。日付を選ぶと詳しい内容をご覧いただけます。',
    shops: 'お店をさがす',
    shopsLead: '名前や業種、営業中かどうかでお店を絞り込めます。',
    booking: '経営相談のご予約',
    bookingLead: '創業や資金繰り、法律の相談を、専門家に無料または低料金でご相談いただけます。',
    footer: '問い合わせ：さくら通り商店街振興組合 事務局(産業振興会館 3階)',
  },
  en: {
    title: 'Sakura-dori Shopping Street Association',
    tagline: 'A street lined with cherry trees, with a market on the 8th of every month.',
    events: 'Events',
    eventsLead: 'December at the Industry Promotion Hall and on the street. Choose a day for the details.',
    shops: 'Find a shop',
    shopsLead: 'Narrow the shops down by name, category, or whether they are open now.',
    booking: 'Book a business consultation',
    bookingLead: 'Talk to an advisor about starting up, financing or legal questions, free or at a small fee.',
    footer: 'Contact: Sakura-dori Shopping Street Association office (Industry Promotion Hall, 3rd floor)',
  },
} as const;


// ---- helpers for the play function ----------------------------------------------

function shadowOf(canvas: HTMLElement, tag: string): ShadowRoot {
  const root = canvas.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`${tag} has not rendered`);
  return root;
}
const part = (canvas: HTMLElement, tag: string, name: string) => shadowOf(canvas, tag).querySelector<HTMLElement>(`[part~="${name}"]`);

const meta = {
  title: 'Pages/Association page',
  render: (args, { globals }) => {
    const words = WORDS[langOf(globals)];
    return html`
      <div class="hall-page">
        <header class="hall-page-header">
          <h1>${words.title}</h1>
          <p>${words.tagline}</p>
        </header>
        <section class="hall-page-section" aria-labelledby="page-events">
          <h2 id="page-events">${words.events}</h2>
          <p>${words.eventsLead}</p>
          <hall-event-calendar theme=${args.theme} month="2026-12" heading-level="3" .now=${NOW}></hall-event-calendar>
        </section>
        <section class="hall-page-section" aria-labelledby="page-shops">
          <h2 id="page-shops">${words.shops}</h2>
          <p>${words.shopsLead}</p>
          <hall-shop-directory theme=${args.theme}></hall-shop-directory>
        </section>
        <section class="hall-page-section" aria-labelledby="page-booking">
          <h2 id="page-booking">${words.booking}</h2>
          <p>${words.bookingLead}</p>
          <hall-consultation-booking theme=${args.theme} .now=${NOW}></hall-consultation-booking>
        </section>
        <p>${words.footer}</p>
      </div>
    `;
  },
  argTypes: { theme: { table: { disable: true } } },
  parameters: { ...hall('calendar'), layout: 'fullscreen' },
} satisfies Meta<HallStoryArgs>;
export default meta;
type Story = StoryObj<HallStoryArgs>;

/** The whole page, every element loaded: the calendar's grid, the directory's count, the booking's first step. */
export const AssociationPage: Story = {
  play: async ({ canvasElement, globals }) => {
    const lang = langOf(globals);
    await expect(text(canvasElement.querySelector('h1'))).toBe(WORDS[lang].title);
    // The calendar: the month grid (or, in a narrow frame, the list) has its data.
    await waitFor(
      () => {
        const grid = part(canvasElement, 'hall-event-calendar', 'grid');
        const list = part(canvasElement, 'hall-event-calendar', 'list');
        if (grid) return expect(grid).toHaveAttribute('aria-busy', 'false');
        return expect(list !== null && !list.hasAttribute('aria-busy') && !list.querySelector('.skeleton')).toBe(true);
      },
      { timeout: 5000 },
    );
    // The directory: the count of the 31 canned shops.
    await waitFor(() => expect(text(part(canvasElement, 'hall-shop-directory', 'count'))).toBe(lang === 'ja' ? '31件のお店' : '31 shops'), { timeout: 5000 });
    // The booking: the first step's heading.
    await waitFor(
      () => expect(text(shadowOf(canvasElement, 'hall-consultation-booking').querySelector('#step-heading [aria-hidden="true"]'))).toBe(lang === 'ja' ? '相談メニュー' : 'Consultation'),
      { timeout: 5000 },
    );
  },
};
