import { en } from './en.js';
import { ja } from './ja.js';
import type { Lang } from './lang.js';
import type { AllMessages, MessageKey, WidgetMessages } from './messages.js';

/** The shared catalogue, then every widget catalogue registered so far. */
const catalogues: { readonly [L in Lang]: Record<string, string> } = { ja: { ...ja }, en: { ...en } };
const registered = new WeakSet<object>();

/** Adds a widget's words (once; registering again is harmless). */
export function registerMessages(messages: WidgetMessages<Readonly<Record<string, string>>>): void {
  if (registered.has(messages)) return;
  registered.add(messages);
  Object.assign(catalogues.ja, messages.ja);
  Object.assign(catalogues.en, messages.en);
}

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The values a message needs: none, or one object with every placeholder of the Japanese source. */
export type MessageParams<K extends MessageKey> = [Placeholders<AllMessages[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<AllMessages[K]>]: string | number }];

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `params`.
 * Values are inserted as text; elements render the result as text, never as markup.
 */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...params: MessageParams<K>): string {
  const values = params[0] as Readonly<Record<string, string | number>> | undefined;
  const catalogue = catalogues[lang];
  // English says "1 shop" but "2 shops": a message may have a `#one` form for a count of one, and
  // a `#zero` form for none ("no events" reads better than "0 events", 予定なし than 予定0件).
  // A key whose widget catalogue is not registered shows as the key: visible, never a crash.
  const count = values?.['count'];
  const form = count === 1 ? `${key}#one` : count === 0 ? `${key}#zero` : undefined;
  const template = form !== undefined && Object.hasOwn(catalogue, form) ? catalogue[form]! : (catalogue[key] ?? key);
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    // Numbers grouped the visitor's way: 10,000.
    return typeof value === 'number' ? groupDigits(lang, value) : value;
  });
}

/**
 * A whole number grouped as `Intl.NumberFormat(ja-JP | en-US, { maximumFractionDigits: 0 })`
 * writes it: both languages group thousands with a comma and write a hyphen-minus. Written by hand for the numbers
 * messages carry (counts, minutes, yen, seconds) because the page's first `Intl.NumberFormat`
 * costs ≈ 20 ms in Chromium (its locale data is loaded then), all of it inside a widget's first
 * frame; `i18n.test.ts` checks this against Intl. Anything unusual goes to Intl.
 */
export function groupDigits(lang: Lang, value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return numberFormat(lang).format(value);
  const digits = String(Math.abs(value));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + grouped;
  return value < 0 ? `-${grouped}` : grouped;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { useGrouping: true, maximumFractionDigits: 0 });
    numberFormats.set(lang, format);
  }
  return format;
}
