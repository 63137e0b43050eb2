/** `<HallEventCalendar>`: React's `<hall-event-calendar>`. Importing it registers the element. */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { HallEventSelectEvent, HallLoadErrorEvent, HallRangeChangeEvent } from '@promotion-hall/elements';
import { HallEventCalendar as HallEventCalendarElement } from '@promotion-hall/elements/define/hall-event-calendar.js';

/** The hall's events as a month grid or a list; `onHallEventSelect`, `onHallRangeChange` and `onHallLoadError` are its events. */
export const HallEventCalendar = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'hall-event-calendar',
  elementClass: HallEventCalendarElement,
  displayName: 'HallEventCalendar',
  events: {
    onHallEventSelect: 'hall-event-select' as EventName<HallEventSelectEvent>,
    onHallRangeChange: 'hall-range-change' as EventName<HallRangeChangeEvent>,
    onHallLoadError: 'hall-load-error' as EventName<HallLoadErrorEvent>,
  },
});
