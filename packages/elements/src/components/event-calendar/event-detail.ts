/**
 * The detail of one occurrence, as shown in the calendar's dialog: when (in
 * Japan time), where, fee, organiser, audience, registration, a course's
 * sessions, what to bring, and the links (register, more information, add to
 * calendar). Every value from data is rendered as text; every link from data
 * goes through the URL allow-list and is left out when it fails.
 */
import type { EventOccurrence, Venue } from '@promotion-hall/sdk';
import { REGISTRATION_KINDS, type CourseSession } from '@promotion-hall/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { MessageParams } from '../../i18n/translate.js';
import { japanNoon } from '../../internal/japan-dates.js';
import { localized, text, type LocalizedValue } from '../../internal/localized.js';
import { safeUrl } from '../../internal/url.js';
import { categoryLabel } from './categories.js';
import { sessionOf, tooLateAfter } from './course-session.js';
import { datesCovered } from './day-index.js';
import { googleCalendarUrl } from './google-calendar.js';

export interface DetailContext {
  readonly lang: Lang;
  readonly fmt: Formatters;
  t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string;
  /** The hall's venues, once loaded (for room names); empty until then. */
  readonly venues: readonly Venue[];
  /** The .ics address of the event (from the SDK). */
  readonly icsUrl: string;
  /** Whether to say "Japan time" next to times (the visitor's zone is not Tokyo's). */
  readonly labelJapanTime: boolean;
  /** Now (ms since the epoch): applications past their deadline, or for an event over, are closed. */
  readonly now: number;
}

/** No more applications: the deadline has passed, or it is too late to join (the event is over, a course has begun). */
function applicationsClosed(occurrence: EventOccurrence, now: number): boolean {
  const { closesAt } = occurrence.registration;
  return (closesAt !== null && Date.parse(closesAt) <= now) || tooLateAfter(occurrence) <= now;
}


/** When an occurrence happens, in words: a date (or dates) for all-day events, else a date and a time range. */
export function whenText(occurrence: Pick<EventOccurrence, 'start' | 'end' | 'allDay'>, fmt: Formatters, t: DetailContext['t']): string {
  // One day, also when it ends at the next midnight (as the grid shows it: on its first day only).
  const { first, last } = datesCovered(occurrence);
  // "2026年12月14日(月) 18:30～20:30", "…(火) 終日"; in English a comma, as Intl writes date and time.
  const then = fmt.lang === 'ja' ? ' ' : ', ';
  if (occurrence.allDay) {
    const noon = (iso: string) => japanNoon(iso);
    const allDay = fmt.lang === 'ja' ? t('time.allDay') : t('time.allDay').toLowerCase();
    return first === last ? `${fmt.date(japanNoon(first))}${then}${allDay}` : `${fmt.date(japanNoon(first))}${fmt.lang === 'ja' ? '～' : ' – '}${fmt.date(japanNoon(last))}`;
  }
  return first === last ? `${fmt.date(occurrence.start)}${then}${fmt.timeRange(occurrence.start, occurrence.end)}` : fmt.timeRange(occurrence.start, occurrence.end);
}

/** Where, as words: the venue, the room, a place outside the hall (from data, each in its language), "online". */
function where(occurrence: EventOccurrence, ctx: DetailContext): LocalizedValue[] {
  const parts: LocalizedValue[] = [];
  const venue = occurrence.venueId ? ctx.venues.find((v) => v.id === occurrence.venueId) : undefined;
  const room = occurrence.roomId ? venue?.rooms.find((r) => r.id === occurrence.roomId) : undefined;
  if (venue) parts.push(localized(venue.name, ctx.lang));
  if (room) parts.push(localized(room.name, ctx.lang));
  if (occurrence.place) parts.push(localized(occurrence.place, ctx.lang));
  if (occurrence.online) parts.push({ text: ctx.t('event.online'), lang: ctx.lang });
  return parts;
}

