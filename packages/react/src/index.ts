/**
 * @promotion-hall/react — the hall's web components as typed React components
 * (made with `@lit/react`). Each wrapper's module registers its element (through
 * `@promotion-hall/elements/define/<tag>.js`); DOM events are props: `onHallEventSelect`, …
 */
export { HallProvider } from './provider.js';
export { HallEventCalendar } from './event-calendar.js';
export { HallShopDirectory } from './shop-directory.js';
export { HallConsultationBooking } from './consultation-booking.js';
export type {
  HallBookingCompleteDetail,
  HallBookingCompleteEvent,
  HallBookingSubmitDetail,
  HallBookingSubmitEvent,
  HallEventSelectDetail,
  HallEventSelectEvent,
  HallLoadErrorDetail,
  HallLoadErrorEvent,
  HallRangeChangeDetail,
  HallRangeChangeEvent,
  HallSearchDetail,
  HallSearchEvent,
  HallShopSelectDetail,
  HallShopSelectEvent,
} from '@promotion-hall/elements';
