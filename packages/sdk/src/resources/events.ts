/** `hall.events`: occurrences in a range, one event, and iCalendar links. */
import { EventOccurrence, EventsFeedQuery, EventsQuery, HallEvent, IcsQuery, Id, pageOf, type Page } from '../schemas/index.js';
import { iteratePages } from '../pagination.js';
import { checkInput, toQuery } from '../query.js';
import type { Call } from '../http.js';
import { idSegment, requestInfo, type CallOptions, type ResourceContext } from './context.js';

const EventPage = pageOf(EventOccurrence);

export type EventsListParams = EventsQuery;
export type EventsIterateParams = Omit<EventsQuery, 'cursor'>;

export class EventsResource {
  constructor(private readonly ctx: ResourceContext) {}

  /** One page of occurrences (recurring events expanded), ordered by start. */
  async list(params: EventsListParams = {}, options?: CallOptions): Promise<Page<EventOccurrence>> {
    return this.ctx.reads.get({ ...this.pageCall(params), ...(options ? { options } : {}) });
  }

  /** Every occurrence matching `params`, page after page. */
  iterate(params: EventsIterateParams = {}, options?: CallOptions): AsyncIterable<EventOccurrence> {
    return iteratePages((cursor) => this.list({ ...params, ...(cursor === undefined ? {} : { cursor }) }, options));
  }

  /**
   * Every occurrence matching `params` as this client last read them (with `iterate` or
   * `list`), page after page, without a request: undefined unless every page is kept.
   * For showing at once what `iterate` then revalidates; answers read with `keep: false`
   * are never kept.
   */
  kept(params: EventsIterateParams = {}): EventOccurrence[] | undefined {
    const items: EventOccurrence[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = this.ctx.reads.peek(this.pageCall({ ...params, ...(cursor === undefined ? {} : { cursor }) }));
      if (!page) return undefined;
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      // Kept pages come from answers of different times: a cursor seen before would loop.
      if (cursor !== undefined && seen.has(cursor)) return undefined;
      if (cursor !== undefined) seen.add(cursor);
    } while (cursor !== undefined);
    return items;
  }

  /** The read of one page, checked first: `list` sends it, `kept` looks up its kept answer. */
  private pageCall(params: EventsListParams): Call<typeof EventPage> {
    const query = checkInput(EventsQuery, params, 'query', requestInfo(this.ctx, 'GET', 'events'));
    return { method: 'GET', path: 'events', query: toQuery(query), schema: EventPage, kind: 'read' };
  }

  async get(id: string, options?: CallOptions): Promise<HallEvent> {
    const segment = idSegment(this.ctx, Id, id, 'GET', 'events');
    return this.ctx.reads.get({ method: 'GET', path: `events/${segment}`, schema: HallEvent, kind: 'read', ...(options ? { options } : {}) });
  }

  /**
   * The event as an iCalendar file, for "add to calendar": a whole series for recurring ones,
   * every session of a course. `lang: 'en'` writes its texts in English where the hall has them.
   */
  icsUrl(id: string, params: IcsQuery = {}): string {
    const segment = idSegment(this.ctx, Id, id, 'GET', 'events');
    const query = checkInput(IcsQuery, params, 'query', requestInfo(this.ctx, 'GET', `events/${segment}.ics`));
    return this.ctx.transport.url(`events/${segment}.ics`, toQuery(query)).href;
  }

  /** A subscribable iCalendar feed of the occurrences matching `params`, its texts in `lang`. */
  feedUrl(params: Omit<EventsFeedQuery, 'cursor'> = {}): string {
    const query = checkInput(EventsFeedQuery, params, 'query', requestInfo(this.ctx, 'GET', 'events.ics'));
    return this.ctx.transport.url('events.ics', toQuery(query)).href;
  }
}
