/**
 * One shop in full, for the directory's detail dialog: the week's hours with today
 * marked, 定休日 and holiday notes, payments and services (an icon beside the words,
 * never an icon alone), barrier-free facts, the address with a map link (a link
 * only: no map tiles are loaded), the phone as a `tel:` link and the web site
 * through the URL allow-list. Every value from data is rendered as text.
 */
import type { Shop, ShoppingStreet } from '@promotion-hall/sdk';
import { periodsOn } from '@promotion-hall/sdk/opening-hours';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { MessageParams } from '../../i18n/translate.js';
import { localized, text } from '../../internal/localized.js';
import { safeUrl } from '../../internal/url.js';
import { addDays, columnOf, japanNoon } from '../../internal/japan-dates.js';

export interface ShopDetailContext {
  readonly lang: Lang;
  readonly fmt: Formatters;
  t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string;
  readonly streets: ReadonlyMap<string, ShoppingStreet>;
  /** Today in Japan, `YYYY-MM-DD`. */
  readonly today: string;
  readonly isHoliday: (date: string) => boolean;
}

/** Small line icons, static markup of this module (never data), hidden from screen readers: the words beside them say it. */
const ICON_PATHS: Readonly<Record<string, string>> = {
  cash: 'M3 7h18v10H3z M12 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5',
  credit_card: 'M3 6h18v12H3z M3 10h18',
  e_money: 'M7 3h10v18H7z M10 18h4',
  qr_code: 'M4 4h6v6H4z M14 4h6v6h-6z M4 14h6v6H4z M14 14h2v2h-2z M18 18h2v2h-2z',
};
function icon(name: string): TemplateResult | typeof nothing {
  const d = ICON_PATHS[name];
  if (!d) return nothing;
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${d}></path>`}</svg>`;
}

