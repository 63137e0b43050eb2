/**
 * <hall-consultation-booking> in Chromium (in America/Los_Angeles), on the real SDK
 * client with an injected fetch playing the hall's booking API. The example site's
 * end-to-end test books against the real server (races, lost answers, cancellation).
 */
import '../../../test/browser/readable-failures.js';
import { withLoadErrorsHeard } from '../../../test/browser/load-errors.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { createHallClient, type BookingCreated, type ConsultationService, type HallClient, type Slot } from '@promotion-hall/sdk';
import '../../define/hall-consultation-booking.js';
import '../../define/hall-provider.js';
import type { HallProvider } from '../provider/provider.js';
import type { HallConsultationBooking } from './consultation-booking.js';

declare const describe: (title: string, fn: () => void) => void;
declare const it: (title: string, fn: () => Promise<void> | void) => void;

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

// ---- a fake booking API -----------------------------------------------------------

const SERVICE: ConsultationService = {
  id: 'startup',
  title: { ja: '創業相談', en: 'Start-up consultation' },
  summary: { ja: '事業計画や資金計画の相談', en: 'Business and funding plans' },
  categories: ['startup', 'loan'],
  channels: ['in_person', 'online'],
  durationMinutes: 60,
  capacityPerSlot: 1,
  eligibleApplicantTypes: ['prospective_founder', 'founder_under_5y', 'sme'],
  inWardRequired: true,
  rules: { minLeadHours: 24, maxDaysAhead: 60, cancellationCutoffHours: 24, lastIntakeMinutesBeforeClose: 60, maxActiveBookingsPerApplicant: 2 },
  whatToBring: { ja: '事業計画書(あれば)', en: 'Your business plan, if you have one' },
  feeYen: 0,
};

/** Wednesday 9 December 2026, 10:00 in Tokyo. */
const NOW = new Date('2026-12-09T10:00:00+09:00');

function slot(day: string, time: string, remaining = 1): Slot {
  const start = `${day}T${time}:00+09:00`;
  const end = `${day}T${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}${time.slice(2)}:00+09:00`;
  return {
    id: `startup.sato.${day.replace(/-/g, '')}T${time.replace(':', '')}`,
    serviceId: 'startup',
    advisorId: 'sato',
    advisorName: { ja: '佐藤 花子', en: 'Hanako Sato' },
    start,
    end,
    channels: ['in_person', 'online'],
    capacity: 1,
    remaining,
  };
}

const SLOTS = [slot('2026-12-11', '10:00'), slot('2026-12-11', '14:00', 0), slot('2026-12-16', '10:00')];

type PostBehaviour = 'ok' | 'conflict-once' | 'lost-answer-once' | 'invalid-email' | 'refused' | 'origin-not-allowed';

interface FakeApi {
  client: HallClient;
  /** Every POST body and its Idempotency-Key, in order. */
  posts: Array<{ key: string; body: Record<string, unknown> }>;
  bookings: Map<string, BookingCreated>;
}

