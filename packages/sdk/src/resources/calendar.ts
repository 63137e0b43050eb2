/** `hall.calendar`: public holidays and the hall's closures, for marking days in a calendar. */
import { CalendarDayList, CalendarDaysQuery, type CalendarDay } from '../schemas/index.js';
import { checkInput, toQuery } from '../query.js';
import type { Call } from '../http.js';
import { requestInfo, type CallOptions, type ResourceContext } from './context.js';

export type CalendarDaysParams = CalendarDaysQuery;

export class CalendarResource {
  constructor(private readonly ctx: ResourceContext) {}

  /**
   * The days from `from` to `to` (both included, at most 400 days) that are a public
   * holiday or a day the hall is closed, in date order; ordinary days are not listed.
   */
  async days(params: CalendarDaysParams, options?: CallOptions): Promise<CalendarDay[]> {
    const answer = await this.ctx.reads.get({ ...this.daysCall(params), ...(options ? { options } : {}) });
    return answer.items;
  }

  /**
   * The days `days(params)` last answered on this client, without a request: undefined
   * when that answer is not kept. For showing at once what `days` then revalidates.
   */
  keptDays(params: CalendarDaysParams): CalendarDay[] | undefined {
    return this.ctx.reads.peek(this.daysCall(params))?.items;
  }

  /** The read of `days(params)`, checked first: `days` sends it, `keptDays` looks up its kept answer. */
  private daysCall(params: CalendarDaysParams): Call<typeof CalendarDayList> {
    const query = checkInput(CalendarDaysQuery, params, 'query', requestInfo(this.ctx, 'GET', 'calendar'));
    return { method: 'GET', path: 'calendar', query: toQuery(query), schema: CalendarDayList, kind: 'read' };
  }
}
