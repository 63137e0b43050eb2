/** `hall-booking-complete`: `<hall-consultation-booking>` booked a consultation. */

/** The booking's reference, nothing about the person. */
export interface HallBookingCompleteDetail {
  reference: string;
}

export class HallBookingCompleteEvent extends CustomEvent<HallBookingCompleteDetail> {
  constructor(detail: HallBookingCompleteDetail) {
    super('hall-booking-complete', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hall-booking-complete': HallBookingCompleteEvent;
  }
}
