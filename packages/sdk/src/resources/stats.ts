/** `hall.stats`: the hall's monthly figures (aggregate counts only) for its PDCA review. */
import { Stats, StatsQuery } from '../schemas/index.js';
import { checkInput, toQuery } from '../query.js';
import { requestInfo, type CallOptions, type ResourceContext } from './context.js';

export type StatsParams = StatsQuery;

export class StatsResource {
  constructor(private readonly ctx: ResourceContext) {}

  /**
   * Per month from `from` to `to` (`YYYY-MM`, both included, at most 24 months): events
   * held by category, and consultations booked by category and by channel (confirmed
   * and cancelled). Counts only; no personal data.
   */
  async get(params: StatsParams, options?: CallOptions): Promise<Stats> {
    const query = checkInput(StatsQuery, params, 'query', requestInfo(this.ctx, 'GET', 'stats'));
    return this.ctx.reads.get({ method: 'GET', path: 'stats', query: toQuery(query), schema: Stats, kind: 'read', ...(options ? { options } : {}) });
  }
}
