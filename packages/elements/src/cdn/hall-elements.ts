/**
 * The all-in-one CDN bundle, `/widgets/hall-elements.js`: registers every element.
 *
 * One line per element: each widget adds its `define/` entry here (and its own
 * bundle to `cdnBundles` in rollup.config.js). Registration is guarded in each
 * `define/` entry, so this bundle loaded twice, or beside a single-element bundle,
 * throws nothing. Nothing is put on `window`; the classes are this module's exports.
 */
export { HallProvider } from '../define/hall-provider.js';
export { HallEventCalendar } from '../define/hall-event-calendar.js';
export { HallShopDirectory } from '../define/hall-shop-directory.js';
export { HallConsultationBooking } from '../define/hall-consultation-booking.js';
