/**
 * The CDN bundles as built (`npm run build`, which `npm test` runs first): their size
 * budgets from targets.md (minified, gzip -9), and what a strict host page needs of them —
 * no console output, no `eval`/`new Function`, zod in jitless mode, a source map beside each.
 * Loading a bundle twice is checked in a real page by examples/shopping-street-site/test/e2e.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const CDN_DIR = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const DEFINE_DIR = fileURLToPath(new URL('../src/define/', import.meta.url));
const ALL_IN_ONE_ENTRY = fileURLToPath(new URL('../src/cdn/hall-elements.ts', import.meta.url));

const KB = 1024;
/** targets.md, "Size": the all-in-one bundle (three widgets, provider, SDK, Lit) and each single-element file. */
const ALL_IN_ONE_BUDGET = 40 * KB;
const ELEMENT_BUDGET = 30 * KB;
/**
 * What is enforced until ADR 0006 (the SDK's size, "proposed") is decided: with ky 2
 * and every schema in the SDK, lit + SDK alone are ≈ 31 KB gzip, over the 30 KB budget
 * of a single widget before any widget code. The ceilings sit just above today's sizes,
 * so the bundles cannot grow unnoticed; the budgets are reported beside them.
 * Raised by 1 KB each on 2026-11-26 for ADR 0012 (hand-written date and number formats,
 * the directory's ShopInterner, the booking form's "not allowed here" notice): ≈ 1.1–1.3 KB
 * gzip for first frames ≈ 30 ms shorter and the directory's heap from 22.4 to 9.7 MB.
 * Lowered by 1 KB each (2 KB for the all-in-one) the same night, when the CDN build began to
 * minify the markup and CSS in the templates (rollup.config.js): the gain is kept.
 * Lowered again on 2026-11-27 by 2.5–3.5 KB for the single widgets, when each began to build
 * only the SDK resources it reads (internal/clients.ts) and the CDN build to honour the
 * packages' `sideEffects` (rollup.config.js), so a widget no longer carries every schema.
 * The all-in-one raised by 0.5 KB the same day for the calendar showing what the client
 * already holds before revalidating it (`events.kept`, `calendar.keptDays`): +0.3 KB gzip
 * in the calendar and the all-in-one, for a first frame without a skeleton in that case.
 * The calendar and the booking form raised by 0.1 KB the same day, when the widgets' date
 * arithmetic became the SDK's japan-time (one implementation with the server and the
 * opening-hours rules): +60 B gzip for the two widgets that did not carry it already,
 * −37 B for the directory and −77 B for the all-in-one.
 * The calendar and the all-in-one raised by 0.2 and 0.1 KB the same day for the calendar's
 * accessibility fixes (+269 B gzip): focus kept when the view changes under it, forced-colour
 * styles, titles readable at 200 % zoom, the list's days as groups, the first frame already in
 * the list on a phone. Both raised by 0.2 KB more for a closed application said as closed,
 * without its "Register" link (+120 B gzip), and 0.2 KB more for what a page's attributes
 * can get wrong (+153 B: a refused `street` said in the element, `week-start` and `max-events`
 * read to their defaults, background loads cancelled).
 * Every widget raised by 0.2 KB the same day for saying what it needs when it has neither an
 * `api-base` nor a provider (+190–205 B gzip each; it used to show a skeleton forever).
 * The calendar and the all-in-one raised by 0.1 KB on 2026-11-27 (later) for the calendar's
 * speed work of ADR 0015: +258 B and +274 B gzip (the font stack per language +26–35 B in
 * every widget, fewer date conversions and an idle revalidation +58 B, chips without per-render
 * closures +103 B, then a QA pass's fixes: times that wrap, kept months revalidated when shown
 * again), for a 10,000-event switch's layout a quarter shorter and its script ≈ 1 ms less.
 * The calendar and the all-in-one raised by 0.2 KB more the same day for a second QA pass's
 * fixes (+152 B and +146 B gzip): the Google link's places, "Register" only when a visitor can
 * apply, no start time on the days an event continues, "today" moving at midnight in Japan,
 * the categories attribute read in any case.
 * The calendar and the all-in-one raised by 0.3 KB on 2026-11-27 (a later session) for a course listed on each
 * of its session days (+272 B and +194 B gzip): which session a chip, a row and the detail
 * show, the current one marked in the schedule, no applications once a course attended whole
 * has begun, and the Google link's texts capped without halving a character; then +79 B and
 * +78 B for the .ics file in the element's language (the SDK's `IcsQuery`); then +0.1 KB more for
 * an evening ending at 24:00 and a street's site showing the hall's events too (`includeHall`),
 * +34 B and +29 B, which left 11 and 6 bytes of room; then +0.1 KB more for the contract checking
 * a course's schedule (sessions in order, a course's dates its sessions, no course that also
 * recurs) and the schedule without list numbers beside 第N回: +162 B and +164 B. The calendar
 * raised by 0.2 KB more after a review (+169 B): the Google link names a session as the .ics
 * does (with its own title), the contract says a street event names its street, and a course
 * that also recurs is its own error on `recurrence`. The calendar, the directory and the all-in-one
 * raised by 0.1 KB the same day for a `street` the hall does not have, said as such (the shared
 * catalogue's `error.street`, +101 to +120 B in every widget; the booking form stayed within its).
 * The calendar and the all-in-one raised by 0.7 KB on 2026-11-27 (a third session), +755 B and
 * +710 B in all: +91 B and +100 B for the era in English ("December Reiwa 8", in the shared formats,
 * which also cost the directory +107 B and the booking form +90 B, hence their +0.1 KB); the rest for a
 * QA pass's findings and their review: PageUp/PageDown from the month shown, Ctrl+Home/End, the
 * browser's own keys left alone, a tab stop and focus that follow the day when the page changes
 * `month` or `week-start`, "Back" to the event opened in a day's list, "Today" in the list (also
 * when its month still loads), the list's day kept for the grid, a filter given back when
 * `categories` changes, a day's list "loading" or failed rather than "empty", a part per category,
 * the announcement cleared after a change of language, a course's session named on every day;
 * then an accessibility pass: list rows that wrap by their own width (WCAG 1.4.12), English chips
 * with the time above the title up to 64rem, no "0 events" in a cell before its month is there.
 * Lowered on 2026-11-27 (a fourth session) when the elements' private members became ES `#private`,
 * whose names terser shortens: the calendar 46339 → 45974 B (after +78 B for reading the language
 * and today once per render), the all-in-one 83235 → 82628 B, the booking form 50155 → 49960 B,
 * the directory 53116 → 53072 B. Then +0.1 KB for the calendar and the booking form (+0.2 KB for the
 * all-in-one) for `heading-level` (+97 B and +138 B: headings at the page's level, internal/heading-level.ts),
 * a cancellable `hall-event-select` (+15 B) and list times that line up in English (+11 B).
 * Then +0.4 KB for the calendar and the all-in-one (+370 B and +373 B) for its "subscribe" links:
 * the SDK's `feedUrl` with its checked query (`EventsFeedQuery`), `webcal:` and Google's subscribe
 * page, two catalogue entries in each language.
 * Then +0.1 KB for the calendar and the all-in-one on 2026-11-27 (a fifth session; the calendar
 * 46524 → 46682 B, the all-in-one 83272 → 83413 B): +16 B for a
 * full-width colon after 「カレンダーに追加」 (a catalogue entry in each language), +77 B for a
 * long list (over 200 rows) whose days out of sight skip style, layout and paint
 * (`content-visibility: auto`; in a trial, a 1,000-event month on a phone: first frame ≈ 104 →
 * 75 ms), +59 B for one listener for every list row instead of a closure each (then ≈ 68 ms).
 * Then +6 B: every list row draws its focus ring inside it (a long list's days would cut it); then
 * −21 B and −18 B when the list's row count also decided whether the month is empty (46661 B, 83395 B).
 * Then +0.2 KB for the calendar and +0.1 KB for the all-in-one on 2026-11-27 (a sixth session:
 * +190 B, +117 B) for an audit's findings: no endless skeleton under a failed load in the list, "no
 * events of the chosen types" when the filter hides a month's events (announced as the boxes
 * change), the closed days of an empty month kept in the list, `day-holiday` only on holidays and
 * closures, and a `view` set again by a framework that no longer undoes the visitor's switch.
 * Then +0.2 KB for the calendar and +0.3 KB for the all-in-one (+208 B, +279 B: 47059 B, 83791 B)
 * for data that does not go stale on a page left open: a range the hall confirmed over a minute
 * ago is shown and asked again, the month on screen is asked again when the page is seen again,
 * when the connection is back (a failed month loads by itself) and every five minutes, and a
 * range read without its days asks for them again (ADR 0008).
 * Then +0.1 KB for the calendar and the all-in-one (+109 B, +110 B: 47168 B, 83901 B) for times
 * said to be Japan time to a visitor abroad: a note under the toolbar, and in the detail the
 * application period and a course's schedule (domain.md).
 * Then +0.3 KB for both (+235 B, +225 B: 47416 B, 84151 B) for a review of that: a refresh never cuts
 * short a request still running and reloads a failed month only when the connection returns, an
 * aborted read is never applied, focus stays on the event it was on when new data moves the rows,
 * and an open detail shows the hall's latest answer. (Between the two, the event classes of
 * src/events/ cost +22 B and +59 B, and `visitorAbroad` saved 9 B and 34 B.) Then +60 B and +62 B,
 * within those ceilings, for printing (47476 B, 84213 B): no controls on paper, whole titles.
 * Then `hall-load-error` in every widget (conventions.md, ADR 0020): the calendar +90 B (47566 B),
 * the directory +95 B (53164 B, its ceiling +0.1 KB), the booking form +66 B (50165 B), the
 * all-in-one +132 B (84345 B, +0.1 KB). Then, after a review, +41 B in the booking form (50206 B,
 * +0.1 KB): its services and booking-to-manage loads ignore an answer a later load replaced, the
 * times of a service left behind are cancelled, and its refused address is reported; +6 B in the
 * directory (53170 B): a search sent to the hall is cancelled when the set is loaded again; the
 * all-in-one +48 B (84393 B, +0.1 KB). Then +12 B in the directory (53182 B) and +35 B in the
 * all-in-one (84428 B): a large set loaded again asks the hall for the search still in the box.
 * A last read of the change: the calendar −23 B (47543 B; a chip's or a row's event found from the
 * day it stands on, one way), the directory +12 B (53194 B; "is the visitor searching?" asked in
 * one place), the all-in-one +1 B (84429 B).
 * On 2026-11-27 (a seventh session), an embedding audit: a detail dialog stays modal when a page's
 * script moves the element (HallElement, every widget), the calendar's room names follow a new
 * client, and its first view reads the width in CSS pixels (a page's zoom), with a load tried once
 * more when the connection comes back during it: the calendar +124 B (47667 B), the directory
 * +100 B (53294 B), the booking form +66 B (50272 B), the all-in-one +98 B (84527 B); +0.1 KB each
 * but the booking form's. Part 2: every widget keeps its own text styles and box sizing on any page
 * (a theme's 62.5 % root font, centred or pre-wrapped text, content-box), sizes in em instead of
 * rem, and a width where a page sizes it by its content (the sizer): the calendar +123 B (47790 B),
 * the directory +131 B (53425 B), the booking form +111 B (50383 B), the all-in-one +132 B
 * (84659 B); +0.1 KB each, +0.2 KB for the booking form. Then a screen-reader audit of the
 * calendar: pauses heard between a list day's date, holiday and closure and a row's time, title and
 * category (generated text, no element), a crowded day's date said once, the landmark's label not
 * read again, "back" naming its day: the calendar +75 B (47865 B), the all-in-one +51 B (84710 B);
 * +0.1 KB each. Then a soak audit: the directory's list draws nothing for an item past a list that
 * a search had just shortened (it threw on the host page), and neither it nor the calendar loads
 * while off the page: the calendar +3 B (47868 B), the directory +14 B (53439 B), the all-in-one
 * +14 B (84724 B), within the ceilings. Then the directory unwatches the rows its list loses (the
 * virtualiser's ResizeObserver kept every row it ever drew, lit/lit#5363): the directory +121 B
 * (53560 B), the all-in-one +187 B (84911 B); +0.2 KB each. Then the booking form's service and
 * slot steps in forms of their own (Chromium kept every radio removed from the shadow root, and
 * its step): +37 B (50420 B), within the ceiling. Then a search not kept by the client (+2 B in the
 * directory, 53562 B) and the employees checked with the server's schema (+21 B in the booking form,
 * 50441 B): the all-in-one 84977 B, within its ceiling. Then "予定なし" (no events) instead of
 * "予定0件" in the calendar's spoken day and month (a message's `#zero` form): the calendar +48 B
 * (47910 B), the all-in-one +50 B (85027 B, +0.1 KB). A last read: a detail closed, not shown again,
 * when the element leaves the page, and a sizer of twelve 5em boxes: the calendar 47885 B, the
 * directory 53563 B, the booking form 50414 B, the all-in-one 85032 B. A read of the whole change:
 * one `japanNoon` for the nine places that formatted a Japan date, one base rule for check boxes'
 * and radios' font, one way to load a failed month again: the calendar 47909 B, the directory
 * 53578 B, the booking form 50433 B, the all-in-one 85023 B.
 */