function fakeApi(behaviour: PostBehaviour = 'ok'): FakeApi {
  const api: FakeApi = { client: undefined as unknown as HallClient, posts: [], bookings: new Map() };
  let conflicts = behaviour === 'conflict-once' ? 1 : 0;
  let lost = behaviour === 'lost-answer-once' ? 1 : 0;
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' } });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace('/api/v1/', '');
    if (path === 'consultations/services') return json({ items: [SERVICE] });
    if (path === 'consultations/slots') return json({ items: SLOTS });
    if (path === 'calendar') return json({ items: [] });
    if (path === 'consultations/form-token') {
      if (behaviour === 'origin-not-allowed') return json({ type: '/problems/origin-not-allowed', title: 'Origin not allowed', status: 403 }, 403);
      return json({ token: 'form-token-for-tests', issuedAt: '2026-12-09T01:00:00Z', minFillSeconds: 3, expiresAt: '2026-12-09T03:00:00Z' });
    }
    if (path === 'consultations/bookings' && request.method === 'POST') {
      const key = request.headers.get('idempotency-key') ?? '';
      const body = (await request.json()) as Record<string, unknown>;
      api.posts.push({ key, body });
      if (behaviour === 'refused') {
        return json({ type: '/problems/booking-rule', title: 'Too many bookings', status: 422 }, 422);
      }
      if (behaviour === 'invalid-email') {
        return json({ type: '/problems/validation', title: 'Invalid', status: 422, errors: [{ field: 'body.applicant.email', code: 'invalid_format', message: 'x' }] }, 422);
      }
      if (conflicts > 0) {
        conflicts--;
        return json({ type: '/problems/slot-taken', title: 'Slot taken', status: 409 }, 409);
      }
      const existing = api.bookings.get(key);
      const created: BookingCreated = existing ?? {
        reference: `PH-${'ABCDEFGH'.slice(0, 8 - String(api.bookings.size).length)}${api.bookings.size}`,
        status: 'confirmed',
        serviceId: 'startup',
        serviceTitle: SERVICE.title,
        slot: { id: body['slotId'] as string, start: '2026-12-11T10:00:00+09:00', end: '2026-12-11T11:00:00+09:00', advisorName: { ja: '佐藤 花子' } },
        channel: body['channel'] as 'in_person',
        applicant: body['applicant'] as BookingCreated['applicant'],
        topic: body['topic'] as BookingCreated['topic'],
        consents: { purposeOfUseAt: '2026-12-09T01:00:10Z', privacyNoticeAt: '2026-12-09T01:00:10Z' },
        whatToBring: SERVICE.whatToBring,
        cancellableUntil: '2026-12-10T10:00:00+09:00',
        createdAt: '2026-12-09T01:00:10Z',
        cancelledAt: null,
        manageToken: 'a'.repeat(43),
      };
      api.bookings.set(key, created);
      if (lost > 0) {
        // The server booked it, then the answer was lost on the way.
        lost--;
        throw new TypeError('Failed to fetch');
      }
      return json(created, existing ? 200 : 201);
    }
    return json({ type: '/problems/not-found', title: 'Not Found', status: 404 }, 404);
  };
  api.client = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 } });
  return api;
}

// ---- helpers ----------------------------------------------------------------------

const CANARY = { name: '鈴木カナリア', furigana: 'すずき かなりあ', email: 'canary-7731@example.jp', phone: '090-7731-0000' };

async function mount(api: FakeApi, options: { service?: string; lang?: string } = {}): Promise<HallConsultationBooking> {
  const provider = await fixture<HallProvider>(html`
    <hall-provider .client=${api.client} lang=${options.lang ?? 'ja'}>
      <hall-consultation-booking service=${options.service ?? ''} source="hikari" .now=${NOW}></hall-consultation-booking>
    </hall-provider>
  `);
  const el = provider.querySelector('hall-consultation-booking')!;
  await until(() => Boolean(el.shadowRoot?.querySelector('#step-heading, [part~="error"]')));
  return el;
}

