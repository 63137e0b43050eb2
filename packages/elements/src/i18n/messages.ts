/**
 * Widget catalogues: each widget's words live beside it and are registered when
 * the widget is first created, so a single-widget bundle carries only its own
 * strings and the shared ones (i18n/ja.ts, en.ts).
 */
import type { calendarMessages } from '../components/event-calendar/messages.js';
import type { bookingMessages } from '../components/consultation-booking/messages.js';
import type { directoryMessages } from '../components/shop-directory/messages.js';
import type { ja } from './ja.js';

/** A widget's catalogue: the Japanese source and an English entry for every key. */
export interface WidgetMessages<J extends Readonly<Record<string, string>>> {
  readonly ja: J;
  readonly en: { readonly [K in keyof J]: string };
}

/** Pairs a Japanese catalogue with its English one; a missing or extra English key is a compile error. */
export function defineMessages<J extends Readonly<Record<string, string>>>(ja: J, en: { readonly [K in keyof J]: string }): WidgetMessages<J> {
  return { ja, en };
}

/** Every message any element says, with its Japanese source text (for the placeholder types). */
export type AllMessages = typeof ja & (typeof calendarMessages)['ja'] & (typeof directoryMessages)['ja'] & (typeof bookingMessages)['ja'];
export type MessageKey = keyof AllMessages;