const CEILINGS: Readonly<Record<string, number>> = {
  'hall-elements': 83.1 * KB,
  'hall-event-calendar': 46.8 * KB,
  'hall-shop-directory': 52.4 * KB,
  'hall-consultation-booking': 49.3 * KB,
};
const ceilingOf = (name: string, budget: number): number => CEILINGS[name] ?? budget;

/** Every `define/` entry, named after its tag: hall-provider.ts → hall-provider. */
const DEFINED_TAGS = readdirSync(DEFINE_DIR)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();
/**
 * The provider is not a widget: it only matters beside others, so it ships in the
 * all-in-one bundle, not on its own. Each widget has its own single-element bundle.
 */
const ALL_IN_ONE_ONLY = ['hall-provider'];
const ELEMENT_TAGS = DEFINED_TAGS.filter((tag) => !ALL_IN_ONE_ONLY.includes(tag));
const ALL_IN_ONE = 'hall-elements';
const BUNDLES = [ALL_IN_ONE, ...ELEMENT_TAGS];

function bundle(name: string): string {
  const file = `${CDN_DIR}${name}.js`;
  if (!existsSync(file)) assert.fail(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return readFileSync(file, 'utf8');
}

const gzipSize = (code: string): number => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const sized = (bytes: number): string => `${kb(bytes)} (${bytes} B)`;

/** Patterns a page with `script-src 'self'` (no 'unsafe-eval') refuses, and a console left in. */
const BANNED: readonly { name: string; pattern: RegExp }[] = [
  { name: 'console.', pattern: /\bconsole\s*\./ },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\b/ },
  { name: 'Function(', pattern: /(?<![\w$.])Function\s*\(/ },
];

describe('CDN bundles (packages/elements/dist/cdn)', () => {
  it('has one bundle per widget, and hall-elements.js registers every element', () => {
    const entry = readFileSync(ALL_IN_ONE_ENTRY, 'utf8');
    for (const tag of DEFINED_TAGS) {
      assert.match(entry, new RegExp(`['"]\\.\\./define/${tag}\\.js['"]`), `src/cdn/hall-elements.ts does not import define/${tag}.js`);
      assert.match(bundle(ALL_IN_ONE), new RegExp(`customElements\\.define\\("${tag}"`), `${ALL_IN_ONE}.js does not define <${tag}>`);
    }
    for (const tag of ELEMENT_TAGS) {
      assert.match(bundle(tag), new RegExp(`customElements\\.define\\("${tag}"`), `${tag}.js: add it to cdnBundles in rollup.config.js`);
    }
  });

  for (const [name, budget] of [[ALL_IN_ONE, ALL_IN_ONE_BUDGET], ...ELEMENT_TAGS.map((tag) => [tag, ELEMENT_BUDGET] as const)] as const) {
    const ceiling = ceilingOf(name, budget);
    it(`keeps ${name}.js within ${kb(ceiling)} gzip (budget ${kb(budget)})`, (t) => {
      const code = bundle(name);
      const size = gzipSize(code);
      const verdict = size <= budget ? 'within budget' : `over budget by ${kb(size - budget)} (ADR 0006)`;
      t.diagnostic(`${name}.js: ${sized(size)} gzip (${kb(code.length)} minified), budget ${kb(budget)}: ${verdict}`);
      assert.ok(size <= ceiling, `${name}.js is ${sized(size)} gzip, over its ceiling of ${sized(ceiling)}`);
    });
  }

  for (const name of BUNDLES) {
    it(`${name}.js: no console, no eval, zod jitless, with a source map`, () => {
      const code = bundle(name);
      for (const { name: rule, pattern } of BANNED) assert.doesNotMatch(code, pattern, `${name}.js contains ${rule}`);
      // Without jitless, zod probes `new Function` on its first parse and strict pages log a violation.
      if (/\bZod[A-Z]/.test(code)) assert.match(code, /\bjitless:\s*(?:!0|true)\b/, `${name}.js bundles zod without config({ jitless: true })`);

      assert.ok(code.trimEnd().endsWith(`//# sourceMappingURL=${name}.js.map`), `${name}.js does not point to its source map`);
      const mapFile = `${CDN_DIR}${name}.js.map`;
      assert.ok(existsSync(mapFile), `${name}.js.map is missing`);
      const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { version?: unknown; sources?: unknown };
      assert.equal(map.version, 3);
      assert.ok(Array.isArray(map.sources) && map.sources.some((s) => typeof s === 'string' && /(?:^|\/)src\/.+\.ts$/.test(s)), `${name}.js.map does not map to the TypeScript sources`);
    });
  }
});
