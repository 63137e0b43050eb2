/**
 * The API reference at GET /docs: HTML rendered on the server from the OpenAPI
 * document, under the site's strict CSP, with an anchor per operation, no script,
 * and every string from the document escaped.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, renderApiReference } from '../src/docs-page.js';
import { buildOpenApiDocument, type OpenApiDocument, type OpenApiOperation } from '../src/openapi.js';
import { SITE_CSP } from '../src/routes/static.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const METHODS = ['get', 'post', 'delete'] as const;

function operations(doc: OpenApiDocument): Array<{ path: string; method: string; operation: OpenApiOperation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) => METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] }] : [])));
}

describe('API reference at /docs', () => {
  let server: TestServer;
  let html: string;

  before(async () => {
    server = await startTestServer();
    const response = await fetch(`${server.url}/docs`);
    assert.equal(response.status, 200);
    html = await response.text();
  });
  after(() => server.close());

  it('answers 200 text/html with the strict CSP, at /docs and /docs/', async () => {
    for (const path of ['/docs', '/docs/']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8$/);
      assert.equal(response.headers.get('content-security-policy'), SITE_CSP);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(response.headers.get('etag'));
      assert.equal(await response.text(), html, `${path} sends the same page`);
    }
    const again = await fetch(`${server.url}/docs`, { headers: { 'If-None-Match': (await fetch(`${server.url}/docs`)).headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('serves its stylesheet from the same origin with the CSP', async () => {
    assert.match(html, /<link rel="stylesheet" href="\/docs\/docs\.css">/);
    const css = await fetch(`${server.url}/docs/docs.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.equal(css.headers.get('content-security-policy'), SITE_CSP);
    assert.ok((await css.text()).includes('.operation'));
  });

  it('has an anchor and a table-of-contents link for every operation of the document', () => {
    const doc = buildOpenApiDocument();
    const all = operations(doc);
    assert.ok(all.length > 10);
    for (const { path, method, operation } of all) {
      const id = escapeHtml(operation.operationId);
      assert.ok(html.includes(`id="${id}"`), `${method} ${path}: no anchor id="${id}"`);
      assert.ok(html.includes(`href="#${id}"`), `${method} ${path}: not in the table of contents`);
      const section = html.slice(html.indexOf(`id="${id}"`));
      assert.ok(section.includes(`${method.toUpperCase()}</span> <code>`) && section.includes(escapeHtml(path)), `${method} ${path}: method and path shown`);
    }
  });

  it('shows the title, servers, parameters, request body, responses and problem types', () => {
    const doc = buildOpenApiDocument();
    assert.ok(html.includes(`<h1>${escapeHtml(doc.info.title)}</h1>`));
    assert.ok(html.includes('<code>/api/v1</code>'));
    assert.ok(html.includes('<code>Idempotency-Key</code>'), 'header parameter');
    assert.ok(html.includes('<code>slotId</code>'), 'booking body property');
    assert.ok(html.includes('<h4>Request body (required)</h4>'));
    assert.ok(html.includes('<code>/problems/slot-unavailable</code>'), 'problem types table');
    assert.ok(html.includes('<td>409</td>'));
  });

  it('contains no script and no inline style', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /https?:\/\//i, 'nothing from another origin');
  });

  it('escapes hostile strings from the document', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const doc = structuredClone(buildOpenApiDocument());
    const first = operations(doc)[0]!;
    first.operation.description = hostile;
    first.operation.summary = `"${hostile}'`;
    doc.info.title = hostile;
    const page = renderApiReference(doc);
    assert.ok(!page.includes(hostile), 'the raw string is not in the page');
    assert.doesNotMatch(page, /<img/i);
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(page.includes('&quot;&lt;img src=x onerror=alert(1)&gt;&#39;'));
  });

  it('escapeHtml escapes the five characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