function fee(occurrence: EventOccurrence, ctx: DetailContext): TemplateResult {
  const amount = occurrence.fee.amountYen;
  const price =
    amount === 0
      ? ctx.t('fee.free')
      : new Intl.NumberFormat(ctx.lang === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency: 'JPY' }).format(amount);
  // The brackets are the interface's: full-width in Japanese, ASCII after a space in English.
  const [open, close] = ctx.lang === 'ja' ? ['（', '）'] : [' (', ')'];
  return html`${price}${occurrence.fee.note ? html`${open}${text(localized(occurrence.fee.note, ctx.lang), ctx.lang)}${close}` : nothing}`;
}

function registration(occurrence: EventOccurrence, ctx: DetailContext): TemplateResult {
  const r = occurrence.registration;
  const { t, fmt } = ctx;
  const facts: string[] = [];
  // A kind this version does not know (from a newer server) is left out rather than guessed.
  if ((REGISTRATION_KINDS as readonly string[]).includes(r.kind)) facts.push(t(`event.registration.${r.kind}`));
  if (r.capacity !== null) facts.push(t('event.capacity', { count: r.capacity }));
  if (r.remaining !== null) facts.push(r.remaining === 0 ? t('event.full') : t('event.remaining', { count: r.remaining }));
  // A deadline read in another zone's time is missed by a day: the period says it is Japan time.
  const zone = ctx.labelJapanTime ? ` (${t('time.japanTime')})` : '';
  if (r.opensAt && r.closesAt) facts.push(t('event.period', { from: fmt.dateTime(r.opensAt), to: fmt.dateTime(r.closesAt) }) + zone);
  else if (r.opensAt) facts.push(t('event.opens', { from: fmt.dateTime(r.opensAt) }) + zone);
  else if (r.closesAt) facts.push(t('event.closes', { to: fmt.dateTime(r.closesAt) }) + zone);
  const closed = r.kind !== 'none' && applicationsClosed(occurrence, ctx.now);
  if (r.waitlist && !closed) facts.push(t('event.waitlist'));
  if (closed) facts.push(t('event.closed'));
  return html`<ul class="facts">${facts.map((fact) => html`<li class=${fact === t('event.full') || fact === t('event.closed') ? 'full' : ''}>${fact}</li>`)}</ul>`;
}

/** A course's schedule, the session this occurrence is marked (in words too, not only in bold). */
function sessions(occurrence: EventOccurrence, ctx: DetailContext): TemplateResult | typeof nothing {
  if (occurrence.sessions.length === 0) return nothing;
  const { t, fmt } = ctx;
  const current = sessionOf(occurrence);
  const [open, close] = ctx.lang === 'ja' ? ['（', '）'] : [' (', ')'];
  // The session shown is marked in words (（この回）), which everyone reads: no aria-current too,
  // which screen readers would say again ("current").
  return html`
    <dt>${t('event.sessions', { count: occurrence.sessions.length })}</dt>
    <dd>
      <ol class="sessions" role="list">
        ${occurrence.sessions.map(
          (s) => html`<li class=${s === current ? 'current-session' : ''}>
            ${t('event.session', { index: s.index })}: ${whenText({ ...s, allDay: false }, fmt, t)}${s.title ? html`${ctx.lang === 'ja' ? ' ' : ' — '}${text(localized(s.title, ctx.lang), ctx.lang)}` : nothing}${s === current
              ? `${open}${t('event.thisSession')}${close}`
              : nothing}
          </li>`,
        )}
      </ol>
      ${ctx.labelJapanTime ? html`<p class="note">${t('calendar.japanTimeNote')}</p>` : nothing}
      ${occurrence.allSessionsRequired ? html`<p class="note">${t('event.allSessionsRequired')}</p>` : nothing}
    </dd>
  `;
}

/**
 * A session as a calendar entry's title, as the hall's .ics file writes it (server, domain/ics.ts):
 * "創業塾 第2回 事業計画", "Start-up school, session 2: Business plans".
 */
function sessionTitle(occurrence: EventOccurrence, session: CourseSession, ctx: DetailContext): string {
  const course = localized(occurrence.title, ctx.lang).text;
  const own = session.title ? localized(session.title, ctx.lang).text : '';
  const number = ctx.t('event.sessionInTitle', { index: session.index });
  return ctx.lang === 'ja' ? `${course} ${number}${own ? ` ${own}` : ''}` : `${course}, ${number}${own ? `: ${own}` : ''}`;
}

