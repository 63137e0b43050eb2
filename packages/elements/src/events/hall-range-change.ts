/** `hall-range-change`: the visitor moved `<hall-event-calendar>` to another month or view. */
import type { CalendarView } from '../components/event-calendar/event-calendar.js';

/** The dates now shown (the grid's whole weeks, or the list's month), the month and the view. */
export interface HallRangeChangeDetail {
  from: string;
  to: string;
  month: string;
  view: CalendarView;
}

/** Fired on the visitor's moves only: a page setting `month` or `view` hears nothing. */
export class HallRangeChangeEvent extends CustomEvent<HallRangeChangeDetail> {
  constructor(detail: HallRangeChangeDetail) {
    super('hall-range-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hall-range-change': HallRangeChangeEvent;
  }
}
