/**
 * @promotion-hall/elements — the hall's Lit web components.
 *
 * Importing this module defines no elements; import `@promotion-hall/elements/define/<tag>.js`
 * (or load a CDN bundle) to register them.
 */
export { HallProvider } from './components/provider/provider.js';
export { HallEventCalendar } from './components/event-calendar/event-calendar.js';
export type { CalendarView, HallEventSelectDetail, HallRangeChangeDetail } from './components/event-calendar/event-calendar.js';
export { HallShopDirectory } from './components/shop-directory/shop-directory.js';
export type { HallSearchDetail, HallShopSelectDetail } from './components/shop-directory/shop-directory.js';
export { HallConsultationBooking } from './components/consultation-booking/consultation-booking.js';
export type { BookingStep, HallBookingCompleteDetail, HallBookingSubmitDetail } from './components/consultation-booking/consultation-booking.js';
export type { BookingPrefill } from './components/consultation-booking/booking-form.js';
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
