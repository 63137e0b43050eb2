/** `hall.programs`: support programmes, filtered by what a business is eligible for. */
import { Id, listOf, ProgramsQuery, SupportProgram } from '../schemas/index.js';
import { checkInput, toQuery } from '../query.js';
import { idSegment, requestInfo, type CallOptions, type ResourceContext } from './context.js';

const ProgramList = listOf(SupportProgram);

export class ProgramsResource {
  constructor(private readonly ctx: ResourceContext) {}

  /** The programmes a business with these facts may be eligible for (facts left out exclude nothing). */
  async list(facts: ProgramsQuery = {}, options?: CallOptions): Promise<SupportProgram[]> {
    const query = checkInput(ProgramsQuery, facts, 'query', requestInfo(this.ctx, 'GET', 'programs'));
    const answer = await this.ctx.reads.get({ method: 'GET', path: 'programs', query: toQuery(query), schema: ProgramList, kind: 'read', ...(options ? { options } : {}) });
    return answer.items;
  }

  async get(id: string, options?: CallOptions): Promise<SupportProgram> {
    const segment = idSegment(this.ctx, Id, id, 'GET', 'programs');
    return this.ctx.reads.get({ method: 'GET', path: `programs/${segment}`, schema: SupportProgram, kind: 'read', ...(options ? { options } : {}) });
  }
}
