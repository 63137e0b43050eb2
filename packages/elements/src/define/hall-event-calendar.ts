/** Registers `<hall-event-calendar>`. Guarded: loading this twice (two bundles) throws nothing. */
import { HallEventCalendar } from '../components/event-calendar/event-calendar.js';

if (!customElements.get('hall-event-calendar')) customElements.define('hall-event-calendar', HallEventCalendar);

// Its events (`hall-event-select`, `hall-range-change`, `hall-load-error`) are typed in GlobalEventHandlersEventMap by src/events/.
declare global {
  interface HTMLElementTagNameMap {
    'hall-event-calendar': HallEventCalendar;
  }
}

export { HallEventCalendar };
