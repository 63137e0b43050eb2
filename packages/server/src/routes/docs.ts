/**
 * The API reference at GET /docs (and /docs/): the OpenAPI document rendered as
 * HTML on the server, with its stylesheet at /docs/docs.css. Both are sent with the
 * site's strict Content-Security-Policy (the page has no script and no inline style).
 */
import { Hono, type Context } from 'hono';
import { DOCS_CSS, DOCS_STYLESHEET_PATH, renderApiReference } from '../docs-page.js';
import { sendText } from '../http/json.js';
import { buildOpenApiDocument } from '../openapi.js';
import { SITE_CSP } from './static.js';

const HEADERS = { 'Content-Security-Policy': SITE_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' };
const CACHE = 'public, max-age=300';

export function docsRoutes(): Hono {
  const app = new Hono();
  let page: string | undefined;

  const sendPage = (c: Context) => {
    page ??= renderApiReference(buildOpenApiDocument());
    return sendText(c, page, 'text/html; charset=utf-8', CACHE, HEADERS);
  };
  app.get('/docs', sendPage);
  app.get('/docs/', sendPage);
  app.get(DOCS_STYLESHEET_PATH, (c) => sendText(c, DOCS_CSS, 'text/css; charset=utf-8', CACHE, HEADERS));
  return app;
}
