/** `/programs`: support programmes a business may be eligible for. */
import { listOf, ProgramsQuery, SupportProgram } from '@promotion-hall/sdk/schemas';
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { isEligible } from '../domain/eligibility.js';
import { CACHE, sendJson } from '../http/json.js';
import { notFound } from '../http/problem.js';
import { parseId, parseQuery } from '../http/validate.js';

const ProgramList = listOf(SupportProgram);

export function programRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const validate = deps.config.validateResponses;

  app.get('/programs', async (c) => {
    const facts = parseQuery(c, ProgramsQuery);
    const items = (await deps.repo.listPrograms()).filter((program) => isEligible(program, facts));
    return sendJson(c, ProgramList, { items }, { validate, cache: CACHE.public });
  });

  app.get('/programs/:id', async (c) => {
    const id = parseId(c);
    const program = (await deps.repo.listPrograms()).find((p) => p.id === id);
    if (!program) throw notFound(`There is no support programme "${id}".`);
    return sendJson(c, SupportProgram, program, { validate, cache: CACHE.public });
  });

  return app;
}