/** The page a manage link opens: booking PH-7K3M9Q2A with its manage token, read through `client`. */
async function mountManaging(client: HallClient): Promise<HallConsultationBooking> {
  const provider = await fixture<HallProvider>(html`
    <hall-provider .client=${client} lang="ja">
      <hall-consultation-booking reference="PH-7K3M9Q2A" manage-token=${'b'.repeat(43)} .now=${NOW}></hall-consultation-booking>
    </hall-provider>
  `);
  return provider.querySelector('hall-consultation-booking')!;
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

const $ = <T extends HTMLElement = HTMLElement>(el: HallConsultationBooking, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const heading = (el: HallConsultationBooking) => $(el, '#step-heading [aria-hidden="true"]')?.textContent?.trim() ?? $(el, '#step-heading')?.textContent?.trim();
const focused = (el: HallConsultationBooking) => el.shadowRoot!.activeElement as HTMLElement | null;

async function click(el: HallConsultationBooking, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
  await el.updateComplete;
}

async function fill(el: HallConsultationBooking, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  field.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

async function check(el: HallConsultationBooking, id: string): Promise<void> {
  const box = $<HTMLInputElement>(el, `#${id}`)!;
  if (!box.checked) box.click();
  await el.updateComplete;
}

/** Through the slot step: 11 December at 10:00, at the hall. */
async function chooseSlot(el: HallConsultationBooking): Promise<void> {
  await until(() => Boolean($(el, '[part~="day-grid"][aria-busy="false"]')));
  await click(el, '[data-date="2026-12-11"]');
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="slot"] input')];
  radios[0]!.click();
  await el.updateComplete;
  const channel = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="channel"]')][0];
  channel?.click();
  await el.updateComplete;
  await click(el, '[part~="next-button"]');
}

async function fillDetails(el: HallConsultationBooking, person = CANARY): Promise<void> {
  await fill(el, 'name', person.name);
  await fill(el, 'furigana', person.furigana);
  await fill(el, 'email', person.email);
  await fill(el, 'phone', person.phone);
  await fill(el, 'applicantType', 'prospective_founder');
  await fill(el, 'topicCategory', 'startup');
  await fill(el, 'topicText', '開業資金について');
  await check(el, 'consentPurpose');
  await check(el, 'consentPrivacy');
}

/** A time chosen, the details filled in, the review, then "book": the usual way to the server's answer. */
async function sendBooking(el: HallConsultationBooking): Promise<void> {
  await chooseSlot(el);
  await fillDetails(el);
  await click(el, '[part~="next-button"]');
  await click(el, '[part~="next-button"]');
}

async function axeViolations(element: Element): Promise<string[]> {
  const results = await window.axe.run(element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// ---- tests ---------------------------------------------------------------------------

describe('hall-consultation-booking', () => {
  it('books in four steps, with no axe violations at any step and no personal data in its events', async () => {
    const api = fakeApi();
    const el = await mount(api);
    const events: string[] = [];
    for (const type of ['hall-booking-submit', 'hall-booking-complete']) el.addEventListener(type, (e) => events.push(`${type} ${JSON.stringify((e as CustomEvent).detail)}`));

    expect(heading(el)).to.equal('相談メニュー');
    expect(await axeViolations(el)).to.deep.equal([]);
    $<HTMLInputElement>(el, '[part~="service"] input')!.click();
    await click(el, '[part~="next-button"]');

    expect(heading(el)).to.equal('日時');
    expect(focused(el)?.id).to.equal('step-heading');
    await until(() => Boolean($(el, '[part~="day-grid"][aria-busy="false"]')));
    expect($(el, '[data-date="2026-12-11"]')!.getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '[data-date="2026-12-12"]')!.textContent).to.contain('枠なし');
    expect(await axeViolations(el)).to.deep.equal([]);
    await chooseSlot(el);

    expect(heading(el)).to.equal('お客さま情報');
    expect(await axeViolations(el)).to.deep.equal([]);
    await fillDetails(el);
    await click(el, '[part~="next-button"]');

    expect(heading(el)).to.equal('確認');
    expect($(el, '.booking')!.textContent).to.contain(CANARY.email);
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, '[part~="next-button"]');
    await until(() => heading(el) === '完了');

    expect($(el, '.reference')!.textContent).to.match(/^PH-/);
    expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.match(/^blob:/);
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(api.posts).to.have.length(1);
    const sent = api.posts[0]!.body;
    expect(sent['formToken']).to.equal('form-token-for-tests');
    expect(sent['source']).to.deep.equal({ streetId: 'hikari' });
    expect(events).to.have.length(2);
    for (const value of Object.values(CANARY)) expect(events.join('\n')).not.to.contain(value);
    expect(window.location.href).not.to.contain('canary');
  });

  it('puts its headings at the page\'s level: heading-level for the step, one down for the notices', async () => {
    const el = await mount(fakeApi());
    const level = (selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((h) => `${h.getAttribute('role')} ${h.getAttribute('aria-level')}`);
    expect(level('#step-heading')).to.deep.equal(['heading 3']);
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(level('#step-heading')).to.deep.equal(['heading 2']);
    $<HTMLInputElement>(el, '[part~="service"] input')!.click();
    await click(el, '[part~="next-button"]');
    await until(() => Boolean($(el, '[part~="day-grid"][aria-busy="false"]')));
    await chooseSlot(el);
    expect(heading(el)).to.equal('お客さま情報');
    expect(level('.notice-title')).to.deep.equal(['heading 3', 'heading 3']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('checks each field with the shared rules, tidies what Japanese keyboards type, and links an error summary to the fields', async () => {
    const el = await mount(fakeApi(), { service: 'startup' });
    expect(heading(el)).to.equal('日時');
    await chooseSlot(el);
    await fill(el, 'furigana', '鈴木');
    expect($(el, '#furigana-error')!.textContent).to.contain('ひらがなかカタカナ');
    expect($(el, '#furigana')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#furigana')!.getAttribute('aria-describedby')).to.contain('furigana-error');
    // Half-width katakana and full-width digits are what many keyboards produce: accepted, tidied.
    await fill(el, 'furigana', 'ｽｽﾞｷ');
    expect($(el, '#furigana-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#furigana')!.value).to.equal('スズキ');
    await fill(el, 'phone', '０３ー１２３４ー５６７８');
    expect($<HTMLInputElement>(el, '#phone')!.value).to.equal('03-1234-5678');
    expect($(el, '#phone-error')).to.equal(null);
    await fill(el, 'phone', '1234');
    expect($(el, '#phone-error')!.textContent).to.contain('10桁か11桁');
    await fill(el, 'email', 'taro@');
    expect($(el, '#email-error')).not.to.equal(null);

    await click(el, '[part~="next-button"]');
    const summary = $(el, '[part~="error-summary"]')!;
    expect(focused(el)).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['#name', '#email', '#phone', '#consentPurpose']);
    expect(await axeViolations(el)).to.deep.equal([]);
    summary.querySelector<HTMLAnchorElement>('a[href="#email"]')!.click();
    expect(focused(el)?.id).to.equal('email');
    // What was typed stays.
    expect($<HTMLInputElement>(el, '#furigana')!.value).to.equal('スズキ');
  });

  it('returns to the times when the slot was taken meanwhile, keeping every detail', async () => {
    const api = fakeApi('conflict-once');
    const el = await mount(api, { service: 'startup' });
    await sendBooking(el);
    await until(() => heading(el) === '日時');
    expect($(el, '.send-problem')!.textContent).to.contain('埋まりました');
    expect(focused(el)?.classList.contains('send-problem')).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
    await chooseSlot(el);
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal(CANARY.email);
    await click(el, '[part~="next-button"]');
    await click(el, '[part~="next-button"]');
    await until(() => heading(el) === '完了');
    expect(api.posts).to.have.length(2);
    expect(api.posts[0]!.key).not.to.equal(api.posts[1]!.key);
  });

  it('after a lost answer, "send again" repeats the same request (same key): one booking', async () => {
    const api = fakeApi('lost-answer-once');
    const el = await mount(api, { service: 'startup' });
    await sendBooking(el);
    await until(() => Boolean($(el, '.send-problem')));
    expect($(el, '.send-problem')!.textContent).to.contain('二重になることはありません');
    expect($(el, '[part~="next-button"]')!.textContent).to.contain('もう一度送信する');
    // The first request may have been booked: nothing can be changed until the same request has gone again.
    expect($(el, '[part~="back-button"]')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, '[part~="next-button"]');
    await until(() => heading(el) === '完了');
    expect(api.posts.map((p) => p.key)).to.have.length(2);
    expect(api.posts[0]!.key).to.equal(api.posts[1]!.key);
    expect(api.bookings.size).to.equal(1);
  });

  it('sends once however fast the button is pressed, and not at all when the host page cancels', async () => {
    const api = fakeApi();
    const el = await mount(api, { service: 'startup' });
    await chooseSlot(el);
    await fillDetails(el);
    await click(el, '[part~="next-button"]');
    const cancelOnce = (e: Event) => e.preventDefault();
    el.addEventListener('hall-booking-submit', cancelOnce, { once: true });
    await click(el, '[part~="next-button"]');
    expect(api.posts).to.have.length(0);
    const button = $(el, '[part~="next-button"]')!;
    button.click();
    button.click();
    button.click();
    await until(() => heading(el) === '完了');
    expect(api.posts).to.have.length(1);
  });

  it('maps the server’s field errors onto the fields', async () => {
    const el = await mount(fakeApi('invalid-email'), { service: 'startup' });
    await sendBooking(el);
    await until(() => heading(el) === 'お客さま情報');
    expect($(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part~="error-summary"]')!.textContent).to.contain('メールアドレス');
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mount(fakeApi(), { service: 'startup' });
    await until(() => Boolean($(el, '[part~="day-grid"][aria-busy="false"]')));
    // The day grid: Tab reaches it once; arrows move; Enter chooses.
    $<HTMLElement>(el, '[role="gridcell"][tabindex="0"]')!.focus();
    const start = focused(el)!.dataset.date!;
    expect(start).to.equal('2026-12-11');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.dataset.date).to.equal('2026-12-12');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[data-date="2026-12-11"]')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="slot"] input')][0]!.checked).to.equal(true);
  });

  it('shows a booking from its manage token and cancels it after a confirmation', async () => {
    const api = fakeApi();
    const booking: BookingCreated = {
      reference: 'PH-7K3M9Q2A',
      status: 'confirmed',
      serviceId: 'startup',
      serviceTitle: SERVICE.title,
      slot: { id: SLOTS[0]!.id, start: SLOTS[0]!.start, end: SLOTS[0]!.end, advisorName: { ja: '佐藤 花子' } },
      channel: 'in_person',
      applicant: { name: CANARY.name, furigana: CANARY.furigana, email: CANARY.email, phone: CANARY.phone, applicantType: 'sme' },
      topic: { category: 'startup', text: '' },
      consents: { purposeOfUseAt: '2026-12-09T01:00:10Z', privacyNoticeAt: '2026-12-09T01:00:10Z' },
      whatToBring: null,
      cancellableUntil: '2026-12-10T10:00:00+09:00',
      createdAt: '2026-12-09T01:00:10Z',
      cancelledAt: null,
      manageToken: 'b'.repeat(43),
    };
    let cancelled = false;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.headers.get('authorization') !== `Bearer ${'b'.repeat(43)}`) return new Response('{}', { status: 401 });
      if (request.method === 'DELETE') cancelled = true;
      const { manageToken: _token, ...stored } = booking;
      return new Response(JSON.stringify({ ...stored, status: cancelled ? 'cancelled' : 'confirmed', cancelledAt: cancelled ? '2026-12-09T01:05:00Z' : null }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    api.client = createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 } });
    const el = await mountManaging(api.client);
    await until(() => Boolean($(el, '.manage-status')));
    expect($(el, '.reference')!.textContent).to.equal('PH-7K3M9Q2A');
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, '.actions .button');
    expect(focused(el)?.id).to.equal('confirm-text');
    expect(await axeViolations(el)).to.deep.equal([]);
    await click(el, '.button.danger');
    await until(() => $(el, '.manage-status')!.textContent!.includes('取り消されました'));
    expect(cancelled).to.equal(true);
  });

  it('tells the page when a booking to manage cannot be loaded (hall-load-error), without its reference', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response(JSON.stringify({ type: '/problems/not-found', title: 'Not Found', status: 404 }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    await withLoadErrorsHeard(async (failures) => {
      const el = await mountManaging(createHallClient({ baseUrl: 'https://hall.example.jp/api/v1', fetch, retry: { limit: 0 } }));
      await until(() => Boolean($(el, '[role="alert"]')));
      // The kind and the status only: not the booking's reference.
      expect(failures).to.deep.equal([{ kind: 'not_found', status: 404 }]);
    });
  });

  it('says a refusal plainly, without promising that sending again is safe', async () => {
    const api = fakeApi('refused');
    const el = await mount(api, { service: 'startup' });
    await sendBooking(el);
    await until(() => Boolean($(el, '.send-problem')));
    expect($(el, '.send-problem')!.textContent).not.to.contain('二重');
    expect($(el, '[part~="next-button"]')!.textContent).to.contain('この内容で予約する');
    expect($(el, '[part~="back-button"]')).not.to.equal(null);
  });

  it('says at the details step, before anything is typed, when the hall takes no bookings from this page', async () => {
    const api = fakeApi('origin-not-allowed');
    await withLoadErrorsHeard(async (failures) => {
      const el = await mount(api, { service: 'startup' });
      await chooseSlot(el);
      await until(() => Boolean($(el, '[part~="not-allowed"]')));
      const notice = $(el, '[part~="not-allowed"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain('このページからは予約を受け付けていません');
      expect($(el, '#name')).not.to.equal(null, 'the details step is shown');
      expect(await axeViolations(el)).to.deep.equal([]);
      // The page's own monitoring learns it too, once: the one failure only its owner can mend.
      expect(failures).to.deep.equal([{ kind: 'forbidden', status: 403 }]);
    });
  });

  it('takes non-personal prefill from the host page and sends its street and allow-listed utm_* values', async () => {
    const before = window.location.href;
    history.replaceState(null, '', `${window.location.pathname}?utm_source=street-news&utm_campaign=winter&ref=elsewhere&email=${encodeURIComponent(CANARY.email)}`);
    try {
      const api = fakeApi();
      const provider = await fixture<HallProvider>(html`
        <hall-provider .client=${api.client} lang="ja">
          <hall-consultation-booking
            service="startup"
            source="hikari"
            .now=${NOW}
            .prefill=${{ applicantType: 'sme', businessName: '灯り商店', employees: 4, topicCategory: 'loan', name: 'ignored' } as never}
          ></hall-consultation-booking>
        </hall-provider>
      `);
      const el = provider.querySelector('hall-consultation-booking')!;
      await until(() => Boolean(el.shadowRoot?.querySelector('#step-heading')));
      await chooseSlot(el);
      expect($<HTMLSelectElement>(el, '#applicantType')!.value).to.equal('sme');
      expect($<HTMLInputElement>(el, '#businessName')!.value).to.equal('灯り商店');
      expect($<HTMLInputElement>(el, '#employees')!.value).to.equal('4');
      expect($<HTMLSelectElement>(el, '#topicCategory')!.value).to.equal('loan');
      // Names, e-mail and phone cannot be prefilled, from a property or from the address.
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal('');
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal('');
      await fillDetails(el);
      await click(el, '[part~="next-button"]');
      await click(el, '[part~="next-button"]');
      await until(() => heading(el) === '完了');
      expect(api.posts[0]!.body['source']).to.deep.equal({ streetId: 'hikari', utm: { utm_source: 'street-news', utm_campaign: 'winter' } });
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('keeps every radio inside a form, so a step the visitor leaves is let go of', async () => {
    // Chromium keeps every radio removed from a shadow root, outside any form, in the root's radio
    // group, and each kept radio held its whole step in memory: ≈ 93 KB more heap for each round of
    // the steps on a kiosk, without end (a heap snapshot's retainer path: ShadowRoot → radio group →
    // detached <input type="radio"> → its listener → the step's template instance). In a form, the
    // group is the form's, dropped with the step.
    const el = await mount(fakeApi());
    const outsideForms = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.form === null).map((radio) => radio.name);
    expect(el.shadowRoot!.querySelectorAll('input[type="radio"]').length, 'the services').to.be.greaterThan(0);
    expect(outsideForms(), 'the service step').to.deep.equal([]);
    $<HTMLInputElement>(el, '[part~="service"] input')!.click();
    await click(el, '[part~="next-button"]');
    await until(() => Boolean($(el, '[part~="day-grid"][aria-busy="false"]')));
    await click(el, '[data-date="2026-12-11"]');
    $<HTMLInputElement>(el, '[part~="slot"] input')!.click();
    await el.updateComplete;
    expect([...new Set([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.name))].sort()).to.deep.equal(['channel', 'slot']);
    expect(outsideForms(), 'the slot step').to.deep.equal([]);
    await chooseSlot(el);
    expect(outsideForms(), 'the details step').to.deep.equal([]);
  });
});
