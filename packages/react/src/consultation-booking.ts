/** `<HallConsultationBooking>`: React's `<hall-consultation-booking>`. Importing it registers the element. */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { HallBookingCompleteEvent, HallBookingSubmitEvent, HallLoadErrorEvent } from '@promotion-hall/elements';
import { HallConsultationBooking as HallConsultationBookingElement } from '@promotion-hall/elements/define/hall-consultation-booking.js';

/**
 * Booking a consultation; `onHallBookingSubmit` (cancelable: `preventDefault()` stops the
 * booking), `onHallBookingComplete` and `onHallLoadError` are its events. None carries personal data.
 */
export const HallConsultationBooking = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'hall-consultation-booking',
  elementClass: HallConsultationBookingElement,
  displayName: 'HallConsultationBooking',
  events: {
    onHallBookingSubmit: 'hall-booking-submit' as EventName<HallBookingSubmitEvent>,
    onHallBookingComplete: 'hall-booking-complete' as EventName<HallBookingCompleteEvent>,
    onHallLoadError: 'hall-load-error' as EventName<HallLoadErrorEvent>,
  },
});
