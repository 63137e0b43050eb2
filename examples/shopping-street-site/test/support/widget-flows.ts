/**
 * The three user flows of the example site, written once and run in either language:
 * the Japanese tests run each in its own page (the calendar from a browser abroad), and
 * the English test runs all three on one page, one after the other, as a visitor would.
 * Each flow starts on a loaded page of the site and checks what it shows against what
 * the real API answers.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addDays, tokyoDate } from '@promotion-hall/sdk/japan-time';
import type { TestServer } from '../../../../packages/server/test/support/test-server.js';
import { axeViolations, siteNow } from './site-browser.js';

export type Lang = 'ja' | 'en';

/** The widgets' words the flows look for, from their message catalogues. */
const WORDS = {
  ja: {
    openNow: '今営業中のお店だけ',
    submit: 'この内容で予約する',
    manageLink: 'この予約を管理するページ',
    cancelled: '取り消されました',
    japanTime: '日本時間',
    session: (n: number) => `第${n}回`,
  },
  en: {
    openNow: 'Open now only',
    submit: 'Book this consultation',
    manageLink: 'Page to manage this booking',
    cancelled: 'has been cancelled',
    japanTime: 'Japan time',
    session: (n: number) => `Session ${n}`,
  },
} as const;

interface Localized {
  ja: string;
  en?: string;
}

/** What the widgets show for a localised value: English when there is some, else Japanese. */
const shown = (value: Localized, lang: Lang) => (lang === 'en' && value.en?.trim() ? value.en.trim() : value.ja);

