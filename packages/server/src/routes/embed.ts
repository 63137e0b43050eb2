/**
 * Embed pages at GET /embed/calendar, /embed/shops and /embed/booking: one small HTML
 * document per widget, for sites whose builders (Jimdo, Wix, Peraichi, Ameba Ownd, note …)
 * strip `<script>` but keep `<iframe>`. Each page loads one CDN bundle from /widgets/ and
 * holds one element, its attributes taken from allow-listed, validated query parameters
 * (an invalid one is the API's 400 problem with field errors; unknown ones are ignored).
 *
 * The pages have no inline script or style (their stylesheet is /embed/embed.css), so
 * they run under the site's strict Content-Security-Policy, except that other sites may
 * frame them: `frame-ancestors` comes from HALL_EMBED_FRAME_ANCESTORS (config.ts says
 * why its default is `*`). Every value written into a page goes through `escapeHtml`.
 */
import { EventCategory, Id, Language } from '@promotion-hall/sdk/schemas';
import { Hono, type Context } from 'hono';
import { existsSync } from 'node:fs';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { escapeHtml } from '../docs-page.js';
import { sendText } from '../http/json.js';
import { notFound } from '../http/problem.js';
import { parseQuery } from '../http/validate.js';
import { contentSecurityPolicy, WIDGETS_NOT_BUILT } from './static.js';

export const EMBED_STYLESHEET_PATH = '/embed/embed.css';

/**
 * No margin, no background (the host site's shows through), and room around the element
 * for the 3px focus ring drawn 2px outside a control, which the frame would clip.
 */
export const EMBED_CSS = 'html,body{margin:0;background:transparent}body{padding:6px}\n';

const CACHE = 'public, max-age=300';

/** Parameters every embed page takes. */
const common = {
  lang: z.optional(Language),
  theme: z.optional(z.enum(['light', 'dark', 'auto'])),
  era: z.optional(z.boolean()),
};

/** `seminar fair` or `seminar,fair`, as the element's attribute or the API's parameter would be written. */
const CategoryList = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text: string) => text.split(/[\s,]+/).filter((v) => v.length > 0)),
  ),
  z.array(EventCategory).check(z.minLength(1)),
);

const CalendarQuery = z.object({
  ...common,
  street: z.optional(Id),
  categories: z.optional(CategoryList),
  view: z.optional(z.enum(['month', 'list'])),
  'week-start': z.optional(z.enum(['sun', 'mon'])),
});

const ShopsQuery = z.object({ ...common, street: z.optional(Id) });

/**
 * `source`: the street whose site frames the form. No `reference` or `manage-token`:
 * a token in the query would reach logs and Referer headers; the confirmation's manage
 * link carries it in the fragment, which the element reads itself.
 */
const BookingQuery = z.object({ ...common, service: z.optional(Id), source: z.optional(Id) });

interface Widget {
  tag: string;
  bundle: string;
  title: { ja: string; en: string };
}

const WIDGETS = {
  calendar: { tag: 'hall-event-calendar', bundle: 'hall-event-calendar.js', title: { ja: 'イベントカレンダー', en: 'Event calendar' } },
  shops: { tag: 'hall-shop-directory', bundle: 'hall-shop-directory.js', title: { ja: 'お店をさがす', en: 'Shop directory' } },
  booking: { tag: 'hall-consultation-booking', bundle: 'hall-consultation-booking.js', title: { ja: '相談の予約', en: 'Book a consultation' } },
} as const satisfies Record<string, Widget>;

type Attributes = Record<string, string | boolean | undefined>;

/** The whole page; attribute values are escaped, `true` writes a bare boolean attribute, `false`/`undefined` none. */
export function renderEmbedPage(widget: Widget, lang: Language, attributes: Attributes): string {
  const all: Attributes = { 'api-base': '/api/v1', lang, ...attributes };
  const attrs = Object.entries(all)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(widget.title[lang])}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${EMBED_STYLESHEET_PATH}">
<script type="module" src="/widgets/${escapeHtml(widget.bundle)}"></script>
</head>
<body>
<${widget.tag}${attrs}></${widget.tag}>
</body>
</html>
`;
}

export function embedRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const { widgetsDir, embedFrameAncestors } = deps.config;

  // Decided at start, as for /widgets/ itself (static.ts): a page whose bundle 404s would
  // show the visitor an empty frame, so say what is missing instead.
  if (widgetsDir === null) {
    app.all('/embed/*', () => {
      throw notFound('This server does not serve the widget bundles (HALL_WIDGETS_DIR is empty), so it has no embed pages.');
    });
    return app;
  }
  if (!existsSync(widgetsDir)) {
    app.all('/embed/*', () => {
      throw notFound(WIDGETS_NOT_BUILT);
    });
    return app;
  }

  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(embedFrameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  const page = (c: Context, widget: Widget, lang: Language | undefined, attributes: Attributes) =>
    sendText(c, renderEmbedPage(widget, lang ?? 'ja', attributes), 'text/html; charset=utf-8', CACHE, headers);

  app.get('/embed/calendar', (c) => {
    const q = parseQuery(c, CalendarQuery);
    return page(c, WIDGETS.calendar, q.lang, {
      theme: q.theme,
      era: q.era,
      street: q.street,
      categories: q.categories?.join(' '),
      view: q.view,
      'week-start': q['week-start'],
    });
  });
  app.get('/embed/shops', (c) => {
    const q = parseQuery(c, ShopsQuery);
    return page(c, WIDGETS.shops, q.lang, { theme: q.theme, era: q.era, street: q.street });
  });
  app.get('/embed/booking', (c) => {
    const q = parseQuery(c, BookingQuery);
    return page(c, WIDGETS.booking, q.lang, { theme: q.theme, era: q.era, service: q.service, source: q.source });
  });
  app.get(EMBED_STYLESHEET_PATH, (c) => sendText(c, EMBED_CSS, 'text/css; charset=utf-8', CACHE, headers));
  return app;
}
