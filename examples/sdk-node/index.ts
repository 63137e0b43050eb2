/**
 * @promotion-hall/sdk from Node: next month's seminars, the cashless shops of a
 * shopping street that are open right now, and free consultation slots.
 *
 *   npm start                                   # the hall's reference server, in another terminal
 *   node --import tsx examples/sdk-node/index.ts
 *   HALL_API=https://hall.example.jp/api/v1 node --import tsx examples/sdk-node/index.ts
 *
 * Everything is in Japan time (Asia/Tokyo, +09:00 all year, no daylight saving),
 * whatever the time zone of the machine running this. Nothing personal is printed:
 * no advisor names, no phone numbers or e-mail addresses.
 */
import { createHallClient, isHallError, isHallNetworkError, isHallTimeoutError, type Shop, type Slot } from '@promotion-hall/sdk';

const API = process.env.HALL_API || 'http://127.0.0.1:8787/api/v1';
const TOKYO = 'Asia/Tokyo';
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

const hall = createHallClient({
  baseUrl: API,
  locale: 'ja',
  // Per attempt, and for the whole call including retries (the defaults are 10 s and 30 s).
  timeout: 5_000,
  totalTimeout: 15_000,
});

// Ctrl-C cancels the request in flight instead of waiting for it.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('interrupted')));
const { signal } = controller;

// ── Japan time ─────────────────────────────────────────────────────────────────
const dayAndTime = new Intl.DateTimeFormat('ja-JP', { timeZone: TOKYO, month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit' });
const timeOnly = new Intl.DateTimeFormat('ja-JP', { timeZone: TOKYO, hour: 'numeric', minute: '2-digit' });
const yearMonth = new Intl.DateTimeFormat('ja-JP', { timeZone: TOKYO, year: 'numeric', month: 'long' });

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day in Tokyo of an instant, as the API's `YYYY-MM-DD`. */
function tokyoDate(ms: number): string {
  return new Date(ms + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** First and last day of next month in Tokyo. */
function nextMonth(ms: number): { from: string; to: string; firstDay: Date } {
  const shifted = new Date(ms + TOKYO_OFFSET_MS);
  const year = shifted.getUTCFullYear() + (shifted.getUTCMonth() === 11 ? 1 : 0);
  const month = ((shifted.getUTCMonth() + 1) % 12) + 1; // 1–12
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay)}`, firstDay: new Date(`${year}-${pad(month)}-01T00:00:00+09:00`) };
}

/** An instant written the way the API wants it: `2026-12-01T18:30:00+09:00`. */
function tokyoDateTime(ms: number): string {
  return `${new Date(ms + TOKYO_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

const PAYMENT_JA: Record<Shop['payments'][number], string> = { cash: '現金', credit_card: 'クレジットカード', e_money: '電子マネー', qr_code: 'QRコード' };
const CHANNEL_JA: Record<Slot['channels'][number], string> = { in_person: '対面', phone: '電話', online: 'オンライン', outreach: '出張' };

// ── The three questions ────────────────────────────────────────────────────────
async function seminarsNextMonth(now: number): Promise<string[]> {
  const { from, to, firstDay } = nextMonth(now);
  const lines = [`■ 来月のセミナー（${yearMonth.format(firstDay)}）`];
  // iterate() walks every page (list() returns one page with its nextCursor).
  for await (const event of hall.events.iterate({ from, to, category: ['seminar'], limit: 100 }, { signal })) {
    lines.push(`・${dayAndTime.format(new Date(event.start))} ${event.title.ja}${event.online ? '（オンライン）' : ''}`);
  }
  lines.push(lines.length === 1 ? '（来月のセミナーはありません）' : `（${lines.length - 1} 件）`);
  return lines;
}

async function cashlessShopsOpenNow(now: number): Promise<string[]> {
  const [street] = await hall.streets.list({ signal });
  if (!street) return ['■ 営業中のキャッシュレス対応店', '（商店街が登録されていません）'];
  const lines = [`■ 営業中のキャッシュレス対応店（${street.name.ja}、${dayAndTime.format(new Date(now))} 現在）`];
  // `cashless` = any payment method but cash; `openAt` = open at that instant (holidays and exceptions included).
  for await (const shop of hall.shops.iterate({ streetId: street.id, payment: ['cashless'], openAt: tokyoDateTime(now) }, { signal })) {
    const cashless = shop.payments.filter((p) => p !== 'cash').map((p) => PAYMENT_JA[p]);
    lines.push(`・${shop.name.ja}（${shop.subcategory.ja}）${cashless.join('・')}`);
  }
  lines.push(lines.length === 1 ? '（いま営業中の店はありません）' : `（${lines.length - 1} 件）`);
  return lines;
}

async function freeSlots(now: number, shown = 10): Promise<string[]> {
  const [service] = await hall.consultations.services({ signal });
  if (!service) return ['■ 相談の空き枠', '（相談メニューが登録されていません）'];
  const from = tokyoDate(now);
  const to = tokyoDate(now + 13 * 24 * 60 * 60 * 1000);
  const slots = await hall.consultations.slots({ serviceId: service.id, from, to }, { signal });
  const lines = [`■ 相談の空き枠（${service.title.ja}、${service.durationMinutes}分、今日から2週間）`];
  for (const slot of slots.slice(0, shown)) {
    const channels = slot.channels.map((c) => CHANNEL_JA[c]).join('・');
    lines.push(`・${dayAndTime.format(new Date(slot.start))}〜${timeOnly.format(new Date(slot.end))} ${channels} 残り${slot.remaining}`);
  }
  if (slots.length === 0) lines.push('（空き枠はありません）');
  else lines.push(slots.length > shown ? `（ほか ${slots.length - shown} 枠、全 ${slots.length} 枠）` : `（${slots.length} 枠）`);
  return lines;
}

// ── Run, and fail the way a developer can act on ───────────────────────────────
try {
  const now = Date.now();
  // Three independent questions, asked at once; each section is printed whole.
  const sections = await Promise.all([seminarsNextMonth(now), cashlessShopsOpenNow(now), freeSlots(now)]);
  console.log(sections.map((lines) => lines.join('\n')).join('\n\n'));
} catch (error) {
  if (signal.aborted) {
    console.error('Interrupted.');
    process.exit(130);
  }
  if (isHallNetworkError(error)) {
    // `cause` holds the platform's error (e.g. ECONNREFUSED); the message holds only the method and path.
    const code = causeCode(error);
    console.error(`Cannot reach the hall API at ${API}${code ? ` (${code})` : ''}. Is the server running? Start it with \`npm start\`, or set HALL_API.`);
  } else if (isHallTimeoutError(error)) {
    console.error(`The hall API at ${API} did not answer in time (${error.message}).`);
  } else if (isHallError(error)) {
    // HTTP errors, answers that break the contract, arguments the SDK refused: all say which request failed.
    console.error(`The hall API failed: ${error.message}`);
  } else {
    throw error;
  }
  process.exit(1);
}

function causeCode(error: Error): string | undefined {
  for (let e: unknown = error.cause; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