function links(occurrence: EventOccurrence, ctx: DetailContext): TemplateResult {
  const { t } = ctx;
  const session = sessionOf(occurrence);
  const title = session ? sessionTitle(occurrence, session, ctx) : localized(occurrence.title, ctx.lang).text;
  const summary = occurrence.summary ? localized(occurrence.summary, ctx.lang).text : '';
  const location = where(occurrence, ctx)
    .map((part) => part.text)
    // As the hall's .ics writes LOCATION: spaces between Japanese names, commas between English ones.
    .join(ctx.lang === 'en' ? ', ' : ' ');
  // "Register" only where a visitor can: not for an event without applications, nor before
  // they open, once they have closed, or when it is full with no waiting list.
  const r = occurrence.registration;
  const canApply =
    r.kind !== 'none' && !applicationsClosed(occurrence, ctx.now) && !(r.opensAt !== null && Date.parse(r.opensAt) > ctx.now) && !(r.remaining === 0 && !r.waitlist);
  const register = canApply ? safeUrl(r.url) : undefined;
  const page = safeUrl(occurrence.url);
  const ics = safeUrl(ctx.icsUrl);
  const google = safeUrl(googleCalendarUrl(occurrence, { title, details: summary, location }));
  const external = (href: string, label: string, part: string) => externalLink(href, label, part, t('link.newWindow'));
  return html`
    <div class="links">
      ${register ? external(register, t('event.register'), 'register-link') : nothing}
      ${page ? external(page, t('event.moreInfo'), 'event-link') : nothing}
    </div>
    <div class="links" role="group" aria-label=${t('event.addToCalendar')}>
      <span class="links-label" aria-hidden="true">${t('event.addToCalendarLead')}</span>
      ${ics ? html`<a part="ics-link" class="link" href=${ics} download>${t('event.ics')}</a>` : nothing}
      ${google ? external(google, t('event.google'), 'google-link') : nothing}
    </div>
  `;
}

/** A link that opens in a new window, and says so to screen readers (`newWindow`: the catalogue's words). `href` is already allow-listed. */
export function externalLink(href: string, label: string, part: string, newWindow: string): TemplateResult {
  return html`<a part=${part} class="link" href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden">${newWindow}</span></a>`;
}

/** The body of the detail dialog (its heading is rendered by the calendar). */
export function renderEventDetail(occurrence: EventOccurrence, ctx: DetailContext): TemplateResult {
  const { t, lang } = ctx;
  const places = where(occurrence, ctx);
  const session = sessionOf(occurrence);
  return html`
    <p class="detail-category"><span part="event-category" class="badge">${categoryLabel(occurrence.category, t)}</span></p>
    ${occurrence.summary ? html`<p class="summary">${text(localized(occurrence.summary, lang), lang)}</p>` : nothing}
    <dl class="detail">
      <dt>${t('event.when')}</dt>
      <dd>
        ${session ? `${t('event.session', { index: session.index })}: ` : ''}${whenText(occurrence, ctx.fmt, t)}${ctx.labelJapanTime && !occurrence.allDay ? html` <span class="muted">(${t('time.japanTime')})</span>` : nothing}
      </dd>
      ${places.length > 0 ? html`<dt>${t('event.where')}</dt><dd>${places.map((p, i) => html`${i > 0 ? ' / ' : ''}${text(p, lang)}`)}</dd>` : nothing}
      <dt>${t('event.fee')}</dt>
      <dd>${fee(occurrence, ctx)}</dd>
      <dt>${t('event.organizer')}</dt>
      <dd>${text(localized(occurrence.organizer, lang), lang)}</dd>
      ${occurrence.audience ? html`<dt>${t('event.audience')}</dt><dd>${text(localized(occurrence.audience, lang), lang)}</dd>` : nothing}
      <dt>${t('event.registration')}</dt>
      <dd>${registration(occurrence, ctx)}</dd>
      ${sessions(occurrence, ctx)}
      ${occurrence.whatToBring ? html`<dt>${t('event.whatToBring')}</dt><dd>${text(localized(occurrence.whatToBring, lang), lang)}</dd>` : nothing}
    </dl>
    <p class="description">${text(localized(occurrence.description, lang), lang)}</p>
    ${links(occurrence, ctx)}
  `;
}
