import { en, type Catalogue } from './en.js';
import { ja, type MessageKey } from './ja.js';
import type { Lang } from './lang.js';

const catalogues: { readonly [L in Lang]: Catalogue } = { ja, en };

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The values a message needs: none, or one object with every placeholder of the Japanese source. */
export type MessageParams<K extends MessageKey> = [Placeholders<(typeof ja)[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<(typeof ja)[K]>]: string | number }];

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `params`.
 * Values are inserted as text; elements render the result as text, never as markup.
 */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...params: MessageParams<K>): string {
  const template: string = catalogues[lang][key];
  const values = params[0] as Readonly<Record<string, string | number>> | undefined;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
