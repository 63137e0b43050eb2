/** Registers `<hall-event-calendar>`. Guarded: loading this twice (two bundles) throws nothing. */
import { HallEventCalendar } from '../components/event-calendar/event-calendar.js';

if (!customElements.get('hall-event-calendar')) customElements.define('hall-event-calendar', HallEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'hall-event-calendar': HallEventCalendar;
  }
  interface HTMLElementEventMap {
    'hall-event-select': CustomEvent<import('../components/event-calendar/event-calendar.js').HallEventSelectDetail>;
    'hall-range-change': CustomEvent<import('../components/event-calendar/event-calendar.js').HallRangeChangeDetail>;
  }
}

export { HallEventCalendar };
