/** `hall-event-select`: the visitor opened an event in `<hall-event-calendar>`. */

/** Which event, never anything about the visitor. */
export interface HallEventSelectDetail {
  id: string;
  occurrenceId: string;
  category: string;
}

/**
 * Cancelable: `preventDefault()` keeps the calendar's detail closed, for a page that shows the
 * event its own way. Bubbles out of the shadow root, so a listener on `document` hears it.
 */
export class HallEventSelectEvent extends CustomEvent<HallEventSelectDetail> {
  constructor(detail: HallEventSelectDetail) {
    super('hall-event-select', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hall-event-select': HallEventSelectEvent;
  }
}
