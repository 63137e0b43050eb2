/** Health and the API's own description. */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { sendText } from '../http/json.js';
import { buildOpenApiDocument } from '../openapi.js';

export function metaRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  let document: string | undefined;

  app.get('/healthz', async (c) => {
    // A cheap read proves the database answers; the full integrity check is for operators.
    const ok = await deps.repo.hasData().then(
      () => true,
      () => false,
    );
    c.header('Cache-Control', 'no-store');
    return c.json({ status: ok ? 'ok' : 'unavailable' }, ok ? 200 : 503);
  });

  app.get('/api/v1/openapi.json', (c) => {
    document ??= JSON.stringify(buildOpenApiDocument());
    return sendText(c, document, 'application/json; charset=utf-8', 'public, max-age=300');
  });

  return app;
}
