/** Registers `<hall-consultation-booking>`. Guarded: loading this twice (two bundles) throws nothing. */
import { HallConsultationBooking } from '../components/consultation-booking/consultation-booking.js';

if (!customElements.get('hall-consultation-booking')) customElements.define('hall-consultation-booking', HallConsultationBooking);

// Its events (`hall-booking-submit`, `hall-booking-complete`, `hall-load-error`) are typed in GlobalEventHandlersEventMap by src/events/.
declare global {
  interface HTMLElementTagNameMap {
    'hall-consultation-booking': HallConsultationBooking;
  }
}

export { HallConsultationBooking };
