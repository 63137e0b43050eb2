/**
 * @promotion-hall/elements — the hall's Lit web components.
 *
 * Importing this module defines no elements; import `@promotion-hall/elements/define/<tag>.js`
 * (or load a CDN bundle) to register them.
 */
export { HallProvider } from './components/provider/provider.js';
export { HallEventCalendar } from './components/event-calendar/event-calendar.js';
export type { CalendarView } from './components/event-calendar/event-calendar.js';
export { HallShopDirectory } from './components/shop-directory/shop-directory.js';
export { HallConsultationBooking } from './components/consultation-booking/consultation-booking.js';
export type { BookingStep } from './components/consultation-booking/consultation-booking.js';
export type { BookingPrefill } from './components/consultation-booking/booking-form.js';
// The widgets' events, one class each (typed in GlobalEventHandlersEventMap: no cast on any target).
export { HallEventSelectEvent, type HallEventSelectDetail } from './events/hall-event-select.js';
export { HallRangeChangeEvent, type HallRangeChangeDetail } from './events/hall-range-change.js';
export { HallShopSelectEvent, type HallShopSelectDetail } from './events/hall-shop-select.js';
export { HallSearchEvent, type HallSearchDetail } from './events/hall-search.js';
export { HallBookingSubmitEvent, type HallBookingSubmitDetail } from './events/hall-booking-submit.js';
export { HallBookingCompleteEvent, type HallBookingCompleteDetail } from './events/hall-booking-complete.js';
export { HallLoadErrorEvent, type HallLoadErrorDetail } from './events/hall-load-error.js';
export { HallElement } from './internal/hall-element.js';
export type { HallTheme, TaskStateRenderers } from './internal/hall-element.js';
export type { ClientWith, ResourceName, ResourceSet, SharedClient } from './internal/clients.js';
export { hallClientContext, hallLangContext } from './context.js';
export { LANGS, DEFAULT_LANG, toLang } from './i18n/lang.js';
export type { Lang } from './i18n/lang.js';
export { translate } from './i18n/translate.js';
export type { MessageParams } from './i18n/translate.js';
export type { MessageKey, WidgetMessages } from './i18n/messages.js';
export { defineMessages } from './i18n/messages.js';
export type { Catalogue } from './i18n/en.js';
export { createFormatters, HALL_TIME_ZONE } from './i18n/format.js';
export type { DateInput, FormatOptions, Formatters, WeekdayWidth } from './i18n/format.js';
export { safeUrl } from './internal/url.js';
export { COLOR_TOKENS, darkTheme, lightTheme, sizeTokens, themes } from './styles/tokens.js';
export type { ColorTheme, ColorToken, SizeToken, ThemeName } from './styles/tokens.js';
export { hallBaseStyles } from './styles/shared.js';
