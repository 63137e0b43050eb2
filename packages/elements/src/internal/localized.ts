/**
 * Text from the hall's data in the visitor's language. English is optional in
 * the data: when it is missing, the Japanese text is shown and marked
 * `lang="ja"`, so a screen reader reading an English page pronounces it correctly.
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';

export interface LocalizedValue {
  readonly text: string;
  /** The language of `text`. */
  readonly lang: Lang;
}

export function localized(value: { readonly ja: string; readonly en?: string | undefined }, lang: Lang): LocalizedValue {
  const english = value.en?.trim();
  return lang === 'en' && english ? { text: english, lang: 'en' } : { text: value.ja, lang: 'ja' };
}

/**
 * Localised text to render, isolated (`<bdi>`): text from data may carry bidi
 * controls (an unclosed U+202E) that would otherwise reverse the words after it.
 * Marked with its own language when it differs from the element's.
 */
export function text(value: LocalizedValue, elementLang: Lang): TemplateResult {
  return value.lang === elementLang ? html`<bdi>${value.text}</bdi>` : html`<bdi lang=${value.lang}>${value.text}</bdi>`;
}
