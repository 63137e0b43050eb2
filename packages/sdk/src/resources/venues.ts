/** `hall.venues`: the hall's rooms, which events and consultations take place in. */
import { listOf, Venue } from '../schemas/index.js';
import type { CallOptions, ResourceContext } from './context.js';

const VenueList = listOf(Venue);

export class VenuesResource {
  constructor(private readonly ctx: ResourceContext) {}

  async list(options?: CallOptions): Promise<Venue[]> {
    const answer = await this.ctx.reads.get({ method: 'GET', path: 'venues', schema: VenueList, kind: 'read', ...(options ? { options } : {}) });
    return answer.items;
  }
}
