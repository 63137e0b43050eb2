/** `hall-booking-submit`: `<hall-consultation-booking>` is about to send a booking. */
import type { Channel } from '@promotion-hall/sdk/schemas';

/** What is booked, never who books it. */
export interface HallBookingSubmitDetail {
  serviceId: string;
  slotId: string;
  channel: Channel;
}

/** Cancelable: `preventDefault()` keeps the booking from being sent. */
export class HallBookingSubmitEvent extends CustomEvent<HallBookingSubmitDetail> {
  constructor(detail: HallBookingSubmitDetail) {
    super('hall-booking-submit', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hall-booking-submit': HallBookingSubmitEvent;
  }
}