/** The next seven days from today, each with its hours (or "closed"), in Japan time. */
function hoursTable(shop: Shop, ctx: ShopDetailContext): TemplateResult {
  const { t, fmt } = ctx;
  const names = fmt.weekdays('short');
  const days = Array.from({ length: 7 }, (_, i) => addDays(ctx.today, i));
  return html`
    <table class="hours">
      <caption class="visually-hidden">${t('shop.hours')}</caption>
      <tbody>
        ${days.map((date) => {
          const periods = periodsOn(shop.hours, date, ctx.isHoliday);
          const isToday = date === ctx.today;
          const label = `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))} (${names[columnOf(date, 'sun')]})`;
          return html`<tr class=${isToday ? 'today' : ''} aria-current=${isToday ? 'date' : nothing}>
            <th scope="row">${isToday ? html`<span class="today-mark">${t('shop.today')}</span> ` : nothing}${label}</th>
            <td>${periods.length === 0 ? t('shop.closedDay') : periods.map((p, i) => html`${i > 0 ? ', ' : ''}${p.opens}–${p.closes}`)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  `;
}

function exceptions(shop: Shop, ctx: ShopDetailContext): TemplateResult | typeof nothing {
  const upcoming = shop.hours.exceptions.filter((e) => e.date >= ctx.today).slice(0, 10);
  if (upcoming.length === 0) return nothing;
  return html`<dt>${ctx.t('shop.exceptions')}</dt>
    <dd>
      <ul class="plain">
        ${upcoming.map(
          (e) => html`<li>
            ${ctx.fmt.date(japanNoon(e.date))}:
            ${e.closed ? ctx.t('shop.exceptionClosed') : e.periods.map((p, i) => html`${i > 0 ? ', ' : ''}${p.opens}–${p.closes}`)}
            ${e.note ? html` (${text(localized(e.note, ctx.lang), ctx.lang)})` : nothing}
          </li>`,
        )}
      </ul>
    </dd>`;
}

function barrierFree(shop: Shop, ctx: ShopDetailContext): TemplateResult {
  const { t } = ctx;
  const bf = shop.barrierFree;
  const facts: string[] = [];
  if (bf.stepFreeEntrance) facts.push(t('barrier.step_free_entrance'));
  if (bf.maxStepCm !== null && bf.maxStepCm > 0) facts.push(t('shop.step', { cm: bf.maxStepCm }));
  if (bf.entranceWidthCm !== null) facts.push(t('shop.entranceWidth', { cm: bf.entranceWidthCm }));
  if (bf.groundFloorOrLift) facts.push(t('barrier.ground_floor_or_lift'));
  if (bf.accessibleToilet) facts.push(t('barrier.accessible_toilet'));
  if (bf.accessibleParking) facts.push(t('barrier.accessible_parking'));
  return facts.length === 0 ? html`${t('shop.noBarrierFacts')}` : html`<ul class="plain">${facts.map((f) => html`<li>${f}</li>`)}</ul>`;
}

/** A map search for the shop's address at its coordinates: a plain link, nothing loads until the visitor follows it. */
function mapUrl(shop: Shop): string | undefined {
  const url = new URL('https://www.google.com/maps/search/');
  url.searchParams.set('api', '1');
  url.searchParams.set('query', `${shop.address.location.lat},${shop.address.location.lng}`);
  return safeUrl(url.href);
}

/** The body of the detail dialog (its heading is rendered by the directory). */
export function renderShopDetail(shop: Shop, ctx: ShopDetailContext): TemplateResult {
  const { t, lang } = ctx;
  const streets = shop.streetIds.map((id) => ctx.streets.get(id)).filter((s): s is ShoppingStreet => s !== undefined);
  const phone = shop.phone ? safeUrl(`tel:${shop.phone.replace(/-/g, '')}`) : undefined;
  const site = safeUrl(shop.url);
  const map = mapUrl(shop);
  return html`
    <p class="detail-kind">
      <span part="badge" class="badge">${text(localized(shop.subcategory, lang), lang)}</span>
      <span class="reading" lang="ja">${shop.name.kana}</span>
    </p>
    ${shop.description ? html`<p class="description">${text(localized(shop.description, lang), lang)}</p>` : nothing}
    <dl class="detail">
      <dt>${t('shop.hours')}</dt>
      <dd>
        ${hoursTable(shop, ctx)}
        ${shop.hours.regularHoliday
          ? html`<p class="note">${t('shop.regularHoliday')}: ${text(localized(shop.hours.regularHoliday, lang), lang)}</p>`
          : nothing}
        ${shop.hours.closedOnPublicHolidays ? html`<p class="note">${t('shop.closedOnHolidays')}</p>` : nothing}
      </dd>
      ${exceptions(shop, ctx)}
      <dt>${t('shop.payments')}</dt>
      <dd>
        <ul class="plain inline">
          ${shop.payments.map((p) => html`<li>${icon(p)}${t(`payment.${p}`)}</li>`)}
        </ul>
      </dd>
      ${shop.services.length > 0
        ? html`<dt>${t('shop.services')}</dt>
            <dd>
              <ul class="plain inline">
                ${shop.services.map((s) => html`<li>${t(`shopService.${s}`)}</li>`)}
              </ul>
            </dd>`
        : nothing}
      <dt>${t('shop.barrierFree')}</dt>
      <dd>${barrierFree(shop, ctx)}</dd>
      ${streets.length > 0
        ? html`<dt>${t('shop.streets')}</dt>
            <dd>${streets.map((s, i) => html`${i > 0 ? t('list.separator') : ''}${text(localized(s.name, lang), lang)}`)}</dd>`
        : nothing}
      <dt>${t('shop.address')}</dt>
      <dd>
        〒${shop.address.postalCode} ${text(localized(shop.address.text, lang), lang)}
        ${map ? html`<br /><a part="map-link" class="link" href=${map} target="_blank" rel="noopener noreferrer">${t('shop.map')}<span class="visually-hidden">${t('link.newWindow')}</span></a>` : nothing}
      </dd>
      ${shop.phone
        ? html`<dt>${t('shop.phone')}</dt>
            <dd>${phone ? html`<a part="phone-link" class="link" href=${phone}>${shop.phone}</a>` : shop.phone}</dd>`
        : nothing}
      ${site
        ? html`<dt>${t('shop.website')}</dt>
            <dd><a part="website-link" class="link" href=${site} target="_blank" rel="noopener noreferrer">${site}<span class="visually-hidden">${t('link.newWindow')}</span></a></dd>`
        : nothing}
    </dl>
  `;
}
