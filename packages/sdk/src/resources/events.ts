/** `hall.events`: occurrences in a range, one event, and iCalendar links. */
import { EventOccurrence, EventsQuery, HallEvent, Id, pageOf, type Page } from '../schemas/index.js';
import { iteratePages } from '../pagination.js';
import { checkInput, toQuery } from '../query.js';
import { idSegment, requestInfo, type CallOptions, type ResourceContext } from './context.js';

const EventPage = pageOf(EventOccurrence);

export type EventsListParams = EventsQuery;
export type EventsIterateParams = Omit<EventsQuery, 'cursor'>;

export class EventsResource {
  constructor(private readonly ctx: ResourceContext) {}

  /** One page of occurrences (recurring events expanded), ordered by start. */
  async list(params: EventsListParams = {}, options?: CallOptions): Promise<Page<EventOccurrence>> {
    const query = checkInput(EventsQuery, params, 'query', requestInfo(this.ctx, 'GET', 'events'));
    return this.ctx.reads.get({ method: 'GET', path: 'events', query: toQuery(query), schema: EventPage, kind: 'read', ...(options ? { options } : {}) });
  }

  /** Every occurrence matching `params`, page after page. */
  iterate(params: EventsIterateParams = {}, options?: CallOptions): AsyncIterable<EventOccurrence> {
    return iteratePages((cursor) => this.list({ ...params, ...(cursor === undefined ? {} : { cursor }) }, options));
  }

  async get(id: string, options?: CallOptions): Promise<HallEvent> {
    const segment = idSegment(this.ctx, Id, id, 'GET', 'events');
    return this.ctx.reads.get({ method: 'GET', path: `events/${segment}`, schema: HallEvent, kind: 'read', ...(options ? { options } : {}) });
  }

  /** The event (a whole series for recurring ones) as an iCalendar file, for "add to calendar". */
  icsUrl(id: string): string {
    return this.ctx.transport.url(`events/${idSegment(this.ctx, Id, id, 'GET', 'events')}.ics`).href;
  }

  /** A subscribable iCalendar feed of the occurrences matching `params`. */
  feedUrl(params: EventsIterateParams = {}): string {
    const query = checkInput(EventsQuery, params, 'query', requestInfo(this.ctx, 'GET', 'events.ics'));
    return this.ctx.transport.url('events.ics', toQuery(query)).href;
  }
}
