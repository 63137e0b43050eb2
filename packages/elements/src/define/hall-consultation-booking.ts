/** Registers `<hall-consultation-booking>`. Guarded: loading this twice (two bundles) throws nothing. */
import {
  HallConsultationBooking,
  type HallBookingCompleteDetail,
  type HallBookingSubmitDetail,
} from '../components/consultation-booking/consultation-booking.js';

if (!customElements.get('hall-consultation-booking')) customElements.define('hall-consultation-booking', HallConsultationBooking);

declare global {
  interface HTMLElementTagNameMap {
    'hall-consultation-booking': HallConsultationBooking;
  }
  interface HTMLElementEventMap {
    'hall-booking-submit': CustomEvent<HallBookingSubmitDetail>;
    'hall-booking-complete': CustomEvent<HallBookingCompleteDetail>;
  }
}

export { HallConsultationBooking };