/** All whitespace as one plain space (Intl puts U+202F before "AM"). */
export const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function api<T>(server: TestServer, pathAndQuery: string): Promise<T> {
  const response = await fetch(`${server.url}/api/v1/${pathAndQuery}`);
  assert.ok(response.ok, `GET ${pathAndQuery} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The calendar: this month (in Japan) with each day's count equal to the API's, then a
 * day with events opened with the keyboard alone and its first event's detail shown in
 * Japan time. Returns a line for the test's diagnostics.
 */
export async function calendarFlow(page: Page, server: TestServer, lang: Lang): Promise<string> {
  const calendar = page.locator('hall-event-calendar');
  await calendar.locator('[part~="grid"]').and(page.locator('[aria-busy="false"]')).waitFor();

  const dates = await calendar.locator('[role="gridcell"]').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.date!));
  const month = await calendar.locator('[role="gridcell"][aria-current="date"]').evaluate((c) => (c as HTMLElement).dataset.date!.slice(0, 7));
  const japanToday = tokyoDate(siteNow());
  assert.equal(month, japanToday.slice(0, 7), 'the calendar opens on this month in Japan');
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  const answer = await api<{
    items: Array<{ occurrenceId: string; start: string; end: string; title: Localized; recurrence: unknown; sessions: Array<{ index: number; start: string }> }>;
    nextCursor: string | null;
  }>(
    server,
    `events?from=${from}&to=${to}&limit=500`,
  );
  assert.equal(answer.nextCursor, null);
  const perDay = new Map<string, number>();
  for (const e of answer.items) {
    // Demo events are within one day; the days the element shows them on must be their Japan dates.
    assert.equal(e.start.slice(0, 10), e.end.slice(0, 10));
    perDay.set(e.start.slice(0, 10), (perDay.get(e.start.slice(0, 10)) ?? 0) + 1);
  }
  const recurring = answer.items.filter((e) => e.recurrence !== null);
  assert.ok(recurring.length > 0, 'the demo month has occurrences of recurring events');
  // Each cell's spoken label ends with its count ("12月3日(木)、2件", "Thursday, December 3, 2026, 2 events"),
  // or says there is none ("12月4日(金)、予定なし", "…, no events").
  const shownCounts = await calendar
    .locator('[role="gridcell"]')
    .evaluateAll((cells) =>
      cells.map((c) => {
        const spoken = c.querySelector('.visually-hidden')!.textContent!;
        return [(c as HTMLElement).dataset.date!, /(予定なし|no events)$/.test(spoken) ? 0 : Number(/(\d+)\D*$/.exec(spoken)?.[1])] as const;
      }),
    );
  for (const [date, count] of shownCounts) assert.equal(count, perDay.get(date) ?? 0, `events on ${date}`);

  // A course is listed on each of its session days (全N回), and its chip says which session.
  const sessions = answer.items.flatMap((e) =>
    e.sessions.filter((s) => Date.parse(s.start) === Date.parse(e.start)).map((s) => ({ occurrenceId: e.occurrenceId, index: s.index, day: e.start.slice(0, 10) })),
  );
  assert.ok(sessions.some((s) => s.index > 1), 'the demo grid holds a course past its first session');
  const chipTimes = new Map(
    await calendar
      .locator('[part~="event"][data-occurrence]')
      .evaluateAll((chips) => chips.map((c) => [(c as HTMLElement).dataset.occurrence!, c.querySelector('.chip-time')!.textContent!] as const)),
  );
  // A day with no more events than the cell shows has them all as chips; on a crowded day a
  // session may be under "+N more" (the counts above include it).
  const maxEvents = await calendar.evaluate((element) => (element as HTMLElement & { maxEvents: number }).maxEvents);
  const checked = sessions.filter((s) => (perDay.get(s.day) ?? 0) <= maxEvents);
  assert.ok(checked.length > 0, 'a course session on a day with room for every chip');
  for (const s of checked) assert.ok(chipTimes.get(s.occurrenceId)?.endsWith(WORDS[lang].session(s.index)), `${s.occurrenceId}: "${chipTimes.get(s.occurrenceId)}"`);

  // Keyboard only: from the focusable cell to the next day with events, Enter opens its list.
  const target = [...perDay.keys()].filter((d) => d >= japanToday && d.startsWith(month)).sort()[0] ?? [...perDay.keys()].sort()[0]!;
  const activeCell = calendar.locator('[role="gridcell"][tabindex="0"]');
  await activeCell.focus();
  const active = await activeCell.evaluate((c) => (c as HTMLElement).dataset.date!);
  const steps = Math.round((Date.parse(target) - Date.parse(active)) / 86_400_000);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  assert.equal(await page.evaluate(() => (document.querySelector('hall-event-calendar')!.shadowRoot!.activeElement as HTMLElement).dataset.date), target);
  await page.keyboard.press('Enter');
  const dialog = calendar.locator('dialog[open]');
  await dialog.waitFor();
  assert.equal(await dialog.locator('[part~="event"]').count(), perDay.get(target));
  // Tab from the dialog's heading: the close button, then the first event; Enter shows it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await dialog.locator('.detail').waitFor();
  const first = answer.items.filter((e) => e.start.startsWith(target)).sort((a, b) => (a.start < b.start ? -1 : 1))[0]!;
  assert.equal(flat(await dialog.locator('.dialog-title').textContent()), shown(first.title, lang));
  const when = flat(await dialog.locator('.detail dd').first().textContent());
  const start = new Date(first.start);
  const expected =
    lang === 'ja'
      ? [`${Number(target.slice(5, 7))}月${Number(target.slice(8, 10))}日`, first.start.slice(11, 16)]
      : [
          new Intl.DateTimeFormat('en', { month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(start),
          flat(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(start)),
        ];
  for (const part of expected) assert.ok(when.includes(part), `"${when}" shows ${part} (the date and time in Japan)`);
  const abroad = (await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)) !== 'Asia/Tokyo';
  if (abroad) assert.ok(when.includes(WORDS[lang].japanTime), `"${when}" is labelled as Japan time for a visitor abroad`);
  assert.deepEqual(await axeViolations(page, 'hall-event-calendar'), [], 'axe on the event detail');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('hall-event-calendar')!.shadowRoot!.querySelector('dialog[open]'));

  // "Subscribe": the hall's feed of what the calendar shows, in its language, holding the event just opened.
  const webcal = (await calendar.locator('[part~="subscribe-link"]').getAttribute('href')) ?? '';
  assert.match(webcal, /^webcal:\/\//);
  const feed = await fetch(webcal.replace(/^webcal:/, new URL(server.url).protocol));
  assert.equal(feed.status, 200);
  assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
  const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
  // The feed starts 30 days ago: late in a month with nothing left, the day opened may be older.
  if (target >= addDays(japanToday, -30)) assert.ok(ics.includes(`\r\nUID:${first.occurrenceId}@`), `the feed holds ${first.occurrenceId}`);
  else assert.ok(ics.includes('BEGIN:VEVENT'), 'the feed holds events');
  assert.ok(ics.includes(lang === 'en' ? '\r\nX-WR-CALNAME:Industry Promotion Hall events\r\n' : '\r\nX-WR-CALNAME:産業振興会館 イベント\r\n'), 'the feed is in the calendar\'s language');
  return `calendar: ${answer.items.length} occurrences over ${from}..${to} (${recurring.length} of recurring events, ${sessions.length} course sessions, ${checked.length} of them as chips naming their session), each on its Japan day; opened ${target}: "${shown(first.title, lang)}" at ${expected.join(' ')}; its subscribe link's feed holds it (${ics.split('BEGIN:VEVENT').length - 1} occurrences)`;
}

/** The shop directory's result count as a number ("12件のお店", "1,204 shops"). */
export async function shownShopCount(page: Page): Promise<number> {
  const text = await page.locator('hall-shop-directory [part~="count"]').textContent();
  return Number(/(\d[\d,]*)/.exec(text ?? '')?.[1]?.replace(/,/g, ''));
}

export async function apiShopTotal(server: TestServer, query: string): Promise<number> {
  return (await api<{ total: number }>(server, `shops?${query}&limit=1`)).total;
}

/**
 * The shop directory: a shop named in katakana found by typing it in hiragana; "open now"
 * agreeing with the API asked about the same minute (and kept in the address); the shop
 * opened with the keyboard, today's hours marked, and Escape returning to its card.
 */
export async function directoryFlow(page: Page, server: TestServer, lang: Lang): Promise<string> {
  const directory = page.locator('hall-shop-directory');
  const input = directory.locator('#q');
  await directory.locator('[part~="count"]').waitFor();

  const all = await api<{ items: Array<{ id: string; name: Localized }> }>(server, 'shops?limit=500');
  const katakana = all.items.find((s) => /^[\u30A1-\u30FA\u30FC]{3,}/.test(s.name.ja));
  assert.ok(katakana, 'the demo data has a shop named in katakana');
  const word = /^[\u30A1-\u30FA\u30FC]{3,}/.exec(katakana.name.ja)![0];
  const hiragana = word.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
  const name = shown(katakana.name, lang);
  await input.fill(hiragana);
  await page.waitForTimeout(50);
  await directory.locator('[part~="list"]').scrollIntoViewIfNeeded();
  await directory.locator('[part~="shop-card"]', { hasText: name }).first().waitFor();
  const found = await shownShopCount(page);

  // "Open now" agrees with the API asked about the same minute.
  await input.fill('');
  await directory.locator('summary').click();
  const openNow = directory.locator('label', { hasText: WORDS[lang].openNow }).locator('input');
  await openNow.check();
  await page.waitForTimeout(50);
  const open = await shownShopCount(page);
  assert.equal(open, await apiShopTotal(server, `openAt=${encodeURIComponent(new Date(siteNow()).toISOString())}`), 'open now');
  assert.match(page.url(), /shops-open=1/, 'the search is in the address (sync-url)');
  await openNow.uncheck();
  await directory.locator('summary').click();

  // Keyboard: to the shop, Enter opens it, Escape returns to it.
  await input.fill(hiragana);
  await page.waitForTimeout(50);
  await directory.locator('[part~="list"]').scrollIntoViewIfNeeded();
  await directory.locator('[part~="shop-card"]', { hasText: name }).first().focus();
  await page.keyboard.press('Enter');
  const dialog = directory.locator('dialog[open]');
  await dialog.waitFor();
  assert.equal(flat(await dialog.locator('.dialog-title').textContent()), name);
  assert.equal(await dialog.locator('.hours tr[aria-current="date"]').count(), 1, "today's hours are marked");
  assert.deepEqual(await axeViolations(page, 'hall-shop-directory'), [], 'axe on the shop detail');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('hall-shop-directory')!.shadowRoot!.querySelector('dialog[open]'));
  assert.equal(await page.evaluate(() => (document.querySelector('hall-shop-directory')!.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('part')), 'shop-card');
  await input.fill('');
  return `directory: "${hiragana}" found ${name} among ${found}; ${open} shops open now`;
}

export interface Person {
  name: string;
  furigana: string;
  email: string;
  phone: string;
}

/** Through the menu and the slot step with the keyboard: focus, Space/Enter, arrows. */
export async function chooseSlotWithKeyboard(page: Page, serviceIndex = 0): Promise<void> {
  const booking = page.locator('hall-consultation-booking');
  await booking.locator('[part~="service"] input').nth(serviceIndex).focus();
  await page.keyboard.press('Space');
  await booking.locator('[part~="next-button"]').focus();
  await page.keyboard.press('Enter');
  await booking.locator('[part~="day-grid"][aria-busy="false"]').waitFor();
  const firstFree = await booking.locator('[part~="day-available"]').first().getAttribute('data-date');
  assert.ok(firstFree, 'a day with free times');
  await booking.locator('[role="gridcell"][tabindex="0"]').focus();
  const activeDate = () => page.evaluate(() => (document.querySelector('hall-consultation-booking')!.shadowRoot!.activeElement as HTMLElement).dataset.date!);
  let active = await activeDate();
  while (active !== firstFree) {
    await page.keyboard.press(active < firstFree ? 'ArrowRight' : 'ArrowLeft');
    active = await activeDate();
  }
  await page.keyboard.press('Enter');
  await booking.locator('[part~="slot"] input:not([disabled])').first().focus();
  await page.keyboard.press('Space');
  const channels = booking.locator('input[name="channel"]');
  if ((await channels.count()) > 0) {
    await channels.first().focus();
    await page.keyboard.press('Space');
  }
  await booking.locator('[part~="next-button"]').focus();
  await page.keyboard.press('Enter');
  await booking.locator('#name').waitFor();
}

/** Through the menu and the slot step with the pointer: the first menu, the first free day, time and way; then "Next". */
export async function chooseSlotByPointer(page: Page): Promise<void> {
  const booking = page.locator('hall-consultation-booking');
  await booking.locator('[part~="service"] input').first().check();
  await booking.locator('[part~="next-button"]').click();
  await booking.locator('[part~="day-available"]').first().click();
  await booking.locator('[part~="slot"] input:not([disabled])').first().check();
  const channels = booking.locator('input[name="channel"]');
  if ((await channels.count()) > 0) await channels.first().check();
  await booking.locator('[part~="next-button"]').click();
}

/** The details step typed with the keyboard, on to the review step. */
export async function fillDetailsWithKeyboard(page: Page, person: Person, lang: Lang): Promise<void> {
  const booking = page.locator('hall-consultation-booking');
  for (const [id, value] of [['name', person.name], ['furigana', person.furigana], ['email', person.email], ['phone', person.phone]] as const) {
    await booking.locator(`#${id}`).focus();
    await page.keyboard.type(value);
  }
  for (const id of ['applicantType', 'topicCategory']) {
    await booking.locator(`#${id}`).focus();
    await page.keyboard.press('ArrowDown');
  }
  await booking.locator('#topicText').focus();
  await page.keyboard.type('開業資金の相談');
  for (const id of ['consentPurpose', 'consentPrivacy']) {
    await booking.locator(`#${id}`).focus();
    await page.keyboard.press('Space');
  }
  await booking.locator('[part~="next-button"]').focus();
  await page.keyboard.press('Enter');
  await booking.locator('[part~="next-button"]', { hasText: WORDS[lang].submit }).waitFor();
}

/**
 * The booking form: a consultation booked with the keyboard alone, confirmed with a
 * reference the API knows, then cancelled from the manage link (its secret in the
 * fragment). Returns the reference.
 */
export async function bookingFlow(page: Page, server: TestServer, lang: Lang, person: Person): Promise<string> {
  const booking = page.locator('hall-consultation-booking');
  await booking.locator('#step-heading').waitFor();
  await booking.scrollIntoViewIfNeeded();
  await chooseSlotWithKeyboard(page);
  await fillDetailsWithKeyboard(page, person, lang);
  await booking.locator('[part~="next-button"]').focus();
  await page.keyboard.press('Enter');
  await booking.locator('[part~="confirmation"]').waitFor();
  const reference = flat(await booking.locator('.reference').first().textContent());
  assert.match(reference, /^PH-[0-9A-Z]{8}$/);
  const token = flat(await booking.locator('.token').textContent());
  const stored = await fetch(`${server.url}/api/v1/consultations/bookings/${reference}`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(stored.status, 200, 'the API has the booking the confirmation shows');
  assert.deepEqual(await axeViolations(page, 'hall-consultation-booking'), [], 'axe on the confirmation');

  const manageHref = await booking.locator('a', { hasText: WORDS[lang].manageLink }).getAttribute('href');
  assert.ok(manageHref && new URL(manageHref).hash.includes('token='), 'the token travels in the fragment only');
  // Same page, new fragment: the element follows it (no reload).
  await page.goto(manageHref);
  await booking.locator('.manage-status').waitFor();
  await booking.locator('.actions .button').click();
  await booking.locator('.button.danger').click();
  await booking.locator('.manage-status', { hasText: WORDS[lang].cancelled }).waitFor();
  return reference;
}
